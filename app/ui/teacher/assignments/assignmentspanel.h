#pragma once

#include "core/accounts/session.h"
#include "core/progress/assignmentservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace stages {

class AppContext;
class AssignDialog;
class AssignmentTableModel;
class ExerciseContent;
class PupilCompletionModel;

/// The teacher's "Assignments" page: the assignments of the chosen class (what, for whom, due,
/// pupils done), the completion of the selected one per pupil, and New…, Close and Delete.
/// Rights are checked by AssignmentService.
class AssignmentsPanel : public QWidget
{
    Q_OBJECT

public:
    AssignmentsPanel(AppContext &context, const Session &session, QWidget *parent = nullptr);
    ~AssignmentsPanel() override;

    void reload();
    /// Chooses the class shown (the dialog's class too).
    void setClass(const QString &classId);
    QString currentClassId() const;
    /// Opens AssignDialog (modal) for the class shown; returns true when an assignment was made.
    bool newAssignment();
    /// The id of the selected assignment, or empty.
    QString selectedId() const;

    QComboBox *classChoice() const { return m_class; }
    QTableView *table() const { return m_table; }
    QTableView *completionTable() const { return m_completion; }
    AssignmentTableModel *model() const { return m_model; }
    PupilCompletionModel *completionModel() const { return m_completionModel; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *message() const { return m_message; }
    /// The dialog while it is open (tests).
    AssignDialog *openDialog() const { return m_dialog; }

private:
    void selectionChanged();
    void closeSelected();
    void deleteSelected();
    void select(const QString &id);

    AppContext &m_context;
    Session m_session;
    AssignmentService m_service;
    std::shared_ptr<const ExerciseContent> m_exercises;
    QComboBox *m_class = nullptr;
    AssignmentTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PupilCompletionModel *m_completionModel = nullptr;
    QSortFilterProxyModel *m_completionProxy = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_completion = nullptr;
    QLabel *m_completionTitle = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    AssignDialog *m_dialog = nullptr;
};

} // namespace stages
