#include "exercises/music/view/musicexercisespage.h"

#include "exercises/combinatorics/view/exercisecontent.h"
#include "exercises/combinatorics/view/exerciserun.h"
#include "exercises/combinatorics/view/exercisescreen.h"
#include "exercises/combinatorics/view/stagemapwidget.h"
#include "exercises/combinatorics/view/stageprogress.h"
#include "exercises/framework/scheduler.h"
#include "exercises/music/musicprovider.h"
#include "exercises/music/view/musictaskscreen.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundservice.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stages::music {

MusicExercisesPage::MusicExercisesPage(Database &database, const Clock &clock, const Session &session,
                                       SoundService &sound, std::shared_ptr<const ExerciseContent> content,
                                       QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_session(session)
    , m_sound(sound)
    , m_content(content ? std::move(content) : ExerciseContent::create())
    , m_attempts(database, clock)
{
    setObjectName(QStringLiteral("pupilExercises:music"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_mapPage = new QWidget(m_stack);
    auto *mapLayout = new QVBoxLayout(m_mapPage);
    mapLayout->addWidget(new SoundNoticeBanner(sound, m_mapPage));
    //: Title of the music stage map; the stones are the stages
    auto *title = new QLabel(tr("Music: choose a stone"), m_mapPage);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setStyleSheet(QStringLiteral("font-size: 32px; font-weight: bold; color: #263238;"));
    mapLayout->addWidget(title);
    m_map = new StageMapWidget(m_mapPage);
    mapLayout->addWidget(m_map, 1);
    m_mapNote = new QLabel(m_mapPage);
    m_mapNote->setObjectName(QStringLiteral("mapNote"));
    m_mapNote->setAlignment(Qt::AlignCenter);
    m_mapNote->setStyleSheet(QStringLiteral("font-size: 22px; color: #455A64;"));
    mapLayout->addWidget(m_mapNote);
    m_stack->addWidget(m_mapPage);

    connect(m_map, &StageMapWidget::stageChosen, this, &MusicExercisesPage::openStage);
    refreshMap();
}

MusicExercisesPage::~MusicExercisesPage() = default;

void MusicExercisesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first music page shown starts the sound engine (once for the app).
    if (!m_sound.isStarted())
        (void)m_sound.start();
}

void MusicExercisesPage::refreshMap()
{
    const QString domain = MusicProvider::domainKey();
    const StageLadder *ladder = m_content->catalogue().ladder(domain);
    const auto mastery = m_attempts.masteryForDomain(m_session, m_session.personId, domain);
    const StageProgress progress = StageProgress::build(ladder, mastery ? mastery.value() : QList<StageMastery>());
    m_map->setStages(progress.stones);
    m_map->setCurrent(progress.current);
    if (!mastery)
        m_mapNote->setText(mastery.error());
    else if (m_lastRecorded && m_lastRecorded->mastery.level > m_lastRecorded->previousLevel
             && m_lastRecorded->mastery.level >= MasteryLevel::Familiar)
        m_mapNote->setText(tr("New level: %1!").arg(masteryLevelName(m_lastRecorded->mastery.level)));
    else
        m_mapNote->setText(QString());
}

bool MusicExercisesPage::openStage(int number)
{
    const QString domain = MusicProvider::domainKey();
    const auto seen = m_attempts.seenExercises(m_session, m_session.personId, domain, number);
    const Scheduler scheduler(m_content->catalogue());
    const auto next = scheduler.next(domain, number, seen ? seen.value() : QStringList(), m_session.personId);
    if (!next)
        return false;
    m_stage = number;
    openScreen(*next);
    return true;
}

bool MusicExercisesPage::openExercise(const QString &exerciseId)
{
    const Exercise *exercise = m_content->catalogue().find(exerciseId);
    if (!exercise || exercise->domain != MusicProvider::domainKey())
        return false;
    m_stage = exercise->stage;
    openScreen(*exercise);
    return true;
}

void MusicExercisesPage::dropScreen()
{
    m_sound.stop();
    for (QWidget *old : { static_cast<QWidget *>(m_musicScreen), static_cast<QWidget *>(m_exerciseScreen) }) {
        if (old) {
            m_stack->removeWidget(old);
            old->deleteLater();
        }
    }
    m_musicScreen = nullptr;
    m_exerciseScreen = nullptr;
}

void MusicExercisesPage::openScreen(const Exercise &exercise)
{
    dropScreen();
    const auto next = [this] {
        if (!openStage(m_stage))
            showMap();
    };
    QWidget *screen = nullptr;
    if (MusicRun::handles(exercise.task)) {
        m_musicScreen = MusicTaskScreen::create(m_content->engine(), exercise, m_clock, m_sound, m_stack);
        connect(m_musicScreen, &MusicTaskScreen::finished, this, [this] { record(m_musicScreen->run().toAttempt()); });
        connect(m_musicScreen, &MusicTaskScreen::mapRequested, this, &MusicExercisesPage::showMap);
        connect(m_musicScreen, &MusicTaskScreen::nextRequested, this, next);
        screen = m_musicScreen;
    } else {
        m_exerciseScreen = new ExerciseScreen(m_content->engine(), exercise, m_clock, m_stack);
        connect(m_exerciseScreen, &ExerciseScreen::finished, this,
                [this] { record(m_exerciseScreen->run()->toAttempt()); });
        connect(m_exerciseScreen, &ExerciseScreen::mapRequested, this, &MusicExercisesPage::showMap);
        connect(m_exerciseScreen, &ExerciseScreen::nextRequested, this, next);
        screen = m_exerciseScreen;
    }
    m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    screen->setFocus();
}

void MusicExercisesPage::setResultNote(const QString &text)
{
    if (m_musicScreen)
        m_musicScreen->setResultNote(text);
    if (m_exerciseScreen)
        m_exerciseScreen->setResultNote(text);
}

void MusicExercisesPage::record(const AttemptRecord &attempt)
{
    const auto recorded = m_attempts.record(m_session, attempt);
    if (!recorded) {
        setResultNote(recorded.error());
        return;
    }
    m_lastRecorded = recorded.value();
    const RecordedAttempt &r = recorded.value();
    if (r.mastery.level > r.previousLevel && r.mastery.level >= MasteryLevel::Familiar)
        setResultNote(tr("New level: %1!").arg(masteryLevelName(r.mastery.level)));
    emit attemptRecorded(r);
}

void MusicExercisesPage::showMap()
{
    refreshMap();
    m_stack->setCurrentWidget(m_mapPage);
    m_map->setFocus();
    dropScreen();
}

} // namespace stages::music
