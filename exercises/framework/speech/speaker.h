#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace stages {

class SpeechBackend;

/// Reads short texts aloud (the pupil's instruction and rule) in the UI language, for children
/// who cannot read yet. The engine lives in a worker thread of its own and is only reached
/// through queued calls, so the screens never wait for it: speech-dispatcher can block for a
/// long time when its daemon does not answer. Until the engine is open the speaker is
/// Starting (the last text asked for is kept and read once it opens); no engine, no voice for
/// the language, no sound device, or no answer within readyTimeoutMs make it Unavailable, and
/// the screens then hide their speaker buttons. The app owns one and lends it to the screens.
class Speaker : public QObject
{
    Q_OBJECT

public:
    enum class State { Starting, Ready, Speaking, Unavailable };
    Q_ENUM(State)

    using BackendFactory = std::function<std::unique_ptr<SpeechBackend>()>;
    /// Long enough for speech-dispatcher to start its daemon on a slow school PC (3-5 s here).
    static constexpr int kDefaultReadyTimeoutMs = 8000;

    /// A speaker on Qt TextToSpeech, with the engine STAGES_SPEECH_ENGINE names (or chosen).
    explicit Speaker(const QString &language, QObject *parent = nullptr);
    /// A speaker on the backends @p factory makes (one per language): for tests.
    Speaker(const QString &language, BackendFactory factory, int readyTimeoutMs = kDefaultReadyTimeoutMs,
            QObject *parent = nullptr);
    ~Speaker() override;

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Ready || m_state == State::Speaking; }
    QString language() const { return m_language; }
    /// Switches to another language ("cs", "en"): opens a new engine, Starting again.
    void setLanguage(const QString &language);
    /// The engine and voice in use, empty until Ready.
    QString engineName() const { return m_engine; }
    QString voiceName() const { return m_voice; }
    /// Why the speaker is Unavailable (for the log, not for pupils).
    QString problem() const { return m_problem; }
    /// How many texts were handed to the engine, and the last one: for tests.
    int spokenCount() const { return m_spokenCount; }
    QString lastSpoken() const { return m_lastSpoken; }

    /// Reads @p text aloud, cutting off what was being read; kept while Starting, ignored when
    /// Unavailable.
    void say(const QString &text);
    void stop();

signals:
    void stateChanged(Speaker::State state);
    void availabilityChanged(bool available);

private:
    void start();
    void retire();
    void setState(State state);
    void giveUp(const QString &reason);

    BackendFactory m_factory;
    int m_readyTimeoutMs;
    QString m_language;
    State m_state = State::Starting;
    QString m_engine;
    QString m_voice;
    QString m_problem;
    QString m_pending;
    QString m_lastSpoken;
    int m_spokenCount = 0;
    QThread *m_thread = nullptr;
    SpeechBackend *m_backend = nullptr; ///< lives in m_thread: reached only by queued calls
    int m_generation = 0; ///< signals of retired backends are ignored
    QTimer *m_readyTimer = nullptr;
};

} // namespace stages
