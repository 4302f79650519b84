#include "core/school/demoseeder.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

    static QStringList seedAndDescribe(quint32 seed)
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        DemoSeeder seeder(accounts, classes);
        auto created = seeder.seed({12, 3, seed, false});
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        QStringList lines;
        for (const Person &p : accounts.people(Session::commandLine()).value())
            lines.append(roleKey(p.role) + QLatin1Char('|') + p.displayName + QLatin1Char('|') + p.className
                         + QLatin1Char('|') + p.login + QLatin1Char('|') + QString::number(p.avatar));
        return lines;
    }

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void theDemoTrainerCanCertifyAtOnce()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        SigningKeys keys(*t.db, clock, WrappedKey::Cost::minimum());
        TrainingService training(*t.db, clock, keys);
        auto created = DemoSeeder(accounts, classes, training, keys).seed({ 6, 1, 1, false });
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const QString demo = QString::fromLatin1(DemoSeeder::kDemoPassword);
        const Session vera = accounts.signInWithPassword(QStringLiteral("vera.kralova"), demo).value();
        const Educator trainer = training.educatorForPerson(vera, vera.personId).value();
        QCOMPARE(trainer.status, EducatorStatus::Trainer);
        QVERIFY(trainer.founding);
        QVERIFY(trainer.canSign);

        const QList<Educator> educators = training.educators(vera).value();
        QCOMPARE(educators.size(), 4);
        QString ready;
        int waiting = 0;
        for (const Educator &e : educators) {
            if (e.id == trainer.id)
                continue;
            QCOMPARE(e.status, EducatorStatus::InTraining);
            QCOMPARE(e.trainedById, trainer.id);
            const Eligibility progress = training.progress(vera, e.id, QStringLiteral("stages-teacher")).value();
            if (progress.eligible())
                ready = e.id;
            else
                ++waiting;
        }
        QCOMPARE(waiting, 2);
        QVERIFY(!ready.isEmpty());
        // Věra signs the ready teacher's certificate with the demo password.
        auto issued = training.issueCertificate(vera, ready, QStringLiteral("stages-teacher"), demo);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QVERIFY(OrganisationKey::verify(issued->payload, issued->signature, keys.publicKey().value()));
    }

    void aRealSchoolGetsNoDemoTraining()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        SigningKeys keys(*t.db, clock, WrappedKey::Cost::minimum());
        TrainingService training(*t.db, clock, keys);
        QVERIFY(DemoSeeder(accounts, classes, training, keys).seed({ 2, 1, 1, true }).ok());
        QVERIFY(!keys.exists().value());
        QVERIFY(training.educators(school.admin)->isEmpty());
    }

    void sameSeedSameSchool()
    {
        const QStringList a = seedAndDescribe(7);
        QCOMPARE(a.size(), 1 + 2 + 1 + 12); // admin, teachers, trainer, pupils
        QCOMPARE(seedAndDescribe(7), a);
        QVERIFY(seedAndDescribe(8) != a);
    }

    void pupilsCanSignInWithTheirPrintedPictures()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        DemoSeeder seeder(accounts, classes);
        auto created = seeder.seed({4, 2, 1, false});
        QVERIFY(created.ok());
        QCOMPARE(classes.classes()->size(), 2);
        int pupils = 0;
        for (const auto &account : *created) {
            if (account.role != QLatin1String("pupil")) {
                QVERIFY(accounts.signInWithPassword(account.login, account.secret).ok());
                continue;
            }
            ++pupils;
            const auto cls = classes.classByName(account.className).value();
            QVERIFY(cls);
            QList<int> pictures;
            for (const QString &p : account.secret.split(QLatin1Char(',')))
                pictures.append(p.toInt());
            bool signedIn = false;
            for (const Person &p : accounts.pupilsForSignIn(cls->id).value())
                signedIn = signedIn || (p.displayName == account.name && accounts.signInWithPictures(p.id, pictures).ok());
            QVERIFY2(signedIn, qPrintable(account.name));
        }
        QCOMPARE(pupils, 4);
    }

    void rejectsSillySizes()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        DemoSeeder seeder(accounts, classes);
        QVERIFY(!seeder.seed({10, 0, 1, false}).ok());
        QVERIFY(!seeder.seed({-1, 1, 1, false}).ok());
        QVERIFY(!accounts.isSetUp().value());
    }

    void refusesARealSchoolUnlessAskedAndNeverUsesTheDemoPasswordThere()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        DemoSeeder seeder(accounts, classes);
        const int before = accounts.people(school.admin).value().size();
        auto refused = seeder.seed({ 4, 1, 1, false });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("--into-existing")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("Test School")));
        QCOMPARE(accounts.people(school.admin).value().size(), before);

        DemoSeeder::Options options { 4, 1, 1, true };
        options.intoExisting = true;
        auto created = seeder.seed(options);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(accounts.people(school.admin).value().size(), before + 4 + 2);
        const QString demoPassword = QString::fromLatin1(DemoSeeder::kDemoPassword);
        QStringList passwords;
        for (const auto &account : *created) {
            QVERIFY(account.role != QLatin1String("admin")); // the school keeps its own admin
            if (account.role == QLatin1String("pupil"))
                continue;
            QVERIFY(account.secret != demoPassword);
            QVERIFY(account.secret.size() >= 12);
            clock.advance(3600 * 1000);
            QVERIFY(!accounts.signInWithPassword(account.login, demoPassword).ok());
            clock.advance(3600 * 1000);
            QVERIFY(accounts.signInWithPassword(account.login, account.secret).ok());
            passwords.append(account.secret);
        }
        QCOMPARE(passwords.size(), 2);
        QVERIFY(passwords.at(0) != passwords.at(1));
    }

    void manyPupilsGoInBatches()
    {
        TestDatabase t;
        ManualClock clock;
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        auto created = DemoSeeder(accounts, classes).seed({ DemoSeeder::kPupilBatch + 3, 2, 1, false });
        QVERIFY2(created.ok(), qPrintable(created.error()));
        // Every pupil there once, with an avatar nobody else in the class has while there are enough.
        QCOMPARE(accounts.people(Session::commandLine(), Role::Pupil).value().size(), DemoSeeder::kPupilBatch + 3);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
