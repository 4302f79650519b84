#include "ui/trainer/trainerarea.h"

#include "core/storage/database.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/settingspanel.h"
#include "ui/trainer/certificates/certificatespage.h"
#include "ui/trainer/educator/educatorpage.h"
#include "ui/trainer/educators/educatorspage.h"
#include "ui/trainer/lineage/lineagepage.h"
#include "ui/trainer/overview/trainerhomepage.h"
#include "ui/trainer/trainerwidgets.h"
#include "ui/widgets/areaheader.h"
#include "ui/widgets/sidebar.h"

#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

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
    m_pages = new QStackedWidget(this);
    m_sidebar->addEntry(QStringLiteral("overview"), QStringLiteral("dashboard"), tr("Overview"));
    m_home = new TrainerHomePage(context, session, m_pages);
    m_pages->addWidget(m_home);
    m_sidebar->addEntry(QStringLiteral("educators"), QStringLiteral("staff"), tr("Educators"));
    m_educators = new EducatorsPage(context.training(), context.accounts(), session, m_pages);
    m_pages->addWidget(m_educators);
    m_sidebar->addEntry(QStringLiteral("certificates"), QStringLiteral("certificate"), tr("Certificates"));
    m_certificates = new CertificatesPage(context, session, m_pages);
    m_pages->addWidget(m_certificates);
    m_sidebar->addEntry(QStringLiteral("lineage"), QStringLiteral("stages"), tr("Lineage"));
    m_lineage = new LineagePage(context.training(), session, m_pages);
    m_pages->addWidget(m_lineage);

    m_sidebar->addEntry(QStringLiteral("settings"), QStringLiteral("settings"), tr("Settings"));
    auto *settingsPage = new QWidget(m_pages);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->setContentsMargins(24, 20, 24, 20);
    settingsLayout->addWidget(trainerui::heading(tr("Settings"), settingsPage));
    m_settings = new SettingsPanel(context.database().location(), settingsPage);
    m_settings->setPasswordChange(context.accounts(), session);
    connect(m_settings, &SettingsPanel::languageChosen, this, &TrainerArea::languageChosen);
    settingsLayout->addWidget(m_settings, 1);
    m_pages->addWidget(settingsPage);

    // Not in the sidebar: opened from an educator anywhere, left with Back or Escape.
    m_educator = new EducatorPage(context, session, m_pages);
    m_pages->addWidget(m_educator);
    connect(m_educator, &EducatorPage::backRequested, this, [this] {
        m_pages->setCurrentWidget(m_returnPage ? m_returnPage : m_pages->widget(m_sidebar->currentRow()));
        if (m_pages->currentWidget() == m_educators) {
            m_educators->selectEducator(m_educator->educator().id);
            m_educators->table()->setFocus();
        } else if (m_pages->currentWidget() == m_lineage) {
            m_lineage->tree()->setFocus();
        }
    });
    connect(m_educators, &EducatorsPage::educatorActivated, this, &TrainerArea::showEducator);
    connect(m_lineage, &LineagePage::educatorActivated, this, &TrainerArea::showEducator);
    connect(m_home, &TrainerHomePage::educatorActivated, this, &TrainerArea::showEducator);
    connect(m_home, &TrainerHomePage::expiringRequested, this, [this] {
        showSection(QStringLiteral("certificates"));
        m_certificates->showExpiringSoon();
    });
    // A change on one page shows on the others.
    connect(m_educators, &EducatorsPage::educatorsChanged, this, [this] {
        m_lineage->reload();
        m_home->reload();
    });
    connect(m_educator, &EducatorPage::changed, this, &TrainerArea::reload);
    connect(m_certificates, &CertificatesPage::changed, this, &TrainerArea::reload);

    connect(m_sidebar, &Sidebar::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A click on the section already chosen leaves the educator page too.
    connect(m_sidebar, &Sidebar::itemClicked, this,
            [this](QListWidgetItem *item) { m_pages->setCurrentIndex(m_sidebar->row(item)); });
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    m_sidebar->setCurrentRow(0);
}

QTableView *TrainerArea::educatorTable() const
{
    return m_educators->table();
}

void TrainerArea::reload()
{
    m_home->reload();
    m_educators->reload();
    m_certificates->reload();
    m_lineage->reload();
    if (m_pages->currentWidget() == m_educator)
        m_educator->reload();
}

void TrainerArea::showSection(const QString &key)
{
    m_sidebar->selectKey(key);
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

bool TrainerArea::showEducator(const QString &educatorId)
{
    if (educatorId.isEmpty() || !m_educator->setEducator(educatorId))
        return false;
    if (m_pages->currentWidget() != m_educator)
        m_returnPage = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_educator);
    m_educator->setFocus();
    if (QTableView *table = m_educator->progressTable())
        table->setFocus();
    return true;
}

} // namespace stages
