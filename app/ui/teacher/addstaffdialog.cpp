#include "ui/teacher/addstaffdialog.h"

#include "core/accounts/accountservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

AddStaffDialog::AddStaffDialog(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("addStaffDialog"));
    setWindowTitle(tr("Add a staff member"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffNameField"));
    form->addRow(tr("Name:"), m_name);
    //: Screen reader name of the field labelled "Name:"
    m_name->setAccessibleName(tr("Name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRoleBox"));
    for (Role role : { Role::Teacher, Role::Trainer, Role::Admin })
        m_role->addItem(roleDisplayName(role), int(role));
    form->addRow(tr("Role:"), m_role);
    //: Screen reader name of the field labelled "Role:"
    m_role->setAccessibleName(tr("Role"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("staffLoginField"));
    form->addRow(tr("Login:"), m_login);
    //: Screen reader name of the field labelled "Login:"
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("staffPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    //: Screen reader name of the field labelled "Password:"
    m_password->setAccessibleName(tr("Password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("staffRepeatField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password again:"), m_repeat);
    //: Screen reader name of the field labelled "Password again:"
    m_repeat->setAccessibleName(tr("Password again"));
    layout->addLayout(form);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_loginEdited)
            m_login->setText(name.trimmed().isEmpty() ? QString() : m_accounts.suggestLogin(name));
    });
    connect(m_login, &QLineEdit::textEdited, this, [this] { m_loginEdited = true; });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddStaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddStaffDialog::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void AddStaffDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords are not the same."));
        return;
    }
    NewPerson person;
    person.role = static_cast<Role>(m_role->currentData().toInt());
    person.displayName = m_name->text();
    person.login = m_login->text();
    person.password = m_password->text();
    auto added = m_accounts.addPerson(m_session, person);
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

} // namespace stages
