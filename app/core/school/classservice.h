#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace stages {

class Clock;
class Database;

/// The school's classes. Listing is public (the pupil sign-in starts by picking a class);
/// changes need ManageClasses.
class ClassService
{
    Q_DECLARE_TR_FUNCTIONS(stages::ClassService)

public:
    ClassService(Database &database, const Clock &clock);

    Result<SchoolClass> addClass(const Session &session, const QString &name);
    /// Every class with its number of active pupils. A failed read is an error, not an empty list.
    Result<QList<SchoolClass>> classes() const;
    /// The class called @p name (case-insensitive), nullopt when there is none.
    Result<std::optional<SchoolClass>> classByName(const QString &name) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
