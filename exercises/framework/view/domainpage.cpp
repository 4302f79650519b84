#include "exercises/framework/view/domainpage.h"

#include "exercises/framework/domainmodule.h"
#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/scheduler.h"
#include "exercises/framework/session/outcome.h"
#include "exercises/framework/view/pagestack.h"
#include "exercises/framework/view/stagemapwidget.h"
#include "exercises/framework/view/stageprogress.h"
#include "exercises/framework/view/taskscreen.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stages {

DomainPage::DomainPage(const DomainView &view, PageContext context, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_context(std::move(context))
    , m_domain(view.id())
    , m_attempts(m_context.database, m_context.clock)
    , m_recorder(m_context.database, m_context.clock)
{
    setObjectName(QStringLiteral("pupilExercises:%1").arg(m_domain));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new PageStack(this);
    layout->addWidget(m_stack);

    m_mapPage = new QWidget(m_stack);
    auto *mapLayout = new QVBoxLayout(m_mapPage);
    if (QWidget *banner = m_view.createMapBanner(m_context, m_mapPage))
        mapLayout->addWidget(banner);
    //: Title of a domain's stage map; %1 is the domain ("Music"), the stones are the stages
    auto *title = new QLabel(tr("%1: choose a stone").arg(m_view.module().title()), m_mapPage);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
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
    for (MasteryLevel level : { MasteryLevel::NotStarted, MasteryLevel::Attempted, MasteryLevel::Familiar,
                                MasteryLevel::Proficient, MasteryLevel::Mastered }) {
        auto *dot = new QLabel(m_mapPage);
        dot->setFixedSize(22, 22);
        dot->setStyleSheet(QStringLiteral("background: %1; border: 2px solid #78909C; border-radius: 11px;")
                               .arg(StageMapWidget::levelColor(level).name()));
        legend->addWidget(dot);
        const int stars = StageMapWidget::levelStars(level);
        auto *name
            = new QLabel(stars > 0 ? QStringLiteral("%1 %2").arg(QString(stars, QChar(0x2605)), masteryLevelName(level))
                                   : masteryLevelName(level),
                         m_mapPage);
        name->setStyleSheet(QStringLiteral("font-size: 16px; color: #546E7A; margin-right: 18px;"));
        legend->addWidget(name);
    }
    legend->addStretch();
    mapLayout->addLayout(legend);
    m_stack->addWidget(m_mapPage);

    connect(m_map, &StageMapWidget::stageChosen, this, &DomainPage::openStage);
    refreshMap();
}

DomainPage::~DomainPage() = default;

void DomainPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view.pageShown(m_context);
}

void DomainPage::refreshMap()
{
    const StageLadder *ladder = m_context.content->catalogue().ladder(m_domain);
    const auto mastery = m_attempts.masteryForDomain(m_context.session, m_context.session.personId, m_domain);
    const StageProgress progress = StageProgress::build(ladder, mastery ? mastery.value() : QList<StageMastery>());
    m_map->setStages(progress.stones);
    m_map->setCurrent(progress.current);
    if (!mastery)
        m_mapNote->setText(mastery.error());
    else if (m_lastRecorded && Outcome::isNewLevel(*m_lastRecorded))
        //: After an exercise, when the pupil reached a new level in a stage; %1 is the level ("familiar")
        m_mapNote->setText(tr("New level: %1!").arg(masteryLevelName(m_lastRecorded->mastery.level)));
    else
        m_mapNote->setText(QString());
}

bool DomainPage::openStage(int number)
{
    const auto seen = m_attempts.seenExercises(m_context.session, m_context.session.personId, m_domain, number);
    const Scheduler scheduler(m_context.content->catalogue());
    const auto next = scheduler.next(m_domain, number, seen ? seen.value() : QStringList(), m_context.session.personId);
    if (!next)
        return false;
    m_stage = number;
    openScreen(*next);
    return m_screen != nullptr;
}

bool DomainPage::openExercise(const QString &exerciseId)
{
    const Exercise *exercise = m_context.content->catalogue().find(exerciseId);
    if (!exercise || exercise->domain != m_domain)
        return false;
    m_stage = exercise->stage;
    openScreen(*exercise);
    return m_screen != nullptr;
}

void DomainPage::dropScreen()
{
    if (m_screen) {
        m_stack->removeWidget(m_screen);
        m_screen->deleteLater();
    }
    m_screen = nullptr;
}

void DomainPage::openScreen(const Exercise &exercise)
{
    dropScreen();
    m_screen = m_view.makeScreen(exercise, { *m_context.content, m_context.clock, m_context.services }, m_stack);
    if (!m_screen)
        return;
    connect(m_screen, &TaskScreen::finished, this, &DomainPage::record);
    connect(m_screen, &TaskScreen::mapRequested, this, &DomainPage::showMap);
    connect(m_screen, &TaskScreen::nextRequested, this, [this] {
        if (!openStage(m_stage))
            showMap();
    });
    m_stack->addWidget(m_screen);
    m_stack->setCurrentWidget(m_screen);
    m_screen->setFocus();
}

void DomainPage::record()
{
    if (!m_screen)
        return;
    const auto submitted = m_recorder.submit(m_context.session, m_screen->toAttempt());
    if (!submitted) {
        qWarning("attempt not recorded: %s", qPrintable(submitted.error()));
        return;
    }
    if (!submitted->saved) {
        // Kept for later (the app stores it when the database takes it): nothing to tell the pupil.
        qWarning("attempt %s kept for later: %s", qPrintable(submitted->attemptId), qPrintable(submitted->problem));
        return;
    }
    const RecordedAttempt &recorded = submitted->recorded;
    m_lastRecorded = recorded;
    if (Outcome::isNewLevel(recorded))
        m_screen->setResultNote(tr("New level: %1!").arg(masteryLevelName(recorded.mastery.level)));
    emit attemptRecorded(recorded);
}

void DomainPage::showMap()
{
    refreshMap();
    m_stack->setCurrentWidget(m_mapPage);
    m_map->setFocus();
    dropScreen();
}

} // namespace stages
