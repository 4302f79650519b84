#pragma once

#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace stages {

class Clock;
class Database;
class SqlQuery;

/// A warm-up window a teacher opened for a class: from startedAt until endsAt every pupil of
/// the class who signs in is given the timed mixed set.
struct ClassWarmUp
{
    QString id;
    QString classId;
    QString className;
    QString startedBy;     ///< person id of the teacher
    QString startedByName;
    QDateTime startedAt;   ///< UTC
    QDateTime endsAt;      ///< UTC

    /// Milliseconds left at @p now (0 once over).
    qint64 remainingMs(const QDateTime &now) const { return std::max<qint64>(0, now.msecsTo(endsAt)); }
    bool isRunning(const QDateTime &now) const { return remainingMs(now) > 0; }
    /// The same number for every pupil of the class, so the mixed set is drawn the same way.
    quint64 seed() const;
};

/// The class-wide "7-minute warm-up" (DESIGN.md §1): a teacher starts it at the beginning of a
/// lesson and pupils of that class who sign in while it runs get a timed mixed set.
///
/// Rights: starting and stopping need ViewClassProgress (teachers and admins); a pupil may read
/// only the warm-up of their own class; staff may read any class's.
class WarmUpService
{
    Q_DECLARE_TR_FUNCTIONS(stages::WarmUpService)

public:
    static constexpr int kDefaultSeconds = 7 * 60;

    WarmUpService(Database &database, const Clock &clock);

    /// Opens a warm-up window of @p seconds for @p classId, from now. Fails while one is already
    /// running for the class (stop it first).
    Result<ClassWarmUp> start(const Session &session, const QString &classId, int seconds = kDefaultSeconds);
    /// Ends the window now (the pupils' countdowns run out at their next tick).
    Status stop(const Session &session, const QString &warmUpId);

    /// The running warm-up of @p classId, if any.
    Result<std::optional<ClassWarmUp>> activeWarmUp(const Session &session, const QString &classId) const;
    /// The running warm-up of any class @p personId belongs to (the latest started).
    Result<std::optional<ClassWarmUp>> activeWarmUpForPupil(const Session &session, const QString &personId) const;
    /// Every running warm-up of the school, for the teacher's page.
    Result<QList<ClassWarmUp>> activeWarmUps(const Session &session) const;

    /// "SELECT <the warm-up's columns> FROM warmup w JOIN school_class c ... LEFT JOIN person p ...":
    /// the start of every read of warm-ups (append " WHERE ..."); rowToWarmUp() reads its row.
    static QString selectWarmUps();
    static ClassWarmUp rowToWarmUp(const SqlQuery &q);

private:
    Result<QList<ClassWarmUp>> query(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
