#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stages {

class AccountService;

/// Asks a teacher or administrator for their password before kiosk mode ends.
/// Accepts only when AccountService signs them in and the account is a teacher or admin.
class LeaveKioskDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveKioskDialog(AccountService &accounts, QWidget *parent = nullptr);

    QComboBox *staffBox() const { return m_staff; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    AccountService &m_accounts;
    QComboBox *m_staff = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
