#include "ui/teacher/dashboard/dashboardpanel.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/uisettings.h"
#include "ui/teacher/dashboard/attentionrulesdialog.h"
#include "ui/teacher/dashboard/classoverviewmodel.h"
#include "ui/teacher/dashboard/dashboardcharts.h"
#include "ui/teacher/dashboard/dashboardloader.h"
#include "ui/teacher/dashboard/heatmapdelegate.h"
#include "ui/teacher/dashboard/heatmapmodel.h"
#include "ui/teacher/dashboard/masterylegend.h"
#include "ui/teacher/dashboard/needsattentionmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QProgressBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace stages {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move inside the table, Tab moves on to the next control.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    return table;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

/// The ladder's stages of @p domain; for a domain without a catalogue, the stages pupils tried.
QList<Stage> ladderStages(const QString &domain)
{
    if (const DomainModule *module = findDomain(domain)) {
        if (const auto provider = module->catalogue())
            return provider->ladder().stages();
    }
    return {};
}

} // namespace

DashboardPanel::DashboardPanel(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_thresholds(UiSettings::attentionThresholds())
    , m_titles(domainTitles())
{
    setObjectName(QStringLiteral("dashboardPanel"));
    m_loader = new DashboardLoader(context.database().location(), context.clock(), session, this);
    connect(m_loader, &DashboardLoader::busyChanged, this, [this](bool busy) { m_busy->setVisible(busy); });
    connect(m_loader, &DashboardLoader::overviewReady, this, &DashboardPanel::applyOverview);
    connect(m_loader, &DashboardLoader::classReady, this, &DashboardPanel::applyDashboard);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { recompute(false); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(makeFilterBar());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(makeLeftColumn());
    m_charts = new DashboardCharts(splitter);
    // The class views: the heat map first, then the charts' own tabs.
    m_charts->insertTab(0, makeHeatMapPage(), tr("Heat map"));
    m_charts->setCurrentIndex(0);
    connect(m_domainTabs, &QTabWidget::currentChanged, this,
            [this] { m_charts->setDistributionDomain(distributionDomain()); });
    splitter->addWidget(m_charts);
    // The attention list's words need more room than the heat map's narrow cells.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 5000, 5000 });
    layout->addWidget(splitter, 1);

    setWholeYear();
    reload();
}

DashboardPanel::~DashboardPanel() = default;

QWidget *DashboardPanel::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    // No page title: the sidebar says "Dashboard", and 1024 pixels need the room for the filters.
    m_classPicker = new QComboBox(bar);
    m_classPicker->setObjectName(QStringLiteral("dashboardClassPicker"));
    //: Screen reader name of the dashboard's class choice (its label says "Class:")
    m_classPicker->setAccessibleName(tr("Class"));
    m_classPicker->setMinimumWidth(90);
    auto *classLabel = new QLabel(tr("Class:"), bar);
    classLabel->setBuddy(m_classPicker);
    row->addWidget(classLabel);
    row->addWidget(m_classPicker);
    connect(m_classPicker, &QComboBox::activated, this, [this] { recompute(!m_overviewLoaded); });

    m_domainFilter = new QComboBox(bar);
    m_domainFilter->setObjectName(QStringLiteral("dashboardDomainFilter"));
    //: Screen reader name of the dashboard's domain filter (its label says "Domain:")
    m_domainFilter->setAccessibleName(tr("Domain"));
    m_domainFilter->addItem(tr("All domains"), QString());
    for (const DomainModule *domain : allDomains())
        m_domainFilter->addItem(m_titles.value(domain->id(), domain->id()), domain->id());
    auto *domainLabel = new QLabel(tr("Domain:"), bar);
    domainLabel->setBuddy(m_domainFilter);
    row->addWidget(domainLabel);
    row->addWidget(m_domainFilter);
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this, [this] {
        applyDomainFilter();
        m_debounce->start();
    });

    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    //: Screen reader name of the first date of the dashboard's date range
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    //: Screen reader name of the last date of the dashboard's date range
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    //: Date range filter: "From [date] to [date]"
    auto *fromLabel = new QLabel(tr("From:"), bar);
    fromLabel->setBuddy(m_from);
    //: Date range filter: "From [date] to [date]"
    auto *toLabel = new QLabel(tr("to:"), bar);
    toLabel->setBuddy(m_to);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    auto *year = new QPushButton(tr("Whole year"), bar);
    year->setObjectName(QStringLiteral("dashboardWholeYear"));
    year->setToolTip(tr("Show the last 12 months"));
    connect(year, &QPushButton::clicked, this, &DashboardPanel::setWholeYear);
    row->addWidget(year);
    row->addStretch(1);

    m_busy = new QWidget(bar);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    auto *busyRow = new QHBoxLayout(m_busy);
    busyRow->setContentsMargins(0, 0, 0, 0);
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0); // indeterminate
    progress->setTextVisible(false);
    progress->setFixedWidth(70);
    busyRow->addWidget(progress);
    //: Shown while the dashboard is being computed
    busyRow->addWidget(new QLabel(tr("Working…"), m_busy));
    m_busy->hide();
    row->addWidget(m_busy);

    m_rules = new QPushButton(tr("Attention rules…"), bar);
    m_rules->setObjectName(QStringLiteral("attentionRulesButton"));
    m_rules->setToolTip(tr("Choose when a pupil appears in the attention list."));
    connect(m_rules, &QPushButton::clicked, this, &DashboardPanel::editRules);
    row->addWidget(m_rules);
    return bar;
}

QWidget *DashboardPanel::makeLeftColumn()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);

    auto *attentionBox = new QWidget(split);
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(0, 0, 4, 0);
    m_attentionTitle = sectionTitle(tr("Needs attention"), attentionBox);
    m_attentionTitle->setObjectName(QStringLiteral("attentionTitle"));
    m_attentionTitle->setWordWrap(true);
    attentionLayout->addWidget(m_attentionTitle);
    m_attention = new NeedsAttentionModel(this);
    m_attentionProxy = sortingProxy(m_attention, NeedsAttentionModel::SortRole, this);
    m_attentionTable = makeTable(m_attentionProxy, QStringLiteral("attentionTable"), attentionBox);
    m_attentionTable->sortByColumn(NeedsAttentionModel::PupilColumn, Qt::AscendingOrder);
    m_attentionTable->setWordWrap(true);
    m_attentionTable->setToolTip(tr("Double-click a pupil or press Enter to open them."));
    m_attentionTable->setAccessibleName(tr("Pupils who need attention"));
    auto *header = m_attentionTable->horizontalHeader();
    header->setSectionResizeMode(NeedsAttentionModel::ReasonsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NeedsAttentionModel::PupilColumn, QHeaderView::ResizeToContents);
    // Dates and counts are short: the reasons get the room (1024 pixels are tight).
    header->setSectionResizeMode(NeedsAttentionModel::LastActiveColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NeedsAttentionModel::StagesColumn, QHeaderView::Interactive);
    header->resizeSection(NeedsAttentionModel::LastActiveColumn, 84);
    header->resizeSection(NeedsAttentionModel::StagesColumn, 56);
    m_attentionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_attentionTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pupilActivated(index.data(NeedsAttentionModel::PersonIdRole).toString());
    });
    attentionLayout->addWidget(m_attentionTable, 1);

    auto *schoolBox = new QWidget(split);
    auto *schoolLayout = new QVBoxLayout(schoolBox);
    schoolLayout->setContentsMargins(0, 4, 4, 0);
    //: Title of the table of all classes
    schoolLayout->addWidget(sectionTitle(tr("All classes"), schoolBox));
    m_overview = new ClassOverviewModel(this);
    m_overviewProxy = sortingProxy(m_overview, ClassOverviewModel::SortRole, this);
    m_overviewTable = makeTable(m_overviewProxy, QStringLiteral("overviewTable"), schoolBox);
    m_overviewTable->sortByColumn(ClassOverviewModel::ClassColumn, Qt::AscendingOrder);
    m_overviewTable->setAccessibleName(tr("All classes"));
    // Every figure as wide as it needs; on a narrow screen the table scrolls rather than cut names.
    m_overviewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overviewTable->horizontalHeader()->setStretchLastSection(true);
    const auto openClass = [this](const QModelIndex &index) {
        const QString id = index.data(ClassOverviewModel::ClassIdRole).toString();
        if (!id.isEmpty() && id != currentClassId())
            showClass(id);
    };
    connect(m_overviewTable, &QTableView::clicked, this, openClass);
    connect(m_overviewTable, &QTableView::activated, this, openClass);
    schoolLayout->addWidget(m_overviewTable, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *DashboardPanel::makeHeatMapPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_domainTabs = new QTabWidget(page);
    m_domainTabs->setObjectName(QStringLiteral("heatMapTabs"));
    m_domainTabs->setDocumentMode(true);
    for (const DomainModule *domain : allDomains())
        addDomainTab(m_domainTabs, domain->id(), m_titles.value(domain->id(), domain->id()));
    layout->addWidget(m_domainTabs, 1);
    layout->addWidget(new MasteryLegend(Qt::Vertical, page));
    return page;
}

void DashboardPanel::addDomainTab(QTabWidget *tabs, const QString &id, const QString &title)
{
    DomainMap map;
    map.id = id;
    map.stages = ladderStages(id);
    map.model = new HeatMapModel(this);
    map.proxy = sortingProxy(map.model, HeatMapModel::SortRole, this);
    map.table = makeTable(map.proxy, QStringLiteral("heatMap_") + id, tabs);
    map.table->setSelectionBehavior(QAbstractItemView::SelectItems);
    map.table->setAlternatingRowColors(false);
    map.table->setItemDelegate(new HeatMapDelegate(map.table));
    map.table->sortByColumn(0, Qt::AscendingOrder);
    //: Accessible name of a heat map: %1 domain
    map.table->setAccessibleName(tr("Levels of every pupil in %1").arg(title));
    auto *header = map.table->horizontalHeader();
    header->setMinimumSectionSize(30);
    header->setDefaultSectionSize(36);
    header->setSectionResizeMode(QHeaderView::Fixed);
    map.table->verticalHeader()->setDefaultSectionSize(30);
    connect(map.table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pupilActivated(index.data(HeatMapModel::PersonIdRole).toString());
    });
    tabs->addTab(map.table, title);
    m_maps.append(map);
}

void DashboardPanel::reload()
{
    fillClassPicker();
    m_overviewLoaded = false;
    recompute(true);
}

void DashboardPanel::fillClassPicker()
{
    const QString current = currentClassId();
    const QSignalBlocker block(m_classPicker);
    m_classPicker->clear();
    const auto classes = m_context.classes().classes();
    if (!classes) {
        m_error->setText(classes.error());
        m_error->show();
        return;
    }
    QList<SchoolClass> ordered = classes.value();
    std::stable_sort(ordered.begin(), ordered.end(), [](const SchoolClass &a, const SchoolClass &b) {
        return ClassOverviewModel::naturalKey(a.name) < ClassOverviewModel::naturalKey(b.name);
    });
    for (const SchoolClass &c : std::as_const(ordered))
        m_classPicker->addItem(c.name, c.id);
    m_classPicker->setCurrentIndex(m_classPicker->findData(current));
}

QString DashboardPanel::currentClassId() const
{
    return m_classPicker->currentData().toString();
}

void DashboardPanel::showClass(const QString &classId)
{
    const int index = m_classPicker->findData(classId);
    if (index < 0)
        return;
    m_classPicker->setCurrentIndex(index);
    recompute(!m_overviewLoaded);
}

bool DashboardPanel::isBusy() const
{
    return m_loader->isBusy();
}

QTabWidget *DashboardPanel::classViews() const
{
    return m_charts;
}

QTableView *DashboardPanel::heatMapTable(const QString &domain) const
{
    for (const DomainMap &map : m_maps) {
        if (map.id == domain)
            return map.table;
    }
    return nullptr;
}

DashboardFilter DashboardPanel::filter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.domain = m_domainFilter->currentData().toString();
    return f;
}

void DashboardPanel::setWholeYear()
{
    const QDate today = m_context.clock().now().toLocalTime().date();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_to->setDate(today);
    m_from->setDate(today.addYears(-1).addDays(1));
    m_debounce->start();
}

void DashboardPanel::recompute(bool overview)
{
    m_debounce->stop();
    m_error->hide();
    m_loader->load(currentClassId(), filter(), m_thresholds, overview);
}

void DashboardPanel::applyOverview(const QList<ClassOverviewRow> &rows)
{
    m_overviewLoaded = true;
    m_overview->setRows(rows);
}

void DashboardPanel::applyDashboard(const ClassDashboard &dashboard)
{
    m_dashboard = dashboard;
    {
        const QSignalBlocker block(m_classPicker);
        m_classPicker->setCurrentIndex(m_classPicker->findData(dashboard.classId));
    }
    m_attention->setPupils(dashboard.pupils);
    const int stuck = m_attention->rowCount();
    if (stuck == 0)
        m_attentionTitle->setText(tr("Nobody in %1 needs attention right now.").arg(dashboard.className));
    else
        //: Title of the attention list: %1 class name, %n pupils
        m_attentionTitle->setText(tr("Needs attention in %1: %n pupil(s)", nullptr, stuck).arg(dashboard.className));
    m_attentionTable->resizeRowsToContents();

    for (DomainMap &map : m_maps) {
        QList<Stage> stages = map.stages;
        if (stages.isEmpty()) {
            // A domain without a ladder yet: the stages its pupils tried.
            QSet<int> tried;
            for (const PupilProgressRow &pupil : dashboard.pupils)
                for (int stage : pupil.mastery.value(map.id).keys())
                    tried.insert(stage);
            QList<int> numbers(tried.cbegin(), tried.cend());
            std::sort(numbers.begin(), numbers.end());
            for (int number : numbers) {
                Stage stage;
                stage.number = number;
                stages.append(stage);
            }
        }
        map.model->setPupils(dashboard.pupils, map.id, stages);
        map.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    m_charts->setDashboard(dashboard, distributionDomain(), m_titles);
    emit dashboardShown(dashboard.classId);
}

void DashboardPanel::applyDomainFilter()
{
    const QString chosen = m_domainFilter->currentData().toString();
    for (int i = 0; i < m_maps.size(); ++i)
        m_domainTabs->setTabVisible(i, chosen.isEmpty() || m_maps.at(i).id == chosen);
    if (!chosen.isEmpty()) {
        for (int i = 0; i < m_maps.size(); ++i) {
            if (m_maps.at(i).id == chosen)
                m_domainTabs->setCurrentIndex(i);
        }
    }
    m_charts->setDistributionDomain(distributionDomain());
}

QString DashboardPanel::distributionDomain() const
{
    const QString chosen = m_domainFilter->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    const int tab = m_domainTabs->currentIndex();
    return tab >= 0 && tab < m_maps.size() ? m_maps.at(tab).id : QString();
}

void DashboardPanel::editRules()
{
    AttentionRulesDialog dialog(m_thresholds, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_thresholds = dialog.thresholds();
    UiSettings::setAttentionThresholds(m_thresholds);
    recompute(true);
}

} // namespace stages
