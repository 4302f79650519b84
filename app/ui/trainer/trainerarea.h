#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QStackedWidget;
class QTableView;

namespace stages {

class AppContext;
class AreaHeader;
class CertificatesPage;
class EducatorPage;
class EducatorsPage;
class LineagePage;
class SettingsPanel;
class Sidebar;
class TrainerHomePage;

/// The trainer's area (issue 11): sidebar with Overview (the home: counts, the chart of
/// certifications, renewal reminders), Educators, Certificates, Lineage and Settings; one
/// educator's page opens from any of them (Enter or double-click) and Back or Escape returns.
/// Every page reads and writes through TrainingService, which checks the rights.
class TrainerArea : public QWidget
{
    Q_OBJECT

public:
    TrainerArea(AppContext &context, const Session &session, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    /// Reads every page again.
    void reload();
    /// "overview", "educators", "certificates", "lineage", "settings".
    void showSection(const QString &key);
    /// Opens the page of the educator with @p educatorId (Back returns to the page shown now).
    bool showEducator(const QString &educatorId);

    Sidebar *sidebar() const { return m_sidebar; }
    TrainerHomePage *homePage() const { return m_home; }
    EducatorsPage *educatorsPage() const { return m_educators; }
    QTableView *educatorTable() const;
    EducatorPage *educatorPage() const { return m_educator; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    LineagePage *lineagePage() const { return m_lineage; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    AreaHeader *header() const { return m_header; }

signals:
    void signOutRequested();
    void languageChosen(const QString &language);

private:
    AppContext &m_context;
    Session m_session;
    AreaHeader *m_header = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    TrainerHomePage *m_home = nullptr;
    EducatorsPage *m_educators = nullptr;
    EducatorPage *m_educator = nullptr;
    CertificatesPage *m_certificates = nullptr;
    LineagePage *m_lineage = nullptr;
    SettingsPanel *m_settings = nullptr;
    QWidget *m_returnPage = nullptr; ///< where the educator page's Back goes
};

} // namespace stages
