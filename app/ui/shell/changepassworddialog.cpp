#include "ui/shell/changepassworddialog.h"

#include "core/accounts/accountservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

ChangePasswordDialog::ChangePasswordDialog(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto field = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_old = field(QStringLiteral("oldPassword"));
    form->addRow(tr("&Current password:"), m_old);
    //: Screen reader name of the field labelled "Current password:"
    m_old->setAccessibleName(tr("Current password"));
    m_new = field(QStringLiteral("newPassword"));
    form->addRow(tr("&New password:"), m_new);
    //: Screen reader name of the field labelled "New password:"
    m_new->setAccessibleName(tr("New password"));
    m_repeat = field(QStringLiteral("repeatPassword"));
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    //: Screen reader name of the field labelled "Repeat the new password:"
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #BF360C;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_change = buttons->button(QDialogButtonBox::Ok);
    m_change->setObjectName(QStringLiteral("changePasswordOk"));
    m_change->setText(tr("Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The new password and its repetition differ. Type them again."));
        m_new->clear();
        m_repeat->clear();
        m_new->setFocus();
        return;
    }
    if (auto done = m_accounts.changePassword(m_session, m_old->text(), m_new->text()); !done) {
        m_message->setText(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace stages
