#pragma once

#include <QString>
#include <QStringList>

namespace stages::SpeechEngines {

/// The order in which to try the installed engines (Qt TextToSpeech plugin names) for a
/// language: the platform's own engine first (Windows, macOS, Android), then flite for English
/// (in-process, quick, English voices only), speech-dispatcher (speechd: espeak-ng speaks Czech,
/// but it talks to a daemon and can block) and anything else. flite is left out for other
/// languages: it has no voice for them.
QStringList order(const QStringList &installed, const QString &language);

/// The engine the environment asks for (STAGES_SPEECH_ENGINE): a plugin name, "none" to switch
/// reading aloud off, or empty to choose by order().
QString fromEnvironment();

} // namespace stages::SpeechEngines
