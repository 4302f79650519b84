#pragma once

#include "core/accounts/session.h"
#include "core/progress/assignmentservice.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace stages {

class AppContext;
class ExerciseContent;

/// Gives work to a class or some of its pupils: whole stages of a domain, or particular
/// exercises of one stage, with an optional due date; stored through AssignmentService.
/// preselect() opens it ready for "assign the next stage" from anywhere (a pupil's page).
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p exercises may be null: the catalogue is then made when first needed.
    AssignDialog(AppContext &context, const Session &session, std::shared_ptr<const ExerciseContent> exercises = {},
                 QWidget *parent = nullptr);

    /// Chooses the class, the pupils (empty: the whole class), the domain and the stages to tick.
    void preselect(const QString &classId, const QStringList &pupilIds = {}, const QString &domain = {},
                   const QList<int> &stages = {});
    /// The request the dialog would send now.
    AssignmentRequest request() const;
    /// The assignment stored when the dialog was accepted.
    const std::optional<Assignment> &created() const { return m_created; }

    QComboBox *classChoice() const { return m_class; }
    QRadioButton *wholeClassButton() const { return m_wholeClass; }
    QRadioButton *somePupilsButton() const { return m_somePupils; }
    QListWidget *pupilList() const { return m_pupils; }
    QComboBox *domainChoice() const { return m_domain; }
    QRadioButton *stagesButton() const { return m_stagesMode; }
    QRadioButton *exercisesButton() const { return m_exercisesMode; }
    QListWidget *stageList() const { return m_stages; }
    QComboBox *exerciseStageChoice() const { return m_exerciseStage; }
    QListWidget *exerciseList() const { return m_exercises; }
    QCheckBox *dueCheck() const { return m_dueCheck; }
    QDateEdit *dueDate() const { return m_due; }
    QPushButton *assignButton() const { return m_assign; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    void fillPupils();
    void fillStages();
    void fillExercises();
    const ExerciseContent &content();

    AppContext &m_context;
    Session m_session;
    AssignmentService m_service;
    std::shared_ptr<const ExerciseContent> m_content;
    std::optional<Assignment> m_created;
    QComboBox *m_class = nullptr;
    QRadioButton *m_wholeClass = nullptr;
    QRadioButton *m_somePupils = nullptr;
    QListWidget *m_pupils = nullptr;
    QComboBox *m_domain = nullptr;
    QRadioButton *m_stagesMode = nullptr;
    QRadioButton *m_exercisesMode = nullptr;
    QStackedWidget *m_what = nullptr;
    QListWidget *m_stages = nullptr;
    QComboBox *m_exerciseStage = nullptr;
    QListWidget *m_exercises = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
