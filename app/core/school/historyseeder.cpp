#include "core/school/historyseeder.h"

#include "core/clock.h"
#include "core/school/historygenerator.h"
#include "core/storage/bulkstatement.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cstdio>
#include <random>

namespace stages {

namespace {

/// The stored form of a time (toDbTime(): ISO 8601 UTC with milliseconds), made without
/// QDateTime for the million rows: "2026-12-04T07:55:12.345Z". @p out holds 25 bytes.
int formatDbTime(qint64 ms, char *out)
{
    constexpr qint64 day = 86'400'000;
    qint64 days = ms / day;
    qint64 rest = ms % day;
    if (rest < 0)
        rest += day, --days;
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(2440588 + days).getDate(&y, &m, &d);
    const int h = int(rest / 3'600'000), min = int(rest / 60'000 % 60), s = int(rest / 1000 % 60), z = int(rest % 1000);
    return std::snprintf(out, 25, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, h, min, s, z);
}

/// A UUID in the time-ordered layout (version 7: milliseconds first, then random bits), so rows
/// written in time order go to the end of the primary-key index.
class TimeIds
{
public:
    explicit TimeIds(quint32 seed)
        : m_engine(seed ^ 0x5eed1d5u)
    { }
    const char *next(qint64 ms)
    {
        const quint64 high = (quint64(ms) << 16) | 0x7000u | (m_engine() & 0x0fffu);
        const quint32 a = 0x80000000u | (m_engine() & 0x3fffffffu);
        const quint32 b = m_engine();
        std::snprintf(m_text, sizeof m_text, "%08x-%04x-%04x-%04x-%04x%08x", quint32(high >> 32),
                      quint32(high >> 16) & 0xffffu, quint32(high) & 0xffffu, a >> 16, a & 0xffffu, b);
        return m_text;
    }

private:
    std::mt19937 m_engine;
    char m_text[40] = {};
};

QByteArray answerText(const QJsonValue &answer)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isHoliday(const QDate &date)
{
    const int m = date.month(), d = date.day();
    // Czech school holidays and public holidays, simplified to fixed dates (Easter computed).
    if ((m == 9 && d == 28) || (m == 10 && d >= 26 && d <= 30) || (m == 11 && d == 17) || (m == 12 && d >= 23)
        || (m == 1 && d <= 2) || (m == 2 && d >= 9 && d <= 13) || (m == 5 && (d == 1 || d == 8)))
        return true;
    const QDate easter = easterSunday(date.year());
    const qint64 fromEaster = easter.daysTo(date);
    return fromEaster == -3 || fromEaster == -2 || fromEaster == 1;
}

} // namespace

HistorySeeder::HistorySeeder(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

QList<QDate> HistorySeeder::schoolDays(const QDate &today, bool holidays)
{
    QList<QDate> days;
    for (QDate d = today.addDays(-365); d < today; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5 || d.month() == 7 || d.month() == 8)
            continue;
        if (holidays && isHoliday(d))
            continue;
        days.append(d);
    }
    return days;
}

Status HistorySeeder::check(const Session &session) const
{
    if (auto s = require(session, Capability::ManageDatabase); !s)
        return s;
    const QSqlDatabase sql = m_db.sql();
    if (!BulkStatement::handle(sql))
        return Status::failure(tr("A demo history can only be written into an SQLite database."));
    auto existing = SqlQuery(sql, QStringLiteral("SELECT EXISTS (SELECT 1 FROM attempt)")).scalar();
    if (!existing)
        return Status::failure(existing.error());
    if (existing->toInt() > 0)
        return Status::failure(tr("This database already holds attempts; a demo history is only added to a school "
                                  "without any, so that mastery agrees with the attempts."));
    return {};
}

Result<HistorySeeder::Summary> HistorySeeder::seed(const Session &session, const HistoryPlan &plan,
                                                   const Options &options)
{
    using R = Result<Summary>;
    if (auto s = check(session); !s)
        return R::failure(s.error());
    if (options.attempts < 0 || options.attempts > kMaxAttempts)
        return R::failure(tr("The number of attempts must be between 0 and %1.").arg(kMaxAttempts));
    if (plan.domains.isEmpty())
        return R::failure(tr("There are no exercises to make a history from."));
    for (const HistoryPlan::Domain &domain : plan.domains) {
        if (domain.stages.isEmpty() || domain.stages.constFirst().exercises.isEmpty())
            return R::failure(tr("The domain \"%1\" has no exercises at its first stage.").arg(domain.id));
        for (const HistoryPlan::Stage &stage : domain.stages) {
            if (stage.exercises.isEmpty() && stage.pieces.isEmpty())
                return R::failure(tr("Stage %1 of \"%2\" has no exercises.").arg(stage.stage).arg(domain.id));
        }
    }
    const QSqlDatabase sql = m_db.sql();

    // Pupils in a stable order (class name, then the order they were added), with their class.
    std::vector<QByteArray> pupilIds;
    std::vector<QByteArray> classIds;
    HistoryGenerator::Input input;
    {
        SqlQuery q(sql,
                   QStringLiteral("SELECT p.id, c.id FROM person p JOIN class_member m ON m.person_id = p.id "
                                  "JOIN school_class c ON c.id = m.class_id "
                                  "WHERE p.role = 'pupil' AND p.active = 1 ORDER BY c.name, p.rowid, c.id"));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        QHash<QString, int> classIndex;
        QSet<QString> seen;
        while (q.next()) {
            const QString pupil = q.value(0).toString();
            const QString cls = q.value(1).toString();
            if (seen.contains(pupil))
                continue; // in two classes: counted with the first
            seen.insert(pupil);
            if (!classIndex.contains(cls)) {
                classIndex.insert(cls, int(classIds.size()));
                classIds.push_back(cls.toUtf8());
            }
            pupilIds.push_back(pupil.toUtf8());
            input.pupilClasses.append(classIndex.value(cls));
        }
    }
    if (pupilIds.empty() && options.attempts > 0)
        return R::failure(tr("The school has no pupils in classes yet."));
    std::vector<QByteArray> teacherIds;
    {
        SqlQuery q(sql, QStringLiteral("SELECT id FROM person WHERE role = 'teacher' AND active = 1 ORDER BY rowid"));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next())
            teacherIds.push_back(q.value(0).toString().toUtf8());
    }

    const QDateTime now = m_clock.now().toUTC();
    input.classes = int(classIds.size());
    input.teachers = int(teacherIds.size());
    input.days = schoolDays(now.date(), options.holidays);
    input.nowMs = now.toMSecsSinceEpoch();
    input.attempts = options.attempts;
    input.seed = options.seed;
    if (input.days.isEmpty())
        return R::failure(tr("The year before %1 has no school days.").arg(now.date().toString(Qt::ISODate)));
    HistoryGenerator generator(plan, input);
    generator.generate();

    Summary summary;
    summary.pupils = int(pupilIds.size());
    for (size_t i = 0; i < generator.profiles().size(); ++i) {
        const HistoryGenerator::Profile &p = generator.profiles()[i];
        const QString id = QString::fromUtf8(pupilIds[i]);
        summary.stuck += p.stuck ? 1 : 0;
        summary.inactive += p.inactive ? 1 : 0;
        if (p.stuck)
            summary.stuckPupilIds.append(id);
        if (p.inactive)
            summary.inactivePupilIds.append(id);
    }
    summary.firstDay = input.days.constFirst();
    summary.lastDay = input.days.constLast();

    // Written in one transaction: the attempt table's secondary indexes are dropped and built
    // again afterwards (one sorted build is much faster than a million scattered inserts), and
    // a failure anywhere leaves the database as it was, schema included.
    Transaction tx(sql);
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    QList<QByteArray> indexSql;
    {
        SqlQuery q(sql,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attempt' "
                                  "AND sql IS NOT NULL ORDER BY name"));
        if (auto s = q.exec(); !s)
            return R::failure(s.error());
        QList<QByteArray> names;
        while (q.next()) {
            names.append(q.value(0).toString().toUtf8());
            indexSql.append(q.value(1).toString().toUtf8());
        }
        for (const QByteArray &name : std::as_const(names)) {
            if (auto s = BulkStatement::exec(sql, "DROP INDEX \"" + name + '"'); !s)
                return R::failure(s.error());
        }
    }

    char at[32];
    TimeIds ids(options.seed);
    const QByteArray nullAnswer("null");
    std::vector<QByteArray> pieceAnswers, pieceContents;
    for (const HistoryPlan::Piece &piece : generator.pieces()) {
        pieceAnswers.push_back(answerText(piece.answer));
        pieceContents.push_back(QJsonDocument(piece.content).toJson(QJsonDocument::Compact));
    }
    std::vector<QByteArray> pieceExercises;
    for (const HistoryPlan::Piece &piece : generator.pieces())
        pieceExercises.push_back(piece.exerciseId.toUtf8());
    {
        BulkStatement insert(sql,
                             "INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, success, "
                             "duration_ms, hints_used, answer, finished_at, mixed_set) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        if (auto s = insert.status(); !s)
            return R::failure(s.error());
        const qint64 total = qint64(generator.attempts().size());
        std::vector<char> startedPupil(pupilIds.size(), 0);
        for (const HistoryGenerator::Attempt &a : generator.attempts()) {
            const int n = formatDbTime(a.atMs, at);
            const bool piece = a.piece >= 0;
            insert.text(1, ids.next(a.atMs), 36)
                .text(2, pupilIds[size_t(a.pupil)])
                .text(3, piece ? pieceExercises[size_t(a.piece)] : generator.exerciseIds()[size_t(a.exercise)])
                .text(4, generator.domainIds()[size_t(a.domain)])
                .integer(5, a.stage)
                .real(6, a.score)
                .integer(7, a.success ? 1 : 0)
                .integer(8, a.durationMs)
                .integer(9, a.hints)
                .text(10,
                      piece           ? pieceAnswers[size_t(a.piece)]
                          : a.success ? generator.exerciseAnswers()[size_t(a.exercise)]
                                      : nullAnswer)
                .text(11, at, n)
                .integer(12, a.mixedSet ? 1 : 0);
            if (auto s = insert.run(); !s)
                return R::failure(s.error());
            startedPupil[size_t(a.pupil)] = 1;
            ++summary.attempts;
            if (options.progress && (summary.attempts % kProgressStep == 0 || summary.attempts == total))
                options.progress(summary.attempts, total);
        }
        summary.pupilsStarted = int(std::count(startedPupil.begin(), startedPupil.end(), 1));
        for (size_t i = 0; i < startedPupil.size(); ++i) {
            if (!startedPupil[i])
                summary.unstartedPupilIds.append(QString::fromUtf8(pupilIds[i]));
        }
    }
    {
        BulkStatement insert(sql,
                             "INSERT INTO mastery (person_id, domain, stage, level, attempts, successes, "
                             "best_score, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (auto s = insert.status(); !s)
            return R::failure(s.error());
        for (const HistoryGenerator::Mastery &m : generator.mastery()) {
            const int n = formatDbTime(m.updatedMs, at);
            insert.text(1, pupilIds[size_t(m.pupil)])
                .text(2, generator.domainIds()[size_t(m.domain)])
                .integer(3, m.stage)
                .integer(4, int(m.level))
                .integer(5, m.attempts)
                .integer(6, m.successes)
                .real(7, m.bestScore)
                .text(8, at, n);
            if (auto s = insert.run(); !s)
                return R::failure(s.error());
            ++summary.masteryRows;
        }
    }
    {
        BulkStatement insert(sql,
                             "INSERT INTO warmup (id, class_id, started_by, started_at, ends_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
        if (auto s = insert.status(); !s)
            return R::failure(s.error());
        char ends[32];
        for (const HistoryGenerator::WarmUp &w : generator.warmUps()) {
            const int n = formatDbTime(w.startMs, at);
            const int e = formatDbTime(w.startMs + qint64(kWarmUpSeconds) * 1000, ends);
            insert.text(1, ids.next(w.startMs), 36).text(2, classIds[size_t(w.classIndex)]);
            if (w.teacher >= 0)
                insert.text(3, teacherIds[size_t(w.teacher)]);
            else
                insert.null(3);
            insert.text(4, at, n).text(5, ends, e);
            if (auto s = insert.run(); !s)
                return R::failure(s.error());
            ++summary.warmUps;
        }
    }
    {
        BulkStatement insert(sql,
                             "INSERT INTO artifact (id, person_id, exercise_id, kind, title, content, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        BulkStatement feedback(sql,
                               "INSERT INTO feedback (id, artifact_id, author_id, body, created_at, stars, seen_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (auto s = insert.status(); !s)
            return R::failure(s.error());
        if (auto s = feedback.status(); !s)
            return R::failure(s.error());
        std::vector<QByteArray> artifactIds;
        for (const HistoryGenerator::Artifact &a : generator.artifacts()) {
            const HistoryPlan::Piece &piece = generator.pieces()[size_t(a.piece)];
            const int n = formatDbTime(a.atMs, at);
            artifactIds.push_back(QByteArray(ids.next(a.atMs), 36));
            const QDate made = QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC).toLocalTime().date();
            const QByteArray title = piece.titleTemplate.arg(QLocale().toString(made, QLocale::ShortFormat)).toUtf8();
            const QByteArray kind = piece.kind.toUtf8();
            insert.text(1, artifactIds.back())
                .text(2, pupilIds[size_t(a.pupil)])
                .text(3, pieceExercises[size_t(a.piece)])
                .text(4, kind)
                .text(5, title)
                .text(6, pieceContents[size_t(a.piece)])
                .text(7, at, n);
            if (auto s = insert.run(); !s)
                return R::failure(s.error());
            ++summary.artifacts;
        }
        char seen[32];
        for (const HistoryGenerator::Feedback &f : generator.feedback()) {
            const int n = formatDbTime(f.atMs, at);
            const QByteArray body = plan.feedbackComments.at(f.comment).toUtf8();
            feedback.text(1, ids.next(f.atMs), 36)
                .text(2, artifactIds[size_t(f.artifact)])
                .text(3, teacherIds[size_t(f.teacher)])
                .text(4, body)
                .text(5, at, n);
            if (f.stars > 0)
                feedback.integer(6, f.stars);
            else
                feedback.null(6);
            if (f.seenMs > 0)
                feedback.text(7, seen, formatDbTime(f.seenMs, seen));
            else
                feedback.null(7);
            if (auto s = feedback.run(); !s)
                return R::failure(s.error());
            ++summary.feedback;
        }
    }
    for (const QByteArray &create : std::as_const(indexSql)) {
        if (auto s = BulkStatement::exec(sql, create); !s)
            return R::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace stages
