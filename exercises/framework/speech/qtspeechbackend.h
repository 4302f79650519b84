#pragma once

#include "exercises/framework/speech/speechbackend.h"

class QTextToSpeech;

namespace stages {

/// SpeechBackend over Qt TextToSpeech: tries the installed engines in SpeechEngines::order()
/// (or only the one it is told to use) and keeps the first that has a voice for the language
/// and a sound device. Built without Qt TextToSpeech, open() always fails.
class QtSpeechBackend : public SpeechBackend
{
    Q_OBJECT

public:
    /// @p engine: a plugin name to use only that one, "none" for no speech, empty to choose.
    explicit QtSpeechBackend(const QString &engine = {}, QObject *parent = nullptr);
    ~QtSpeechBackend() override;

    void open(const QString &language) override;
    void say(const QString &text) override;
    void stop() override;

    /// Whether this build has Qt TextToSpeech at all.
    static bool isBuiltIn();

private:
    QString m_engine;
    QTextToSpeech *m_speech = nullptr;
};

} // namespace stages
