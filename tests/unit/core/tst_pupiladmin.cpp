// PupilAdmin on a real SQLite file (issue 10, point 6): renaming, moving, archiving and
// restoring pupils, and new picture passwords; rights, bad input and the audit log.

#include "core/accounts/passwordhasher.h"
#include "core/accounts/pupiladmin.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

int count(Database &db, const QString &sql, const QString &id = {})
{
    SqlQuery q(db.sql(), sql);
    if (!id.isEmpty())
        q.bind(QStringLiteral(":id"), id);
    auto value = q.scalar();
    if (!value)
        qFatal("count failed: %s", qPrintable(value.error()));
    return value->toInt();
}

int auditRows(Database &db, const QString &action, const QString &subject)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a AND subject = :s"));
    q.bind(QStringLiteral(":a"), action).bind(QStringLiteral(":s"), subject);
    return q.scalar().value().toInt();
}

QString nameOf(Database &db, const QString &id)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT display_name FROM person WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar().value().toString();
}

QString classOf(Database &db, const QString &id)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT class_id FROM class_member WHERE person_id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar().value().toString();
}

int pupilCount(ClassService &classes, const QString &classId)
{
    for (const SchoolClass &c : classes.classes().value())
        if (c.id == classId)
            return c.pupilCount;
    return -1;
}

} // namespace

class TestPupilAdmin : public QObject
{
    Q_OBJECT

    struct School
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool small { *t.db, clock };
        AccountService accounts { *t.db, clock };
        ClassService classes { *t.db, clock };
        PupilAdmin admin { *t.db, clock };
        QString otherClassId;

        School() { otherClassId = classes.addClass(small.admin, QStringLiteral("2.B")).value().id; }
    };

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void editRenamesAndMovesInOneGo()
    {
        School s;
        const QString pia = s.small.pupilId;
        QVERIFY(s.admin.edit(s.small.teacher, pia, QStringLiteral("  Pia   Nová "), s.otherClassId).ok());
        QCOMPARE(nameOf(*s.t.db, pia), QStringLiteral("Pia Nová"));
        QCOMPARE(classOf(*s.t.db, pia), s.otherClassId);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM class_member WHERE person_id = :id"), pia), 1);
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.rename"), pia), 1);
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.move"), pia), 1);
        QCOMPARE(pupilCount(s.classes, s.small.classId), 0);
        QCOMPARE(pupilCount(s.classes, s.otherClassId), 1);
        QCOMPARE(s.accounts.pupilsForSignIn(s.otherClassId).value().size(), 1);

        // Nothing changed: nothing written.
        QVERIFY(s.admin.edit(s.small.admin, pia, QStringLiteral("Pia Nová"), s.otherClassId).ok());
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.rename"), pia), 1);
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.move"), pia), 1);
    }

    void badEditsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("knownClass");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << QStringLiteral("   ") << true << QStringLiteral("name");
        QTest::newRow("control character") << QStringLiteral("Pia\x01") << true << QString();
        QTest::newRow("too long") << QString(200, QLatin1Char('a')) << true << QString();
        QTest::newRow("unknown class") << QStringLiteral("Pia Renamed") << false << QStringLiteral("class");
    }

    void badEditsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(bool, knownClass);
        QFETCH(QString, message);
        School s;
        const QString pia = s.small.pupilId;
        const auto r = s.admin.edit(s.small.teacher, pia, name, knownClass ? s.otherClassId : QStringLiteral("nope"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
        if (!message.isEmpty())
            QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        // Neither the name nor the class changed, and no audit row was left behind.
        QCOMPARE(nameOf(*s.t.db, pia), QStringLiteral("Pia Pupil"));
        QCOMPARE(classOf(*s.t.db, pia), s.small.classId);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'pupil.%'")), 0);
    }

    void onlyTeachersAndAdminsManagePupils()
    {
        School s;
        const QString pia = s.small.pupilId;
        for (const Session &who : { s.small.pupil, s.small.trainer }) {
            QVERIFY(!s.admin.edit(who, pia, QStringLiteral("X"), s.otherClassId).ok());
            QVERIFY(!s.admin.archive(who, pia).ok());
            QVERIFY(!s.admin.resetPictures(who, { pia }).ok());
            QVERIFY(!s.admin.resetPicturesOfClass(who, s.small.classId).ok());
        }
        QVERIFY(!s.admin.archivedPupils(s.small.pupil).ok());
        QCOMPARE(nameOf(*s.t.db, pia), QStringLiteral("Pia Pupil"));
        QVERIFY(s.accounts.signInWithPictures(pia, SmallSchool::pupilPictures()).ok());
        QVERIFY(s.admin.archive(s.small.admin, pia).ok());
    }

    void staffAreNotPupils()
    {
        School s;
        const QString tom = s.small.teacher.personId;
        QVERIFY(!s.admin.edit(s.small.admin, tom, QStringLiteral("Tim"), s.otherClassId).ok());
        QVERIFY(!s.admin.archive(s.small.admin, tom).ok());
        QVERIFY(!s.admin.resetPictures(s.small.admin, { tom }).ok());
        QCOMPARE(nameOf(*s.t.db, tom), QStringLiteral("Tom Teacher"));
    }

    void archivedPupilsAreHiddenButKeptAndComeBack()
    {
        School s;
        const QString pia = s.small.pupilId;
        QCOMPARE(pupilCount(s.classes, s.small.classId), 1);
        QVERIFY(s.admin.archive(s.small.teacher, pia).ok());
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT active FROM person WHERE id = :id"), pia), 0);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = :id"), pia), 1);
        QVERIFY(s.accounts.pupilsForSignIn(s.small.classId).value().isEmpty());
        QCOMPARE(pupilCount(s.classes, s.small.classId), 0);
        QVERIFY(s.accounts.people(s.small.teacher, Role::Pupil).value().isEmpty());
        QVERIFY(!s.accounts.signInWithPictures(pia, SmallSchool::pupilPictures()).ok());
        const QList<Person> archived = s.admin.archivedPupils(s.small.teacher).value();
        QCOMPARE(archived.size(), 1);
        QCOMPARE(archived.first().id, pia);
        QCOMPARE(archived.first().active, false);
        QCOMPARE(archived.first().className, QStringLiteral("1.A"));
        // Archived pupils are not edited, not archived twice and get no new pictures.
        QVERIFY(!s.admin.archive(s.small.teacher, pia).ok());
        QVERIFY(!s.admin.edit(s.small.teacher, pia, QStringLiteral("Other"), s.small.classId).ok());
        QVERIFY(!s.admin.resetPictures(s.small.teacher, { pia }).ok());
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.archive"), pia), 1);

        QVERIFY(s.admin.restore(s.small.teacher, pia).ok());
        QVERIFY(!s.admin.restore(s.small.teacher, pia).ok());
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.restore"), pia), 1);
        QCOMPARE(s.accounts.pupilsForSignIn(s.small.classId).value().size(), 1);
        QCOMPARE(pupilCount(s.classes, s.small.classId), 1);
        QVERIFY(s.admin.archivedPupils(s.small.teacher).value().isEmpty());
        QVERIFY(s.accounts.signInWithPictures(pia, SmallSchool::pupilPictures()).ok());
    }

    void newPicturesSignInAndTheOldOnesDoNot()
    {
        School s;
        const QString pia = s.small.pupilId;
        // Two wrong tries leave a count behind; the reset clears it.
        (void)s.accounts.signInWithPictures(pia, { 1, 2, 3 });
        QVERIFY(count(*s.t.db, QStringLiteral("SELECT failed_signins FROM person WHERE id = :id"), pia) > 0);
        const auto made = s.admin.resetPictures(s.small.teacher, { pia });
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(made->size(), 1);
        const NewPictures &fresh = made->first();
        QCOMPARE(fresh.pupil.id, pia);
        QCOMPARE(fresh.pupil.className, QStringLiteral("1.A"));
        QCOMPARE(fresh.pictures.size(), PasswordHasher::kPictureCount);
        QCOMPARE(count(*s.t.db, QStringLiteral("SELECT failed_signins FROM person WHERE id = :id"), pia), 0);
        QCOMPARE(
            count(*s.t.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = :id AND locked_until IS NULL"), pia),
            1);
        QCOMPARE(auditRows(*s.t.db, QStringLiteral("pupil.pictures"), pia), 1);
        if (fresh.pictures != SmallSchool::pupilPictures())
            QVERIFY(!s.accounts.signInWithPictures(pia, SmallSchool::pupilPictures()).ok());
        s.clock.advance(600000); // past any wait the wrong try above caused
        QVERIFY(s.accounts.signInWithPictures(pia, fresh.pictures).ok());
    }

    void aClassGetsNewPicturesAllOrNone()
    {
        School s;
        s.accounts
            .addPerson(s.small.admin,
                       { Role::Pupil, QStringLiteral("Ben"), {}, {}, { 1, 2, 3 }, {}, QStringLiteral("1.A") })
            .value();
        const QString cyril
            = s.accounts
                  .addPerson(s.small.admin,
                             { Role::Pupil, QStringLiteral("Cyril"), {}, {}, { 3, 2, 1 }, {}, QStringLiteral("1.A") })
                  .value()
                  .id;
        // Archived pupils are left out of the class.
        QVERIFY(s.admin.archive(s.small.teacher, cyril).ok());
        const auto made = s.admin.resetPicturesOfClass(s.small.teacher, s.small.classId);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QStringList names;
        for (const NewPictures &one : made.value()) {
            names.append(one.pupil.displayName);
            QVERIFY(s.accounts.signInWithPictures(one.pupil.id, one.pictures).ok());
        }
        QCOMPARE(names, (QStringList { QStringLiteral("Ben"), QStringLiteral("Pia Pupil") }));
        QVERIFY(!s.admin.resetPicturesOfClass(s.small.teacher, s.otherClassId).ok()); // no pupils

        // One unknown id among good ones: nobody's pictures change.
        const QString before = [&] {
            SqlQuery q(s.t.db->sql(), QStringLiteral("SELECT picture_hash FROM person WHERE id = :id"));
            q.bind(QStringLiteral(":id"), s.small.pupilId);
            return q.scalar().value().toString();
        }();
        QVERIFY(!s.admin.resetPictures(s.small.teacher, { s.small.pupilId, QStringLiteral("nobody") }).ok());
        QVERIFY(!s.admin.resetPictures(s.small.teacher, { s.small.pupilId, s.small.pupilId }).ok());
        QVERIFY(!s.admin.resetPictures(s.small.teacher, {}).ok());
        SqlQuery after(s.t.db->sql(), QStringLiteral("SELECT picture_hash FROM person WHERE id = :id"));
        after.bind(QStringLiteral(":id"), s.small.pupilId);
        QCOMPARE(after.scalar().value().toString(), before);
    }

    void randomPicturesAreThreeDifferentOnesAndVary()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QList<int> pictures = PupilAdmin::randomPictures();
            QCOMPARE(pictures.size(), PasswordHasher::kPictureCount);
            QCOMPARE(QSet<int>(pictures.cbegin(), pictures.cend()).size(), PasswordHasher::kPictureCount);
            for (int p : pictures)
                QVERIFY(p >= 0 && p < PasswordHasher::kPictureChoices);
            seen.insert(PasswordHasher::pictureSecret(pictures));
        }
        QVERIFY(seen.size() > 10); // 504 possible passwords; 50 draws give far more than 10 distinct
    }
};

QTEST_GUILESS_MAIN(TestPupilAdmin)
#include "tst_pupiladmin.moc"
