#include "ui/shell/uisettings.h"

#include "i18n/translations.h"

#include <QSettings>

namespace stages::UiSettings {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLook = QStringLiteral("ui/look");
const QString kLargerText = QStringLiteral("ui/largerText");
const QString kSoundFont = QStringLiteral("sound/soundFont");
const QString kSessionsWithoutNewStage = QStringLiteral("attention/sessionsWithoutNewStage");
const QString kFailuresInARow = QStringLiteral("attention/failuresInARow");
const QString kInactiveDays = QStringLiteral("attention/inactiveDays");
const QString kStagesBehindMedian = QStringLiteral("attention/stagesBehindMedian");

/// A saved threshold (0 turns its rule off), or @p fallback when missing or not a number >= 0.
int threshold(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}
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

QString look()
{
    return QSettings().value(kLook, QStringLiteral("system")).toString();
}

void setLook(const QString &look)
{
    QSettings().setValue(kLook, look);
}

bool largerText()
{
    return QSettings().value(kLargerText, false).toBool();
}

void setLargerText(bool larger)
{
    QSettings().setValue(kLargerText, larger);
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

AttentionThresholds attentionThresholds()
{
    const QSettings settings;
    const AttentionThresholds defaults;
    AttentionThresholds t;
    t.sessionsWithoutNewStage = threshold(settings, kSessionsWithoutNewStage, defaults.sessionsWithoutNewStage);
    t.failuresInARow = threshold(settings, kFailuresInARow, defaults.failuresInARow);
    t.inactiveDays = threshold(settings, kInactiveDays, defaults.inactiveDays);
    t.stagesBehindMedian = threshold(settings, kStagesBehindMedian, defaults.stagesBehindMedian);
    return t;
}

void setAttentionThresholds(const AttentionThresholds &thresholds)
{
    QSettings settings;
    settings.setValue(kSessionsWithoutNewStage, thresholds.sessionsWithoutNewStage);
    settings.setValue(kFailuresInARow, thresholds.failuresInARow);
    settings.setValue(kInactiveDays, thresholds.inactiveDays);
    settings.setValue(kStagesBehindMedian, thresholds.stagesBehindMedian);
}

} // namespace stages::UiSettings
