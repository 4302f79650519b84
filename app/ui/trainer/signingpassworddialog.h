#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stages {

/// Asks for the signer's own password, which unlocks their wrapped copy of the organisation's
/// signing key for one action (issuing a certificate, signing an Open Badge). @p act runs with
/// the password on OK; when it fails (a wrong password, a refusal) its message stays in the
/// dialog and the password field is cleared for another try. The password is never kept.
class SigningPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    using Action = std::function<Status(const QString &password)>;

    SigningPasswordDialog(const QString &title, const QString &explanation, const QString &actionText, Action act,
                          QWidget *parent = nullptr);

    QLineEdit *passwordField() const { return m_password; }
    QPushButton *actionButton() const { return m_action; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    Action m_act;
    QLineEdit *m_password = nullptr;
    QPushButton *m_action = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
