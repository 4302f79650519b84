#pragma once

#include "core/accounts/person.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stages {

/// Changes a pupil's name and class in one dialog. @p apply does the change (PupilAdmin::edit,
/// through the undo stack); when it fails, its message stays in the dialog.
class EditPupilDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status(const QString &name, const QString &classId)>;

    EditPupilDialog(const Person &pupil, const QList<SchoolClass> &classes, Apply apply, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *classBox() const { return m_class; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    Apply m_apply;
    QLineEdit *m_name = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
