#pragma once

#include <QString>

namespace stages::i18n {

/// The Czech vocative of a first name, the form used to call someone ("Filip" -> "Filipe",
/// "Petr" -> "Petře", "Eva" -> "Evo", "Marie" -> "Marie"), by the common rules of Czech first
/// names. Empty when the name does not follow a pattern these rules are sure of (then greet
/// without the name: a wrong form is worse for a child than none).
QString czechVocative(const QString &firstName);

} // namespace stages::i18n
