#include "core/text/textinput.h"

namespace stages {

namespace {

bool isVisible(QChar::Category category)
{
    switch (category) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

} // namespace

int TextInput::maxLength(Kind kind)
{
    switch (kind) {
    case Kind::PersonName:
        return 80;
    case Kind::ClassName:
        return 40;
    case Kind::SchoolName:
        return 120;
    case Kind::Login:
        return 64;
    }
    return 80;
}

Result<QString> TextInput::clean(Kind kind, const QString &raw)
{
    using R = Result<QString>;
    const QString text = kind == Kind::Login ? raw.trimmed().toLower() : raw.simplified();
    bool visible = false;
    bool control = false;
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        control = control || category == QChar::Other_Control || category == QChar::Other_Surrogate;
        visible = visible || isVisible(category);
        space = space || category == QChar::Separator_Space;
    }
    if (text.isEmpty()) {
        switch (kind) {
        case Kind::PersonName:
            return R::failure(tr("Please enter a name."));
        case Kind::ClassName:
            return R::failure(tr("Please give the class a name."));
        case Kind::SchoolName:
            return R::failure(tr("Please give the school a name."));
        case Kind::Login:
            return R::failure(tr("Please enter a login."));
        }
    }
    if (control)
        return R::failure(tr("The text contains control characters (for example from a copied table); please type "
                             "it again."));
    if (!visible)
        return R::failure(tr("The text has no visible letters."));
    if (kind == Kind::Login && space)
        return R::failure(tr("A login cannot contain spaces."));
    if (text.size() > maxLength(kind))
        return R::failure(tr("The text is too long (%1 characters at most).").arg(maxLength(kind)));
    return text;
}

} // namespace stages
