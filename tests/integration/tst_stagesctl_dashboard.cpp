// `stagesctl dashboard class|school` (issue 10, point 7) on a database whose attempts the test
// stored itself through AttemptService: the JSON is compared with `user list --json` and with
// those attempts; bad arguments are refused.

#include "core/progress/attemptservice.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestStagesctlDashboard : public QObject
{
    Q_OBJECT

    TestDatabase m_db;
    QString m_bob;
    QDateTime m_first; ///< Pia's first attempt, 30 days ago
    QDateTime m_last;

    QStringList args(const QStringList &rest) const
    {
        return QStringList { QStringLiteral("--db"), m_db.path() } + rest;
    }

    static QJsonObject byName(const QJsonArray &pupils, const QString &name)
    {
        for (const QJsonValue &v : pupils) {
            if (v[QLatin1String("name")].toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
        ManualClock clock;
        SmallSchool school(*m_db.db, clock);
        AccountService accounts(*m_db.db, clock);
        m_bob = accounts
                    .addPerson(school.admin,
                               { Role::Pupil,
                                 QStringLiteral("Bob Builder"),
                                 {},
                                 {},
                                 { 1, 2, 3 },
                                 std::nullopt,
                                 QStringLiteral("1.A") })
                    .value()
                    .id;
        // Pia, 30 days ago: three full successes (stage 1 proficient), then a failure at stage 2.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_first = QDateTime(now.date().addDays(-30), QTime(9, 0), Qt::UTC);
        AttemptService attempts(*m_db.db, clock);
        for (int i = 0; i < 4; ++i) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("comb/test/") + QString::number(i);
            a.domain = QStringLiteral("combinatorics");
            a.stage = i < 3 ? 1 : 2;
            a.score = i < 3 ? 1.0 : 0.25;
            a.success = i < 3;
            a.durationMs = 20000;
            a.finishedAt = m_first.addSecs(60 * i);
            QVERIFY(attempts.record(school.pupil, a).ok());
            m_last = a.finishedAt;
        }
        m_db.db.reset(); // stagesctl opens the file on its own
    }

    void classJsonMatchesUsersAndAttempts()
    {
        const auto users = stagesctl(args({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--role"),
                                            QStringLiteral("pupil"), QStringLiteral("--json") }));
        QCOMPARE(users.exitCode, 0);
        QMap<QString, QString> idOf;
        for (const QJsonValue &u : QJsonDocument::fromJson(users.out.toUtf8()).array())
            idOf.insert(u[QLatin1String("name")].toString(), u[QLatin1String("id")].toString());
        QCOMPARE(idOf.size(), 2);

        const auto run
            = stagesctl(args({ QStringLiteral("dashboard"), QStringLiteral("class"), QStringLiteral("--class"),
                               QStringLiteral("1.a"), QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject board = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(board[QLatin1String("class")].toString(), QStringLiteral("1.A"));
        const QJsonArray pupils = board[QLatin1String("pupils")].toArray();
        QCOMPARE(pupils.size(), 2);
        QCOMPARE(pupils.at(0)[QLatin1String("name")].toString(), QStringLiteral("Bob Builder")); // by name

        const QJsonObject pia = byName(pupils, QStringLiteral("Pia Pupil"));
        QCOMPARE(pia[QLatin1String("id")].toString(), idOf.value(QStringLiteral("Pia Pupil")));
        QCOMPARE(pia[QLatin1String("attempts")].toInt(), 4);
        QCOMPARE(pia[QLatin1String("success_rate")].toDouble(), 0.75);
        QCOMPARE(pia[QLatin1String("last_active")].toString(), m_last.toString(Qt::ISODateWithMs));
        QCOMPARE(QDateTime::fromString(pia[QLatin1String("last_active")].toString(), Qt::ISODateWithMs), m_last);
        const QJsonObject mastery = pia[QLatin1String("mastery")].toObject();
        QCOMPARE(mastery.keys(), QStringList { QStringLiteral("combinatorics") });
        const QJsonObject comb = mastery[QLatin1String("combinatorics")].toObject();
        QCOMPARE(comb[QLatin1String("1")].toInt(), 3); // Proficient
        QCOMPARE(comb[QLatin1String("2")].toInt(), 1); // Attempted
        QCOMPARE(comb.size(), 2);
        // 30 days without an attempt.
        QCOMPARE(pia[QLatin1String("attention")].toArray(), QJsonArray { QStringLiteral("inactive") });
        // "day(s)" until the English plural forms are in stages_en.ts, "days" after.
        QCOMPARE(pia[QLatin1String("attention_text")].toArray().size(), 1);
        QVERIFY(pia[QLatin1String("attention_text")][0].toString().startsWith(QLatin1String("Inactive for 30 day")));

        const QJsonObject bob = byName(pupils, QStringLiteral("Bob Builder"));
        QCOMPARE(bob[QLatin1String("id")].toString(), m_bob);
        QCOMPARE(bob[QLatin1String("id")].toString(), idOf.value(QStringLiteral("Bob Builder")));
        QCOMPARE(bob[QLatin1String("attempts")].toInt(), 0);
        QVERIFY(bob[QLatin1String("success_rate")].isNull());
        QVERIFY(bob[QLatin1String("last_active")].isNull());
        QCOMPARE(bob[QLatin1String("mastery")].toObject(), QJsonObject {});
        QCOMPARE(bob[QLatin1String("attention")].toArray(), QJsonArray { QStringLiteral("inactive") });
        QCOMPARE(bob[QLatin1String("attention_text")].toArray(), QJsonArray { QStringLiteral("Has not started yet") });
    }

    void sinceCountsFromThatDay()
    {
        const auto count = [this](const QDate &since) {
            const auto run
                = stagesctl(args({ QStringLiteral("dashboard"), QStringLiteral("class"), QStringLiteral("--class"),
                                   QStringLiteral("1.A"), QStringLiteral("--since"), since.toString(Qt::ISODate),
                                   QStringLiteral("--json") }));
            return byName(QJsonDocument::fromJson(run.out.toUtf8()).object()[QLatin1String("pupils")].toArray(),
                          QStringLiteral("Pia Pupil"));
        };
        QCOMPARE(count(m_first.date())[QLatin1String("attempts")].toInt(), 4);
        const QJsonObject after = count(m_first.date().addDays(1));
        QCOMPARE(after[QLatin1String("attempts")].toInt(), 0);
        QVERIFY(after[QLatin1String("success_rate")].isNull());
        // Mastery and last active are the standing now, whatever --since says.
        QCOMPARE(after[QLatin1String("mastery")][QLatin1String("combinatorics")][QLatin1String("1")].toInt(), 3);
        QCOMPARE(after[QLatin1String("last_active")].toString(), m_last.toString(Qt::ISODateWithMs));
    }

    void tableAndSchool()
    {
        auto run = stagesctl(args({ QStringLiteral("dashboard"), QStringLiteral("class"), QStringLiteral("--class"),
                                    QStringLiteral("1.A") }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Pia Pupil\t4\t75%\t1\t")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Has not started yet")));

        run = stagesctl(args({ QStringLiteral("dashboard"), QStringLiteral("school"), QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject a = rows.at(0).toObject();
        QCOMPARE(a[QLatin1String("class")].toString(), QStringLiteral("1.A"));
        QCOMPARE(a[QLatin1String("pupils")].toInt(), 2);
        QCOMPARE(a[QLatin1String("attempts")].toInt(), 4);
        QCOMPARE(a[QLatin1String("success_rate")].toDouble(), 0.75);
        QCOMPARE(a[QLatin1String("active_last_week")].toInt(), 0);
        QCOMPARE(a[QLatin1String("median_stages_proficient")].toDouble(), 0.5);
        QCOMPARE(a[QLatin1String("need_attention")].toInt(), 2);
        run = stagesctl(args({ QStringLiteral("dashboard"), QStringLiteral("school") }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("1.A\t2\t0\t4\t75%\t0.5\t2")));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no class") << QStringList { QStringLiteral("class") } << QStringLiteral("--class is required");
        QTest::newRow("unknown class") << QStringList { QStringLiteral("class"), QStringLiteral("--class"),
                                                        QStringLiteral("9.Z") }
                                       << QStringLiteral("no class called");
        QTest::newRow("since not a date")
            << QStringList { QStringLiteral("class"), QStringLiteral("--class"), QStringLiteral("1.A"),
                             QStringLiteral("--since"), QStringLiteral("yesterday") }
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("since no such day")
            << QStringList { QStringLiteral("class"), QStringLiteral("--class"), QStringLiteral("1.A"),
                             QStringLiteral("--since"), QStringLiteral("2026-02-30") }
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("since with a time")
            << QStringList { QStringLiteral("class"), QStringLiteral("--class"), QStringLiteral("1.A"),
                             QStringLiteral("--since"), QStringLiteral("2026-02-03T10:00") }
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("school"), QStringLiteral("--csv") }
                                        << QStringLiteral("Unknown option");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("school"), QStringLiteral("1.A") }
                                        << QStringLiteral("wrong number of arguments");
        QTest::newRow("unknown verb") << QStringList { QStringLiteral("pupil") } << QStringLiteral("unknown verb");
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = stagesctl(args(QStringList { QStringLiteral("dashboard") } + arguments));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingDatabaseIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        const auto run
            = stagesctl({ QStringLiteral("--db"), path, QStringLiteral("dashboard"), QStringLiteral("school") });
        QVERIFY(run.exitCode != 0);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStagesctlDashboard)
#include "tst_stagesctl_dashboard.moc"
