#include "ui/shell/uisettings.h"

#include "i18n/translations.h"

#include <QSettings>

namespace stages::UiSettings {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSoundFont = QStringLiteral("sound/soundFont");
} // namespace

QString language()
{
    const QString saved = QSettings().value(kLanguage).toString();
    return i18n::availableLanguages().contains(saved) ? saved : QString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString effectiveLanguage(const QString &commandLine)
{
    if (i18n::availableLanguages().contains(commandLine))
        return commandLine;
    const QString saved = language();
    return saved.isEmpty() ? i18n::systemLanguage() : saved;
}

QString soundFontPath()
{
    return QSettings().value(kSoundFont).toString();
}

void setSoundFontPath(const QString &path)
{
    QSettings().setValue(kSoundFont, path);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

} // namespace stages::UiSettings
