#pragma once

#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace stages {

class Clock;
class Database;

/// Everything stored about one pupil, for a parent's request (issue 9, point 15): export it as one
/// JSON document, or erase it for good.
///
/// The export holds every row that refers to the pupil (the person row, classes, attempts, mastery,
/// creative work with its comments, the audit entries about the pupil), column by column, so a
/// column added later is exported without a change here. Secrets (password and picture-password
/// hashes) are exported only as whether they are set: they say nothing to a parent and would help
/// someone guess the picture password.
///
/// Erasing deletes all of it in one transaction with SQLite's secure_delete on (deleted content is
/// overwritten in the file), removes the audit entries about the pupil and records only that an
/// erase happened, by whom and when.
///
/// Rights: export needs ViewClassProgress, erase ManagePupils; both are for pupils only.
class PupilData
{
    Q_DECLARE_TR_FUNCTIONS(stages::PupilData)

public:
    static constexpr int kFormatVersion = 1;

    PupilData(Database &database, const Clock &clock);

    Result<QJsonObject> exportPupil(const Session &session, const QString &personId) const;
    Status erasePupil(const Session &session, const QString &personId);

    /// The rows of erasePupil(), without rights, audit or journal, inside the caller's
    /// transaction: the person, all that cascades from them, and the audit entries about them.
    /// The school server applies a PC's erase with it, and a PC the server's. Returns how many
    /// people went (0 or 1).
    static Result<int> deleteRows(const QSqlDatabase &db, const QString &personId);

    /// The tables whose rows refer to a person (a column person_id), read from the schema: what
    /// an export must cover. Tables of staff only (none yet) would be listed in kStaffOnly.
    Result<QStringList> personTables() const;

private:
    Status requirePupil(const QString &personId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
