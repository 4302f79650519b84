#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stages {

class AccountService;
class AvatarPicker;
class PicturePasswordInput;

/// Adds a pupil: name, class, avatar, and the picture password set by tapping three pictures
/// (the same grid the pupil will use). The avatar offered is the one the service would choose
/// (nobody in the class has it yet); avatars classmates have are marked. The service does the
/// checking; errors stay in the dialog.
class AddPupilDialog : public QDialog
{
    Q_OBJECT

public:
    AddPupilDialog(AccountService &accounts, const Session &session, const QList<SchoolClass> &classes,
                   const QString &preferredClassId, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *classBox() const { return m_class; }
    AvatarPicker *avatarPicker() const { return m_avatar; }
    PicturePasswordInput *pictureInput() const { return m_pictures; }
    QLabel *message() const { return m_message; }
    Person added() const { return m_added; }
    /// Ticked: the teacher wants the new pupil's sign-in card (shown after adding, to print).
    QCheckBox *cardBox() const { return m_card; }
    bool cardWanted() const;

    void accept() override;

private:
    void showClassAvatars();

    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_name = nullptr;
    QComboBox *m_class = nullptr;
    AvatarPicker *m_avatar = nullptr;
    PicturePasswordInput *m_pictures = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_card = nullptr;
    Person m_added;
    bool m_avatarChosen = false;
};

} // namespace stages
