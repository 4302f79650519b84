#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QDialog>

class QLabel;

namespace stages {

class AccountService;
class AvatarPicker;

/// Gives a pupil another avatar: every avatar, the pupil's own checked, the ones classmates
/// already have marked. Saves through AccountService::setAvatar (which checks the right);
/// errors stay in the dialog.
class ChangeAvatarDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeAvatarDialog(AccountService &accounts, const Session &session, const Person &pupil,
                       QWidget *parent = nullptr);

    AvatarPicker *avatarPicker() const { return m_picker; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    AccountService &m_accounts;
    Session m_session;
    Person m_pupil;
    AvatarPicker *m_picker = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
