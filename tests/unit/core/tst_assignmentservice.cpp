// AssignmentService on a real SQLite file: who may give work, for whom, the completion rule
// (a successful attempt at or after the assignment was made), the pupil's open list, close and
// delete with their audit entries, and bad input refused with a message.

#include "core/progress/assignmentservice.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

const QString kDomain = QStringLiteral("combinatorics");

AssignmentItem stage(int number)
{
    return { kDomain, number, {} };
}

} // namespace

class TestAssignmentService : public QObject
{
    Q_OBJECT

    /// 1.A with Pia (SmallSchool) and Ben, 2.B with Olga.
    struct School
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool small { *t.db, clock };
        Session ben;
        QString benId;
        Session olga;
        QString olgaId;
        QString otherClassId;

        School()
        {
            AccountService accounts(*t.db, clock);
            ClassService classes(*t.db, clock);
            otherClassId = classes.addClass(small.admin, QStringLiteral("2.B")).value().id;
            benId
                = accounts
                      .addPerson(
                          small.admin,
                          { Role::Pupil, QStringLiteral("Ben Second"), {}, {}, { 2, 3, 4 }, 1, QStringLiteral("1.A") })
                      .value()
                      .id;
            ben = accounts.signInWithPictures(benId, { 2, 3, 4 }).value();
            olgaId
                = accounts
                      .addPerson(
                          small.admin,
                          { Role::Pupil, QStringLiteral("Olga Other"), {}, {}, { 1, 2, 3 }, 0, QStringLiteral("2.B") })
                      .value()
                      .id;
            olga = accounts.signInWithPictures(olgaId, { 1, 2, 3 }).value();
        }

        void attempt(const Session &pupil, int stageNumber, bool success, const QString &exercise = {})
        {
            AttemptRecord a;
            a.exerciseId
                = exercise.isEmpty() ? QStringLiteral("comb/perm/n3/colors/build-all/s%1").arg(stageNumber) : exercise;
            a.domain = kDomain;
            a.stage = stageNumber;
            a.score = success ? 1.0 : 0.3;
            a.success = success;
            a.durationMs = 20000;
            auto r = AttemptService(*t.db, clock).record(pupil, a);
            if (!r)
                qFatal("record failed: %s", qPrintable(r.error()));
        }

        int count(const QString &sql) { return SqlQuery(t.db->sql(), sql).scalar().value().toInt(); }
    };

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void rights_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("teacher") << QStringLiteral("teacher") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("pupil") << QStringLiteral("pupil") << false;
        QTest::newRow("trainer") << QStringLiteral("trainer") << false;
    }

    void rights()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        School s;
        AssignmentService service(*s.t.db, s.clock);
        const Session session = who == QLatin1String("teacher") ? s.small.teacher
            : who == QLatin1String("admin")                     ? s.small.admin
            : who == QLatin1String("pupil")                     ? s.small.pupil
                                                                : s.small.trainer;
        auto made = service.create(session, { s.small.classId, {}, { stage(1) }, {} });
        QCOMPARE(made.ok(), allowed);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment")), allowed ? 1 : 0);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assignment.create'")),
                 allowed ? 1 : 0);
        QCOMPARE(service.listForClass(session, s.small.classId).ok(), allowed);
        if (!allowed) {
            QVERIFY(!made.error().isEmpty());
            // Someone else's assignment cannot be closed or deleted by them either.
            const QString id = service.create(s.small.teacher, { s.small.classId, {}, { stage(1) }, {} }).value().id;
            QVERIFY(!service.close(session, id).ok());
            QVERIFY(!service.remove(session, id).ok());
            QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment WHERE closed = 0")), 1);
        } else {
            QCOMPARE(made->createdBy, session.personId);
            QCOMPARE(made->className, QStringLiteral("1.A"));
        }
    }

    void completionCountsOnlyAttemptsAfterCreation()
    {
        School s;
        AssignmentService service(*s.t.db, s.clock);
        // Pia already did stage 2 yesterday: that does not count for work given today.
        s.attempt(s.small.pupil, 2, true);
        s.clock.advance(24 * 3600 * 1000);
        auto made = service.create(s.small.teacher, { s.small.classId, {}, { stage(2), stage(3) }, {} });
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(made->wholeClass);
        QCOMPARE(made->items.size(), 2);
        QCOMPARE(made->pupils.size(), 2); // Ben and Pia, by name
        QCOMPARE(made->pupils.at(0).name, QStringLiteral("Ben Second"));
        QCOMPARE(made->pupilsDone(), 0);
        QCOMPARE(made->pupils.at(1).doneCount(), 0);

        // A failed attempt does not count; a successful one, even at the same millisecond, does.
        s.attempt(s.small.pupil, 2, false);
        auto after = service.read(s.small.teacher, made->id);
        QCOMPARE(after->pupils.at(1).doneCount(), 0);
        s.attempt(s.small.pupil, 2, true);
        after = service.read(s.small.teacher, made->id);
        QCOMPARE(after->pupils.at(1).itemsDone, (QList<bool> { true, false }));
        QVERIFY(!after->pupils.at(1).isDone());
        s.clock.advance(60000);
        s.attempt(s.small.pupil, 3, true);
        after = service.read(s.small.teacher, made->id);
        QVERIFY(after->pupils.at(1).isDone());
        QVERIFY(!after->pupils.at(0).isDone());
        QCOMPARE(after->pupilsDone(), 1);

        // Olga (another class) doing the same stages changes nothing here.
        s.attempt(s.olga, 2, true);
        s.attempt(s.olga, 3, true);
        QCOMPARE(service.read(s.small.teacher, made->id)->pupilsDone(), 1);

        // The pupil's own view says the same.
        auto pia = service.openForPupil(s.small.pupil);
        QVERIFY(pia.ok());
        QCOMPARE(pia->size(), 1);
        QVERIFY(pia->at(0).isDone());
        auto ben = service.openForPupil(s.ben);
        QCOMPARE(ben->at(0).itemsDone, (QList<bool> { false, false }));
        QVERIFY(service.openForPupil(s.olga)->isEmpty());
    }

    void particularExercise()
    {
        School s;
        AssignmentService service(*s.t.db, s.clock);
        const QString wanted = QStringLiteral("comb/perm/n3/shapes/count/s4");
        auto made = service.create(s.small.teacher, { s.small.classId, {}, { { kDomain, 1, wanted } }, {} });
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(made->items.at(0).exerciseId, wanted);
        s.attempt(s.small.pupil, 1, true); // another exercise of the stage
        QCOMPARE(service.read(s.small.teacher, made->id)->pupilsDone(), 0);
        s.attempt(s.small.pupil, 1, true, wanted);
        QCOMPARE(service.read(s.small.teacher, made->id)->pupilsDone(), 1);
    }

    void selectedPupilsOnly()
    {
        School s;
        AssignmentService service(*s.t.db, s.clock);
        auto made = service.create(s.small.teacher, { s.small.classId, { s.benId }, { stage(1) }, {} });
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(!made->wholeClass);
        QCOMPARE(made->pupils.size(), 1);
        QCOMPARE(made->pupils.at(0).personId, s.benId);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment_pupil")), 1);
        QCOMPARE(service.openForPupil(s.ben)->size(), 1);
        QVERIFY(service.openForPupil(s.small.pupil)->isEmpty());

        // A whole-class one reaches both.
        QVERIFY(service.create(s.small.teacher, { s.small.classId, {}, { stage(2) }, {} }).ok());
        QCOMPARE(service.openForPupil(s.ben)->size(), 2);
        QCOMPARE(service.openForPupil(s.small.pupil)->size(), 1);
        QCOMPARE(service.listForClass(s.small.teacher, s.small.classId)->size(), 2);
        QVERIFY(service.listForClass(s.small.teacher, s.otherClassId)->isEmpty());
    }

    void openListPutsUndoneAndEarliestDueFirst()
    {
        School s;
        AssignmentService service(*s.t.db, s.clock);
        const QDate today = s.clock.now().toLocalTime().date();
        const QString none = service.create(s.small.teacher, { s.small.classId, {}, { stage(1) }, {} }).value().id;
        const QString later
            = service.create(s.small.teacher, { s.small.classId, {}, { stage(2) }, today.addDays(5) }).value().id;
        const QString soon
            = service.create(s.small.teacher, { s.small.classId, {}, { stage(3) }, today.addDays(1) }).value().id;
        s.attempt(s.small.pupil, 3, true); // "soon" is done: it goes last
        auto list = service.openForPupil(s.small.pupil);
        QVERIFY(list.ok());
        QStringList order;
        for (const PupilAssignment &a : list.value())
            order.append(a.id);
        QCOMPARE(order, (QStringList { later, none, soon }));
        QCOMPARE(list->at(0).dueOn, today.addDays(5));
    }

    void closeAndDelete()
    {
        School s;
        AssignmentService service(*s.t.db, s.clock);
        const QString a
            = service.create(s.small.teacher, { s.small.classId, { s.benId }, { stage(1), stage(2) }, {} }).value().id;
        const QString b = service.create(s.small.teacher, { s.small.classId, {}, { stage(3) }, {} }).value().id;

        QVERIFY(service.close(s.small.teacher, a).ok());
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assignment.close'")), 1);
        QCOMPARE(service.openForPupil(s.ben)->size(), 1); // only b
        QCOMPARE(service.listForClass(s.small.teacher, s.small.classId)->size(), 2);
        QCOMPARE(service.listForClass(s.small.teacher, s.small.classId, false)->size(), 1);
        QVERIFY(service.read(s.small.teacher, a)->closed);

        QVERIFY(service.remove(s.small.teacher, a).ok());
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assignment.delete'")), 1);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment")), 1);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment_item")), 1);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment_pupil")), 0);
        QVERIFY(!service.read(s.small.teacher, a).ok());
        QVERIFY(!service.remove(s.small.teacher, a).ok());
        QVERIFY(!service.close(s.small.teacher, QStringLiteral("nothing")).ok());
        QCOMPARE(service.openForPupil(s.ben)->at(0).id, b);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown class") << QStringLiteral("class");
        QTest::newRow("pupil of another class") << QStringLiteral("pupil");
        QTest::newRow("teacher as a pupil") << QStringLiteral("teacher");
        QTest::newRow("stage 0") << QStringLiteral("stage");
        QTest::newRow("no items") << QStringLiteral("empty");
        QTest::newRow("no domain") << QStringLiteral("domain");
        QTest::newRow("due yesterday") << QStringLiteral("due");
    }

    void refusesBadInput()
    {
        QFETCH(QString, what);
        School s;
        AssignmentService service(*s.t.db, s.clock);
        AssignmentRequest r { s.small.classId, {}, { stage(1) }, {} };
        if (what == QLatin1String("class"))
            r.classId = QStringLiteral("no-such-class");
        else if (what == QLatin1String("pupil"))
            r.pupilIds = { s.small.pupilId, s.olgaId };
        else if (what == QLatin1String("teacher"))
            r.pupilIds = { s.small.teacher.personId };
        else if (what == QLatin1String("stage"))
            r.items = { stage(0) };
        else if (what == QLatin1String("empty"))
            r.items.clear();
        else if (what == QLatin1String("domain"))
            r.items = { { QStringLiteral(" "), 1, {} } };
        else if (what == QLatin1String("due"))
            r.dueOn = s.clock.now().toLocalTime().date().addDays(-1);
        auto made = service.create(s.small.teacher, r);
        QVERIFY(!made.ok());
        QVERIFY(!made.error().isEmpty());
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment")), 0);
        QCOMPARE(s.count(QStringLiteral("SELECT COUNT(*) FROM assignment_item")), 0);

        // The same request made right is taken (so each row above fails for its own reason).
        AssignmentRequest good {
            s.small.classId, { s.small.pupilId }, { stage(1) }, s.clock.now().toLocalTime().date()
        };
        QVERIFY(service.create(s.small.teacher, good).ok());
    }
};

QTEST_GUILESS_MAIN(TestAssignmentService)
#include "tst_assignmentservice.moc"
