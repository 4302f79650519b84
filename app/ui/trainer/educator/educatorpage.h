#pragma once

#include "core/accounts/session.h"
#include "core/training/training.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace stages {

class AppContext;
class EvidenceTableModel;
class RequirementProgressModel;

/// One educator, a page of the trainer area opened from the Educators page: a tab per
/// programme with the progress per requirement (bars, x / y, what is still missing in the
/// core's words) and the evidence recorded; "Record evidence" (a dialog per kind, the rubric
/// form for observed lessons), "Correct…" on a record, and "Issue certificate…" (the signer's
/// password; when the educator is not eligible yet, the missing list instead). Back and Escape
/// emit backRequested().
class EducatorPage : public QWidget
{
    Q_OBJECT

public:
    EducatorPage(AppContext &context, const Session &session, QWidget *parent = nullptr);

    /// Shows the educator with @p educatorId; false (and the core's message) when it cannot.
    bool setEducator(const QString &educatorId);
    const Educator &educator() const { return m_educator; }
    /// Reads the educator, progress and evidence again.
    void reload();

    /// Opens the dialog recording evidence of @p kind in the programme of the current tab (modal).
    void recordEvidence(RequirementKind kind);
    /// Opens the correction of the selected evidence record (modal).
    void correctSelected();
    /// Issues the certificate of the current tab's programme: the missing list when not
    /// eligible, else asks for the password (modal).
    void issueCertificate();
    /// Shows the tab of @p programmeId.
    void showProgramme(const QString &programmeId);
    QString currentProgrammeId() const;

    QPushButton *backButton() const { return m_back; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *certificatesLabel() const { return m_certificates; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *recordButton() const { return m_record; }
    QAction *recordAction(RequirementKind kind) const;
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *issueButton() const { return m_issue; }
    QLabel *message() const { return m_message; }
    QLabel *doneLabel() const { return m_done; }
    /// The current programme's tables.
    QTableView *progressTable() const;
    RequirementProgressModel *progressModel() const;
    QTableView *evidenceTable() const;
    EvidenceTableModel *evidenceModel() const;

signals:
    void backRequested();
    /// Evidence or certificates changed (the area refreshes its other pages).
    void changed();

private:
    struct ProgrammeTab
    {
        Programme programme;
        QLabel *prerequisite = nullptr;
        RequirementProgressModel *progress = nullptr;
        QTableView *progressTable = nullptr;
        EvidenceTableModel *evidence = nullptr;
        QSortFilterProxyModel *evidenceProxy = nullptr;
        QTableView *evidenceTable = nullptr;
    };
    void buildTabs();
    void fillTab(ProgrammeTab &tab);
    void updateRecordMenu();
    void updateButtons();
    const ProgrammeTab *currentTab() const;

    AppContext &m_context;
    Session m_session;
    Educator m_educator;
    QList<ProgrammeTab> m_programmeTabs;
    QPushButton *m_back = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_certificates = nullptr;
    QPushButton *m_record = nullptr;
    QMenu *m_recordMenu = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_done = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace stages
