#pragma once

#include "core/accounts/role.h"

#include <QList>
#include <QString>

#include <optional>

namespace stages {

/// A person as the rest of the program sees them: never with secrets.
struct Person
{
    QString id;
    Role role = Role::Pupil;
    QString displayName;
    QString login; ///< staff only
    int avatar = 0; ///< index into the avatar pictures (pupils)
    QString classId; ///< pupils: their class
    QString className;
    bool active = true; ///< false: archived (hidden from sign-in and class lists, data kept)
};

/// What is needed to add somebody. Staff get a password, pupils a picture password.
struct NewPerson
{
    Role role = Role::Pupil;
    QString displayName;
    QString login; ///< staff; derived from the name when empty
    QString password; ///< staff
    QList<int> pictures; ///< pupils: 3 distinct indexes 0..8 in order
    /// Pupils: empty gives the first avatar nobody in the class has yet (AvatarRule).
    std::optional<int> avatar;
    QString className; ///< pupils: required
};

struct SchoolClass
{
    QString id;
    QString name;
    int pupilCount = 0;
};

} // namespace stages
