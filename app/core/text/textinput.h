#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace stages {

/// The one check for names people type (issue 9, point 11): pupils' and staff names, class and
/// school names, logins. Spaces are tidied (simplified); control characters are refused; a name
/// must show at least one visible character (zero-width and combining marks alone are not a
/// name); each kind has a length limit a screen and a printed report can hold.
class TextInput
{
    Q_DECLARE_TR_FUNCTIONS(stages::TextInput)

public:
    enum class Kind { PersonName, ClassName, SchoolName, Login };

    static int maxLength(Kind kind);
    /// The cleaned text, or why it cannot be used.
    static Result<QString> clean(Kind kind, const QString &raw);
};

} // namespace stages
