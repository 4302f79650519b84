#include "ui/warmup/pupilwarmuppage.h"

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/pagestack.h"
#include "ui/pupil/pupilhome.h"
#include "ui/warmup/warmupclock.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>

namespace stages {

namespace {

const QString kTileKey = QStringLiteral("warmup");

} // namespace

PupilWarmUpPage::PupilWarmUpPage(const PageContext &context, const ClassWarmUp &warmUp, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_clock(context.clock)
    , m_session(context.session)
    , m_warmUp(warmUp)
    , m_content(context.content ? context.content : makeExerciseContent())
    , m_attempts(context.database, context.clock)
    , m_recorder(context.database, context.clock)
{
    setObjectName(QStringLiteral("pupilWarmUp"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("warmUpBar"));
    bar->setStyleSheet(
        QStringLiteral("QWidget#warmUpBar { background: #FFF8E1; border: 2px solid #FFE082; border-radius: 18px; }"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(14, 2, 14, 2);
    // The home's header hides while the warm-up shows: its way home is here.
    auto *leave = new QToolButton(bar);
    leave->setObjectName(QStringLiteral("warmUpLeave"));
    leave->setText(tr("Home"));
    leave->setIcon(Artwork::icon(QStringLiteral("back")));
    leave->setIconSize(QSize(24, 24));
    leave->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    leave->setMinimumSize(100, 52);
    connect(leave, &QToolButton::clicked, this, &PupilWarmUpPage::leaveRequested);
    barLayout->addWidget(leave);
    auto *icon = new QLabel(bar);
    icon->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("warmup")), 44, devicePixelRatioF()));
    barLayout->addWidget(icon);
    auto *title = new QLabel(tr("Warm-up!"), bar);
    title->setObjectName(QStringLiteral("warmUpTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold; color: #E65100;"));
    barLayout->addWidget(title);
    m_progress = new QLabel(bar);
    m_progress->setObjectName(QStringLiteral("warmUpProgress"));
    m_progress->setStyleSheet(QStringLiteral("font-size: 22px; color: #8D5A00; margin-left: 18px;"));
    barLayout->addWidget(m_progress, 1);
    m_clockWidget = new WarmUpClock(bar);
    barLayout->addWidget(m_clockWidget);
    layout->addWidget(bar);

    m_stack = new PageStack(this);
    layout->addWidget(m_stack, 1);

    m_endPage = new QWidget(m_stack);
    auto *endLayout = new QVBoxLayout(m_endPage);
    endLayout->addStretch(1);
    auto *sun = new QLabel(m_endPage);
    sun->setAlignment(Qt::AlignCenter);
    sun->setPixmap(Artwork::render(Artwork::picturePath(7), 140, devicePixelRatioF()));
    endLayout->addWidget(sun);
    m_endTitle = new QLabel(m_endPage);
    m_endTitle->setObjectName(QStringLiteral("warmUpEndTitle"));
    m_endTitle->setAlignment(Qt::AlignCenter);
    m_endTitle->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #2E7D32;"));
    endLayout->addWidget(m_endTitle);
    m_endStars = new QLabel(m_endPage);
    m_endStars->setObjectName(QStringLiteral("warmUpEndStars"));
    m_endStars->setAlignment(Qt::AlignCenter);
    m_endStars->setWordWrap(true);
    m_endStars->setStyleSheet(QStringLiteral("font-size: 44px; color: #A67C00;"));
    endLayout->addWidget(m_endStars);
    m_endText = new QLabel(m_endPage);
    m_endText->setObjectName(QStringLiteral("warmUpEndText"));
    m_endText->setAlignment(Qt::AlignCenter);
    m_endText->setStyleSheet(QStringLiteral("font-size: 24px; color: #37474F;"));
    endLayout->addWidget(m_endText);
    endLayout->addSpacing(24);
    m_home = new QPushButton(Artwork::icon(QStringLiteral("back")), tr("Back home"), m_endPage);
    m_home->setObjectName(QStringLiteral("warmUpHome"));
    m_home->setIconSize(QSize(32, 32));
    m_home->setMinimumSize(260, 72);
    m_home->setStyleSheet(
        QStringLiteral("QPushButton { font-size: 24px; font-weight: bold; color: #FFFFFF; background: #43A047;"
                       " border: none; border-radius: 16px; padding: 8px 24px; }"
                       "QPushButton:focus { border: 3px solid #1B5E20; }"));
    connect(m_home, &QPushButton::clicked, this, &PupilWarmUpPage::homeRequested);
    auto *homeRow = new QHBoxLayout;
    homeRow->addStretch();
    homeRow->addWidget(m_home);
    homeRow->addStretch();
    endLayout->addLayout(homeRow);
    endLayout->addStretch(2);
    m_stack->addWidget(m_endPage);

    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &PupilWarmUpPage::tick);
    m_timer->start();

    tick();
    if (!m_over && !openNext())
        showEnd();
}

PupilWarmUpPage::~PupilWarmUpPage() = default;

PupilWarmUpPage *PupilWarmUpPage::openIfRunning(PupilHome &home, const PageContext &context)
{
    const Session &session = context.session;
    const auto running = WarmUpService(context.database, context.clock).activeWarmUpForPupil(session, session.personId);
    if (!running || !running.value())
        return nullptr;
    auto *page = new PupilWarmUpPage(context, *running.value());
    home.addDomainPage(kTileKey, tr("Warm-up"), Artwork::iconPath(QStringLiteral("warmup")), page);
    home.setOwnHeader(kTileKey, true);
    home.showDomain(kTileKey);
    connect(page, &PupilWarmUpPage::leaveRequested, &home, &PupilHome::showHome);
    connect(page, &PupilWarmUpPage::homeRequested, &home, [&home] {
        // Done for today: the tile goes with the warm-up.
        if (TileButton *tile = home.domainTile(kTileKey))
            tile->hide();
        home.showHome();
    });
    return page;
}

TaskScreen *PupilWarmUpPage::screen() const
{
    return m_screen;
}

ExerciseScreen *PupilWarmUpPage::exerciseScreen() const
{
    return qobject_cast<ExerciseScreen *>(m_screen.data());
}

void PupilWarmUpPage::tick()
{
    const qint64 total = m_warmUp.startedAt.msecsTo(m_warmUp.endsAt);
    const qint64 left = m_warmUp.remainingMs(m_clock.now());
    m_clockWidget->setTime(left, total);
    if (left == 0 && !m_over)
        showEnd();
}

bool PupilWarmUpPage::openNext()
{
    if (m_queue.isEmpty()) {
        WarmUp::Options options;
        options.seconds = int(std::max<qint64>(60, m_warmUp.remainingMs(m_clock.now()) / 1000));
        options.seed = m_warmUp.seed() + quint64(m_round++);
        // Every domain with exercises, each up to the highest stage the pupil has worked on:
        // where mastery can be confirmed.
        for (const DomainView *view : allDomainViews()) {
            if (!view->module().isAvailable())
                continue;
            const QString domain = view->id();
            options.domains.append(domain);
            int reached = 1;
            if (const auto mastery = m_attempts.masteryForDomain(m_session, m_session.personId, domain)) {
                for (const StageMastery &m : mastery.value()) {
                    reached = std::max(reached, m.stage);
                    if (m.level >= MasteryLevel::Proficient)
                        options.familiarStages[domain].append(m.stage);
                }
            }
            options.reachedStage.insert(domain, reached);
            if (const auto seen = m_attempts.seenExercises(m_session, m_session.personId, domain))
                options.seen += seen.value();
        }
        options.seen += m_doneIds;
        // Creating (a set of rows, a tune) takes longer than a warm-up's short games.
        options.excludedTasks = m_content->engine().tasks().creativeKeys();
        m_queue = WarmUp::build(m_content->catalogue(), options).items;
    }
    TaskScreen *next = nullptr;
    while (!next && !m_queue.isEmpty()) {
        const WarmUpItem item = m_queue.takeFirst();
        if (const DomainView *view = findDomainView(item.exercise.domain))
            next = view->makeScreen(item.exercise, { *m_content, m_clock, m_context.services }, m_stack);
    }
    if (!next)
        return false;
    if (m_screen)
        m_screen->deleteLater();
    m_screen = next;
    m_screen->setMapAvailable(false); // the warm-up has no map: only "next"
    connect(m_screen, &TaskScreen::finished, this, &PupilWarmUpPage::record);
    connect(m_screen, &TaskScreen::nextRequested, this, [this] {
        if (!m_over && !openNext())
            showEnd();
    });
    m_stack->addWidget(m_screen);
    m_stack->setCurrentWidget(m_screen);
    m_screen->setFocus();
    showProgress();
    return true;
}

void PupilWarmUpPage::record()
{
    if (!m_screen)
        return;
    AttemptRecord attempt = m_screen->toAttempt();
    attempt.mixedSet = true;
    m_doneIds.append(attempt.exerciseId);
    const auto submitted = m_recorder.submit(m_session, attempt);
    if (!submitted) {
        qWarning("attempt not recorded: %s", qPrintable(submitted.error()));
        return;
    }
    // Kept for later or stored now, the pupil's work counts: no storage error on a pupil screen.
    ++m_done;
    m_successes += attempt.success ? 1 : 0;
    if (!submitted->saved) {
        qWarning("attempt %s kept for later: %s", qPrintable(submitted->attemptId), qPrintable(submitted->problem));
        return;
    }
    const RecordedAttempt &recorded = submitted->recorded;
    m_lastRecorded = recorded;
    if (recorded.mastery.level == MasteryLevel::Mastered && recorded.previousLevel != MasteryLevel::Mastered)
        m_screen->setResultNote(tr("New level: %1!").arg(masteryLevelName(MasteryLevel::Mastered)));
    emit attemptRecorded(recorded);
}

void PupilWarmUpPage::showProgress()
{
    //: Warm-up progress: which exercise the pupil is on
    const QString which = tr("Exercise %1").arg(m_done + 1);
    // One star per exercise solved so far, after the words.
    m_progress->setText(m_successes > 0
                            ? QStringLiteral("%1   %2").arg(which, QString(std::min(m_successes, 12), QChar(0x2605)))
                            : which);
}

void PupilWarmUpPage::showEnd()
{
    m_over = true;
    m_timer->stop();
    m_clockWidget->setTime(m_warmUp.remainingMs(m_clock.now()), m_warmUp.startedAt.msecsTo(m_warmUp.endsAt));
    m_endTitle->setText(m_warmUp.isRunning(m_clock.now()) ? tr("You did them all!") : tr("Time's up! Great warm-up!"));
    m_endStars->setText(m_successes > 0 ? QString(std::min(m_successes, 20), QChar(0x2605)) : QString());
    //: End of the warm-up; %n is the number of exercises the pupil finished
    m_endText->setText(m_done > 0 ? tr("You finished %n exercise(s).", nullptr, m_done) : tr("See you next time!"));
    m_progress->clear();
    m_stack->setCurrentWidget(m_endPage);
    m_home->setFocus();
    if (m_screen) {
        m_screen->deleteLater();
        m_screen = nullptr;
    }
}

} // namespace stages
