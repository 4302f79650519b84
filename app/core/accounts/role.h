#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stages {

enum class Role { Pupil, Teacher, Trainer, Admin };

/// Stable names used in the database and on the command line.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
/// Translated name for people ("Teacher").
QString roleDisplayName(Role role);

/// What a role may do. Services check these, so hiding a button is never the only guard.
enum class Capability {
    DoExercises,        ///< pupils (and staff trying exercises out)
    ViewClassProgress,  ///< teachers and admins
    ManageClasses,      ///< create and rename classes
    ManagePupils,       ///< add pupils, reset picture passwords
    ManageStaff,        ///< add teachers, trainers, admins
    ManageDatabase,     ///< backup, restore, migrations
    CertifyEducators,   ///< trainers and admins: educators, evidence, certificates (issuing needs a trainer certificate)
};

bool roleAllows(Role role, Capability capability);

} // namespace stages
