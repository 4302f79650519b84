#include "exercises/combinatorics/view/pupilexercisespage.h"

#include "exercises/combinatorics/view/exercisecontent.h"
#include "exercises/combinatorics/view/exercisescreen.h"
#include "exercises/combinatorics/view/stagemapwidget.h"
#include "exercises/combinatorics/view/stageprogress.h"
#include "exercises/framework/scheduler.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stages {

PupilExercisesPage::PupilExercisesPage(Database &database, const Clock &clock, const Session &session, const QString &domain,
                                       std::shared_ptr<const ExerciseContent> content, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_session(session)
    , m_domain(domain)
    , m_content(content ? std::move(content) : ExerciseContent::create())
    , m_attempts(database, clock)
{
    setObjectName(QStringLiteral("pupilExercises:%1").arg(domain));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_mapPage = new QWidget(m_stack);
    auto *mapLayout = new QVBoxLayout(m_mapPage);
    auto *title = new QLabel(tr("Choose a stone"), m_mapPage);
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

    // The legend: what the colours and stars mean.
    auto *legend = new QHBoxLayout;
    legend->addStretch();
    for (MasteryLevel level : {MasteryLevel::NotStarted, MasteryLevel::Attempted, MasteryLevel::Familiar,
                               MasteryLevel::Proficient, MasteryLevel::Mastered}) {
        auto *dot = new QLabel(m_mapPage);
        dot->setFixedSize(22, 22);
        dot->setStyleSheet(QStringLiteral("background: %1; border: 2px solid #78909C; border-radius: 11px;")
                               .arg(StageMapWidget::levelColor(level).name()));
        legend->addWidget(dot);
        const int stars = StageMapWidget::levelStars(level);
        auto *name = new QLabel(stars > 0 ? QStringLiteral("%1 %2").arg(QString(stars, QChar(0x2605)), masteryLevelName(level))
                                          : masteryLevelName(level),
                                m_mapPage);
        name->setStyleSheet(QStringLiteral("font-size: 16px; color: #546E7A; margin-right: 18px;"));
        legend->addWidget(name);
    }
    legend->addStretch();
    mapLayout->addLayout(legend);
    m_stack->addWidget(m_mapPage);

    connect(m_map, &StageMapWidget::stageChosen, this, &PupilExercisesPage::openStage);
    refreshMap();
}

PupilExercisesPage::~PupilExercisesPage() = default;

ExerciseScreen *PupilExercisesPage::exerciseScreen() const
{
    return m_screen;
}

QString PupilExercisesPage::domainTitle(const QString &domain)
{
    if (domain == QLatin1String("combinatorics"))
        return tr("Colours and shapes");
    if (domain == QLatin1String("music"))
        return tr("Music");
    return domain;
}

void PupilExercisesPage::refreshMap()
{
    const StageLadder *ladder = m_content->catalogue().ladder(m_domain);
    const auto mastery = m_attempts.masteryForDomain(m_session, m_session.personId, m_domain);
    const StageProgress progress = StageProgress::build(ladder, mastery ? mastery.value() : QList<StageMastery>());
    m_map->setStages(progress.stones);
    m_map->setCurrent(progress.current);
    if (!mastery)
        m_mapNote->setText(mastery.error());
    else if (m_lastRecorded && m_lastRecorded->mastery.level > m_lastRecorded->previousLevel
             && m_lastRecorded->mastery.level >= MasteryLevel::Familiar)
        //: After an exercise, when the pupil reached a new level in a stage; %1 is the level ("familiar")
        m_mapNote->setText(tr("New level: %1!").arg(masteryLevelName(m_lastRecorded->mastery.level)));
    else
        m_mapNote->setText(QString());
}

bool PupilExercisesPage::openStage(int number)
{
    const auto seen = m_attempts.seenExercises(m_session, m_session.personId, m_domain, number);
    const Scheduler scheduler(m_content->catalogue());
    const auto next = scheduler.next(m_domain, number, seen ? seen.value() : QStringList(), m_session.personId);
    if (!next)
        return false;
    m_stage = number;
    openScreen(*next);
    return true;
}

bool PupilExercisesPage::openExercise(const QString &exerciseId)
{
    const Exercise *exercise = m_content->catalogue().find(exerciseId);
    if (!exercise)
        return false;
    m_stage = exercise->stage;
    openScreen(*exercise);
    return true;
}

void PupilExercisesPage::openScreen(const Exercise &exercise)
{
    if (m_screen)
        m_screen->deleteLater();
    m_screen = new ExerciseScreen(m_content->engine(), exercise, m_clock, m_stack);
    connect(m_screen, &ExerciseScreen::finished, this, &PupilExercisesPage::record);
    connect(m_screen, &ExerciseScreen::mapRequested, this, &PupilExercisesPage::showMap);
    connect(m_screen, &ExerciseScreen::nextRequested, this, [this] {
        if (!openStage(m_stage))
            showMap();
    });
    m_stack->addWidget(m_screen);
    m_stack->setCurrentWidget(m_screen);
    m_screen->setFocus();
}

void PupilExercisesPage::record()
{
    if (!m_screen)
        return;
    const auto recorded = m_attempts.record(m_session, m_screen->run()->toAttempt());
    if (!recorded) {
        m_screen->setResultNote(recorded.error());
        return;
    }
    m_lastRecorded = recorded.value();
    const RecordedAttempt &r = recorded.value();
    // A new level is news when it is a step up the ladder ("familiar" and above), not a first try.
    if (r.mastery.level > r.previousLevel && r.mastery.level >= MasteryLevel::Familiar)
        m_screen->setResultNote(tr("New level: %1!").arg(masteryLevelName(r.mastery.level)));
    emit attemptRecorded(r);
}

void PupilExercisesPage::showMap()
{
    refreshMap();
    m_stack->setCurrentWidget(m_mapPage);
    m_map->setFocus();
    if (m_screen) {
        m_screen->deleteLater();
        m_screen = nullptr;
    }
}

} // namespace stages
