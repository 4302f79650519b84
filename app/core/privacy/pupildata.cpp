#include "core/privacy/pupildata.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/progress/attemptjournal.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace stages {

namespace {

/// Whose attempt a journal entry is: the attempt names the pupil, or the pupil made it.
QString journalPupil(const AttemptJournal::Entry &entry)
{
    return entry.attempt.personId.isEmpty() ? entry.session.personId : entry.attempt.personId;
}

/// Columns kept out of an export: secrets, shown only as whether they are set.
const QStringList kSecretColumns { QStringLiteral("password_hash"), QStringLiteral("picture_hash") };
/// Columns that hold JSON text, exported as JSON rather than as a string.
const QStringList kJsonColumns { QStringLiteral("content"), QStringLiteral("answer") };

QJsonValue columnValue(const QString &name, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (kSecretColumns.contains(name))
        return !value.toString().isEmpty();
    if (kJsonColumns.contains(name)) {
        // Stored by the app as JSON; anything else is kept as the text it is.
        const QByteArray wrapped = "[" + value.toString().toUtf8() + "]";
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
        if (doc.isArray() && doc.array().size() == 1)
            return doc.array().first();
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

/// @p sql with the pupil's id bound to :p (and :p2, a placeholder may be bound only once).
SqlQuery pupilQuery(const QSqlDatabase &db, const QString &sql, const QString &personId)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":p"), personId);
    if (sql.contains(QLatin1String(":p2")))
        q.bind(QStringLiteral(":p2"), personId);
    return q;
}

/// Every row of @p sql (see pupilQuery) as JSON objects keyed by column name.
Result<QJsonArray> rows(const QSqlDatabase &db, const QString &sql, const QString &personId)
{
    SqlQuery q = pupilQuery(db, sql, personId);
    if (auto s = q.exec(); !s)
        return Result<QJsonArray>::failure(s.error());
    QJsonArray list;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            // A server's explicit insertion order (SQLite keeps it hidden): not the pupil's data.
            if (record.fieldName(i) == QLatin1String("rowid"))
                continue;
            row.insert(record.fieldName(i), columnValue(record.fieldName(i), record.value(i)));
        }
        list.append(row);
    }
    return list;
}

} // namespace

PupilData::PupilData(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Status PupilData::requirePupil(const QString &personId) const
{
    auto role = SqlQuery(m_db.sql(), QStringLiteral("SELECT role FROM person WHERE id = :id"))
                    .bind(QStringLiteral(":id"), personId)
                    .scalar();
    if (!role)
        return Status::failure(role.error());
    if (role->isNull())
        return Status::failure(tr("There is no pupil with the id %1.").arg(personId));
    if (role->toString() != QLatin1String("pupil"))
        return Status::failure(tr("Only a pupil's data can be exported or erased here."));
    return {};
}

Result<QStringList> PupilData::personTables() const
{
    using R = Result<QStringList>;
    SqlQuery q(m_db.sql(), m_db.isServer()
                               ? QStringLiteral("SELECT table_name FROM information_schema.columns WHERE "
                                                "table_schema = current_schema() AND column_name = 'person_id' "
                                                "ORDER BY table_name")
                               : QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                                                "EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                                                "WHERE c.name = 'person_id') ORDER BY m.name"));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

Result<QJsonObject> PupilData::exportPupil(const Session &session, const QString &personId) const
{
    using R = Result<QJsonObject>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    if (auto s = requirePupil(personId); !s)
        return R::failure(s.error());

    // What each part holds; each is a plain query on the pupil's id.
    const QList<std::pair<QString, QString>> parts {
        { QStringLiteral("person"), QStringLiteral("SELECT * FROM person WHERE id = :p") },
        { QStringLiteral("class_member"),
          QStringLiteral("SELECT m.*, c.name AS class_name FROM class_member m "
                         "JOIN school_class c ON c.id = m.class_id WHERE m.person_id = :p ORDER BY c.name") },
        { QStringLiteral("attempt"), QStringLiteral("SELECT * FROM attempt WHERE person_id = :p ORDER BY finished_at, id") },
        { QStringLiteral("mastery"), QStringLiteral("SELECT * FROM mastery WHERE person_id = :p ORDER BY domain, stage") },
        { QStringLiteral("artifact"), QStringLiteral("SELECT * FROM artifact WHERE person_id = :p ORDER BY created_at, id") },
        { QStringLiteral("feedback"),
          QStringLiteral("SELECT f.*, p.display_name AS author_name FROM feedback f "
                         "JOIN artifact a ON a.id = f.artifact_id LEFT JOIN person p ON p.id = f.author_id "
                         "WHERE a.person_id = :p ORDER BY f.created_at, f.id") },
        { QStringLiteral("assignment_pupil"),
          QStringLiteral("SELECT ap.*, a.class_id, a.created_at, a.due_on FROM assignment_pupil ap "
                         "JOIN assignment a ON a.id = ap.assignment_id WHERE ap.person_id = :p "
                         "ORDER BY a.created_at, a.id") },
        // Staff tables (training of educators): a pupil never has rows there, listed so the
        // export provably covers every table that refers to a person.
        { QStringLiteral("educator"), QStringLiteral("SELECT * FROM educator WHERE person_id = :p") },
        { QStringLiteral("signing_key"),
          QStringLiteral("SELECT person_id, granted_by, granted_at FROM signing_key WHERE person_id = :p") },
        { QStringLiteral("audit_log"),
          QStringLiteral("SELECT * FROM audit_log WHERE subject = :p OR subject IN "
                         "(SELECT id FROM artifact WHERE person_id = :p2) ORDER BY at, id") },
    };
    QJsonObject tables;
    for (const auto &[name, sql] : parts) {
        auto list = rows(m_db.sql(), sql, personId);
        if (!list)
            return R::failure(list.error());
        tables.insert(name, list.value());
    }
    // A table added later that refers to people must be exported too: fail loudly rather than
    // hand a parent an incomplete file.
    auto referring = personTables();
    if (!referring)
        return R::failure(referring.error());
    for (const QString &table : referring.value()) {
        if (!tables.contains(table))
            return R::failure(tr("The export does not cover the table %1 yet; please report this.").arg(table));
    }
    // Attempts still waiting in the local journal (the database was busy when they were made).
    const AttemptJournal journal(AttemptJournal::pathFor(m_db.location()));
    auto pending = journal.entries();
    if (!pending)
        return R::failure(pending.error());
    QJsonArray waiting;
    for (const AttemptJournal::Entry &entry : pending.value()) {
        if (journalPupil(entry) == personId)
            waiting.append(QJsonDocument::fromJson(AttemptJournal::toLine(entry)).object());
    }
    tables.insert(QStringLiteral("pending_attempt"), waiting);

    QJsonObject document { { QStringLiteral("format"), QStringLiteral("stages-pupil-export") },
                           { QStringLiteral("version"), kFormatVersion },
                           { QStringLiteral("exportedAt"), toDbTime(m_clock.now()) },
                           { QStringLiteral("exportedBy"), session.displayName },
                           { QStringLiteral("tables"), tables } };
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("pupil.export"), personId); !s)
        return R::failure(s.error());
    return document;
}

Result<int> PupilData::deleteRows(const QSqlDatabase &db, const QString &personId)
{
    SqlQuery audit = pupilQuery(db, QStringLiteral("DELETE FROM audit_log WHERE subject = :p OR subject IN "
                                                   "(SELECT id FROM artifact WHERE person_id = :p2)"),
                                personId);
    if (auto s = audit.exec(); !s)
        return Result<int>::failure(s.error());
    // The rest follows by ON DELETE CASCADE: classes, attempts, mastery, work and its comments.
    SqlQuery person = pupilQuery(db, QStringLiteral("DELETE FROM person WHERE id = :p"), personId);
    if (auto s = person.exec(); !s)
        return Result<int>::failure(s.error());
    return person.rowsAffected();
}

Status PupilData::erasePupil(const Session &session, const QString &personId)
{
    if (auto s = require(session, Capability::ManagePupils); !s)
        return s;
    if (auto s = requirePupil(personId); !s)
        return s;
    const QSqlDatabase db = m_db.sql();
    auto eraseRows = [&]() -> Status {
        Transaction tx(db);
        if (auto s = tx.status(); !s)
            return s;
        if (auto s = deleteRows(db, personId); !s)
            return Status::from(s);
        // Only that an erase happened, by whom and when: no name, no id.
        if (auto s = AuditLog::record(db, m_clock.now(), session, QStringLiteral("pupil.erase")); !s)
            return s;
        return tx.commit();
    };
    // Overwrite deleted content in the file instead of leaving it in free pages. (A server
    // reclaims deleted rows with its own VACUUM.)
    const bool file = !m_db.isServer();
    if (file) {
        if (auto s = SqlQuery(db, QStringLiteral("PRAGMA secure_delete = ON")).exec(); !s)
            return s;
    }
    const Status result = eraseRows();
    if (file)
        (void)SqlQuery(db, QStringLiteral("PRAGMA secure_delete = OFF")).exec();
    // Let the erased pages leave the write-ahead log too; a reader may hold it, which is harmless.
    if (!result)
        return result;
    if (file)
        (void)SqlQuery(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    // Attempts still waiting in the local journal would bring the pupil back: drop them.
    AttemptJournal journal(AttemptJournal::pathFor(m_db.location()));
    if (auto left = journal.replay([&](const AttemptJournal::Entry &e) { return journalPupil(e) == personId; }); !left)
        return Status::failure(tr("The pupil is erased from the database, but their unsaved answers in %1 could not "
                                  "be removed: %2").arg(journal.path(), left.error()));
    return result;
}

} // namespace stages
