#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/training/training.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace stages {

class RubricForm;
class TrainingService;

/// Records one piece of evidence of one kind for an educator in a programme, or corrects a
/// record (the core keeps the old values in the audit log). The form follows the kind:
/// workshop hours; practicum weeks, or a class whose real activity counts them; portfolio
/// items; for an observed lesson the programme's rubric (RubricForm). Date and note always.
/// Saves through TrainingService; its errors stay in the dialog.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p existing: the record to correct; nothing: a new record. @p classes: offered for a
    /// practicum counted from real activity. @p today: the date's default.
    EvidenceDialog(TrainingService &training, const Session &session, const Educator &educator,
                   const Programme &programme, RequirementKind kind, const QList<SchoolClass> &classes,
                   const QDate &today, const std::optional<EvidenceRecord> &existing = std::nullopt,
                   QWidget *parent = nullptr);

    RequirementKind kind() const { return m_kind; }
    QDateEdit *dateField() const { return m_date; }
    QDoubleSpinBox *hoursField() const { return m_hours; }
    QSpinBox *weeksField() const { return m_weeks; }
    QComboBox *classBox() const { return m_class; }
    QSpinBox *itemsField() const { return m_items; }
    RubricForm *rubric() const { return m_rubric; }
    QPlainTextEdit *noteField() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *message() const { return m_message; }
    /// The record as saved (after accept()).
    const EvidenceRecord &saved() const { return m_saved; }

    void accept() override;

private:
    NewEvidence evidence() const;

    TrainingService &m_training;
    Session m_session;
    QString m_educatorId;
    QString m_programmeId;
    RequirementKind m_kind;
    std::optional<EvidenceRecord> m_existing;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QSpinBox *m_weeks = nullptr;
    QComboBox *m_class = nullptr;
    QSpinBox *m_items = nullptr;
    RubricForm *m_rubric = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    EvidenceRecord m_saved;
};

} // namespace stages
