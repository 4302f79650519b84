// A school server's harder cases (issue 13, points 5-6 and deletions): bundles carried by USB
// from a PC without network, deletions (a pupil moved or erased) and the training tables
// reaching the other PCs, and "demo attempts" written through a PC's outbox. Against a real
// PostgreSQL server on loopback.
#include "support/stagesctlrun.h"
#include "support/syncpc.h"
#include "support/testdatabase.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/pupiladmin.h"
#include "core/privacy/pupildata.h"
#include "core/school/classservice.h"
#include "core/sync/syncbundle.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stages;
using test::attempt;
using test::count;
using test::Pc;

namespace {

const QStringList kCounted { QStringLiteral("school"),       QStringLiteral("school_class"), QStringLiteral("person"),
                             QStringLiteral("class_member"), QStringLiteral("attempt"),      QStringLiteral("mastery"),
                             QStringLiteral("artifact"),     QStringLiteral("feedback"),     QStringLiteral("educator"),
                             QStringLiteral("evidence"),     QStringLiteral("certificate") };

/// How many rows each shared table has, and the sum of mastery's attempts.
QStringList tally(Database &db)
{
    QStringList counts;
    for (const QString &table : kCounted)
        counts.append(table + QLatin1Char('=')
                      + QString::number(count(db, QStringLiteral("SELECT COUNT(*) FROM ") + table)));
    counts.append(QStringLiteral("mastered=")
                  + QString::number(count(db, QStringLiteral("SELECT COALESCE(SUM(attempts), 0) FROM mastery"))));
    return counts;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// A bundle document changed by a test, with its checksum made right again (as a forger would).
QByteArray resealed(QJsonObject document)
{
    const QJsonArray changes = document.value(QStringLiteral("changes")).toArray();
    document.insert(QStringLiteral("checksum"),
                    QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(changes).toJson(QJsonDocument::Compact),
                                                                 QCryptographicHash::Sha256)
                                            .toHex()));
    return QJsonDocument(document).toJson();
}

} // namespace

class TestSyncBundle : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    QString m_database;
    std::unique_ptr<Database> m_server;
    QString m_appUrl;
    QTemporaryDir m_files;

    /// A PC of the school with @p n attempts of Pia waiting in its outbox (the server has none).
    Session pcWithAttempts(Pc &pc, const test::SmallSchool &school, int n)
    {
        if (!pc.agent->pull())
            qFatal("pull failed");
        const Session pia = AccountService(*pc.db, m_clock)
                                .signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures())
                                .value();
        AttemptService attempts(*pc.db, m_clock);
        for (int i = 0; i < n; ++i) {
            if (!attempts.record(pia, attempt(i, i % 3 != 0)))
                qFatal("record failed");
        }
        return pia;
    }

    test::StagesctlRun exportBundle(const Pc &pc, const QString &file, const QStringList &extra = {})
    {
        // No --db: a PC without network knows its server and queue from its cache.
        return test::stagesctl(QStringList { QStringLiteral("--local-cache"), pc.cachePath(), QStringLiteral("sync"),
                                             QStringLiteral("export"), QStringLiteral("--out"), file }
                               + extra);
    }

    test::StagesctlRun importBundle(const QString &file)
    {
        return test::stagesctl(
            { QStringLiteral("--db"), m_appUrl, QStringLiteral("sync"), QStringLiteral("import"), file });
    }

private slots:
    void initTestCase()
    {
        qputenv("STAGES_TEST_BACKEND", "postgresql");
        STAGES_SKIP_WITHOUT_TEST_BACKEND();
    }

    void init()
    {
        m_database = test::TestDatabase::createServerDatabase();
        Database::Options options;
        options.migrateServer = true;
        m_server = Database::open(test::TestDatabase::serverUrlOf(m_database), options).value();
        test::grantApp(*m_server);
        m_appUrl = test::TestDatabase::serverUrlOf(m_database, QStringLiteral("stages_app"));
    }

    void cleanup()
    {
        m_server.reset();
        test::TestDatabase::runAsOwner(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                                       false);
    }

    // A PC without network: its changes go by USB. Importing the bundle twice, and pushing the
    // same changes later, leaves the server as the first import did.
    void bundleImportedTwiceChangesNothing()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock);
        pcWithAttempts(a, school, 12);
        // The teacher renamed the class on that PC too.
        QSqlQuery rename(a.db->sql());
        QVERIFY(rename.exec(
            QStringLiteral("UPDATE school_class SET name = '1.A Owls' WHERE id = '%1'").arg(school.classId)));
        const qint64 queued = a.agent->status(false).value().pending;
        QVERIFY(queued >= 13);

        const QString file = m_files.filePath(QStringLiteral("pc-a.stagesbundle"));
        test::StagesctlRun run = exportBundle(a, file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("stay queued")), qPrintable(run.out));
        QCOMPARE(a.agent->status(false).value().pending, queued); // export loses nothing from the queue
        const QJsonObject document = QJsonDocument::fromJson(readFile(file)).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("stages-sync-bundle"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), SyncBundle::kFormatVersion);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);

        run = importBundle(file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("0 row(s) of erased pupils")), qPrintable(run.out));
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 12);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 12);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM school_class WHERE name = '1.A Owls'")), 1);
        const QStringList afterFirst = tally(*m_server);

        run = importBundle(file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(tally(*m_server), afterFirst);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(DISTINCT id) FROM attempt")), 12);

        // The PC gets its network back: its queue, still there, is pushed; nothing doubles.
        VERIFY_OK(a.agent->push());
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(tally(*m_server), afterFirst);

        // --forget takes the exported changes out of the queue.
        AttemptService attempts(*a.db, m_clock);
        const Session pia = AccountService(*a.db, m_clock)
                                .signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures())
                                .value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(attempts.record(pia, attempt(100 + i)).ok());
        QVERIFY(a.agent->status(false).value().pending >= 3);
        const QString second = m_files.filePath(QStringLiteral("pc-a-2.stagesbundle"));
        run = exportBundle(a, second, { QStringLiteral("--forget") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QVERIFY2(importBundle(second).exitCode == 0, "second bundle");
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 15);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 15);
    }

    // The other direction: the server's news reaches a PC without network by USB, as a pull
    // would bring it, once; the PC's cursors advance so that a later pull brings nothing twice.
    void serverBundleReachesOfflinePc()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock);
        pcWithAttempts(a, school, 9);
        VERIFY_OK(a.agent->push());
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 9);

        const QString file = m_files.filePath(QStringLiteral("server.stagesbundle"));
        test::StagesctlRun run = test::stagesctl(
            { QStringLiteral("--db"), m_appUrl, QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"), file });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(readFile(file)).object().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("server"));

        Pc b(m_appUrl, m_clock); // never reached the server
        const auto importIntoB = [&b](const QString &path) {
            return test::stagesctl({ QStringLiteral("--local-cache"), b.cachePath(), QStringLiteral("sync"),
                                     QStringLiteral("import"), path });
        };
        const QStringList before = tally(*b.db);

        // A damaged bundle and a PC's bundle are refused, and nothing changes.
        QByteArray damaged = readFile(file);
        damaged.replace("combinatorics", "combinatorixx");
        const QString bad = m_files.filePath(QStringLiteral("damaged.stagesbundle"));
        writeFile(bad, damaged);
        run = importIntoB(bad);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        const Session pia = AccountService(*a.db, m_clock)
                                .signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures())
                                .value();
        QVERIFY(AttemptService(*a.db, m_clock).record(pia, attempt(50)).ok());
        const QString pcFile = m_files.filePath(QStringLiteral("pc.stagesbundle"));
        QVERIFY2(exportBundle(a, pcFile).exitCode == 0, "pc export");
        run = importIntoB(pcFile);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("PC's changes")), qPrintable(run.err));
        QCOMPARE(tally(*b.db), before);

        run = importIntoB(file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 9);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COALESCE(SUM(attempts), 0) FROM mastery")), 9);
        QCOMPARE(b.agent->status(false).value().pending, 0); // nothing of it goes back
        const auto signedIn = AccountService(*b.db, m_clock)
                                  .signInWithPictures(school.pupilId, test::SmallSchool::pupilPictures());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        const QStringList once = tally(*b.db);

        run = importIntoB(file);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(tally(*b.db), once);

        // B online again: the cursors are right, a pull brings nothing twice; B's work pushes.
        QCOMPARE(b.agent->pull().value(), 0);
        AttemptService onB(*b.db, m_clock);
        for (int i = 0; i < 2; ++i)
            QVERIFY(onB.record(*signedIn, attempt(200 + i)).ok());
        QVERIFY(b.agent->status(false).value().pending >= 2);
        VERIFY_OK(b.agent->push());
        QCOMPARE(b.agent->status(false).value().pending, 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 11);
        VERIFY_OK(b.agent->pull());
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 11);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COALESCE(SUM(attempts), 0) FROM mastery")), 11);
    }

    // A damaged, foreign, newer or inconsistent bundle is refused with a clear message, and
    // nothing of it reaches the server.
    void badBundleIsRefusedWhole()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock);
        pcWithAttempts(a, school, 6);
        const QString file = m_files.filePath(QStringLiteral("good.stagesbundle"));
        QCOMPARE(exportBundle(a, file).exitCode, 0);
        const QByteArray good = readFile(file);
        const QJsonObject document = QJsonDocument::fromJson(good).object();
        const QStringList before = tally(*m_server);

        struct Case
        {
            const char *name;
            QByteArray bytes;
            const char *says;
        };
        QByteArray flipped = good;
        flipped.replace("comb/x/build-all/s3", "comb/x/build-all/s4"); // a changed answer: the checksum
        QJsonObject newer = document;
        newer.insert(QStringLiteral("version"), SyncBundle::kFormatVersion + 1);
        QJsonObject other = document;
        other.insert(QStringLiteral("format"), QStringLiteral("stages-pupil-export"));
        QJsonObject newerSchema = document;
        newerSchema.insert(QStringLiteral("schema"), 999);
        // The last attempt names a pupil the server never had: the others must not stay either.
        QJsonObject orphan = document;
        QJsonArray changes = orphan.value(QStringLiteral("changes")).toArray();
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            QJsonObject c = changes.at(i).toObject();
            if (c.value(QStringLiteral("table")).toString() != QLatin1String("attempt"))
                continue;
            QJsonObject row = c.value(QStringLiteral("row")).toObject();
            row.insert(QStringLiteral("person_id"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
            c.insert(QStringLiteral("row"), row);
            c.remove(QStringLiteral("owner"));
            changes.replace(i, c);
            break;
        }
        orphan.insert(QStringLiteral("changes"), changes);
        const QList<Case> cases {
            { "not JSON", QByteArray("PK\x03\x04 this is a zip"), "not a Stages sync bundle" },
            { "cut short", good.left(good.size() / 2), "damaged" },
            { "changed", flipped, "checksum does not match" },
            { "newer format", QJsonDocument(newer).toJson(), "newer Stages" },
            { "another kind of file", QJsonDocument(other).toJson(), "not a Stages sync bundle" },
            { "newer schema", QJsonDocument(newerSchema).toJson(), "newer Stages" },
            { "refers to nobody", resealed(orphan), "nothing of it was" },
        };
        for (const Case &c : cases) {
            const QString path = m_files.filePath(QStringLiteral("bad.stagesbundle"));
            writeFile(path, c.bytes);
            const test::StagesctlRun run = importBundle(path);
            QVERIFY2(run.exitCode == 1, c.name);
            QVERIFY2(run.err.contains(QLatin1String(c.says)),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + run.err));
            QCOMPARE(tally(*m_server), before);
        }
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
        // The good one still goes in.
        QCOMPARE(importBundle(file).exitCode, 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 6);
    }

    // A pupil moved to another class, and back; then erased. Each reaches the server and the
    // other PC, and a PC that was offline during the erase cannot bring her attempts back.
    void deletionsReachTheOtherPcs()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock), offline(m_appUrl, m_clock);
        pcWithAttempts(a, school, 9);
        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->pull());
        const Session piaOffline = pcWithAttempts(offline, school, 0);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 9);

        const auto classesOf = [&](Database &db) {
            SqlQuery q(db.sql(),
                       QStringLiteral("SELECT c.name FROM class_member m JOIN school_class c ON c.id = m.class_id"
                                      " WHERE m.person_id = :p ORDER BY c.name"));
            q.bind(QStringLiteral(":p"), school.pupilId);
            QStringList names;
            if (q.exec())
                while (q.next())
                    names.append(q.value(0).toString());
            return names;
        };
        const QString otherClass
            = ClassService(*a.db, m_clock).addClass(school.admin, QStringLiteral("2.B")).value().id;
        PupilAdmin admin(*a.db, m_clock);
        VERIFY_OK(admin.edit(school.admin, school.pupilId, QStringLiteral("Pia Pupil"), otherClass));
        VERIFY_OK(a.agent->push());
        QCOMPARE(classesOf(*m_server), QStringList { QStringLiteral("2.B") });
        VERIFY_OK(b.agent->pull());
        QCOMPARE(classesOf(*b.db), QStringList { QStringLiteral("2.B") });
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0); // applied deletions are not sent back
        // And back into 1.A: the old deletion does not undo the move.
        VERIFY_OK(admin.edit(school.admin, school.pupilId, QStringLiteral("Pia Pupil"), school.classId));
        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->pull());
        QCOMPARE(classesOf(*m_server), QStringList { QStringLiteral("1.A") });
        QCOMPARE(classesOf(*b.db), QStringList { QStringLiteral("1.A") });

        // Meanwhile a PC without network recorded more of her work.
        AttemptService offlineAttempts(*offline.db, m_clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(offlineAttempts.record(piaOffline, attempt(50 + i)).ok());

        // Her parents ask for her data to be erased; the admin does it on PC a.
        VERIFY_OK(PupilData(*a.db, m_clock).erasePupil(school.admin, school.pupilId));
        VERIFY_OK(a.agent->push());
        const QString pia = QStringLiteral("'%1'").arg(school.pupilId);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ") + pia), 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE person_id = ") + pia), 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM mastery WHERE person_id = ") + pia), 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM class_member WHERE person_id = ") + pia), 0);
        VERIFY_OK(b.agent->pull());
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ") + pia), 0);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM mastery")), 0);

        // The offline PC comes back: its queue drains, and nothing of hers is written again.
        const Result<int> late = offline.agent->push();
        QVERIFY2(late.ok(), qPrintable(late.error()));
        QCOMPARE(offline.agent->status(false).value().pending, 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ") + pia), 0);
        VERIFY_OK(offline.agent->pull());
        QCOMPARE(count(*offline.db, QStringLiteral("SELECT COUNT(*) FROM attempt")), 0);
        QCOMPARE(count(*offline.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ") + pia), 0);
    }

    // The trainer's area: educators, hours, observed lessons, the signing key and certificates
    // made on one PC reach the other; a removal of evidence there comes back.
    void trainingRowsReachTheOtherPc()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const QString password = QString::fromLatin1(test::SmallSchool::kPassword);
        SigningKeys keysA(*a.db, m_clock, WrappedKey::Cost::minimum());
        TrainingService trainingA(*a.db, m_clock, keysA);
        VERIFY_OK(keysA.create(school.admin, password));
        const Educator tia = trainingA.addEducator(school.admin, { {}, school.trainer.personId, {}, {} }).value();
        VERIFY_OK(trainingA.recordFoundingTrainer(school.admin, tia.id, password));
        const Educator tom = trainingA.addEducator(school.trainer, { {}, school.teacher.personId, {}, {} }).value();
        NewEvidence hours {
            tom.id, QStringLiteral("stages-teacher"), RequirementKind::WorkshopHours, 6, {}, {}, {}, {}
        };
        const EvidenceRecord workshop = trainingA.addEvidence(school.trainer, hours).value();
        NewEvidence lesson {
            tom.id, QStringLiteral("stages-teacher"), RequirementKind::ObservedLessons, 0, { 3, 3, 4, 3 }, {}, {}, {}
        };
        VERIFY_OK(trainingA.addEvidence(school.trainer, lesson));
        VERIFY_OK(a.agent->push());
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM educator")), 2);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM evidence")), 2);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM certificate")), 1);

        VERIFY_OK(b.agent->pull());
        SigningKeys keysB(*b.db, m_clock, WrappedKey::Cost::minimum());
        TrainingService trainingB(*b.db, m_clock, keysB);
        QCOMPARE(trainingB.educators(school.trainer).value().size(), 2);
        QCOMPARE(trainingB.evidence(school.trainer, tom.id, QStringLiteral("stages-teacher")).value().size(), 2);
        QCOMPARE(trainingB.certificates(school.admin).value().size(), 1);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM signing_key_public")), 1);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM signing_key")), 1);
        QCOMPARE(trainingB.progress(school.trainer, tom.id, QStringLiteral("stages-teacher"))
                     .value()
                     .requirements.at(0)
                     .achieved,
                 6.0);

        // On b the workshop hours are removed (a mistake); a's later correction-free copy does
        // not bring them back, and a sees the removal.
        VERIFY_OK(trainingB.removeEvidence(school.trainer, workshop.id, QStringLiteral("entered twice")));
        VERIFY_OK(b.agent->push());
        QSqlQuery touch(a.db->sql()); // a re-sends its old copy of the row
        QVERIFY(
            touch.exec(QStringLiteral("INSERT INTO outbox (tbl, row_key) VALUES ('evidence', '%1')").arg(workshop.id)));
        VERIFY_OK(a.agent->push());
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM evidence WHERE removed_at IS NOT NULL")), 1);
        VERIFY_OK(a.agent->pull());
        QCOMPARE(trainingA.evidence(school.trainer, tom.id, QStringLiteral("stages-teacher")).value().size(), 1);
    }

    // `demo attempts` on a PC of a school server writes into its cache through the outbox, as
    // the pupil screens do; `sync push` sends each attempt once.
    void demoAttemptsGoThroughTheOutbox()
    {
        test::SmallSchool school(*m_server, m_clock);
        const QString cache = m_files.filePath(QStringLiteral("demo-pc.sqlite"));
        const QStringList pc { QStringLiteral("--db"), m_appUrl, QStringLiteral("--local-cache"), cache };
        test::StagesctlRun run = test::stagesctl(pc
                                                 + QStringList { QStringLiteral("demo"), QStringLiteral("attempts"),
                                                                 QStringLiteral("--pupils"), QStringLiteral("1"),
                                                                 QStringLiteral("--count"), QStringLiteral("25") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral("saved\t")), 25);
        QVERIFY2(run.out.contains(QStringLiteral("wait in this PC's outbox")), qPrintable(run.out));
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")),
                 0); // not written to the server directly
        {
            auto local = Database::open(cache).value();
            QCOMPARE(count(*local, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE tbl = 'attempt'")), 25);
        }
        run = test::stagesctl(pc + QStringList { QStringLiteral("sync"), QStringLiteral("push") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 25);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(DISTINCT id) FROM attempt")), 25);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 25);
        // A second round: pushed and also carried in a bundle; still each exactly once.
        run = test::stagesctl(pc
                              + QStringList { QStringLiteral("demo"), QStringLiteral("attempts"),
                                              QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--seed"),
                                              QStringLiteral("2") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString file = m_files.filePath(QStringLiteral("demo.stagesbundle"));
        run = test::stagesctl({ QStringLiteral("--local-cache"), cache, QStringLiteral("sync"),
                                QStringLiteral("export"), QStringLiteral("--out"), file });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(importBundle(file).exitCode, 0);
        QCOMPARE(test::stagesctl(pc + QStringList { QStringLiteral("sync"), QStringLiteral("push") }).exitCode, 0);
        QCOMPARE(importBundle(file).exitCode, 0);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT COUNT(*) FROM attempt")), 30);
        QCOMPARE(count(*m_server, QStringLiteral("SELECT SUM(attempts) FROM mastery")), 30);
        QCOMPARE(school.pupilId.isEmpty(), false);
    }
};

QTEST_MAIN(TestSyncBundle)
#include "tst_syncbundle.moc"
