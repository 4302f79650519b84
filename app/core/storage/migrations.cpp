#include "core/storage/migrations.h"

#include "core/sync/syncschema.h"

#include <QRegularExpression>

namespace stages {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append({1, "school, classes, people, attempts, mastery, artifacts, audit log",
                 {
                     QStringLiteral("CREATE TABLE school ("
                                    " id TEXT PRIMARY KEY,"
                                    " name TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE school_class ("
                                    " id TEXT PRIMARY KEY,"
                                    " school_id TEXT NOT NULL REFERENCES school(id),"
                                    " name TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL,"
                                    " UNIQUE (school_id, name))"),
                     QStringLiteral("CREATE TABLE person ("
                                    " id TEXT PRIMARY KEY,"
                                    " school_id TEXT NOT NULL REFERENCES school(id),"
                                    " role TEXT NOT NULL CHECK (role IN ('pupil', 'teacher', 'trainer', 'admin')),"
                                    " display_name TEXT NOT NULL,"
                                    " login TEXT UNIQUE,"
                                    " avatar INTEGER NOT NULL DEFAULT 0,"
                                    " pupil_number TEXT,"
                                    " password_hash TEXT,"
                                    " picture_hash TEXT,"
                                    " failed_signins INTEGER NOT NULL DEFAULT 0,"
                                    " locked_until TEXT,"
                                    " active INTEGER NOT NULL DEFAULT 1,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX person_role ON person (role, display_name)"),
                     QStringLiteral("CREATE TABLE class_member ("
                                    " class_id TEXT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,"
                                    " person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                                    " PRIMARY KEY (class_id, person_id))"),
                     QStringLiteral("CREATE INDEX class_member_person ON class_member (person_id)"),
                     QStringLiteral("CREATE TABLE attempt ("
                                    " id TEXT PRIMARY KEY,"
                                    " person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                                    " exercise_id TEXT NOT NULL,"
                                    " domain TEXT NOT NULL,"
                                    " stage INTEGER NOT NULL,"
                                    " score REAL NOT NULL,"
                                    " success INTEGER NOT NULL,"
                                    " duration_ms INTEGER NOT NULL,"
                                    " hints_used INTEGER NOT NULL,"
                                    " answer TEXT NOT NULL,"
                                    " finished_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX attempt_person ON attempt (person_id, exercise_id)"),
                     QStringLiteral("CREATE TABLE mastery ("
                                    " person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                                    " domain TEXT NOT NULL,"
                                    " stage INTEGER NOT NULL,"
                                    " level INTEGER NOT NULL,"
                                    " attempts INTEGER NOT NULL,"
                                    " successes INTEGER NOT NULL,"
                                    " best_score REAL NOT NULL,"
                                    " updated_at TEXT NOT NULL,"
                                    " PRIMARY KEY (person_id, domain, stage))"),
                     QStringLiteral("CREATE TABLE artifact ("
                                    " id TEXT PRIMARY KEY,"
                                    " person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                                    " exercise_id TEXT,"
                                    " kind TEXT NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " content TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX artifact_person ON artifact (person_id)"),
                     QStringLiteral("CREATE TABLE feedback ("
                                    " id TEXT PRIMARY KEY,"
                                    " artifact_id TEXT NOT NULL REFERENCES artifact(id) ON DELETE CASCADE,"
                                    " author_id TEXT NOT NULL REFERENCES person(id),"
                                    " body TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE audit_log ("
                                    " id TEXT PRIMARY KEY,"
                                    " at TEXT NOT NULL,"
                                    " actor_id TEXT,"
                                    " action TEXT NOT NULL,"
                                    " subject TEXT,"
                                    " detail TEXT)"),
                 }, {}, {}});
    list.append({2, "attempts remember whether they were made in a mixed set (warm-up), for mastery",
                 {
                     QStringLiteral("ALTER TABLE attempt ADD COLUMN mixed_set INTEGER NOT NULL DEFAULT 0"),
                     QStringLiteral("CREATE INDEX attempt_stage ON attempt (person_id, domain, stage, finished_at)"),
                 }, {}, {}});
    list.append({3, "class warm-ups: the timed mixed set a teacher starts for a class",
                 {
                     QStringLiteral("CREATE TABLE warmup ("
                                    " id TEXT PRIMARY KEY,"
                                    " class_id TEXT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,"
                                    " started_by TEXT REFERENCES person(id),"
                                    " started_at TEXT NOT NULL,"
                                    " ends_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX warmup_class ON warmup (class_id, ends_at)"),
                     QStringLiteral("CREATE INDEX feedback_artifact ON feedback (artifact_id, created_at)"),
                 }, {}, {}});
    list.append({4, "assignments, stars on feedback and when the pupil saw it, attempts by time for dashboards",
                 {
                     QStringLiteral("CREATE TABLE assignment ("
                                    " id TEXT PRIMARY KEY,"
                                    " class_id TEXT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,"
                                    " created_by TEXT REFERENCES person(id) ON DELETE SET NULL,"
                                    " created_at TEXT NOT NULL,"
                                    " due_on TEXT," // ISO date; NULL: no due date
                                    " closed INTEGER NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE INDEX assignment_class ON assignment (class_id, created_at)"),
                     // What to do: a whole stage (exercise_id NULL) or one exercise of it.
                     QStringLiteral("CREATE TABLE assignment_item ("
                                    " assignment_id TEXT NOT NULL REFERENCES assignment(id) ON DELETE CASCADE,"
                                    " position INTEGER NOT NULL,"
                                    " domain TEXT NOT NULL,"
                                    " stage INTEGER NOT NULL,"
                                    " exercise_id TEXT,"
                                    " PRIMARY KEY (assignment_id, position))"),
                     // For whom: no rows means every pupil of the class.
                     QStringLiteral("CREATE TABLE assignment_pupil ("
                                    " assignment_id TEXT NOT NULL REFERENCES assignment(id) ON DELETE CASCADE,"
                                    " person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                                    " PRIMARY KEY (assignment_id, person_id))"),
                     QStringLiteral("CREATE INDEX assignment_pupil_person ON assignment_pupil (person_id)"),
                     QStringLiteral("ALTER TABLE feedback ADD COLUMN stars INTEGER"), // 1..3; NULL: none given
                     QStringLiteral("ALTER TABLE feedback ADD COLUMN seen_at TEXT"), // NULL: the pupil has not seen it
                     QStringLiteral("CREATE INDEX attempt_person_time ON attempt (person_id, finished_at)"),
                 }, {}, {}});
    list.append({5, "training of educators: programme edits, educators, evidence, certificates, signing keys",
                 {
                     // An admin's edit of a programme (JSON); a row with a default's id overrides it.
                     QStringLiteral("CREATE TABLE programme_edit ("
                                    " id TEXT PRIMARY KEY,"
                                    " definition TEXT NOT NULL,"
                                    " updated_by TEXT REFERENCES person(id) ON DELETE SET NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE educator ("
                                    " id TEXT PRIMARY KEY,"
                                    " person_id TEXT UNIQUE REFERENCES person(id),"
                                    " display_name TEXT NOT NULL,"
                                    " organisation TEXT,"
                                    " trained_by TEXT REFERENCES educator(id),"
                                    " founding INTEGER NOT NULL DEFAULT 0,"
                                    " created_at TEXT NOT NULL,"
                                    " created_by TEXT REFERENCES person(id) ON DELETE SET NULL)"),
                     QStringLiteral("CREATE INDEX educator_name ON educator (display_name)"),
                     QStringLiteral("CREATE INDEX educator_trained_by ON educator (trained_by)"),
                     QStringLiteral("CREATE TABLE evidence ("
                                    " id TEXT PRIMARY KEY,"
                                    " educator_id TEXT NOT NULL REFERENCES educator(id),"
                                    " programme_id TEXT NOT NULL,"
                                    " kind TEXT NOT NULL,"
                                    " amount REAL NOT NULL DEFAULT 0,"
                                    " rubric_scores TEXT," // "4,3,4,3" for an observed lesson
                                    " note TEXT,"
                                    " class_id TEXT REFERENCES school_class(id) ON DELETE SET NULL,"
                                    " occurred_on TEXT NOT NULL," // ISO date
                                    " recorded_by TEXT REFERENCES person(id) ON DELETE SET NULL,"
                                    " recorded_at TEXT NOT NULL,"
                                    " corrected_at TEXT,"
                                    " removed_at TEXT)"), // NULL: in force
                     QStringLiteral("CREATE INDEX evidence_educator ON evidence (educator_id, programme_id, occurred_on)"),
                     QStringLiteral("CREATE TABLE certificate ("
                                    " id TEXT PRIMARY KEY,"
                                    " code TEXT NOT NULL UNIQUE,"
                                    " educator_id TEXT NOT NULL REFERENCES educator(id),"
                                    " programme_id TEXT NOT NULL,"
                                    " level INTEGER NOT NULL,"
                                    " issued_on TEXT NOT NULL,"
                                    " expires_on TEXT," // NULL: never expires
                                    " issuer_educator_id TEXT REFERENCES educator(id),"
                                    " issuer_name TEXT NOT NULL,"
                                    " founding INTEGER NOT NULL DEFAULT 0,"
                                    " payload TEXT NOT NULL," // the canonical JSON that was signed
                                    " signature TEXT NOT NULL," // base64 Ed25519
                                    " revoked_at TEXT,"
                                    " revoked_by TEXT REFERENCES person(id) ON DELETE SET NULL,"
                                    " revoke_reason TEXT)"),
                     QStringLiteral("CREATE INDEX certificate_educator ON certificate (educator_id, issued_on)"),
                     QStringLiteral("CREATE INDEX certificate_expiry ON certificate (expires_on)"),
                     // The organisation's public key: one row.
                     QStringLiteral("CREATE TABLE signing_key_public ("
                                    " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                    " public_key TEXT NOT NULL," // base64, 32 bytes
                                    " created_at TEXT NOT NULL)"),
                     // One wrapped copy of the secret key per signer (WrappedKey::toJson), never the key itself.
                     QStringLiteral("CREATE TABLE signing_key ("
                                    " person_id TEXT PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,"
                                    " wrapped TEXT NOT NULL,"
                                    " granted_by TEXT REFERENCES person(id) ON DELETE SET NULL,"
                                    " granted_at TEXT NOT NULL)"),
                 }, {}, {}});
    list.append(syncMigration());
    list.append(syncDeletionsMigration());
    // On PostgreSQL every attempt the dashboards read through an index was a heap fetch, a
    // pupil's attempts being spread over the whole table (docs/scaling.md). Two covering indexes
    // make both reads index-only: the class dashboard's, in its own order, and the school
    // overview's latest attempts per pupil (attempt_person_time again, with rowid and the columns
    // it reads; without them the planner takes attempt_dashboard and sorts a pupil's every
    // attempt). SQLite gets no index, only the version, so that both backends keep the same
    // version rules.
    list.append({8, "dashboards: covering indexes of attempts on a school server", {}, {},
                 {
                     QStringLiteral("CREATE INDEX attempt_dashboard ON attempt (person_id, domain, stage, finished_at, "
                                    "rowid) INCLUDE (score, success, mixed_set, hints_used, duration_ms)"),
                     QStringLiteral("DROP INDEX attempt_person_time"),
                     QStringLiteral("CREATE INDEX attempt_person_time ON attempt (person_id, finished_at, rowid) "
                                    "INCLUDE (domain, stage, success, score, hints_used)"),
                 }});
    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString postgresStatement(const QString &statement)
{
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression ordered(QStringLiteral("^CREATE TABLE (person|attempt) \\("));
    QString pg = statement;
    pg.replace(real, QStringLiteral("DOUBLE PRECISION"));
    pg.replace(integer, QStringLiteral("BIGINT"));
    pg.replace(ordered, QStringLiteral("CREATE TABLE \\1 ( rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,"));
    return pg;
}

} // namespace stages
