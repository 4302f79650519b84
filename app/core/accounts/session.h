#pragma once

#include "core/accounts/role.h"
#include "core/result.h"

#include <QString>

namespace stages {

/// Who is signed in. Services take it with every call that needs a right and check it there.
struct Session
{
    QString personId;
    QString schoolId;
    Role role = Role::Pupil;
    QString displayName;

    bool can(Capability capability) const { return roleAllows(role, capability); }

    /// The school's IT admin at the command line: whoever can write the database file
    /// already holds every right, so stagesctl acts as an administrator.
    static Session commandLine(const QString &schoolId = {})
    {
        return Session{QString(), schoolId, Role::Admin, QStringLiteral("stagesctl")};
    }
};

/// Fails with a clear message when @p session lacks @p capability.
Status require(const Session &session, Capability capability);

} // namespace stages
