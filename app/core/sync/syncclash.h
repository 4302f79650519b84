#pragma once

#include "core/result.h"
#include "core/sync/synctables.h"
#include "core/sync/syncrename.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <optional>

namespace stages {

/// Settles the clashes on the natural unique keys of the shared tables, which UUIDs do not
/// prevent: two PCs that worked offline both made class "3.A" (`school_class (school_id, name)`),
/// gave the staff login "novak" (`person.login`), or made the same person an educator
/// (`educator.person_id`). Without a rule the second push fails on the constraint, its batch
/// rolls back, and that PC's queue waits behind it for good.
///
/// The row that reached the server first keeps its value; the other gives way and loses nothing:
/// - a class is kept under the first free name "3.A (2)", "3.A (3)" …;
/// - a staff login under the first free "novak2", "novak3" …;
/// - a second educator record of a person is kept, with its evidence and certificates, but no
///   longer linked to the person (person_id NULL). Its certificates are signed for its own id,
///   and other educators' lineage may name it, so its rows cannot move to the first record.
/// (`certificate.code` is not settled: it is part of the signed payload, drawn at random from
/// 60 bits, and cannot be changed without breaking the signature.)
///
/// On the server (push, bundle import) the arriving row gives way: settleIncoming(). In a PC's
/// cache (pull) the server's row wins and the local one gives way: yieldLocal(). Both pick the
/// value by the same rule, so the PC's copy and the server's agree.
class SyncClash
{
    Q_DECLARE_TR_FUNCTIONS(stages::SyncClash)

public:
    /// Changes @p row when another row of @p db already holds its unique value; returns what it
    /// changed (nothing when no other row holds it).
    static Result<std::optional<SyncRename>> settleIncoming(const QSqlDatabase &db, const SyncTable &table,
                                                             QSqlRecord &row);
    /// Whether the row of @p rename in @p db has its new value already (sent again).
    static Result<bool> settledAlready(const QSqlDatabase &db, const SyncRename &rename);
    /// Makes room in @p db for the server's @p row: a different row there that holds its unique
    /// value is changed in place; returns what changed.
    static Result<std::optional<SyncRename>> yieldLocal(const QSqlDatabase &db, const SyncTable &table,
                                                         const QSqlRecord &row);
    /// Gives the row of @p rename in @p db its new value, when it still has the old one (a PC
    /// learning what the server did with its row); returns whether it changed.
    static Result<bool> applyLocal(const QSqlDatabase &db, const SyncRename &rename);
    /// Writes the audit entry for @p rename into @p db.
    static Status audit(const QSqlDatabase &db, const SyncRename &rename);
    /// What happened, in a sentence for staff.
    static QString describe(const SyncRename &rename);
};

} // namespace stages
