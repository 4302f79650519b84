#pragma once

#include "core/dashboard/dashboard.h"

#include <QByteArray>
#include <QString>

namespace stages {

/// The desktop program's remembered choices (QSettings, per user): language, look, text size and
/// window geometry.
/// Only the UI layer keeps settings; services never read them.
namespace UiSettings {

/// The saved language, or empty when the user never chose one (then the system's is used).
QString language();
void setLanguage(const QString &language);
/// --lang, then the saved choice, then the system language.
QString effectiveLanguage(const QString &commandLine = {});

/// The SoundFont chosen in the settings, or empty for the default search.
QString soundFontPath();
void setSoundFontPath(const QString &path);

/// The look (ThemePalette::keyOf: "system", "light", "dark", "high-contrast"); "system" until chosen.
QString look();
void setLook(const QString &look);
/// Whether text is shown larger (Theme::kLargerText).
bool largerText();
void setLargerText(bool larger);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

/// The teacher's attention rules (the dashboard's "Attention rules…"); the defaults of
/// AttentionThresholds until changed. A threshold of 0 turns its rule off.
AttentionThresholds attentionThresholds();
void setAttentionThresholds(const AttentionThresholds &thresholds);

} // namespace UiSettings

} // namespace stages
