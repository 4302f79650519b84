#include "core/school/demoseeder.h"
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
        auto created = seeder.seed({12, 3, seed});
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        QStringList lines;
        for (const Person &p : accounts.people(Session::commandLine()).value())
            lines.append(roleKey(p.role) + QLatin1Char('|') + p.displayName + QLatin1Char('|') + p.className
                         + QLatin1Char('|') + p.login + QLatin1Char('|') + QString::number(p.avatar));
        return lines;
    }

private slots:
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
        auto created = seeder.seed({4, 2, 1});
        QVERIFY(created.ok());
        QCOMPARE(classes.classes().size(), 2);
        int pupils = 0;
        for (const auto &account : *created) {
            if (account.role != QLatin1String("pupil")) {
                QVERIFY(accounts.signInWithPassword(account.login, account.secret).ok());
                continue;
            }
            ++pupils;
            const auto cls = classes.classByName(account.className);
            QVERIFY(cls);
            QList<int> pictures;
            for (const QString &p : account.secret.split(QLatin1Char(',')))
                pictures.append(p.toInt());
            bool signedIn = false;
            for (const Person &p : accounts.pupilsForSignIn(cls->id))
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
        QVERIFY(!seeder.seed({10, 0, 1}).ok());
        QVERIFY(!seeder.seed({-1, 1, 1}).ok());
        QVERIFY(!accounts.isSetUp());
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
