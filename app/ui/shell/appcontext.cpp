#include "ui/shell/appcontext.h"

#include "core/storage/database.h"
#include "core/sync/syncworker.h"
#include "exercises/framework/speech/speaker.h"
#include "exercises/music/view/soundservice.h"
#include "ui/shell/uisettings.h"

#include <QLocale>
#include <QTimer>

namespace stages {

AppContext::AppContext(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_accounts(*m_database, clock)
    , m_classes(*m_database, clock)
    , m_educators(*m_database)
    , m_signingKeys(*m_database, clock)
    , m_training(*m_database, clock, m_signingKeys)
    , m_recorder(*m_database, clock)
    , m_retry(std::make_unique<QTimer>())
{
    m_retry->setInterval(kRetryIntervalMs);
    QObject::connect(m_retry.get(), &QTimer::timeout, m_retry.get(), [this] { retryPendingAttempts(); });
    // Always running: a pupil page may keep an attempt at any moment, and a look at a journal
    // that does not exist costs nothing.
    m_retry->start();
    retryPendingAttempts();
}

int AppContext::retryPendingAttempts()
{
    const auto left = m_recorder.retryPending();
    const int waiting = left ? left.value() : m_recorder.pendingCount();
    if (!left)
        qWarning("pupils' attempts kept for later could not be stored yet: %s", qPrintable(left.error()));
    return waiting;
}

AppContext::~AppContext() = default;

void AppContext::setSync(std::unique_ptr<SyncWorker> worker)
{
    m_sync = std::move(worker);
}

music::SoundService &AppContext::sound()
{
    // Made on first use only: signing in as staff never opens the sound device.
    if (!m_sound) {
        music::SoundService::Options options;
        options.soundFontPath = UiSettings::soundFontPath();
        m_sound = std::make_unique<music::SoundService>(options);
    }
    return *m_sound;
}

Speaker &AppContext::speaker()
{
    // The UI language is the default locale (i18n::installTranslators sets it).
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (!m_speaker)
        m_speaker = std::make_unique<Speaker>(language);
    else
        m_speaker->setLanguage(language);
    return *m_speaker;
}

QObject *AppContext::service(QStringView name)
{
    if (name == u"sound")
        return &sound();
    if (name == u"speech")
        return &speaker();
    return nullptr;
}

} // namespace stages
