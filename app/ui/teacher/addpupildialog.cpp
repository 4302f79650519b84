#include "ui/teacher/addpupildialog.h"

#include "core/accounts/accountservice.h"
#include "ui/widgets/avatarpicker.h"
#include "ui/widgets/picturepasswordinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

AddPupilDialog::AddPupilDialog(AccountService &accounts, const Session &session, const QList<SchoolClass> &classes,
                               const QString &preferredClassId, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("addPupilDialog"));
    setWindowTitle(tr("Add a pupil"));
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("pupilNameField"));
    m_name->setPlaceholderText(tr("First name and surname"));
    form->addRow(tr("Name:"), m_name);
    //: Screen reader name of the field labelled "Name:"
    m_name->setAccessibleName(tr("Name"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("pupilClassBox"));
    for (const SchoolClass &c : classes)
        m_class->addItem(c.name, c.id);
    m_class->setCurrentIndex(qMax(0, m_class->findData(preferredClassId)));
    form->addRow(tr("Class:"), m_class);
    //: Screen reader name of the field labelled "Class:"
    m_class->setAccessibleName(tr("Class"));
    left->addLayout(form);
    auto *avatarLabel = new QLabel(tr("Avatar:"), this);
    left->addWidget(avatarLabel);
    m_avatar = new AvatarPicker(this);
    left->addWidget(m_avatar);
    connect(m_avatar, &AvatarPicker::avatarChanged, this, [this] { m_avatarChosen = true; });
    connect(m_class, &QComboBox::currentIndexChanged, this, &AddPupilDialog::showClassAvatars);
    showClassAvatars();
    left->addStretch();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add pupil"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPupilDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPupilDialog::reject);
    left->addWidget(buttons);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *pictureLabel = new QLabel(tr("Picture password: tap 3 pictures in order. Tell the pupil which ones."), this);
    pictureLabel->setWordWrap(true);
    right->addWidget(pictureLabel);
    m_pictures = new PicturePasswordInput(this);
    right->addWidget(m_pictures);
    m_card = new QCheckBox(tr("Then show the sign-in card to print"), this);
    m_card->setObjectName(QStringLiteral("printCardBox"));
    right->addWidget(m_card);
    columns->addLayout(right, 1);
    m_name->setFocus();
}

void AddPupilDialog::showClassAvatars()
{
    const QString classId = m_class->currentData().toString();
    auto taken = m_accounts.avatarsInClass(classId);
    m_avatar->setTaken(taken ? taken.value() : QList<int>());
    if (!m_avatarChosen) {
        if (auto suggested = m_accounts.suggestAvatar(classId))
            m_avatar->setAvatar(suggested.value());
    }
}

bool AddPupilDialog::cardWanted() const
{
    return m_card->isChecked();
}

void AddPupilDialog::accept()
{
    NewPerson pupil;
    pupil.role = Role::Pupil;
    pupil.displayName = m_name->text();
    pupil.className = m_class->currentText();
    // Untouched, the service picks the avatar inside its transaction (one nobody in the class has).
    if (m_avatarChosen)
        pupil.avatar = m_avatar->avatar();
    pupil.pictures = m_pictures->pictures();
    auto added = m_accounts.addPerson(m_session, pupil);
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

} // namespace stages
