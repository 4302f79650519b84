#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>

namespace stages {

class Database;

/// The trainer's view of the educators they train (teachers and fellow trainers).
/// Trainer-only: the certification issue adds hours, practicum and certificates here.
class EducatorService
{
    Q_DECLARE_TR_FUNCTIONS(stages::EducatorService)

public:
    explicit EducatorService(Database &database);

    Result<QList<Person>> educators(const Session &session) const;

private:
    Database &m_db;
};

} // namespace stages
