#pragma once

#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/speech/speechbackend.h"

#include <QSemaphore>
#include <QStringList>

#include <memory>

namespace stages::test {

/// What the fake engines of one test were asked to do (shared across the speaker's thread).
struct SpeechLog
{
    QStringList opened; ///< languages
    QStringList said;
    QSemaphore release; ///< a Hang backend waits here
};

/// A speech engine without sound: Works opens at once with a voice, NoVoice fails like an engine
/// without a voice for the language, Hang blocks in open() like speech-dispatcher without its
/// daemon (until the log's semaphore is released).
class FakeSpeechBackend : public SpeechBackend
{
public:
    enum class Kind { Works, NoVoice, Hang };
    FakeSpeechBackend(Kind kind, std::shared_ptr<SpeechLog> log)
        : m_kind(kind)
        , m_log(std::move(log))
    { }
    void open(const QString &language) override
    {
        m_log->opened.append(language);
        if (m_kind == Kind::Hang)
            m_log->release.acquire();
        if (m_kind == Kind::Works)
            emit opened(QStringLiteral("fake"), QStringLiteral("voice-") + language);
        else
            emit failed(QStringLiteral("no voice for ") + language);
    }
    void say(const QString &text) override
    {
        m_log->said.append(text);
        emit speakingChanged(true);
    }
    void stop() override { emit speakingChanged(false); }

private:
    Kind m_kind;
    std::shared_ptr<SpeechLog> m_log;
};

inline Speaker::BackendFactory fakeSpeech(FakeSpeechBackend::Kind kind, std::shared_ptr<SpeechLog> log)
{
    return [kind, log] { return std::make_unique<FakeSpeechBackend>(kind, log); };
}

} // namespace stages::test
