#include "core/dashboard/dashboardservice.h"

#include "core/clock.h"
#include "core/dashboard/attentionrules.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace stages {

namespace {

/// The filter's dates as stored text: [from, to) with `to` the midnight after the last day.
/// Times are stored as fixed-width ISO 8601 UTC text, so text order is time order.
struct TextRange
{
    QString from;
    QString to;

    explicit TextRange(const DashboardFilter &filter)
    {
        if (filter.from.isValid())
            from = toDbTime(QDateTime(filter.from, QTime(0, 0), Qt::UTC));
        if (filter.to.isValid())
            to = toDbTime(QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC));
    }
    bool contains(const QString &at) const { return (from.isEmpty() || at >= from) && (to.isEmpty() || at < to); }
};

bool inDomain(const DashboardFilter &filter, const QString &domain)
{
    return filter.domain.isEmpty() || filter.domain == domain;
}

QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate dayOf(const QString &storedTime)
{
    return QDate::fromString(storedTime.left(10), Qt::ISODate);
}

/// Every week from the week of @p first to the week of @p last, zeros included.
QList<WeeklyProgress> everyWeek(const QMap<QDate, int> &stagesByWeek, QDate first, QDate last)
{
    QList<WeeklyProgress> weeks;
    if (!first.isValid() || !last.isValid() || first > last)
        return weeks;
    for (QDate w = weekStart(first); w <= weekStart(last); w = w.addDays(7))
        weeks.append({ w, stagesByWeek.value(w) });
    return weeks;
}

/// Replays the mastery rules over attempts ordered by (pupil, domain, stage, time) and says
/// when a stage first reaches Proficient or better.
class FirstProficient
{
public:
    /// True when this attempt brings its stage to Proficient or better for the first time.
    bool add(const QString &person, const QString &domain, int stage, const AttemptOutcome &outcome)
    {
        if (stage != m_stage || domain != m_domain || person != m_person) {
            m_person = person;
            m_domain = domain;
            m_stage = stage;
            m_replay = MasteryReplay();
            m_reached = false;
        }
        if (m_replay.add(outcome) >= MasteryLevel::Proficient && !m_reached) {
            m_reached = true;
            return true;
        }
        return false;
    }

private:
    QString m_person;
    QString m_domain;
    int m_stage = -1;
    MasteryReplay m_replay;
    bool m_reached = false;
};

struct TimedRecent
{
    QString finishedAt;
    qint64 rowid = 0;
    RecentAttempt attempt;
};

/// The last kRecentAttempts of @p all (any order), oldest first.
QList<RecentAttempt> latest(QList<TimedRecent> all)
{
    const auto earlier = [](const TimedRecent &a, const TimedRecent &b) {
        return a.finishedAt != b.finishedAt ? a.finishedAt < b.finishedAt : a.rowid < b.rowid;
    };
    // Only the latest are put in order: a pupil may have thousands of attempts.
    const auto from = all.begin() + std::max<qsizetype>(0, all.size() - kRecentAttempts);
    if (from != all.begin())
        std::nth_element(all.begin(), from, all.end(), earlier);
    std::sort(from, all.end(), earlier);
    QList<RecentAttempt> recent;
    recent.reserve(all.end() - from);
    for (auto it = from; it != all.end(); ++it)
        recent.append(it->attempt);
    return recent;
}

/// One consistent view of the database while a dashboard reads it in several statements (a
/// deferred transaction: it takes no write lock, pupils keep saving meanwhile).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    { }
    ~ReadSnapshot()
    {
        if (m_active)
            m_db.commit();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false; ///< false inside a caller's transaction: that one holds the view
};

bool isFull(const AttemptOutcome &o)
{
    return o.success && creditedScore(o) >= 1.0 - 1e-9;
}

} // namespace

DashboardService::DashboardService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Result<ClassDashboard> DashboardService::classDashboard(const Session &session, const QString &classId,
                                                        const DashboardFilter &filter,
                                                        const AttentionThresholds &thresholds) const
{
    using R = Result<ClassDashboard>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    const ReadSnapshot snapshot(m_db.sql());
    ClassDashboard board;
    board.classId = classId;
    board.computedAt = m_clock.now().toUTC();
    {
        SqlQuery q(m_db.sql(), QStringLiteral("SELECT name FROM school_class WHERE id = :c"));
        q.bind(QStringLiteral(":c"), classId);
        auto name = q.scalar();
        if (!name)
            return R::failure(name.error());
        if (!name->isValid())
            return R::failure(tr("There is no such class."));
        board.className = name->toString();
    }

    QHash<QString, int> rowOf; // person id -> index in board.pupils
    {
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT p.id, p.display_name, p.avatar FROM class_member c "
                                  "JOIN person p ON p.id = c.person_id "
                                  "WHERE c.class_id = :c AND p.role = 'pupil' AND p.active = 1 "
                                  "ORDER BY p.display_name, p.id"));
        q.bind(QStringLiteral(":c"), classId);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            PupilProgressRow row;
            row.id = q.value(0).toString();
            row.name = q.value(1).toString();
            row.avatar = q.value(2).toInt();
            rowOf.insert(row.id, int(board.pupils.size()));
            board.pupils.append(row);
        }
    }
    const qsizetype pupilCount = board.pupils.size();
    QList<PupilFigures> figures(pupilCount);

    // Mastery now: the heat map, stages proficient, the distribution.
    QMap<std::pair<QString, int>, std::array<int, 5>> distribution;
    {
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT m.person_id, m.domain, m.stage, m.level FROM class_member c "
                                  "JOIN person p ON p.id = c.person_id JOIN mastery m ON m.person_id = p.id "
                                  "WHERE c.class_id = :c AND p.role = 'pupil' AND p.active = 1"));
        q.bind(QStringLiteral(":c"), classId);
        q.raw().setForwardOnly(true);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            const int row = rowOf.value(q.value(0).toString(), -1);
            if (row < 0)
                continue;
            const QString domain = q.value(1).toString();
            const int stage = q.value(2).toInt();
            const auto level = MasteryLevel(std::clamp(q.value(3).toInt(), 0, int(MasteryLevel::Mastered)));
            if (level >= MasteryLevel::Proficient)
                ++figures[row].stagesProficient;
            if (!inDomain(filter, domain))
                continue;
            PupilProgressRow &pupil = board.pupils[row];
            pupil.mastery[domain][stage] = level;
            if (level >= MasteryLevel::Proficient)
                ++pupil.stagesProficient;
            ++distribution[{ domain, stage }][std::size_t(level)];
        }
    }
    for (auto it = distribution.begin(); it != distribution.end(); ++it) {
        LevelDistribution d;
        d.domain = it.key().first;
        d.stage = it.key().second;
        d.pupils = it.value();
        int tried = 0;
        for (int level = 1; level <= int(MasteryLevel::Mastered); ++level)
            tried += d.pupils[std::size_t(level)];
        d.pupils[0] = int(pupilCount) - tried;
        board.distribution.append(d);
    }

    // Every attempt of the class once, in replay order: counts in the filter, time on task, when
    // each stage first became proficient, and each pupil's latest attempts for the rules.
    const TextRange range(filter);
    QList<int> successes(pupilCount);
    QList<QString> lastActive(pupilCount);
    QList<QList<TimedRecent>> recent(pupilCount);
    QMap<QString, DomainTime> time;
    QMap<QDate, int> stagesByWeek;
    QString firstInFilter;
    {
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT a.person_id, a.domain, a.stage, a.score, a.success, a.mixed_set, "
                                  "a.hints_used, a.duration_ms, a.finished_at, a.rowid FROM class_member c "
                                  "JOIN person p ON p.id = c.person_id JOIN attempt a ON a.person_id = c.person_id "
                                  "WHERE c.class_id = :c AND p.role = 'pupil' AND p.active = 1 "
                                  "ORDER BY c.person_id, a.domain, a.stage, a.finished_at, a.rowid"));
        q.bind(QStringLiteral(":c"), classId);
        q.raw().setForwardOnly(true);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        FirstProficient replay;
        QString person;
        int row = -1;
        QString domain;
        while (q.next()) {
            const QString personNow = q.value(0).toString();
            if (personNow != person) {
                person = personNow;
                row = rowOf.value(person, -1);
            }
            const QString domainNow = q.value(1).toString();
            if (domainNow != domain) // share one string per domain
                domain = domainNow;
            const int stage = q.value(2).toInt();
            AttemptOutcome o;
            o.score = q.value(3).toDouble();
            o.success = q.value(4).toInt() != 0;
            o.mixedSet = q.value(5).toInt() != 0;
            o.hintsUsed = q.value(6).toInt();
            const qint64 duration = q.value(7).toLongLong();
            const QString at = q.value(8).toString();
            const bool first = replay.add(person, domain, stage, o);
            if (row < 0)
                continue;
            if (at > lastActive.at(row))
                lastActive[row] = at;
            recent[row].append({ at, q.value(9).toLongLong(), { domain, stage, o.success, isFull(o), at } });
            if (!inDomain(filter, domain) || !range.contains(at))
                continue;
            if (first)
                ++stagesByWeek[weekStart(dayOf(at))];
            if (firstInFilter.isEmpty() || at < firstInFilter)
                firstInFilter = at;
            ++board.pupils[row].attempts;
            successes[row] += o.success ? 1 : 0;
            DomainTime &t = time[domain];
            t.domain = domain;
            t.durationMs += duration;
            ++t.attempts;
        }
    }
    board.timeOnTask = time.values();
    board.weekly = everyWeek(stagesByWeek, filter.from.isValid() ? filter.from : dayOf(firstInFilter),
                             filter.to.isValid() ? filter.to : board.computedAt.date());

    // The rules: the same figures as the school overview computes.
    QList<int> proficient;
    bool begun = false;
    for (int i = 0; i < pupilCount; ++i) {
        proficient.append(figures.at(i).stagesProficient);
        begun = begun || !lastActive.at(i).isEmpty();
    }
    const double median = AttentionRules::median(proficient);
    for (int i = 0; i < pupilCount; ++i) {
        PupilProgressRow &pupil = board.pupils[i];
        pupil.successRate = pupil.attempts > 0 ? double(successes.at(i)) / pupil.attempts : 0.0;
        if (!lastActive.at(i).isEmpty())
            pupil.lastActive = fromDbTime(lastActive.at(i));
        PupilFigures &f = figures[i];
        recentFigures(latest(recent.at(i)), f);
        f.lastActive = pupil.lastActive;
        f.classHasBegun = begun;
        f.classMedian = median;
        pupil.attention = AttentionRules::evaluate(f, thresholds, m_clock, m_domainTitles);
    }
    return board;
}

Status DashboardService::checkPupil(const Session &session, const QString &personId) const
{
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return s;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT role FROM person WHERE id = :p"));
    q.bind(QStringLiteral(":p"), personId);
    auto role = q.scalar();
    if (!role)
        return Status::failure(role.error());
    if (role->toString() != roleKey(Role::Pupil))
        return Status::failure(tr("There is no such pupil."));
    return {};
}

Result<QList<StageMastery>> DashboardService::pupilMastery(const Session &session, const QString &personId) const
{
    using R = Result<QList<StageMastery>>;
    if (auto s = checkPupil(session, personId); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT domain, stage, level, attempts, successes, best_score, updated_at FROM mastery "
                              "WHERE person_id = :p ORDER BY domain, stage"));
    q.bind(QStringLiteral(":p"), personId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<StageMastery> list;
    while (q.next()) {
        StageMastery m;
        m.domain = q.value(0).toString();
        m.stage = q.value(1).toInt();
        m.level = MasteryLevel(std::clamp(q.value(2).toInt(), 0, int(MasteryLevel::Mastered)));
        m.attempts = q.value(3).toInt();
        m.successes = q.value(4).toInt();
        m.bestScore = q.value(5).toDouble();
        m.updatedAt = fromDbTime(q.value(6).toString());
        list.append(m);
    }
    return list;
}

Result<QList<AttemptEntry>> DashboardService::pupilAttempts(const Session &session, const QString &personId,
                                                            const DashboardFilter &filter, int limit) const
{
    using R = Result<QList<AttemptEntry>>;
    if (auto s = checkPupil(session, personId); !s)
        return R::failure(s.error());
    const TextRange range(filter);
    // Open ends as text bounds that every stored time passes ("0" < "2026-..." < "9").
    SqlQuery q(
        m_db.sql(),
        QStringLiteral("SELECT id, exercise_id, domain, stage, score, success, duration_ms, hints_used, "
                       "mixed_set, finished_at FROM attempt "
                       "WHERE person_id = :p AND finished_at >= :from AND finished_at < :to "
                       "AND (COALESCE(:d1, '') = '' OR domain = :d2) ORDER BY finished_at DESC, rowid DESC LIMIT :n"));
    q.bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":from"), range.from.isEmpty() ? QStringLiteral("0") : range.from)
        .bind(QStringLiteral(":to"), range.to.isEmpty() ? QStringLiteral("9") : range.to)
        .bind(QStringLiteral(":d1"), filter.domain)
        .bind(QStringLiteral(":d2"), filter.domain)
        .bind(QStringLiteral(":n"), std::max(0, limit));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<AttemptEntry> list;
    while (q.next()) {
        AttemptEntry e;
        e.id = q.value(0).toString();
        e.exerciseId = q.value(1).toString();
        e.domain = q.value(2).toString();
        e.stage = q.value(3).toInt();
        e.score = q.value(4).toDouble();
        e.success = q.value(5).toInt() != 0;
        e.durationMs = q.value(6).toLongLong();
        e.hintsUsed = q.value(7).toInt();
        e.mixedSet = q.value(8).toInt() != 0;
        e.finishedAt = fromDbTime(q.value(9).toString());
        list.append(e);
    }
    return list;
}

Result<QList<WeeklyProgress>> DashboardService::pupilProgress(const Session &session, const QString &personId,
                                                              const DashboardFilter &filter) const
{
    using R = Result<QList<WeeklyProgress>>;
    if (auto s = checkPupil(session, personId); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(),
               QStringLiteral("SELECT domain, stage, score, success, mixed_set, hints_used, finished_at FROM attempt "
                              "WHERE person_id = :p ORDER BY domain, stage, finished_at, rowid"));
    q.bind(QStringLiteral(":p"), personId);
    q.raw().setForwardOnly(true);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    const TextRange range(filter);
    FirstProficient replay;
    QMap<QDate, int> stagesByWeek;
    QString firstInFilter;
    while (q.next()) {
        const QString domain = q.value(0).toString();
        AttemptOutcome o;
        o.score = q.value(2).toDouble();
        o.success = q.value(3).toInt() != 0;
        o.mixedSet = q.value(4).toInt() != 0;
        o.hintsUsed = q.value(5).toInt();
        const QString at = q.value(6).toString();
        const bool first = replay.add(personId, domain, q.value(1).toInt(), o);
        if (!inDomain(filter, domain) || !range.contains(at))
            continue;
        if (first)
            ++stagesByWeek[weekStart(dayOf(at))];
        if (firstInFilter.isEmpty() || at < firstInFilter)
            firstInFilter = at;
    }
    return everyWeek(stagesByWeek, filter.from.isValid() ? filter.from : dayOf(firstInFilter),
                     filter.to.isValid() ? filter.to : m_clock.now().toUTC().date());
}

Result<QList<ClassOverviewRow>> DashboardService::schoolOverview(const Session &session,
                                                                 const AttentionThresholds &thresholds) const
{
    using R = Result<QList<ClassOverviewRow>>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());

    const ReadSnapshot snapshot(m_db.sql());
    QList<ClassOverviewRow> rows;
    QHash<QString, int> rowOf;
    {
        SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, name FROM school_class ORDER BY name, id"));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            ClassOverviewRow row;
            row.classId = q.value(0).toString();
            row.className = q.value(1).toString();
            rowOf.insert(row.classId, int(rows.size()));
            rows.append(row);
        }
    }

    // Every active pupil with all-time figures from the mastery table (no attempt is read).
    struct Pupil
    {
        int classRow = -1;
        int successes = 0;
        PupilFigures figures;
    };
    QList<Pupil> pupils;
    QHash<qint64, QList<int>> pupilsOf; // person rowid -> indexes in pupils (one per class)
    {
        SqlQuery q(m_db.sql(),
                   QStringLiteral("SELECT c.class_id, p.rowid, "
                                  "(SELECT MAX(a.finished_at) FROM attempt a WHERE a.person_id = p.id), "
                                  "(SELECT COUNT(*) FROM mastery m WHERE m.person_id = p.id AND m.level >= :prof), "
                                  "(SELECT COALESCE(SUM(m.attempts), 0) FROM mastery m WHERE m.person_id = p.id), "
                                  "(SELECT COALESCE(SUM(m.successes), 0) FROM mastery m WHERE m.person_id = p.id) "
                                  "FROM class_member c JOIN person p ON p.id = c.person_id "
                                  "WHERE p.role = 'pupil' AND p.active = 1"));
        q.bind(QStringLiteral(":prof"), int(MasteryLevel::Proficient));
        q.raw().setForwardOnly(true);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next()) {
            Pupil p;
            p.classRow = rowOf.value(q.value(0).toString(), -1);
            if (p.classRow < 0)
                continue;
            if (!q.value(2).isNull())
                p.figures.lastActive = fromDbTime(q.value(2).toString());
            p.figures.stagesProficient = q.value(3).toInt();
            ClassOverviewRow &row = rows[p.classRow];
            ++row.pupils;
            row.attempts += int(q.value(4).toLongLong());
            p.successes = int(q.value(5).toLongLong());
            pupilsOf[q.value(1).toLongLong()].append(int(pupils.size()));
            pupils.append(p);
        }
    }

    // Each pupil's latest attempts, through the (person_id, finished_at) index. They come pupil by
    // pupil; each pupil's are put in order here (no sort of the whole set in SQL).
    {
        // PostgreSQL cannot run SQLite's "rowid IN (correlated subquery with LIMIT)" but by testing
        // every attempt against every pupil's list (minutes on the 1M-attempt school, see
        // bench_dashboard); it takes the same reads as a LATERAL join, which SQLite does not know.
        SqlQuery q(
            m_db.sql(),
            m_db.isServer()
                ? QStringLiteral("SELECT p.rowid, a.domain, a.stage, a.success, a.score, a.hints_used, "
                                 "a.finished_at, a.rowid FROM person p CROSS JOIN LATERAL "
                                 "(SELECT domain, stage, success, score, hints_used, finished_at, rowid FROM attempt "
                                 " WHERE person_id = p.id ORDER BY finished_at DESC, rowid DESC LIMIT :k) a "
                                 "WHERE p.role = 'pupil' AND p.active = 1")
                : QStringLiteral("SELECT p.rowid, a.domain, a.stage, a.success, a.score, a.hints_used, "
                                 "a.finished_at, a.rowid FROM person p JOIN attempt a ON a.rowid IN "
                                 "(SELECT rowid FROM attempt WHERE person_id = p.id "
                                 " ORDER BY finished_at DESC, rowid DESC LIMIT :k) "
                                 "WHERE p.role = 'pupil' AND p.active = 1"));
        q.bind(QStringLiteral(":k"), kRecentAttempts);
        q.raw().setForwardOnly(true);
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        qint64 person = -1;
        QList<TimedRecent> recent;
        const auto flush = [&]() {
            if (recent.isEmpty())
                return;
            const QList<RecentAttempt> ordered = latest(recent);
            for (int i : pupilsOf.value(person))
                recentFigures(ordered, pupils[i].figures);
            recent.clear();
        };
        while (q.next()) {
            const qint64 personNow = q.value(0).toLongLong();
            if (personNow != person) {
                flush();
                person = personNow;
            }
            AttemptOutcome o;
            o.success = q.value(3).toInt() != 0;
            o.score = q.value(4).toDouble();
            o.hintsUsed = q.value(5).toInt();
            const QString finishedAt = q.value(6).toString();
            recent.append({ finishedAt,
                            q.value(7).toLongLong(),
                            { q.value(1).toString(), q.value(2).toInt(), o.success, isFull(o), finishedAt } });
        }
        flush();
    }

    const QDateTime weekAgo = m_clock.now().toUTC().addDays(-7);
    QList<QList<int>> proficientOf(rows.size());
    QList<int> successesOf(rows.size());
    QList<bool> begun(rows.size());
    for (const Pupil &p : std::as_const(pupils)) {
        proficientOf[p.classRow].append(p.figures.stagesProficient);
        successesOf[p.classRow] += p.successes;
        begun[p.classRow] = begun.at(p.classRow) || p.figures.lastActive.isValid();
        if (p.figures.lastActive.isValid() && p.figures.lastActive >= weekAgo)
            ++rows[p.classRow].activeLastWeek;
    }
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].medianStagesProficient = AttentionRules::median(proficientOf.at(i));
        rows[i].successRate = rows.at(i).attempts > 0 ? double(successesOf.at(i)) / rows.at(i).attempts : 0.0;
    }
    for (Pupil &p : pupils) {
        p.figures.classHasBegun = begun.at(p.classRow);
        p.figures.classMedian = rows.at(p.classRow).medianStagesProficient;
        if (!AttentionRules::evaluate(p.figures, thresholds, m_clock).isEmpty())
            ++rows[p.classRow].needAttention;
    }
    return rows;
}

} // namespace stages
