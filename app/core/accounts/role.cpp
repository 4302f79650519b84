#include "core/accounts/role.h"

namespace stages {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Pupil: return QStringLiteral("pupil");
    case Role::Teacher: return QStringLiteral("teacher");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Pupil, Role::Teacher, Role::Trainer, Role::Admin}) {
        if (roleKey(r) == key.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Pupil: return QCoreApplication::translate("stages::Role", "Pupil");
    case Role::Teacher: return QCoreApplication::translate("stages::Role", "Teacher");
    case Role::Trainer: return QCoreApplication::translate("stages::Role", "Trainer");
    case Role::Admin: return QCoreApplication::translate("stages::Role", "Administrator");
    }
    return {};
}

bool roleAllows(Role role, Capability capability)
{
    switch (capability) {
    case Capability::DoExercises:
        return true;
    case Capability::ViewClassProgress:
    case Capability::ManageClasses:
    case Capability::ManagePupils:
        return role == Role::Teacher || role == Role::Admin;
    case Capability::ManageStaff:
    case Capability::ManageDatabase:
        return role == Role::Admin;
    case Capability::CertifyEducators:
        // Admins too: they record founding trainers, grant signing and edit programmes, and
        // need to see the educators for that. Issuing still needs a valid trainer certificate.
        return role == Role::Trainer || role == Role::Admin;
    }
    return false;
}

} // namespace stages
