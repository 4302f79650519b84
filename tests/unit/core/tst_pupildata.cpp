// PupilData on a real SQLite file: a parent's request for everything stored about their child
// (export) and for erasing it (issue 9, point 15).

#include "core/privacy/pupildata.h"
#include "core/progress/artifactservice.h"
#include "core/progress/attemptjournal.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

AttemptRecord work(const QString &exerciseId, bool withArtifact)
{
    AttemptRecord a;
    a.exerciseId = exerciseId;
    a.domain = QStringLiteral("music");
    a.stage = 2;
    a.score = 0.5;
    a.success = true;
    a.answer = QJsonArray { 1, 2, 3 };
    if (withArtifact)
        a.artifact = AttemptRecord::Artifact { QStringLiteral("melody"), QStringLiteral("Pia's tune"),
                                               { { QStringLiteral("notes"), QJsonArray { 60, 62 } } } };
    return a;
}

int count(Database &db, const QString &sql, const QString &id)
{
    SqlQuery q(db.sql(), sql);
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

} // namespace

class TestPupilData : public QObject
{
    Q_OBJECT

    /// Pia with attempts, a piece of work with a teacher's comment, and Olga in another class.
    struct School
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool small { *t.db, clock };
        QString olgaId;
        QString piaWork;

        School()
        {
            AccountService accounts(*t.db, clock);
            ClassService classes(*t.db, clock);
            classes.addClass(small.admin, QStringLiteral("2.B")).value();
            olgaId = accounts.addPerson(small.admin, { Role::Pupil, QStringLiteral("Olga Other"), {}, {}, { 1, 2, 3 }, 0,
                                                       QStringLiteral("2.B") })
                         .value()
                         .id;
            const Session olga = accounts.signInWithPictures(olgaId, { 1, 2, 3 }).value();
            AttemptService attempts(*t.db, clock);
            attempts.record(small.pupil, work(QStringLiteral("music/a"), false)).value();
            clock.advance(1000);
            piaWork = attempts.record(small.pupil, work(QStringLiteral("music/b"), true)).value().artifactId;
            attempts.record(olga, work(QStringLiteral("music/a"), true)).value();
            ArtifactService(*t.db, clock).addFeedback(small.teacher, piaWork, QStringLiteral("Lovely tune!")).value();
        }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // a server's journal lives in the app-data folder
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
    }
    void exportHoldsEveryRowAboutThePupilAndNoSecret()
    {
        School s;
        PupilData data(*s.t.db, s.clock);
        const auto exported = data.exportPupil(s.small.teacher, s.small.pupilId);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        const QJsonObject tables = exported->value(QStringLiteral("tables")).toObject();

        // Every table with a person_id column is covered (checked against the schema, so a new
        // table cannot be forgotten silently).
        const auto referring = data.personTables();
        QVERIFY(referring.ok());
        QVERIFY(referring->contains(QStringLiteral("attempt")));
        for (const QString &table : referring.value())
            QVERIFY2(tables.contains(table), qPrintable(table));

        QCOMPARE(tables.value(QStringLiteral("person")).toArray().size(), 1);
        const QJsonObject person = tables.value(QStringLiteral("person")).toArray().at(0).toObject();
        QCOMPARE(person.value(QStringLiteral("display_name")).toString(), QStringLiteral("Pia Pupil"));
        // The picture password is there only as "set"; its hash never leaves the database.
        QCOMPARE(person.value(QStringLiteral("picture_hash")), QJsonValue(true));
        QCOMPARE(tables.value(QStringLiteral("attempt")).toArray().size(), 2);
        QCOMPARE(tables.value(QStringLiteral("attempt")).toArray().at(0).toObject().value(QStringLiteral("answer")),
                 QJsonValue(QJsonArray { 1, 2, 3 }));
        QCOMPARE(tables.value(QStringLiteral("artifact")).toArray().size(), 1); // not Olga's
        const QJsonObject comment = tables.value(QStringLiteral("feedback")).toArray().at(0).toObject();
        QCOMPARE(comment.value(QStringLiteral("body")).toString(), QStringLiteral("Lovely tune!"));
        QCOMPARE(comment.value(QStringLiteral("author_name")).toString(), QStringLiteral("Tom Teacher"));
        QCOMPARE(tables.value(QStringLiteral("class_member")).toArray().at(0).toObject().value(QStringLiteral("class_name")),
                 QJsonValue(QStringLiteral("1.A")));
        QVERIFY(!tables.value(QStringLiteral("mastery")).toArray().isEmpty());
        // Only Pia's rows: nothing mentions Olga.
        QVERIFY(!QJsonDocument(exported.value()).toJson().contains(s.olgaId.toUtf8()));
        // The export itself is audited.
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'pupil.export' AND subject = :id"),
                       s.small.pupilId),
                 1);
    }

    void exportIncludesAttemptsStillWaitingInTheJournal()
    {
        School s;
        AttemptJournal journal(AttemptJournal::pathFor(s.t.db->location()));
        AttemptRecord waiting = work(QStringLiteral("music/waiting"), false);
        waiting.id = QStringLiteral("waiting-1");
        waiting.finishedAt = s.clock.now();
        QVERIFY(journal.append({ s.small.pupil, waiting }).ok());
        const auto exported = PupilData(*s.t.db, s.clock).exportPupil(s.small.teacher, s.small.pupilId);
        QVERIFY(exported.ok());
        const QJsonArray pending = exported->value(QStringLiteral("tables")).toObject().value(QStringLiteral("pending_attempt")).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("waiting-1"));
    }

    void onlyTeachersAndAdminsMayExportAndErase()
    {
        School s;
        PupilData data(*s.t.db, s.clock);
        QVERIFY(!data.exportPupil(s.small.pupil, s.small.pupilId).ok());
        QVERIFY(!data.exportPupil(s.small.trainer, s.small.pupilId).ok());
        QVERIFY(!data.erasePupil(s.small.pupil, s.small.pupilId).ok());
        QVERIFY(!data.erasePupil(s.small.trainer, s.small.pupilId).ok());
        QVERIFY(data.exportPupil(s.small.admin, s.small.pupilId).ok());
        // Staff accounts are not handled here, and an unknown id is an error.
        QVERIFY(!data.exportPupil(s.small.admin, s.small.admin.personId).ok());
        QVERIFY(!data.erasePupil(s.small.admin, s.small.teacher.personId).ok());
        QVERIFY(!data.erasePupil(s.small.admin, QStringLiteral("no-such-id")).ok());
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = :id"), s.small.pupilId), 1);
    }

    void eraseRemovesEverythingAndLeavesOnlyThatItHappened()
    {
        School s;
        PupilData data(*s.t.db, s.clock);
        QVERIFY(data.exportPupil(s.small.teacher, s.small.pupilId).ok()); // an audit entry about Pia
        AttemptJournal journal(AttemptJournal::pathFor(s.t.db->location()));
        AttemptRecord piaWaiting = work(QStringLiteral("music/waiting"), false);
        piaWaiting.id = QStringLiteral("pia-waiting");
        piaWaiting.finishedAt = s.clock.now();
        AttemptRecord olgaWaiting = piaWaiting;
        olgaWaiting.id = QStringLiteral("olga-waiting");
        olgaWaiting.personId = s.olgaId;
        QVERIFY(journal.append({ s.small.pupil, piaWaiting }).ok());
        QVERIFY(journal.append({ s.small.admin, olgaWaiting }).ok());

        s.clock.advance(5000);
        const Status erased = data.erasePupil(s.small.teacher, s.small.pupilId);
        QVERIFY2(erased.ok(), qPrintable(erased.error()));

        const auto tables = data.personTables();
        QVERIFY(tables.ok());
        for (const QString &table : tables.value())
            QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE person_id = :id").arg(table), s.small.pupilId), 0);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = :id"), s.small.pupilId), 0);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM artifact WHERE id = :id"), s.piaWork), 0);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE artifact_id = :id"), s.piaWork), 0);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = :id OR subject = '%1'").arg(s.piaWork),
                       s.small.pupilId),
                 0);
        // The audit log says an erase happened, by whom and when, and nothing about whom.
        SqlQuery q(s.t.db->sql(), QStringLiteral("SELECT actor_id, subject, at FROM audit_log WHERE action = 'pupil.erase'"));
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), s.small.teacher.personId);
        QVERIFY(q.value(1).isNull() || q.value(1).toString().isEmpty());
        QVERIFY(!q.value(2).toString().isEmpty());
        QVERIFY(!q.next());
        // Olga keeps everything, including her waiting attempt; Pia's waiting attempt is gone.
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE person_id = :id"), s.olgaId), 1);
        const auto left = journal.entries();
        QVERIFY(left.ok());
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->at(0).attempt.id, QStringLiteral("olga-waiting"));
    }

    void erasedNameIsGoneFromTheFile()
    {
        School s;
        const QByteArray name("Pia Pupil");
        QVERIFY(PupilData(*s.t.db, s.clock).erasePupil(s.small.admin, s.small.pupilId).ok());
        if (s.t.db->isServer()) {
            // No file here: the server reclaims erased rows with its own VACUUM. No row names her.
            QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE display_name = :id"),
                           QString::fromLatin1(name)), 0);
            QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = :id"), s.small.pupilId), 0);
            return;
        }
        for (const QString &path : QStringList { s.t.path(), s.t.path() + QStringLiteral("-wal") }) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(name), qPrintable(path));
            QVERIFY2(!bytes.contains(s.small.pupilId.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestPupilData)
#include "tst_pupildata.moc"
