#include "ui/shell/appcontext.h"

#include "core/storage/database.h"
#include "exercises/music/view/soundservice.h"
#include "ui/shell/uisettings.h"

namespace stages {

AppContext::AppContext(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_accounts(*m_database, clock)
    , m_classes(*m_database, clock)
    , m_educators(*m_database)
{ }

AppContext::~AppContext() = default;

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

QObject *AppContext::service(QStringView name)
{
    if (name == u"sound")
        return &sound();
    return nullptr;
}

} // namespace stages
