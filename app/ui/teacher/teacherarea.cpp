#include "ui/teacher/teacherarea.h"

#include "core/sync/syncworker.h"
#include "ui/shell/syncindicator.h"

#include "core/accounts/pupiladmin.h"
#include "core/storage/database.h"
#include "core/sync/syncworker.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/serversettingspage.h"
#include "ui/shell/settingspanel.h"
#include "ui/shell/syncindicator.h"
#include "ui/teacher/addclassdialog.h"
#include "ui/teacher/addpupildialog.h"
#include "ui/teacher/addstaffdialog.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/assignments/assignmentspanel.h"
#include "ui/teacher/changeavatardialog.h"
#include "ui/teacher/pupil/pupildetailpage.h"
#include "ui/teacher/pupilaccountactions.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/pupildataactions.h"
#include "ui/teacher/signincardsdialog.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/teacher/classtablemodel.h"
#include "ui/teacher/persontablemodel.h"
#include "ui/teacher/pupilsworkpanel.h"
#include "ui/teacher/warmup/warmupresultsview.h"
#include "ui/teacher/warmuppanel.h"
#include "ui/widgets/areaheader.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/sidebar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

namespace stages {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move inside the table, Tab moves on to the next control (issue 14, point 4).
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setIconSize(QSize(24, 24));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(34);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setDefaultSectionSize(160);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QLabel *pageHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("areaTitle"));
    return label;
}

QPushButton *addButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(Artwork::icon(QStringLiteral("add")), text, parent);
    button->setObjectName(name);
    button->setIconSize(QSize(20, 20));
    button->setMinimumHeight(36);
    return button;
}

} // namespace

TeacherArea::TeacherArea(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    setObjectName(QStringLiteral("teacherArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new AreaHeader(context.accounts().schoolName().value_or(QString()), session, this);
    connect(m_header, &AreaHeader::signOutRequested, this, &TeacherArea::signOutRequested);
    layout->addWidget(m_header);
    // Pupils never see a storage problem; staff are told when answers stay unsaved.
    m_pendingWarning = new QLabel(this);
    m_pendingWarning->setObjectName(QStringLiteral("pendingAttemptsWarning"));
    m_pendingWarning->setWordWrap(true);
    m_pendingWarning->setStyleSheet(
        QStringLiteral("background: #FFF3E0; color: #BF360C; padding: 8px 16px; font-size: 15px;"));
    if (const int pending = context.pendingAttempts(); pending > 0)
        //: Warning for teachers; %n answers pupils gave that the database has not taken yet
        m_pendingWarning->setText(tr("%n pupil answer(s) could not be saved yet. Stages keeps them on this PC and "
                                     "tries again every few seconds; if this stays, ask the IT administrator to "
                                     "check the database.",
                                     nullptr, pending));
    m_pendingWarning->setVisible(!m_pendingWarning->text().isEmpty());
    layout->addWidget(m_pendingWarning);
    if (SyncWorker *sync = context.sync())
        layout->addWidget(new SyncIndicator(*sync, this));

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    m_sidebar = new Sidebar(this);
    m_pages = new QStackedWidget(this);
    if (session.can(Capability::ViewClassProgress)) {
        m_sidebar->addEntry(QStringLiteral("dashboard"), QStringLiteral("dashboard"), tr("Dashboard"));
        m_dashboard = new DashboardPanel(context, session, m_pages);
        connect(m_dashboard, &DashboardPanel::pupilActivated, this, &TeacherArea::pupilActivated);
        m_pages->addWidget(m_dashboard);
    }
    m_sidebar->addEntry(QStringLiteral("classes"), QStringLiteral("classes"), tr("Classes"));
    m_sidebar->addEntry(QStringLiteral("pupils"), QStringLiteral("pupils"), tr("Pupils"));
    m_pages->addWidget(makeClassesPage());
    m_pages->addWidget(makePupilsPage());
    m_sidebar->addEntry(QStringLiteral("warmup"), QStringLiteral("warmup"), tr("Warm-up"));
    m_warmUp = new WarmUpPanel(context.database(), context.clock(), context.classes(), session, m_pages);
    m_pages->addWidget(m_warmUp);
    m_sidebar->addEntry(QStringLiteral("work"), QStringLiteral("work"), tr("Pupils' work"));
    m_work = new PupilsWorkPanel(context.database(), context.clock(), context.classes(), session, m_pages);
    m_pages->addWidget(m_work);
    m_sidebar->addEntry(QStringLiteral("assignments"), QStringLiteral("stages"), tr("Assignments"));
    m_assignments = new AssignmentsPanel(context, session, m_pages);
    m_pages->addWidget(m_assignments);
    // Pupils work while the teacher looks elsewhere: completion is read again on every visit.
    connect(m_pages, &QStackedWidget::currentChanged, m_assignments, [this] {
        if (m_pages->currentWidget() == m_assignments)
            m_assignments->reload();
    });
    if (session.can(Capability::ManageStaff)) {
        m_sidebar->addEntry(QStringLiteral("staff"), QStringLiteral("staff"), tr("Staff"));
        m_pages->addWidget(makeStaffPage());
    }
    if (session.can(Capability::ManageDatabase)) {
        //: Sidebar entry (administrators only): connect this PC to the school's server
        m_sidebar->addEntry(QStringLiteral("server"), QStringLiteral("server"), tr("School server"));
        m_pages->addWidget(new ServerSettingsPage(context.sync() ? context.sync()->serverUrl()
                                                                 : context.database().location(),
                                                  m_pages));
    }
    m_sidebar->addEntry(QStringLiteral("settings"), QStringLiteral("settings"), tr("Settings"));
    auto *settingsPage = new QWidget(m_pages);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->setContentsMargins(24, 20, 24, 20);
    settingsLayout->addWidget(pageHeading(tr("Settings"), settingsPage));
    m_settings = new SettingsPanel(context.database().location(), settingsPage);
    m_settings->setPasswordChange(context.accounts(), session);
    connect(m_settings, &SettingsPanel::languageChosen, this, &TeacherArea::languageChosen);
    settingsLayout->addWidget(m_settings, 1);
    m_pages->addWidget(settingsPage);
    // Not in the sidebar: opened from a pupil anywhere (showPupil), left with Back or Escape.
    m_pupilDetail = new PupilDetailPage(context.database(), context.clock(), session, m_pages);
    m_pages->addWidget(m_pupilDetail);
    connect(m_pupilDetail, &PupilDetailPage::backRequested, this, [this] {
        m_pages->setCurrentWidget(m_returnPage ? m_returnPage : m_pages->widget(m_sidebar->currentRow()));
        if (m_returnPage && m_returnPage->isAncestorOf(m_pupilTable))
            m_pupilTable->setFocus();
    });
    // A pupil chosen anywhere (dashboard, Pupils table, warm-up results) opens their page.
    connect(this, &TeacherArea::pupilActivated, this, &TeacherArea::showPupil);
    connect(m_warmUp->results(), &WarmUpResultsView::pupilActivated, this, &TeacherArea::pupilActivated);
    connect(m_assignments->completionTable(), &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pupilActivated(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    });
    connect(m_pupilDetail, &PupilDetailPage::assignRequested, this,
            [this](const QString &personId, const QString &domain, int stage) { assignToPupil(personId, domain, stage); });
    connect(m_sidebar, &Sidebar::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A click on the section already chosen leaves the drill-down too.
    connect(m_sidebar, &Sidebar::itemClicked, this,
            [this](QListWidgetItem *item) { m_pages->setCurrentIndex(m_sidebar->row(item)); });
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);

    reload();
    m_sidebar->setCurrentRow(0);
}

QWidget *TeacherArea::makeClassesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    top->addWidget(pageHeading(tr("Classes"), page), 1);
    m_classDashboard = new QPushButton(Artwork::icon(QStringLiteral("dashboard")), tr("Dashboard"), page);
    m_classDashboard->setObjectName(QStringLiteral("classDashboardButton"));
    m_classDashboard->setIconSize(QSize(20, 20));
    m_classDashboard->setMinimumHeight(36);
    m_classDashboard->setToolTip(tr("Show the dashboard of the selected class."));
    m_classDashboard->setVisible(m_session.can(Capability::ViewClassProgress));
    top->addWidget(m_classDashboard);
    m_addClass = addButton(tr("Add class…"), QStringLiteral("addClassButton"), page);
    m_addClass->setEnabled(m_session.can(Capability::ManageClasses));
    connect(m_addClass, &QPushButton::clicked, this, &TeacherArea::addClass);
    top->addWidget(m_addClass);
    layout->addLayout(top);
    m_classModel = new ClassTableModel(this);
    m_classProxy = new QSortFilterProxyModel(this);
    m_classProxy->setSourceModel(m_classModel);
    m_classProxy->setSortLocaleAware(true);
    m_classTable = makeTable(m_classProxy, page, QStringLiteral("classTable"));
    //: Screen reader name of a table
    m_classTable->setAccessibleName(tr("Classes"));
    m_classTable->setToolTip(tr("Double-click a class to see its pupils."));
    connect(m_classTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(Qt::UserRole).toString();
        m_classFilter->setCurrentIndex(qMax(0, m_classFilter->findData(id)));
        showSection(QStringLiteral("pupils"));
    });
    const auto selectedClass = [this] {
        const QModelIndexList rows = m_classTable->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
    };
    connect(m_classDashboard, &QPushButton::clicked, this,
            [this, selectedClass] { showClassDashboard(selectedClass()); });
    connect(m_classTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, selectedClass] { m_classDashboard->setEnabled(!selectedClass().isEmpty()); });
    m_classDashboard->setEnabled(false);
    layout->addWidget(m_classTable, 1);
    return page;
}

QWidget *TeacherArea::makePupilsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    top->addWidget(pageHeading(tr("Pupils"), page), 1);
    m_changeAvatar = new QPushButton(Artwork::icon(QStringLiteral("pupils")), tr("Change avatar…"), page);
    m_changeAvatar->setObjectName(QStringLiteral("changeAvatarButton"));
    m_changeAvatar->setIconSize(QSize(20, 20));
    m_changeAvatar->setMinimumHeight(36);
    m_changeAvatar->setToolTip(
        tr("Choose the picture the selected pupil finds at sign-in."));
    m_changeAvatar->setEnabled(false);
    connect(m_changeAvatar, &QPushButton::clicked, this, [this] { changeAvatar(selectedPupil()); });
    top->addWidget(m_changeAvatar);
    m_pupilAccounts = new PupilAccountActions(m_context, m_session, this);
    connect(m_pupilAccounts, &PupilAccountActions::changed, this, [this](const QString &id) {
        reload();
        selectPupil(id);
    });
    auto *accountButton = new QToolButton(page);
    accountButton->setObjectName(QStringLiteral("pupilAccountButton"));
    accountButton->setDefaultAction(m_pupilAccounts->editAction());
    accountButton->setPopupMode(QToolButton::MenuButtonPopup);
    accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    accountButton->setMinimumHeight(36);
    accountButton->setFocusPolicy(Qt::StrongFocus);
    auto *accountMenu = new QMenu(accountButton);
    accountMenu->addActions({ m_pupilAccounts->editAction(), m_pupilAccounts->newPicturesAction(),
                              m_pupilAccounts->archiveAction(), m_pupilAccounts->restoreAction() });
    accountMenu->addSeparator();
    accountMenu->addActions({ m_pupilAccounts->undoAction(), m_pupilAccounts->redoAction() });
    accountButton->setMenu(accountMenu);
    accountButton->setVisible(m_session.can(Capability::ManagePupils));
    top->addWidget(accountButton);
    // The shortcuts (F2, undo, redo) work anywhere on the page.
    page->addActions({ m_pupilAccounts->editAction(), m_pupilAccounts->undoAction(), m_pupilAccounts->redoAction() });
    m_pupilData = new PupilDataActions(m_context, m_session, this);
    connect(m_pupilData, &PupilDataActions::erased, this, &TeacherArea::reload);
    auto *dataButton = new QToolButton(page);
    dataButton->setObjectName(QStringLiteral("pupilDataButton"));
    dataButton->setText(tr("Pupil's data"));
    dataButton->setToolTip(tr("Export or erase everything stored about the selected pupil, when parents ask."));
    dataButton->setMinimumHeight(36);
    dataButton->setPopupMode(QToolButton::InstantPopup);
    auto *dataMenu = new QMenu(dataButton);
    dataMenu->addAction(m_pupilData->exportAction());
    dataMenu->addAction(m_pupilData->eraseAction());
    dataButton->setMenu(dataMenu);
    dataButton->setVisible(m_session.can(Capability::ViewClassProgress));
    top->addWidget(dataButton);
    m_addPupil = addButton(tr("Add pupil…"), QStringLiteral("addPupilButton"), page);
    m_addPupil->setEnabled(m_session.can(Capability::ManagePupils));
    connect(m_addPupil, &QPushButton::clicked, this, &TeacherArea::addPupil);
    top->addWidget(m_addPupil);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_classFilter = new QComboBox(page);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    //: Screen reader name of the class filter of the pupils (its label says "Class:")
    m_classFilter->setAccessibleName(tr("Class"));
    m_classFilter->setMinimumWidth(160);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &TeacherArea::applyPupilFilter);
    filters->addWidget(new QLabel(tr("Class:"), page));
    filters->addWidget(m_classFilter);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("pupilSearch"));
    //: Screen reader name of the search field of the pupils
    m_search->setAccessibleName(tr("Find a pupil"));
    m_search->setPlaceholderText(tr("Find a pupil by name"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TeacherArea::applyPupilFilter);
    filters->addWidget(m_search, 1);
    m_pupilCount = new QLabel(page);
    m_pupilCount->setObjectName(QStringLiteral("pupilCount"));
    filters->addWidget(m_pupilCount);
    m_showArchived = new QCheckBox(tr("Show archived"), page);
    m_showArchived->setObjectName(QStringLiteral("showArchivedBox"));
    m_showArchived->setToolTip(tr("Also list the pupils who were archived (greyed), to restore them."));
    m_showArchived->setVisible(m_session.can(Capability::ManagePupils));
    connect(m_showArchived, &QCheckBox::toggled, this, &TeacherArea::reload);
    filters->addWidget(m_showArchived);
    auto *cardsButton = new QToolButton(page);
    cardsButton->setObjectName(QStringLiteral("classCardsButton"));
    cardsButton->setDefaultAction(m_pupilAccounts->classCardsAction());
    cardsButton->setMinimumHeight(30);
    cardsButton->setFocusPolicy(Qt::StrongFocus);
    filters->addWidget(cardsButton);
    layout->addLayout(filters);

    using F = PersonTableModel::Field;
    m_pupilModel = new PersonTableModel({ F::Name, F::Class }, this);
    m_pupilClassProxy = new QSortFilterProxyModel(this);
    m_pupilClassProxy->setSourceModel(m_pupilModel);
    m_pupilClassProxy->setFilterKeyColumn(m_pupilModel->columnOf(F::Class));
    m_pupilProxy = new QSortFilterProxyModel(this);
    m_pupilProxy->setSourceModel(m_pupilClassProxy);
    m_pupilProxy->setFilterKeyColumn(m_pupilModel->columnOf(F::Name));
    m_pupilProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_pupilProxy->setSortLocaleAware(true);
    m_pupilTable = makeTable(m_pupilProxy, page, QStringLiteral("pupilTable"));
    //: Screen reader name of a table
    m_pupilTable->setAccessibleName(tr("Pupils"));
    // Double-click or Enter on a pupil opens their progress and work.
    m_pupilTable->setToolTip(tr("Double-click a pupil (or press Enter) to see their progress and work."));
    connect(m_pupilTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pupilActivated(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    });
    if (m_session.can(Capability::ManagePupils)) {
        // The avatar: the button or the row's context menu.
        auto *action = new QAction(tr("Change avatar…"), m_pupilTable);
        action->setObjectName(QStringLiteral("changeAvatarAction"));
        connect(action, &QAction::triggered, this, [this] { changeAvatar(selectedPupil()); });
        m_pupilTable->addAction(action);
        m_pupilTable->addActions({ m_pupilAccounts->editAction(), m_pupilAccounts->newPicturesAction(),
                                   m_pupilAccounts->archiveAction(), m_pupilAccounts->restoreAction() });
        auto *separator = new QAction(m_pupilTable);
        separator->setSeparator(true);
        m_pupilTable->addAction(separator);
        m_pupilTable->addAction(m_pupilData->exportAction());
        m_pupilTable->addAction(m_pupilData->eraseAction());
        m_pupilTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    connect(m_pupilTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeacherArea::pupilSelectionChanged);
    layout->addWidget(m_pupilTable, 1);
    return page;
}

QWidget *TeacherArea::makeStaffPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    top->addWidget(pageHeading(tr("Staff"), page), 1);
    m_addStaff = addButton(tr("Add teacher or trainer…"), QStringLiteral("addStaffButton"), page);
    connect(m_addStaff, &QPushButton::clicked, this, &TeacherArea::addStaff);
    top->addWidget(m_addStaff);
    layout->addLayout(top);
    using F = PersonTableModel::Field;
    m_staffModel = new PersonTableModel({ F::Name, F::Role, F::Login }, this);
    m_staffProxy = new QSortFilterProxyModel(this);
    m_staffProxy->setSourceModel(m_staffModel);
    m_staffProxy->setSortLocaleAware(true);
    m_staffTable = makeTable(m_staffProxy, page, QStringLiteral("staffTable"));
    //: Screen reader name of a table
    m_staffTable->setAccessibleName(tr("Staff"));
    layout->addWidget(m_staffTable, 1);
    return page;
}

void TeacherArea::reload()
{
    const auto read = m_context.classes().classes();
    if (!read)
        QMessageBox::warning(this, tr("Classes"), read.error());
    const QList<SchoolClass> classes = read.value_or({});
    m_classModel->setClasses(classes);
    m_warmUp->reload();
    // (Not while the dashboard's first computation is still running.)
    if (m_dashboard && !m_dashboard->currentClassId().isEmpty())
        m_dashboard->reload();

    const QString filterId = m_classFilter->currentData().toString();
    {
        const QSignalBlocker block(m_classFilter);
        m_classFilter->clear();
        m_classFilter->addItem(tr("All classes"), QString());
        for (const SchoolClass &c : classes)
            m_classFilter->addItem(c.name, c.id);
        m_classFilter->setCurrentIndex(qMax(0, m_classFilter->findData(filterId)));
    }

    auto pupils = m_context.accounts().people(m_session, Role::Pupil);
    if (pupils && m_showArchived->isChecked()) {
        auto archived = PupilAdmin(m_context.database(), m_context.clock()).archivedPupils(m_session);
        if (archived)
            pupils->append(archived.value());
        else
            pupils = archived;
    }
    m_pupilModel->setPeople(pupils ? pupils.value() : QList<Person>());
    if (!pupils)
        m_pupilCount->setText(pupils.error());

    if (m_staffModel) {
        QList<Person> staff;
        if (auto everyone = m_context.accounts().people(m_session)) {
            for (const Person &p : everyone.value()) {
                if (p.role != Role::Pupil)
                    staff.append(p);
            }
        }
        m_staffModel->setPeople(staff);
    }
    applyPupilFilter();
}

void TeacherArea::applyPupilFilter()
{
    const int index = m_classFilter->currentIndex();
    const QString className = index > 0 ? m_classFilter->currentText() : QString();
    m_pupilClassProxy->setFilterRegularExpression(
        className.isEmpty() ? QString() : QLatin1Char('^') + QRegularExpression::escape(className) + QLatin1Char('$'));
    m_pupilProxy->setFilterFixedString(m_search->text().trimmed());
    int archived = 0;
    for (int row = 0; row < m_pupilProxy->rowCount(); ++row)
        archived += pupilAt(m_pupilProxy->index(row, 0)).value_or(Person()).active ? 0 : 1;
    //: Number of pupils shown in the pupils table
    const QString shown = tr("%n pupil(s)", nullptr, m_pupilProxy->rowCount() - archived);
    //: Pupils shown in the pupils table when archived ones are listed too; %1 is "12 pupils"
    m_pupilCount->setText(archived == 0 ? shown : tr("%1, %n archived", nullptr, archived).arg(shown));
    int inClass = 0;
    for (const Person &p : m_pupilModel->people())
        inClass += p.active && p.classId == m_classFilter->currentData().toString() ? 1 : 0;
    m_pupilAccounts->setClass(m_classFilter->currentData().toString(), className, inClass);
    pupilSelectionChanged();
}

void TeacherArea::pupilSelectionChanged()
{
    const std::optional<Person> pupil = pupilAt(selectedPupil());
    m_changeAvatar->setEnabled(m_session.can(Capability::ManagePupils) && pupil && pupil->active);
    m_pupilData->setPupil(pupil);
    m_pupilAccounts->setPupil(pupil);
}

void TeacherArea::showClassDashboard(const QString &classId)
{
    if (!m_dashboard || classId.isEmpty())
        return;
    m_dashboard->showClass(classId);
    showSection(QStringLiteral("dashboard"));
}

void TeacherArea::showSection(const QString &key)
{
    m_sidebar->selectKey(key);
    m_pages->setCurrentIndex(m_sidebar->currentRow()); // also when leaving the drill-down
}

bool TeacherArea::showPupil(const QString &personId)
{
    const QList<Person> &pupils = m_pupilModel->people();
    const auto pupil = std::find_if(pupils.cbegin(), pupils.cend(), [&](const Person &p) { return p.id == personId; });
    if (pupil == pupils.cend() || !m_session.can(Capability::ViewClassProgress))
        return false;
    if (m_pages->currentWidget() != m_pupilDetail)
        m_returnPage = m_pages->currentWidget();
    m_pupilDetail->setPupil(*pupil);
    m_pages->setCurrentWidget(m_pupilDetail);
    m_pupilDetail->masteryTable()->setFocus();
    return true;
}

AssignDialog *TeacherArea::assignToPupil(const QString &personId, const QString &domain, int stage)
{
    const QList<Person> &pupils = m_pupilModel->people();
    const auto pupil = std::find_if(pupils.cbegin(), pupils.cend(), [&](const Person &p) { return p.id == personId; });
    if (pupil == pupils.cend())
        return nullptr;
    auto *dialog = new AssignDialog(m_context, m_session, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->preselect(pupil->classId, {personId}, domain, stage > 0 ? QList<int>{stage} : QList<int>{});
    connect(dialog, &QDialog::accepted, m_assignments, &AssignmentsPanel::reload);
    dialog->open();
    return dialog;
}

QString TeacherArea::currentSection() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TeacherArea::addClass()
{
    AddClassDialog dialog(m_context.classes(), m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TeacherArea::addPupil()
{
    const auto read = m_context.classes().classes();
    if (!read) {
        QMessageBox::warning(this, tr("Add a pupil"), read.error());
        return;
    }
    const QList<SchoolClass> classes = read.value();
    if (classes.isEmpty()) {
        QMessageBox::information(this, tr("Add a pupil"), tr("Add a class first: every pupil belongs to a class."));
        return;
    }
    AddPupilDialog dialog(m_context.accounts(), m_session, classes, m_classFilter->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (dialog.cardWanted()) {
        const Person added = dialog.added();
        SignInCardsDialog cards({ { added.displayName, added.className, added.avatar, dialog.pictureInput()->pictures() } },
                                tr("Sign-in card of %1").arg(added.displayName), this);
        cards.exec();
    }
}

QModelIndex TeacherArea::selectedPupil() const
{
    const QModelIndexList rows = m_pupilTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

std::optional<Person> TeacherArea::pupilAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const QString id = index.siblingAtColumn(0).data(Qt::UserRole).toString();
    const QList<Person> &pupils = m_pupilModel->people();
    const auto pupil = std::find_if(pupils.cbegin(), pupils.cend(), [&](const Person &p) { return p.id == id; });
    return pupil == pupils.cend() ? std::nullopt : std::optional<Person>(*pupil);
}

void TeacherArea::changeAvatar(const QModelIndex &index)
{
    const std::optional<Person> pupil = pupilAt(index);
    if (!pupil || !pupil->active)
        return;
    const QString id = pupil->id;
    ChangeAvatarDialog dialog(m_context.accounts(), m_session, *pupil, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPupil(id);
}

void TeacherArea::selectPupil(const QString &id)
{
    // Keep the same pupil selected, so the teacher can go on from where they were.
    for (int row = 0; row < m_pupilProxy->rowCount(); ++row) {
        const QModelIndex candidate = m_pupilProxy->index(row, 0);
        if (candidate.data(Qt::UserRole).toString() == id) {
            m_pupilTable->selectRow(row);
            m_pupilTable->setCurrentIndex(candidate);
            break;
        }
    }
}

void TeacherArea::addStaff()
{
    AddStaffDialog dialog(m_context.accounts(), m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace stages
