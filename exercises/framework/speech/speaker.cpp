#include "exercises/framework/speech/speaker.h"

#include "exercises/framework/speech/qtspeechbackend.h"
#include "exercises/framework/speech/speechengines.h"

#include <QThread>
#include <QTimer>

#include <utility>

namespace stages {

namespace {

/// How long the destructor waits for the worker thread to end before leaving it to itself.
constexpr unsigned long kJoinMs = 500;

} // namespace

Speaker::Speaker(const QString &language, QObject *parent)
    : Speaker(
          language, [] { return std::make_unique<QtSpeechBackend>(SpeechEngines::fromEnvironment()); },
          kDefaultReadyTimeoutMs, parent)
{ }

Speaker::Speaker(const QString &language, BackendFactory factory, int readyTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_readyTimeoutMs(readyTimeoutMs)
    , m_language(language)
    , m_readyTimer(new QTimer(this))
{
    m_readyTimer->setSingleShot(true);
    connect(m_readyTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            giveUp(QStringLiteral("the speech engine did not answer within %1 ms").arg(m_readyTimeoutMs));
    });
    start();
}

Speaker::~Speaker()
{
    QThread *thread = m_thread;
    retire();
    // A backend stuck inside its engine never gets back to the thread's event loop: such a
    // thread is left running (deleting it would abort) and ends with the process.
    if (thread && thread->wait(kJoinMs))
        delete thread;
}

void Speaker::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_pending.clear();
    start();
}

void Speaker::say(const QString &text)
{
    switch (m_state) {
    case State::Starting:
        m_pending = text;
        return;
    case State::Unavailable:
        return;
    case State::Ready:
    case State::Speaking:
        break;
    }
    m_lastSpoken = text;
    ++m_spokenCount;
    SpeechBackend *backend = m_backend;
    QMetaObject::invokeMethod(backend, [backend, text] { backend->say(text); }, Qt::QueuedConnection);
}

void Speaker::stop()
{
    m_pending.clear();
    if (!isAvailable())
        return;
    SpeechBackend *backend = m_backend;
    QMetaObject::invokeMethod(backend, [backend] { backend->stop(); }, Qt::QueuedConnection);
}

void Speaker::start()
{
    retire();
    const int generation = ++m_generation;
    m_engine.clear();
    m_voice.clear();
    m_problem.clear();
    setState(State::Starting);
    std::unique_ptr<SpeechBackend> backend = m_factory ? m_factory() : nullptr;
    if (!backend) {
        giveUp(QStringLiteral("no speech backend"));
        return;
    }
    // No parent: a thread whose engine hangs must outlive this speaker (see the destructor).
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("speech"));
    backend->moveToThread(m_thread);
    m_backend = backend.release();
    connect(m_thread, &QThread::finished, m_backend, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_backend, &SpeechBackend::opened, this, [this, generation](const QString &engine, const QString &voice) {
        if (generation != m_generation || m_state != State::Starting)
            return;
        m_readyTimer->stop();
        m_engine = engine;
        m_voice = voice;
        setState(State::Ready);
        if (!m_pending.isEmpty())
            say(std::exchange(m_pending, QString()));
    });
    connect(m_backend, &SpeechBackend::failed, this, [this, generation](const QString &reason) {
        if (generation == m_generation)
            giveUp(reason);
    });
    connect(m_backend, &SpeechBackend::speakingChanged, this, [this, generation](bool speaking) {
        if (generation == m_generation && isAvailable())
            setState(speaking ? State::Speaking : State::Ready);
    });
    m_thread->start();
    m_readyTimer->start(m_readyTimeoutMs);
    SpeechBackend *opening = m_backend;
    const QString language = m_language;
    QMetaObject::invokeMethod(opening, [opening, language] { opening->open(language); }, Qt::QueuedConnection);
}

void Speaker::retire()
{
    m_readyTimer->stop();
    if (!m_thread)
        return;
    // The thread ends once the backend returns to its event loop; the backend and the thread
    // then delete themselves (connections in start()).
    m_thread->quit();
    m_thread = nullptr;
    m_backend = nullptr;
}

void Speaker::giveUp(const QString &reason)
{
    retire();
    m_pending.clear();
    m_problem = reason;
    qInfo("Reading aloud is off (%s): %s", qPrintable(m_language), qPrintable(reason));
    setState(State::Unavailable);
}

void Speaker::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasAvailable = isAvailable();
    m_state = state;
    emit stateChanged(state);
    if (wasAvailable != isAvailable())
        emit availabilityChanged(isAvailable());
}

} // namespace stages
