#include "ui/teacher/changeavatardialog.h"

#include "core/accounts/accountservice.h"
#include "ui/widgets/avatarpicker.h"
#include "ui/widgets/tilebutton.h"

#include <QDialogButtonBox>

namespace stages {

ChangeAvatarDialog::ChangeAvatarDialog(AccountService &accounts, const Session &session, const Person &pupil,
                                       QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
    , m_pupil(pupil)
{
    setObjectName(QStringLiteral("changeAvatarDialog"));
    //: Window title; %1 is the pupil's name
    setWindowTitle(tr("Avatar of %1").arg(pupil.displayName));
    auto *layout = new QVBoxLayout(this);
    //: %1 is the pupil's name, %2 their class
    auto *intro = new QLabel(tr("Choose the picture %1 finds at sign-in. Faded pictures already belong to "
                                "somebody else in %2.")
                                 .arg(pupil.displayName, pupil.className),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_picker = new AvatarPicker(this);
    auto taken = m_accounts.avatarsInClass(pupil.classId, pupil.id);
    m_picker->setTaken(taken ? taken.value() : QList<int>());
    m_picker->setAvatar(pupil.avatar);
    layout->addWidget(m_picker);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    if (!taken)
        m_message->setText(taken.error());
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save avatar"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeAvatarDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeAvatarDialog::reject);
    layout->addWidget(buttons);
    if (QWidget *current = m_picker->avatarButton(m_picker->avatar()))
        current->setFocus();
}

void ChangeAvatarDialog::accept()
{
    if (auto saved = m_accounts.setAvatar(m_session, m_pupil.id, m_picker->avatar()); !saved) {
        m_message->setText(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace stages
