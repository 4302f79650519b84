#include "core/accounts/accountservice.h"
#include "core/school/classservice.h"
#include "core/training/educatorservice.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

/// Roles are enforced by the services themselves: a session without the right gets an error and
/// nothing changes, whatever the screens show.
class TestRoles : public QObject
{
    Q_OBJECT

private:
    enum Who { Pupil, Teacher, Trainer, Admin };
    static Session pick(const SmallSchool &s, int who)
    {
        switch (who) {
        case Pupil: return s.pupil;
        case Teacher: return s.teacher;
        case Trainer: return s.trainer;
        default: return s.admin;
        }
    }

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void capabilityTable_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("capability");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *name, Role r, Capability c, bool a) {
            QTest::newRow(name) << int(r) << int(c) << a;
        };
        row("pupil exercises", Role::Pupil, Capability::DoExercises, true);
        row("pupil progress", Role::Pupil, Capability::ViewClassProgress, false);
        row("pupil classes", Role::Pupil, Capability::ManageClasses, false);
        row("pupil pupils", Role::Pupil, Capability::ManagePupils, false);
        row("pupil staff", Role::Pupil, Capability::ManageStaff, false);
        row("pupil database", Role::Pupil, Capability::ManageDatabase, false);
        row("pupil certify", Role::Pupil, Capability::CertifyEducators, false);
        row("teacher progress", Role::Teacher, Capability::ViewClassProgress, true);
        row("teacher pupils", Role::Teacher, Capability::ManagePupils, true);
        row("teacher staff", Role::Teacher, Capability::ManageStaff, false);
        row("teacher certify", Role::Teacher, Capability::CertifyEducators, false);
        row("trainer certify", Role::Trainer, Capability::CertifyEducators, true);
        row("trainer pupils", Role::Trainer, Capability::ManagePupils, false);
        row("admin staff", Role::Admin, Capability::ManageStaff, true);
        row("admin database", Role::Admin, Capability::ManageDatabase, true);
        row("admin certify", Role::Admin, Capability::CertifyEducators, true);
    }

    void capabilityTable()
    {
        QFETCH(int, role);
        QFETCH(int, capability);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(Role(role), Capability(capability)), allowed);
    }

    void servicesEnforceRoles_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("addClass");
        QTest::addColumn<bool>("addPupil");
        QTest::addColumn<bool>("addTeacher");
        QTest::addColumn<bool>("listPeople");
        QTest::addColumn<bool>("listEducators");
        QTest::newRow("pupil") << int(Pupil) << false << false << false << false << false;
        QTest::newRow("teacher") << int(Teacher) << true << true << false << true << false;
        QTest::newRow("trainer") << int(Trainer) << false << false << false << true << true;
        QTest::newRow("admin") << int(Admin) << true << true << true << true << true;
    }

    void servicesEnforceRoles()
    {
        QFETCH(int, who);
        QFETCH(bool, addClass);
        QFETCH(bool, addPupil);
        QFETCH(bool, addTeacher);
        QFETCH(bool, listPeople);
        QFETCH(bool, listEducators);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        const Session session = pick(school, who);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        EducatorService educators(*t.db);

        const int classesBefore = int(classes.classes()->size());
        auto cls = classes.addClass(session, QStringLiteral("2.B"));
        QCOMPARE(cls.ok(), addClass);
        QCOMPARE(int(classes.classes()->size()), classesBefore + (addClass ? 1 : 0));
        if (!addClass)
            QVERIFY(cls.error().contains(QLatin1String("not allowed")));

        auto pupil = accounts.addPerson(session, {Role::Pupil, QStringLiteral("New Pupil"), {}, {}, {1, 2, 3}, 0, QStringLiteral("1.A")});
        QCOMPARE(pupil.ok(), addPupil);
        auto teacher = accounts.addPerson(session, {Role::Teacher, QStringLiteral("New Teacher"), {}, QStringLiteral("longenough"), {}, 0, {}});
        QCOMPARE(teacher.ok(), addTeacher);
        auto trainer = accounts.addPerson(session, {Role::Trainer, QStringLiteral("New Trainer"), {}, QStringLiteral("longenough"), {}, 0, {}});
        QCOMPARE(trainer.ok(), addTeacher);
        QCOMPARE(accounts.people(session).ok(), listPeople);
        QCOMPARE(educators.educators(session).ok(), listEducators);
        if (listEducators)
            // Tom and Tia, and the teacher and trainer this session could add.
            QCOMPARE(educators.educators(session).value().size(), addTeacher ? 4 : 2);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
