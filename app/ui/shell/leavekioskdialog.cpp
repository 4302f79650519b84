#include "ui/shell/leavekioskdialog.h"

#include "core/accounts/accountservice.h"
#include "ui/widgets/countdownlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages {

LeaveKioskDialog::LeaveKioskDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("leaveKioskDialog"));
    setWindowTitle(tr("Leave kiosk mode"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A teacher or administrator can end kiosk mode with their login and password."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("kioskLoginField"));
    //: The user name a teacher signs in with, e.g. "jana.novakova"
    m_login->setAccessibleName(tr("Login"));
    m_login->setMinimumHeight(40);
    m_login->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    //: Label of the user-name field in the leave-kiosk dialog
    form->addRow(tr("Login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("kioskPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumHeight(40);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_countdown = new CountdownLabel(this);
    layout->addWidget(m_countdown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_leave = buttons->button(QDialogButtonBox::Ok);
    m_leave->setObjectName(QStringLiteral("leaveKioskButton"));
    m_leave->setText(tr("Leave kiosk mode"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveKioskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveKioskDialog::reject);
    layout->addWidget(buttons);

    connect(m_countdown, &CountdownLabel::countingChanged, this, [this](bool counting) {
        m_password->setEnabled(!counting);
        m_leave->setEnabled(!counting);
        if (counting)
            m_message->clear();
        else
            m_password->setFocus();
    });
    // Another login is another account, with a wait of its own (usually none).
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        m_countdown->stop();
        m_message->clear();
    });
    m_login->setFocus();
    resize(440, sizeHint().height());
}

void LeaveKioskDialog::watchWait(const QString &login)
{
    const QString personId = m_accounts.personIdForLogin(login);
    if (personId.isEmpty())
        return;
    m_countdown->watch([this, personId] { return m_accounts.waitBeforeNextTry(personId); });
}

void LeaveKioskDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_message->setText(tr("Type your login first."));
        m_login->setFocus();
        return;
    }
    // Return in the login field (the dialog's default button) goes on to the password: an empty
    // password is never a try.
    if (m_password->text().isEmpty()) {
        m_message->setText(m_login->hasFocus() ? QString() : tr("Type your password."));
        m_password->setFocus();
        return;
    }
    if (m_countdown->isCounting())
        return;
    auto session = m_accounts.signInWithPassword(login, m_password->text());
    m_password->clear();
    if (!session) {
        m_message->setText(session.error());
        m_password->setFocus();
        watchWait(login);
        return;
    }
    if (session->role != Role::Teacher && session->role != Role::Admin) {
        m_message->setText(tr("Only a teacher or an administrator can end kiosk mode."));
        return;
    }
    QDialog::accept();
}

} // namespace stages
