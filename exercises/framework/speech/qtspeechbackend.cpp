#include "exercises/framework/speech/qtspeechbackend.h"

#include "exercises/framework/speech/speechengines.h"

#include <QLocale>

#include <algorithm>

#ifdef STAGES_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#include <QVoice>
#endif

namespace stages {

QtSpeechBackend::QtSpeechBackend(const QString &engine, QObject *parent)
    : SpeechBackend(parent)
    , m_engine(engine)
{ }

QtSpeechBackend::~QtSpeechBackend() = default;

bool QtSpeechBackend::isBuiltIn()
{
#ifdef STAGES_HAVE_TEXTTOSPEECH
    return true;
#else
    return false;
#endif
}

#ifdef STAGES_HAVE_TEXTTOSPEECH

namespace {

/// A voice of @p speech that speaks @p language, chosen as its locale; false when it has none.
bool chooseVoice(QTextToSpeech &speech, QLocale::Language language)
{
    QList<QLocale> locales;
    for (const QLocale &locale : speech.availableLocales()) {
        if (locale.language() == language)
            locales.append(locale);
    }
    if (locales.isEmpty())
        return false;
    // The language's main country first (cs_CZ, en_US), as QLocale(language) gives it.
    const QLocale preferred(language);
    std::stable_sort(locales.begin(), locales.end(), [&preferred](const QLocale &a, const QLocale &b) {
        return (a.territory() == preferred.territory()) > (b.territory() == preferred.territory());
    });
    speech.setLocale(locales.first());
    if (speech.voice().locale().language() == language)
        return true;
    for (const QVoice &voice : speech.availableVoices()) {
        if (voice.locale().language() == language) {
            speech.setVoice(voice);
            return true;
        }
    }
    return false;
}

} // namespace

void QtSpeechBackend::open(const QString &language)
{
    delete m_speech;
    m_speech = nullptr;
    if (m_engine == QLatin1String("none")) {
        emit failed(QStringLiteral("reading aloud is switched off"));
        return;
    }
    const QStringList installed = QTextToSpeech::availableEngines();
    const QStringList engines = m_engine.isEmpty() ? SpeechEngines::order(installed, language)
        : (installed.contains(m_engine) ? QStringList { m_engine } : QStringList {});
    const QLocale::Language wanted = QLocale(language).language();
    QStringList reasons;
    for (const QString &engine : engines) {
        // speechd may block here for a long time when no speech-dispatcher answers: this runs
        // in the Speaker's own thread, and the Speaker stops waiting after a few seconds.
        auto *speech = new QTextToSpeech(engine, this);
        // Qt 6.4's flite plugin sets an error string (and Playback) when there is no sound
        // device, but leaves the reason undefined otherwise: the string is what can be trusted.
        if (speech->state() == QTextToSpeech::Error || !speech->errorString().isEmpty()) {
            reasons.append(QStringLiteral("%1: %2").arg(engine, speech->errorString()));
            delete speech;
            continue;
        }
        if (!chooseVoice(*speech, wanted)) {
            reasons.append(QStringLiteral("%1: no voice for %2").arg(engine, language));
            delete speech;
            continue;
        }
        m_speech = speech;
        connect(speech, &QTextToSpeech::stateChanged, this, [this, speech](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Error)
                emit failed(speech->errorString());
            else
                emit speakingChanged(state == QTextToSpeech::Speaking);
        });
        emit opened(engine, speech->voice().name());
        return;
    }
    if (engines.isEmpty())
        reasons.append(m_engine.isEmpty() ? QStringLiteral("no speech engine is installed")
                                          : QStringLiteral("the speech engine %1 is not installed").arg(m_engine));
    emit failed(reasons.join(QStringLiteral("; ")));
}

void QtSpeechBackend::say(const QString &text)
{
    if (!m_speech)
        return;
    if (m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    m_speech->say(text);
}

void QtSpeechBackend::stop()
{
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

#else // built without Qt TextToSpeech

void QtSpeechBackend::open(const QString &language)
{
    Q_UNUSED(language);
    emit failed(QStringLiteral("this build has no Qt TextToSpeech"));
}

void QtSpeechBackend::say(const QString &text)
{
    Q_UNUSED(text);
}

void QtSpeechBackend::stop() { }

#endif

} // namespace stages
