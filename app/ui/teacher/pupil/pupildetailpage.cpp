#include "ui/teacher/pupil/pupildetailpage.h"

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/teacher/pupil/attempttimelinemodel.h"
#include "ui/teacher/dashboard/heatmapdelegate.h"
#include "ui/teacher/dashboard/masterylegend.h"
#include "ui/teacher/pupil/pupildetailloader.h"
#include "ui/teacher/pupil/pupilmasterymodel.h"
#include "ui/teacher/pupil/pupilprogresschart.h"
#include "ui/widgets/artwork.h"

#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

namespace stages {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move inside the table; Tab goes on to the next control.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    return table;
}

} // namespace

PupilDetailPage::PupilDetailPage(Database &database, const Clock &clock, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_clock(clock)
    , m_session(session)
    , m_artifacts(database, clock)
    , m_loader(new PupilDetailLoader(database, clock, this))
{
    setObjectName(QStringLiteral("pupilDetailPage"));
    connect(m_loader, &PupilDetailLoader::loaded, this, &PupilDetailPage::display);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_back = new QPushButton(Artwork::icon(QStringLiteral("back")), tr("Back"), this);
    m_back->setObjectName(QStringLiteral("pupilBack"));
    m_back->setMinimumHeight(36);
    m_back->setToolTip(tr("Back to where you came from (Esc)"));
    connect(m_back, &QPushButton::clicked, this, &PupilDetailPage::backRequested);
    top->addWidget(m_back);
    m_avatar = new QLabel(this);
    m_avatar->setObjectName(QStringLiteral("pupilAvatar"));
    m_avatar->setFixedSize(48, 48);
    top->addWidget(m_avatar);
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("areaTitle"));
    who->addWidget(m_name);
    m_class = new QLabel(this);
    m_class->setObjectName(QStringLiteral("pupilClass"));
    m_class->setStyleSheet(QStringLiteral("color: #546E7A;"));
    who->addWidget(m_class);
    top->addLayout(who, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("pupilBusy"));
    m_busy->setRange(0, 0); // a busy bar: how long is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Reading the pupil's progress"));
    m_busy->hide();
    top->addWidget(m_busy);
    auto *rangeLabel = new QLabel(tr("Show:"), this);
    top->addWidget(rangeLabel);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("pupilRange"));
    //: Screen reader name of the date range of the pupil page (its label says "Show:")
    m_range->setAccessibleName(tr("Time range"));
    rangeLabel->setBuddy(m_range);
    //: Date range of the pupil page
    m_range->addItem(tr("All time"), 0);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_limit = m_pageSize;
        startLoad();
    });
    top->addWidget(m_range);
    m_assign = new QPushButton(Artwork::icon(QStringLiteral("add")), tr("Assign next stage…"), this);
    m_assign->setObjectName(QStringLiteral("assignNextStage"));
    m_assign->setMinimumHeight(36);
    m_assign->setEnabled(false);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const int row = std::max(0, m_masteryTable->currentIndex().row());
        if (const int next = m_mastery->nextStage(row); next > 0)
            emit assignRequested(m_pupil.id, m_mastery->domainAt(row), next);
    });
    top->addWidget(m_assign);
    layout->addLayout(top);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pupilError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #BF360C;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_mastery = new PupilMasteryModel(this);
    m_masteryTable = makeTable(m_mastery, QStringLiteral("pupilMastery"), this);
    //: Screen reader name of a table
    m_masteryTable->setAccessibleName(tr("Levels in every domain"));
    m_masteryTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_masteryTable->setAlternatingRowColors(false);
    // The dashboard's heat map cells: colour, pattern and number, the same scale everywhere.
    m_masteryTable->setItemDelegate(new HeatMapDelegate(m_masteryTable));
    m_masteryTable->horizontalHeader()->setMinimumSectionSize(30);
    m_masteryTable->horizontalHeader()->setDefaultSectionSize(38);
    m_masteryTable->setToolTip(tr("Each box is a stage: the number is the level (0 not started … 4 mastered)."));
    m_masteryTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_masteryTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PupilDetailPage::updateAssign);
    layout->addWidget(m_masteryTable);
    layout->addWidget(new MasteryLegend(Qt::Horizontal, this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pupilTabs"));
    m_tabs->addTab(makeAttemptsTab(), tr("Attempts"));
    m_tabs->addTab(makeWorkTab(), tr("Work"));
    m_chart = new PupilProgressChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Progress"));
    layout->addWidget(m_tabs, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PupilDetailPage::backRequested);
}

PupilDetailPage::~PupilDetailPage() = default;

QWidget *PupilDetailPage::makeAttemptsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    m_timeline = new AttemptTimelineModel([this](const AttemptEntry &a) { return describe(a); }, this);
    m_timelineProxy = new QSortFilterProxyModel(this);
    m_timelineProxy->setSourceModel(m_timeline);
    m_timelineProxy->setSortRole(AttemptTimelineModel::SortRole);
    m_timelineTable = makeTable(m_timelineProxy, QStringLiteral("pupilTimeline"), tab);
    //: Screen reader name of a table
    m_timelineTable->setAccessibleName(tr("Attempts, newest first"));
    m_timelineTable->setSortingEnabled(true);
    m_timelineTable->sortByColumn(AttemptTimelineModel::WhenColumn, Qt::DescendingOrder);
    m_timelineTable->setWordWrap(false); // one line per attempt; the full words are elided, not wrapped
    QHeaderView *header = m_timelineTable->horizontalHeader();
    header->setDefaultSectionSize(70);
    header->setSectionResizeMode(AttemptTimelineModel::WhatColumn, QHeaderView::Stretch);
    header->resizeSection(AttemptTimelineModel::WhenColumn, 150);
    layout->addWidget(m_timelineTable, 1);
    auto *row = new QHBoxLayout;
    m_attemptCount = new QLabel(tab);
    m_attemptCount->setObjectName(QStringLiteral("attemptCount"));
    row->addWidget(m_attemptCount, 1);
    m_more = new QPushButton(tr("Show more"), tab);
    m_more->setObjectName(QStringLiteral("moreAttempts"));
    m_more->setToolTip(tr("Show %n older attempt(s)", nullptr, kAttemptPage));
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += m_pageSize;
        startLoad();
    });
    row->addWidget(m_more);
    layout->addLayout(row);
    return tab;
}

QWidget *PupilDetailPage::makeWorkTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    m_work = new ArtifactTableModel(
        [this](const QString &exerciseId) {
            const Exercise *e = m_exercises ? m_exercises->catalogue().find(exerciseId) : nullptr;
            return e ? stageWords(e->domain, e->stage) : QString();
        },
        this);
    m_workProxy = new QSortFilterProxyModel(this);
    m_workProxy->setSourceModel(m_work);
    m_workProxy->setSortRole(ArtifactTableModel::SortRole);
    m_workTable = makeTable(m_workProxy, QStringLiteral("pupilWork"), tab);
    //: Screen reader name of a table
    m_workTable->setAccessibleName(tr("Saved work"));
    m_workTable->setSortingEnabled(true);
    m_workTable->setWordWrap(false);
    m_workTable->sortByColumn(ArtifactTableModel::DateColumn, Qt::DescendingOrder);
    // The pupil and class are in the page's header already.
    m_workTable->hideColumn(ArtifactTableModel::PupilColumn);
    m_workTable->hideColumn(ArtifactTableModel::ClassColumn);
    m_workTable->horizontalHeader()->setDefaultSectionSize(130);
    m_workTable->horizontalHeader()->setSectionResizeMode(ArtifactTableModel::ExerciseColumn, QHeaderView::Stretch);
    m_workTable->setToolTip(tr("Double-click a piece of work to open it."));
    connect(m_workTable, &QTableView::activated, this, &PupilDetailPage::openSelectedWork);
    connect(m_workTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PupilDetailPage::showFeedback);
    layout->addWidget(m_workTable, 2);
    auto *row = new QHBoxLayout;
    auto *comments = new QLabel(tr("Comments on this piece:"), tab);
    row->addWidget(comments, 1);
    m_openWork = new QPushButton(tr("Open…"), tab);
    m_openWork->setObjectName(QStringLiteral("openPupilWork"));
    m_openWork->setEnabled(false);
    connect(m_openWork, &QPushButton::clicked, this, &PupilDetailPage::openSelectedWork);
    row->addWidget(m_openWork);
    layout->addLayout(row);
    m_feedback = new QListWidget(tab);
    m_feedback->setObjectName(QStringLiteral("pupilWorkFeedback"));
    m_feedback->setWordWrap(true);
    comments->setBuddy(m_feedback);
    layout->addWidget(m_feedback, 1);
    return tab;
}

void PupilDetailPage::setPupil(const Person &pupil)
{
    m_pupil = pupil;
    m_name->setText(pupil.displayName);
    m_class->setText(pupil.className.isEmpty() ? QString() : tr("Class %1").arg(pupil.className));
    m_avatar->setPixmap(Artwork::render(Artwork::avatarPath(pupil.avatar), 48, devicePixelRatioF()));
    m_avatar->setToolTip(Artwork::avatarName(pupil.avatar));
    if (!m_exercises) {
        // The ladders name the stages; made once, when the first pupil is opened.
        m_exercises = makeExerciseContent();
        m_domainTitles = domainTitles();
    }
    m_mastery->setMastery({}, {});
    m_timeline->setAttempts({});
    m_work->setArtifacts({});
    m_feedback->clear();
    m_chart->setProgress({});
    m_tabs->setCurrentIndex(0);
    m_limit = m_pageSize;
    {
        const QSignalBlocker block(m_range);
        m_range->setCurrentIndex(0);
    }
    startLoad();
}

void PupilDetailPage::reload()
{
    startLoad();
}

bool PupilDetailPage::isLoading() const
{
    return m_loader->isLoading();
}

DashboardFilter PupilDetailPage::filter() const
{
    DashboardFilter f;
    if (const int days = m_range->currentData().toInt(); days > 0)
        f.from = m_clock.now().toLocalTime().date().addDays(1 - days);
    return f;
}

void PupilDetailPage::startLoad()
{
    if (m_pupil.id.isEmpty())
        return;
    m_busy->show();
    m_assign->setEnabled(false);
    m_more->setEnabled(false);
    m_loader->load(m_session, m_pupil.id, filter(), m_limit);
}

void PupilDetailPage::display(const PupilDetailData &data)
{
    m_busy->hide();
    m_error->setText(data.error);
    m_error->setVisible(!data.error.isEmpty());

    QList<PupilMasteryModel::Domain> domains;
    for (const DomainModule *module : allDomains()) {
        const StageLadder *ladder = m_exercises->catalogue().ladder(module->id());
        if (!ladder || ladder->stages().isEmpty())
            continue;
        PupilMasteryModel::Domain d { module->id(), m_domainTitles.value(module->id(), module->id()), {} };
        for (const Stage &s : ladder->stages())
            d.stageTitles.append(s.title);
        domains.append(d);
    }
    const QModelIndex current = m_masteryTable->currentIndex();
    m_mastery->setMastery(domains, data.mastery);
    m_masteryTable->resizeColumnToContents(0);
    m_masteryTable->setFixedHeight(m_masteryTable->horizontalHeader()->height()
                                   + m_mastery->rowCount() * m_masteryTable->verticalHeader()->defaultSectionSize()
                                   + 2 * m_masteryTable->frameWidth() + 2);
    m_masteryTable->setCurrentIndex(m_mastery->index(current.isValid() ? current.row() : 0, 0));
    updateAssign();

    m_timeline->setAttempts(data.attempts);
    if (data.moreAttempts)
        //: Under a pupil's attempts when only the newest are shown
        m_attemptCount->setText(tr("The newest %n attempt(s)", nullptr, int(data.attempts.size())));
    else
        m_attemptCount->setText(tr("%n attempt(s)", nullptr, int(data.attempts.size())));
    m_more->setVisible(data.moreAttempts);
    m_more->setEnabled(true);

    m_work->setArtifacts(data.artifacts);
    m_tabs->setTabText(1, tr("Work (%1)").arg(data.artifacts.size()));
    m_feedback->clear();
    m_openWork->setEnabled(false);
    m_chart->setProgress(data.progress, data.proficientBefore);
    emit loaded();
}

void PupilDetailPage::updateAssign()
{
    const int row = std::max(0, m_masteryTable->currentIndex().row());
    const int next = m_mastery->nextStage(row);
    m_assign->setEnabled(next > 0 && !isLoading());
    if (next > 0)
        //: Tooltip of "Assign next stage": %1 stage words ("Music · Stage 3: Rhythm")
        m_assign->setToolTip(tr("Give %1 the next stage to practise: %2")
                                 .arg(m_pupil.displayName, stageWords(m_mastery->domainAt(row), next)));
    else
        m_assign->setToolTip(tr("Every stage of this domain is reached."));
}

QString PupilDetailPage::stageWords(const QString &domain, int stage) const
{
    const StageLadder *ladder = m_exercises ? m_exercises->catalogue().ladder(domain) : nullptr;
    const Stage *s = ladder ? ladder->stage(stage) : nullptr;
    const QString title = m_domainTitles.value(domain, domain);
    if (!s)
        //: %1 domain ("Music"), %2 stage number
        return tr("%1 · Stage %2").arg(title).arg(stage);
    //: %1 domain ("Music"), %2 stage number, %3 stage title ("Rhythm")
    return tr("%1 · Stage %2: %3").arg(title).arg(stage).arg(s->title);
}

QString PupilDetailPage::describe(const AttemptEntry &attempt) const
{
    const QString words = stageWords(attempt.domain, attempt.stage);
    //: An attempt made inside a warm-up: %1 the stage in words
    return attempt.mixedSet ? tr("%1 (warm-up)").arg(words) : words;
}

void PupilDetailPage::showFeedback()
{
    m_feedback->clear();
    const QModelIndexList rows = m_workTable->selectionModel()->selectedRows();
    m_openWork->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    const auto detail = m_artifacts.read(m_session, rows.first().data(Qt::UserRole).toString());
    if (!detail) {
        m_feedback->addItem(detail.error());
        return;
    }
    for (const ArtifactFeedback &f : detail->feedback)
        //: One comment on a pupil's work: %1 author, %2 date and time, %3 the comment
        m_feedback->addItem(tr("%1, %2: %3")
                                .arg(f.authorName, QLocale().toString(f.createdAt.toLocalTime(), QLocale::ShortFormat),
                                     f.body));
    if (detail->feedback.isEmpty())
        m_feedback->addItem(tr("No comments yet."));
}

void PupilDetailPage::openSelectedWork()
{
    const QModelIndexList rows = m_workTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openWork(rows.first().data(Qt::UserRole).toString());
}

bool PupilDetailPage::openWork(const QString &artifactId)
{
    const auto detail = m_artifacts.read(m_session, artifactId);
    if (!detail) {
        QMessageBox::information(this, tr("Pupil's work"), detail.error());
        return false;
    }
    ArtifactDialog dialog(m_artifacts, m_session, detail.value(), m_exercises, this);
    m_dialog = &dialog;
    int added = 0;
    connect(&dialog, &ArtifactDialog::commentAdded, this, [&added] { ++added; });
    dialog.exec();
    m_dialog = nullptr;
    if (added > 0) {
        // The comment counts changed: read the list again (quick) and keep the piece selected.
        auto work = m_artifacts.listForPupil(m_session, m_pupil.id);
        QList<ArtifactSummary> kept;
        const QList<ArtifactSummary> shown = m_work->artifacts();
        for (const ArtifactSummary &a : work.value_or({})) {
            if (std::any_of(shown.cbegin(), shown.cend(), [&](const ArtifactSummary &s) { return s.id == a.id; }))
                kept.append(a);
        }
        m_work->setArtifacts(kept);
        for (int row = 0; row < m_workProxy->rowCount(); ++row) {
            if (m_workProxy->index(row, 0).data(Qt::UserRole).toString() == artifactId)
                m_workTable->selectRow(row);
        }
    }
    return true;
}

} // namespace stages
