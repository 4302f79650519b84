#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/training/training.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stages {

class TrainingService;

/// "Add educator…": a name, optionally the teacher or trainer account of this database it
/// belongs to, and the organisation (for a teacher from another school). Adds through
/// TrainingService::addEducator; its errors stay in the dialog.
class AddEducatorDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p accounts: the staff accounts offered for the link (teachers and trainers).
    AddEducatorDialog(TrainingService &training, const Session &session, const QList<Person> &accounts,
                      QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *accountBox() const { return m_account; }
    QLineEdit *organisationField() const { return m_organisation; }
    QLabel *message() const { return m_message; }
    const Educator &added() const { return m_added; }

    void accept() override;

private:
    TrainingService &m_training;
    Session m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLabel *m_message = nullptr;
    Educator m_added;
};

} // namespace stages
