#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace stages {

class AppContext;
class AssignDialog;
class AreaHeader;
class AssignmentsPanel;
class ClassTableModel;
class DashboardPanel;
class PersonTableModel;
class PupilAccountActions;
class PupilDataActions;
class PupilDetailPage;
class PupilsWorkPanel;
class SettingsPanel;
class Sidebar;
class WarmUpPanel;

/// The teacher's (and administrator's) area: sidebar with Classes, Pupils, Staff (admins only)
/// and Settings; tables of the real classes and pupils from the services, with dialogs to add
/// classes, pupils and staff. Rights are checked by the services; the Staff page is only
/// offered to those who may use it.
class TeacherArea : public QWidget
{
    Q_OBJECT

public:
    TeacherArea(AppContext &context, const Session &session, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    /// Reads classes, pupils and staff again from the services.
    void reload();
    /// "dashboard" (the home, for those who may view progress), "classes", "pupils", "warmup",
    /// "work", "assignments", "staff", "settings".
    void showSection(const QString &key);
    QString currentSection() const;
    /// Opens the drill-down of the pupil with @p personId (Back returns to the page shown now);
    /// false when there is no such pupil to see.
    bool showPupil(const QString &personId);
    /// Opens the assign dialog (window-modal, deleted on close) ready to give pupil @p personId
    /// @p stage of @p domain; nullptr when there is no such pupil. Also the drill-down's
    /// "Assign next stage".
    AssignDialog *assignToPupil(const QString &personId, const QString &domain, int stage);

    Sidebar *sidebar() const { return m_sidebar; }
    QTableView *classTable() const { return m_classTable; }
    QTableView *pupilTable() const { return m_pupilTable; }
    QTableView *staffTable() const { return m_staffTable; }
    QComboBox *classFilter() const { return m_classFilter; }
    QPushButton *addClassButton() const { return m_addClass; }
    QPushButton *addPupilButton() const { return m_addPupil; }
    /// Opens the avatar picker for the selected pupil (also in the context menu; double-click and
    /// Enter open the pupil's drill-down).
    QPushButton *changeAvatarButton() const { return m_changeAvatar; }
    QPushButton *addStaffButton() const { return m_addStaff; }
    /// Export and erase of the selected pupil's data (also in the pupil table's context menu).
    PupilDataActions *pupilDataActions() const { return m_pupilData; }
    /// Edit, archive, restore, new pictures and class sign-in cards (also in the context menu).
    PupilAccountActions *pupilAccountActions() const { return m_pupilAccounts; }
    /// Lists archived pupils too (greyed) when ticked.
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    /// The warning about pupils' answers not saved yet (hidden when all are stored).
    QLabel *pendingWarning() const { return m_pendingWarning; }
    WarmUpPanel *warmUpPanel() const { return m_warmUp; }
    PupilsWorkPanel *pupilsWorkPanel() const { return m_work; }
    AssignmentsPanel *assignmentsPanel() const { return m_assignments; }
    AreaHeader *header() const { return m_header; }
    /// One pupil's progress and work; its assignRequested() is for the owner to connect.
    PupilDetailPage *pupilDetailPage() const { return m_pupilDetail; }
    /// The teacher's home (nullptr for those without ViewClassProgress).
    DashboardPanel *dashboard() const { return m_dashboard; }
    /// Shows the dashboard of @p classId.
    void showClassDashboard(const QString &classId);
    /// Opens the dashboard of the class selected in the Classes page.
    QPushButton *classDashboardButton() const { return m_classDashboard; }

signals:
    void signOutRequested();
    void languageChosen(const QString &language);
    /// Double-click or Enter on a pupil (dashboard, pupil list, warm-up results): the area opens
    /// their drill-down (showPupil).
    void pupilActivated(const QString &personId);

private:
    QWidget *makeClassesPage();
    QWidget *makePupilsPage();
    QWidget *makeStaffPage();
    void addClass();
    void addPupil();
    void changeAvatar(const QModelIndex &index);
    QModelIndex selectedPupil() const;
    std::optional<Person> pupilAt(const QModelIndex &index) const;
    void selectPupil(const QString &id);
    void pupilSelectionChanged();
    void addStaff();
    void applyPupilFilter();

    AppContext &m_context;
    PupilDataActions *m_pupilData = nullptr;
    PupilAccountActions *m_pupilAccounts = nullptr;
    QCheckBox *m_showArchived = nullptr;
    Session m_session;
    AreaHeader *m_header = nullptr;
    QLabel *m_pendingWarning = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClassTableModel *m_classModel = nullptr;
    PersonTableModel *m_pupilModel = nullptr;
    PersonTableModel *m_staffModel = nullptr;
    QSortFilterProxyModel *m_classProxy = nullptr;
    QSortFilterProxyModel *m_pupilClassProxy = nullptr;
    QSortFilterProxyModel *m_pupilProxy = nullptr;
    QSortFilterProxyModel *m_staffProxy = nullptr;
    QTableView *m_classTable = nullptr;
    QTableView *m_pupilTable = nullptr;
    QTableView *m_staffTable = nullptr;
    QComboBox *m_classFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_pupilCount = nullptr;
    QPushButton *m_addClass = nullptr;
    QPushButton *m_addPupil = nullptr;
    QPushButton *m_changeAvatar = nullptr;
    QPushButton *m_addStaff = nullptr;
    SettingsPanel *m_settings = nullptr;
    WarmUpPanel *m_warmUp = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    QPushButton *m_classDashboard = nullptr;
    PupilsWorkPanel *m_work = nullptr;
    AssignmentsPanel *m_assignments = nullptr;
    PupilDetailPage *m_pupilDetail = nullptr;
    QWidget *m_returnPage = nullptr; ///< where the drill-down's Back goes
};

} // namespace stages
