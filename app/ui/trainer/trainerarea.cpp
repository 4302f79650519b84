#include "ui/trainer/trainerarea.h"

#include "core/storage/database.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/settingspanel.h"
#include "ui/teacher/persontablemodel.h"
#include "ui/widgets/areaheader.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/sidebar.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace stages {

TrainerArea::TrainerArea(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    setObjectName(QStringLiteral("trainerArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new AreaHeader(context.accounts().schoolName().value_or(QString()), session, this);
    connect(m_header, &AreaHeader::signOutRequested, this, &TrainerArea::signOutRequested);
    layout->addWidget(m_header);

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    m_sidebar = new Sidebar(this);
    m_sidebar->addEntry(QStringLiteral("educators"), QStringLiteral("staff"), tr("Educators"));
    m_sidebar->addEntry(QStringLiteral("certificates"), QStringLiteral("certificate"), tr("Certificates"));
    m_sidebar->addEntry(QStringLiteral("settings"), QStringLiteral("settings"), tr("Settings"));
    m_pages = new QStackedWidget(this);

    auto *educators = new QWidget(m_pages);
    auto *educatorsLayout = new QVBoxLayout(educators);
    educatorsLayout->setContentsMargins(24, 20, 24, 20);
    auto *heading = new QLabel(tr("Educators"), educators);
    heading->setObjectName(QStringLiteral("areaTitle"));
    educatorsLayout->addWidget(heading);
    auto *intro = new QLabel(tr("Teachers and trainers of this school. Training hours, practicum and observed lessons "
                                "arrive in a later version."),
                             educators);
    intro->setWordWrap(true);
    educatorsLayout->addWidget(intro);
    using F = PersonTableModel::Field;
    m_model = new PersonTableModel({ F::Name, F::Role, F::Login }, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortLocaleAware(true);
    m_table = new QTableView(educators);
    m_table->setObjectName(QStringLiteral("educatorTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setDefaultSectionSize(200);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    educatorsLayout->addWidget(m_table, 1);
    m_message = new QLabel(educators);
    m_message->setObjectName(QStringLiteral("areaMessage"));
    m_message->setWordWrap(true);
    educatorsLayout->addWidget(m_message);
    m_pages->addWidget(educators);

    m_pages->addWidget(new EmptyState(QStringLiteral("certificate"), tr("Certificates"),
                                      tr("Certificates for educators arrive in a later version of Stages."), m_pages));

    auto *settingsPage = new QWidget(m_pages);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->setContentsMargins(24, 20, 24, 20);
    auto *settingsHeading = new QLabel(tr("Settings"), settingsPage);
    settingsHeading->setObjectName(QStringLiteral("areaTitle"));
    settingsLayout->addWidget(settingsHeading);
    m_settings = new SettingsPanel(context.database().location(), settingsPage);
    connect(m_settings, &SettingsPanel::languageChosen, this, &TrainerArea::languageChosen);
    settingsLayout->addWidget(m_settings, 1);
    m_pages->addWidget(settingsPage);

    connect(m_sidebar, &Sidebar::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    reload();
    m_sidebar->setCurrentRow(0);
}

void TrainerArea::reload()
{
    auto educators = m_context.educators().educators(m_session);
    m_model->setPeople(educators ? educators.value() : QList<Person>());
    m_message->setText(educators ? QString() : educators.error());
}

void TrainerArea::showSection(const QString &key)
{
    m_sidebar->selectKey(key);
}

} // namespace stages
