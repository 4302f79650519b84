#pragma once

#include "core/accounts/role.h"

#include <QList>
#include <QString>

namespace stages {

/// A person as the rest of the program sees them: never with secrets.
struct Person
{
    QString id;
    Role role = Role::Pupil;
    QString displayName;
    QString login;      ///< staff only
    int avatar = 0;     ///< index into the avatar pictures (pupils)
    QString classId;    ///< pupils: their class
    QString className;
};

/// What is needed to add somebody. Staff get a password, pupils a picture password.
struct NewPerson
{
    Role role = Role::Pupil;
    QString displayName;
    QString login;          ///< staff; derived from the name when empty
    QString password;       ///< staff
    QList<int> pictures;    ///< pupils: 3 distinct indexes 0..8 in order
    int avatar = 0;
    QString className;      ///< pupils: required
};

struct SchoolClass
{
    QString id;
    QString name;
    int pupilCount = 0;
};

} // namespace stages
