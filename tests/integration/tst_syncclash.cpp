// Unique keys besides the UUIDs (issue 13): two PCs that worked offline both made class "3.A",
// gave the staff login "novak", or made the same person an educator. Neither PC's queue may stay
// stuck and nothing may be lost; the second row is kept under another name (SyncClash), the
// rename reaches both PCs and staff learn about it. Against a real PostgreSQL server on loopback,
// by push and by a USB bundle.
#include "support/stagesctlrun.h"
#include "support/syncpc.h"
#include "support/testdatabase.h"

#include "core/accounts/accountservice.h"
#include "core/school/classservice.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stages;
using test::count;
using test::Pc;

namespace {

/// The names of the classes of @p db with the display names of their members, sorted:
/// "3.A: Ana Arrow", "3.A (2): Ben Bow".
QStringList classesWithMembers(Database &db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT c.name, p.display_name FROM school_class c"
                                        " JOIN class_member m ON m.class_id = c.id JOIN person p ON p.id = m.person_id"
                                        " WHERE c.name LIKE '3.A%' ORDER BY c.name, p.display_name"));
    QStringList list;
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString());
    }
    return list;
}

/// Login -> display name of the staff called "... Novak" in @p db, sorted by login.
QStringList novaks(Database &db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT login, display_name FROM person WHERE display_name LIKE '%Novak'"
                                        " ORDER BY login"));
    QStringList list;
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toString() + QStringLiteral(" = ") + q.value(1).toString());
    }
    return list;
}

qint64 audited(Database &db, const QString &action)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
    q.bind(QStringLiteral(":a"), action);
    return q.scalar().value().toLongLong();
}

NewPerson pupilIn(const QString &name, const QString &className)
{
    return { Role::Pupil, name, {}, {}, { 1, 2, 3 }, {}, className };
}

NewPerson staff(const QString &name, const QString &login)
{
    return { Role::Teacher, name, login, QStringLiteral("pass-%1-123").arg(login.size()), {}, 0, {} };
}

} // namespace

class TestSyncClash : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    QString m_database;
    std::unique_ptr<Database> m_server;
    QString m_appUrl;
    QTemporaryDir m_files;

    test::StagesctlRun stagesctl(const QStringList &args) { return test::stagesctl(args); }

    /// Class "3.A" with pupil @p pupil made on @p pc (offline: nothing is pushed); its id.
    QString classOnPc(Pc &pc, const test::SmallSchool &school, const QString &pupil)
    {
        const QString id = ClassService(*pc.db, m_clock).addClass(school.admin, QStringLiteral("3.A")).value().id;
        if (!AccountService(*pc.db, m_clock).addPerson(school.admin, pupilIn(pupil, QStringLiteral("3.A"))))
            qFatal("addPerson failed");
        return id;
    }

    QString className(Database &db, const QString &id)
    {
        SqlQuery q(db.sql(), QStringLiteral("SELECT name FROM school_class WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        return q.scalar().value().toString();
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

    // Both PCs made class "3.A" offline, each with a pupil in it. Both push; the second class is
    // kept as "3.A (2)" with its pupil, on the server and on both PCs, and staff are told.
    void sameClassNameOnTwoPcs()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const QString first = classOnPc(a, school, QStringLiteral("Ana Arrow"));
        const QString second = classOnPc(b, school, QStringLiteral("Ben Bow"));

        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->push()); // stuck on school_class (school_id, name) without a rule
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(b.agent->status(false).value().pending, 0);
        const QStringList expected { QStringLiteral("3.A: Ana Arrow"), QStringLiteral("3.A (2): Ben Bow") };
        QCOMPARE(classesWithMembers(*m_server), expected);
        QCOMPARE(className(*m_server, first), QStringLiteral("3.A"));
        QCOMPARE(className(*m_server, second), QStringLiteral("3.A (2)"));
        QCOMPARE(className(*b.db, second), QStringLiteral("3.A (2)")); // b follows at once
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        QCOMPARE(classesWithMembers(*a.db), expected);
        QCOMPARE(classesWithMembers(*b.db), expected);
        QCOMPARE(count(*a.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        QCOMPARE(count(*b.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

        // The audit logs (server and b) and b's status say so; a had nothing renamed.
        QCOMPARE(audited(*m_server, QStringLiteral("sync.class-renamed")), 1);
        QCOMPARE(audited(*b.db, QStringLiteral("sync.class-renamed")), 1);
        QCOMPARE(audited(*a.db, QStringLiteral("sync.class-renamed")), 0);
        const SyncStatus st = b.agent->status(false).value();
        QCOMPARE(st.renamed.size(), 1);
        QCOMPARE(st.renamed.constFirst().from, QStringLiteral("3.A"));
        QCOMPARE(st.renamed.constFirst().to, QStringLiteral("3.A (2)"));
        QVERIFY(a.agent->status(false).value().renamed.isEmpty());
        const test::StagesctlRun json = stagesctl({ QStringLiteral("--db"), m_appUrl, QStringLiteral("--local-cache"),
                                                    b.cachePath(), QStringLiteral("sync"), QStringLiteral("status"),
                                                    QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray renamed
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("renamed")).toArray();
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("3.A (2)"));
        QVERIFY2(renamed.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("3.A (2)")),
                 qPrintable(json.out));
        const test::StagesctlRun text = stagesctl({ QStringLiteral("--db"), m_appUrl, QStringLiteral("--local-cache"),
                                                    b.cachePath(), QStringLiteral("sync"), QStringLiteral("status") });
        QVERIFY2(text.out.contains(QStringLiteral("Class \"3.A\" was made on two PCs; the second one is called "
                                                  "\"3.A (2)\" now.")),
                 qPrintable(text.out));

        // b sends its copy again (an answer lost on the way): nothing changes, nobody is told twice.
        QSqlQuery again(b.db->sql());
        QVERIFY(again.exec(QStringLiteral("INSERT INTO outbox (tbl, row_key) VALUES ('school_class', '%1')").arg(second)));
        VERIFY_OK(b.agent->push());
        QCOMPARE(classesWithMembers(*m_server), expected);
        QCOMPARE(audited(*m_server, QStringLiteral("sync.class-renamed")), 1);
    }

    // A PC that pulls before it pushes: the server's "3.A" wins in its cache, its own class gives
    // way there and goes to the server under the new name.
    void pullBeforePushYieldsInTheCache()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        classOnPc(a, school, QStringLiteral("Ana Arrow"));
        const QString second = classOnPc(b, school, QStringLiteral("Ben Bow"));
        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->pull()); // stuck on the cache's unique key without a rule
        QCOMPARE(className(*b.db, second), QStringLiteral("3.A (2)"));
        VERIFY_OK(b.agent->push());
        VERIFY_OK(a.agent->pull());
        const QStringList expected { QStringLiteral("3.A: Ana Arrow"), QStringLiteral("3.A (2): Ben Bow") };
        QCOMPARE(classesWithMembers(*m_server), expected);
        QCOMPARE(classesWithMembers(*a.db), expected);
        QCOMPARE(classesWithMembers(*b.db), expected);
        QCOMPARE(b.agent->status(false).value().pending, 0);
        QCOMPARE(audited(*b.db, QStringLiteral("sync.class-renamed")), 1);
        QCOMPARE(b.agent->status(false).value().renamed.size(), 1);
    }

    // Not a clash: on one PC the teacher swapped the names of "3.A" and "3.B" (through a third
    // name). The server and the other PC end with the swap, and nobody is told of a rename.
    void classesSwappingNamesAreNoClash()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        ClassService classes(*a.db, m_clock);
        const QString x = classes.addClass(school.admin, QStringLiteral("3.A")).value().id;
        const QString z = classes.addClass(school.admin, QStringLiteral("3.B")).value().id;
        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->pull());
        for (const auto &[id, name] : { std::pair { x, "3.tmp" }, std::pair { z, "3.A" }, std::pair { x, "3.B" } }) {
            QSqlQuery rename(b.db->sql());
            QVERIFY(rename.exec(QStringLiteral("UPDATE school_class SET name = '%1' WHERE id = '%2'")
                                    .arg(QLatin1String(name), id)));
        }
        VERIFY_OK(b.agent->push());
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        for (Database *db : { m_server.get(), a.db.get(), b.db.get() }) {
            QCOMPARE(className(*db, x), QStringLiteral("3.B"));
            QCOMPARE(className(*db, z), QStringLiteral("3.A"));
            QCOMPARE(audited(*db, QStringLiteral("sync.class-renamed")), 0);
        }
        QVERIFY(a.agent->status(false).value().renamed.isEmpty());
        QVERIFY(b.agent->status(false).value().renamed.isEmpty());
    }

    // Both PCs gave a new teacher the login "novak". The second is "novak2" everywhere and can
    // sign in with it; the first keeps "novak".
    void sameStaffLoginOnTwoPcs()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const NewPerson nina = staff(QStringLiteral("Nina Novak"), QStringLiteral("novak"));
        const NewPerson nora = staff(QStringLiteral("Nora Novak"), QStringLiteral("novak"));
        QVERIFY(AccountService(*a.db, m_clock).addPerson(school.admin, nina).ok());
        QVERIFY(AccountService(*b.db, m_clock).addPerson(school.admin, nora).ok());

        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->push()); // stuck on person.login without a rule
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const QStringList expected { QStringLiteral("novak = Nina Novak"), QStringLiteral("novak2 = Nora Novak") };
        QCOMPARE(novaks(*m_server), expected);
        QCOMPARE(novaks(*a.db), expected);
        QCOMPARE(novaks(*b.db), expected);
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(b.agent->status(false).value().pending, 0);
        // Nora's password still works, with the new login, on b and on the other PC.
        const auto onB = AccountService(*b.db, m_clock).signInWithPassword(QStringLiteral("novak2"), nora.password);
        QVERIFY2(onB.ok(), qPrintable(onB.error()));
        QCOMPARE(onB->displayName, QStringLiteral("Nora Novak"));
        QVERIFY(AccountService(*a.db, m_clock).signInWithPassword(QStringLiteral("novak2"), nora.password).ok());
        QCOMPARE(AccountService(*a.db, m_clock).signInWithPassword(QStringLiteral("novak"), nina.password).value().displayName,
                 QStringLiteral("Nina Novak"));
        QCOMPARE(audited(*m_server, QStringLiteral("sync.login-renamed")), 1);
        const SyncStatus st = b.agent->status(false).value();
        QCOMPARE(st.renamed.size(), 1);
        QCOMPARE(st.renamed.constFirst().name, QStringLiteral("Nora Novak"));
        QCOMPARE(st.renamed.constFirst().to, QStringLiteral("novak2"));
    }

    // Both PCs made Tom an educator and recorded his workshop hours. The first record stays
    // linked to his account; the second is kept apart with its evidence: no hour is lost.
    void samePersonMadeEducatorOnTwoPcs()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const auto educate = [&](Pc &pc, double hours) {
            SigningKeys keys(*pc.db, m_clock, WrappedKey::Cost::minimum());
            TrainingService training(*pc.db, m_clock, keys);
            const Educator tom = training.addEducator(school.admin, { {}, school.teacher.personId, {}, {} }).value();
            NewEvidence evidence {
                tom.id, QStringLiteral("stages-teacher"), RequirementKind::WorkshopHours, hours, {}, {}, {}, {}
            };
            if (!training.addEvidence(school.admin, evidence))
                qFatal("addEvidence failed");
            return tom.id;
        };
        const QString first = educate(a, 6);
        const QString second = educate(b, 4);

        VERIFY_OK(a.agent->push());
        VERIFY_OK(b.agent->push()); // stuck on educator.person_id without a rule
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        const QString tom = QStringLiteral("'%1'").arg(school.teacher.personId);
        for (Database *db : { m_server.get(), a.db.get(), b.db.get() }) {
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM educator")), 2);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM educator WHERE person_id = %1 AND id = '%2'")
                                    .arg(tom, first)),
                     1);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM educator WHERE person_id IS NULL AND id = '%1'")
                                    .arg(second)),
                     1);
            QCOMPARE(count(*db, QStringLiteral("SELECT CAST(SUM(amount) AS INTEGER) FROM evidence")), 10);
        }
        QCOMPARE(a.agent->status(false).value().pending, 0);
        QCOMPARE(b.agent->status(false).value().pending, 0);
        // The trainer's audit log of the second record tells why it is apart.
        SigningKeys keys(*m_server, m_clock, WrappedKey::Cost::minimum());
        const auto log = TrainingService(*m_server, m_clock, keys).auditLog(school.admin, second);
        QVERIFY2(log.ok(), qPrintable(log.error()));
        bool told = false;
        for (const TrainingAuditEntry &entry : *log)
            told = told || entry.action == QLatin1String("educator.kept-apart");
        QVERIFY(told);
        QCOMPARE(b.agent->status(false).value().renamed.size(), 1);
        QCOMPARE(b.agent->status(false).value().renamed.constFirst().table, QStringLiteral("educator"));
    }

    // A PC without network carries its "3.A" and its "novak" by USB: the import settles both as a
    // push does, a second import changes nothing, and the PC's own push and pull later agree.
    void bundleImportSettlesClashes()
    {
        test::SmallSchool school(*m_server, m_clock);
        Pc a(m_appUrl, m_clock), b(m_appUrl, m_clock);
        VERIFY_OK(a.agent->pull());
        VERIFY_OK(b.agent->pull());
        classOnPc(a, school, QStringLiteral("Ana Arrow"));
        QVERIFY(AccountService(*a.db, m_clock).addPerson(school.admin, staff(QStringLiteral("Nina Novak"), QStringLiteral("novak"))).ok());
        VERIFY_OK(a.agent->push());
        const QString second = classOnPc(b, school, QStringLiteral("Ben Bow"));
        QVERIFY(AccountService(*b.db, m_clock).addPerson(school.admin, staff(QStringLiteral("Nora Novak"), QStringLiteral("novak"))).ok());

        const QString file = m_files.filePath(QStringLiteral("b.stagesbundle"));
        test::StagesctlRun run = stagesctl({ QStringLiteral("--local-cache"), b.cachePath(), QStringLiteral("sync"),
                                             QStringLiteral("export"), QStringLiteral("--out"), file });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList import { QStringLiteral("--db"), m_appUrl, QStringLiteral("sync"), QStringLiteral("import"), file };
        run = stagesctl(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err)); // rolled back whole without a rule
        QVERIFY2(run.out.contains(QStringLiteral("\"3.A (2)\"")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Nora Novak signs in as \"novak2\" now")), qPrintable(run.out));
        const QStringList classes { QStringLiteral("3.A: Ana Arrow"), QStringLiteral("3.A (2): Ben Bow") };
        const QStringList logins { QStringLiteral("novak = Nina Novak"), QStringLiteral("novak2 = Nora Novak") };
        QCOMPARE(classesWithMembers(*m_server), classes);
        QCOMPARE(novaks(*m_server), logins);
        QCOMPARE(audited(*m_server, QStringLiteral("sync.class-renamed")), 1);
        QCOMPARE(audited(*m_server, QStringLiteral("sync.login-renamed")), 1);

        run = stagesctl(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("Changed after a clash")), qPrintable(run.out));
        QCOMPARE(classesWithMembers(*m_server), classes);
        QCOMPARE(novaks(*m_server), logins);
        QCOMPARE(audited(*m_server, QStringLiteral("sync.class-renamed")), 1);

        // b gets its network back: its queue (still there) drains, its cache follows the server.
        VERIFY_OK(b.agent->push());
        VERIFY_OK(b.agent->pull());
        VERIFY_OK(a.agent->pull());
        QCOMPARE(b.agent->status(false).value().pending, 0);
        QCOMPARE(className(*b.db, second), QStringLiteral("3.A (2)"));
        for (Database *db : { m_server.get(), a.db.get(), b.db.get() }) {
            QCOMPARE(classesWithMembers(*db), classes);
            QCOMPARE(novaks(*db), logins);
        }
        QCOMPARE(b.agent->status(false).value().renamed.size(), 2);
        QCOMPARE(audited(*m_server, QStringLiteral("sync.class-renamed")), 1);
    }
};

QTEST_MAIN(TestSyncClash)
#include "tst_syncclash.moc"
