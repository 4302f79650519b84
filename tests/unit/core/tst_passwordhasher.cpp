#include "core/accounts/passwordhasher.h"
#include "core/accounts/signinthrottle.h"

#include <QTest>

using namespace stages;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idAndSalted()
    {
        const QByteArray a = PasswordHasher::hash(QStringLiteral("žluťoučký kůň"));
        const QByteArray b = PasswordHasher::hash(QStringLiteral("žluťoučký kůň"));
        QVERIFY(a.startsWith("$argon2id$"));
        QVERIFY(a != b); // a fresh salt every time
        QVERIFY(!a.contains("kůň"));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("tried");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << QStringLiteral("correct horse") << QStringLiteral("correct horse") << true;
        QTest::newRow("case") << QStringLiteral("correct horse") << QStringLiteral("Correct horse") << false;
        QTest::newRow("empty") << QStringLiteral("correct horse") << QString() << false;
        QTest::newRow("unicode") << QStringLiteral("řeřicha") << QStringLiteral("řeřicha") << true;
        QTest::newRow("pictures") << PasswordHasher::pictureSecret({1, 5, 7}) << PasswordHasher::pictureSecret({1, 5, 7}) << true;
        QTest::newRow("pictures order") << PasswordHasher::pictureSecret({1, 5, 7}) << PasswordHasher::pictureSecret({7, 5, 1}) << false;
    }

    void verify()
    {
        QFETCH(QString, stored);
        QFETCH(QString, tried);
        QFETCH(bool, matches);
        QCOMPARE(PasswordHasher::verify(PasswordHasher::hash(stored), tried), matches);
    }

    void garbageHashNeverMatches()
    {
        QVERIFY(!PasswordHasher::verify(QByteArray(), QString()));
        QVERIFY(!PasswordHasher::verify(QByteArray("$argon2id$nonsense"), QStringLiteral("x")));
    }

    void throttleDelays_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("0") << 0 << qint64(0);
        QTest::newRow("4") << 4 << qint64(0);
        QTest::newRow("5") << 5 << qint64(10000);
        QTest::newRow("6") << 6 << qint64(20000);
        QTest::newRow("7") << 7 << qint64(40000);
        QTest::newRow("capped") << 30 << SignInThrottle::kMaxDelayMs;
        QTest::newRow("huge") << 100000 << SignInThrottle::kMaxDelayMs;
    }

    void throttleDelays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(SignInThrottle::delayAfterFailures(failures), delayMs);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
