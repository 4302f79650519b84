#include "ui/shell/leavekioskdialog.h"

#include "core/accounts/accountservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

LeaveKioskDialog::LeaveKioskDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("leaveKioskDialog"));
    setWindowTitle(tr("Leave kiosk mode"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A teacher or administrator can end kiosk mode."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("kioskStaffBox"));
    const auto staff = accounts.staffForSignIn();
    for (const Person &p : staff ? staff.value() : QList<Person>()) {
        if (p.role == Role::Teacher || p.role == Role::Admin)
            m_staff->addItem(p.displayName, p.login);
    }
    form->addRow(tr("Name:"), m_staff);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("kioskPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Leave kiosk mode"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveKioskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveKioskDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(400, sizeHint().height());
}

void LeaveKioskDialog::accept()
{
    const QString login = m_staff->currentData().toString();
    auto session = m_accounts.signInWithPassword(login, m_password->text());
    m_password->clear();
    if (!session) {
        m_message->setText(session.error());
        return;
    }
    if (session->role != Role::Teacher && session->role != Role::Admin) {
        m_message->setText(tr("Only a teacher or an administrator can end kiosk mode."));
        return;
    }
    QDialog::accept();
}

} // namespace stages
