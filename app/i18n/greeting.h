#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stages::i18n {

/// The pupil's greeting ("Hello, Filip!"; in Czech "Ahoj, Filipe!" with the name in the
/// vocative, or "Ahoj!" when the vocative is not certain). Used on the sign-in pictures and
/// on the pupil's home.
class Greeting
{
    Q_DECLARE_TR_FUNCTIONS(stages::Greeting)

public:
    /// @p displayName: the pupil's name as stored (the first word is the first name);
    /// @p locale: the UI language (the default locale, which installTranslators sets).
    static QString hello(const QString &displayName, const QLocale &locale = QLocale());
};

} // namespace stages::i18n
