#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace stages {

class ClassService;

/// Asks for a class name and adds the class through ClassService; errors stay in the dialog.
class AddClassDialog : public QDialog
{
    Q_OBJECT

public:
    AddClassDialog(ClassService &classes, const Session &session, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLabel *message() const { return m_message; }
    SchoolClass added() const { return m_added; }

    void accept() override;

private:
    ClassService &m_classes;
    Session m_session;
    QLineEdit *m_name = nullptr;
    QLabel *m_message = nullptr;
    SchoolClass m_added;
};

} // namespace stages
