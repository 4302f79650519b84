#include "exercises/music/view/musicdomainview.h"

#include "exercises/framework/domainmodule.h"
#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/view/instrumentspage.h"
#include "exercises/music/view/musictaskscreen.h"
#include "exercises/music/view/musicvoice.h"
#include "exercises/music/view/rhythmshapeview.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundservice.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

using music::SoundService;

/// The music domain's screens: its own for play-back, listen-identify, tap-rhythm and compose;
/// the shared ExerciseScreen with a MusicVoice (tokens sound) for the arranging tasks; the stage
/// map with the no-sound notice; and a second home tile for free play on the instruments.
class MusicDomainView final : public DomainView
{
    Q_DECLARE_TR_FUNCTIONS(stages::MusicDomainView)

public:
    using DomainView::DomainView;

    TaskScreen *createScreen(const Exercise &exercise, const ScreenContext &context, QWidget *parent) const override
    {
        // Without a lent sound service (tests, demos) the screen gets its own, deleted with it:
        // a service parented elsewhere could go before the screen that still uses it.
        SoundService *own = lentSound(context.services)
            ? nullptr
            : new SoundService(SoundService::Options { QString(), false, 10 });
        SoundService &sound = own ? *own : *lentSound(context.services);
        const ExerciseEngine &engine = context.content.engine();
        if (TaskScreen *screen = music::MusicTaskScreen::create(engine, exercise, context.clock, sound, parent)) {
            if (own)
                own->setParent(screen);
            return screen;
        }
        auto *screen = qobject_cast<ExerciseScreen *>(DomainView::createScreen(exercise, context, parent));
        if (screen)
            screen->setVoice(std::make_unique<music::MusicVoice>(exercise, engine, sound));
        if (own)
            own->setParent(screen ? static_cast<QObject *>(screen) : parent);
        // Euclidean rhythms being built or counted: the rhythm on its circle beside the drums (a
        // transfer is about the row in another skin, and has no room for it at 1024x600).
        if (screen && exercise.task != QLatin1String("transfer")
            && dynamic_cast<const music::EuclideanStructure *>(exercise.structure.get()))
            screen->setShapeView(new music::RhythmShapeView(screen));
        return screen;
    }

    QList<HomeTile> homeTiles(const PageContext &context) const override
    {
        QList<HomeTile> tiles = DomainView::homeTiles(context);
        SoundService *lent = lentSound(context.services);
        SoundService *sound = lent ? lent : new SoundService(SoundService::Options { QString(), false, 10 });
        auto *instruments = new music::InstrumentsPage(*sound);
        if (!lent)
            sound->setParent(instruments); // a silent one of its own, gone with the page
        //: Pupil home tile: free play on the xylophone, piano and drums
        tiles.append({ QStringLiteral("instruments"), tr("Instruments"), QStringLiteral("instruments"),
                       QStringLiteral("#B39DDB"), instruments });
        return tiles;
    }

    QWidget *createMapBanner(const PageContext &context, QWidget *parent) const override
    {
        return new music::SoundNoticeBanner(soundFor(context.services, parent), parent);
    }

    void pageShown(const PageContext &context) const override
    {
        // The first music page shown starts the sound engine (once for the app).
        if (auto *sound = lentSound(context.services); sound && !sound->isStarted())
            (void)sound->start();
    }

private:
    static SoundService *lentSound(ScreenServices *services)
    {
        return services ? qobject_cast<SoundService *>(services->service(u"sound")) : nullptr;
    }

    /// The app's sound engine, or (tests, demos without one) a silent one owned by @p parent.
    static SoundService &soundFor(ScreenServices *services, QObject *parent)
    {
        if (SoundService *sound = lentSound(services))
            return *sound;
        return *new SoundService(SoundService::Options { QString(), false, 10 }, parent);
    }
};

} // namespace

std::unique_ptr<DomainView> musicView(const DomainModule &module)
{
    return std::make_unique<MusicDomainView>(module);
}

} // namespace stages::domains
