// The real stagesctl exercises verbs: stable JSON, byte-identical listings, the same verdicts
// as the evaluator.

#include "core/progress/attemptservice.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run stagesctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl"), args);
    p.waitForFinished(-1);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QJsonObject object(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

const QString kFirst = QStringLiteral("comb/perm/n3/colors/build-all/s1");

} // namespace

class TestExercisesCli : public QObject
{
    Q_OBJECT

private slots:
    // The same seed gives the same warm-up in every process, as on every PC of a class (each
    // process hashes differently, so an order taken from a hash would show here).
    void warmUpIsTheSameInEveryProcess()
    {
        const QStringList args { QStringLiteral("exercises"), QStringLiteral("warmup"), QStringLiteral("--seed"),
                                 QStringLiteral("3") };
        const Run first = stagesctl(args);
        QCOMPARE(first.code, 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(stagesctl(args).out, first.out);
        const QJsonArray items
            = QJsonDocument::fromJson(first.out).object().value(QStringLiteral("exercises")).toArray();
        QVERIFY(items.size() >= 5 && items.size() <= 7);
    }

    // "stagesctl exercises warmup --class" draws from the class's reached stages, familiar ones first
    // and one new at the end, read from a real database (issue 8, point 7).
    void warmUpFollowsTheClass()
    {
        using namespace stages;
        test::TestDatabase t;
        ManualClock clock;
        test::SmallSchool school(*t.db, clock);
        AttemptService attempts(*t.db, clock);
        auto record = [&](int stage, double score) {
            AttemptRecord a;
            a.exerciseId = stage == 1 ? QStringLiteral("comb/perm/n2/colors/build-all/s1") : kFirst;
            a.domain = QStringLiteral("combinatorics");
            a.stage = stage;
            a.score = score;
            a.success = score >= 1.0;
            clock.advance(60 * 1000);
            QVERIFY(attempts.record(school.pupil, a).ok());
        };
        for (int i = 0; i < 3; ++i)
            record(1, 1.0); // proficient at 1
        record(2, 0.3); // tried 2

        const Run r = stagesctl({ QStringLiteral("--db"), t.path(), QStringLiteral("exercises"), QStringLiteral("warmup"),
                                  QStringLiteral("--class"), QStringLiteral("1.A"), QStringLiteral("--domain"),
                                  QStringLiteral("combinatorics"), QStringLiteral("--seed"), QStringLiteral("5") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray items = object(r.out).value(QStringLiteral("exercises")).toArray();
        QVERIFY(items.size() >= 5 && items.size() <= 7);
        for (qsizetype i = 0; i + 1 < items.size(); ++i)
            QCOMPARE(items.at(i).toObject().value(QStringLiteral("stage")).toInt(), 1);
        QCOMPARE(items.last().toObject().value(QStringLiteral("stage")).toInt(), 2);

        const Run unknown = stagesctl({ QStringLiteral("--db"), t.path(), QStringLiteral("exercises"),
                                        QStringLiteral("warmup"), QStringLiteral("--class"), QStringLiteral("9.Z") });
        QVERIFY(unknown.code != 0);
        QVERIFY(unknown.err.contains("9.Z"));
    }

    void listIsDeterministicJson()
    {
        const Run a = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json") });
        const Run b = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(a.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(list.size() >= 1000);
        QCOMPARE(a.out.count('\n'), list.size() + 2); // one exercise per line
        const QSet<QString> keys { QStringLiteral("id"),        QStringLiteral("domain"), QStringLiteral("stage"),
                                   QStringLiteral("structure"), QStringLiteral("params"), QStringLiteral("skin"),
                                   QStringLiteral("task") };
        for (const QJsonValue &v : list) {
            const QStringList k = v.toObject().keys();
            QCOMPARE(QSet<QString>(k.cbegin(), k.cend()), keys);
        }
    }

    void listFilters()
    {
        const Run moves = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json"),
                                      QStringLiteral("--domain"), QStringLiteral("movement"), QStringLiteral("--skin"),
                                      QStringLiteral("moves"), QStringLiteral("--stage"), QStringLiteral("2") });
        QCOMPARE(moves.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(moves.out).array();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list) {
            QCOMPARE(v[QStringLiteral("skin")].toString(), QStringLiteral("moves"));
            QCOMPARE(v[QStringLiteral("stage")].toInt(), 2);
        }
        const Run none = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--domain"), QStringLiteral("astrology") });
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    }

    void showSolveCheck()
    {
        const QJsonObject shown
            = object(stagesctl({ QStringLiteral("exercises"), QStringLiteral("show"), kFirst }).out);
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), kFirst);
        QCOMPARE(shown.value(QStringLiteral("structure")).toString(), QStringLiteral("permutation"));
        QCOMPARE(shown.value(QStringLiteral("params")).toObject().value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(shown.value(QStringLiteral("prompt")).toObject().value(QStringLiteral("elements")).toArray().size(),
                 3);

        const QJsonObject solved
            = object(stagesctl({ QStringLiteral("exercises"), QStringLiteral("solve"), kFirst }).out);
        QCOMPARE(solved.value(QStringLiteral("count")).toInt(), 6);
        QCOMPARE(solved.value(QStringLiteral("answer")).toArray().size(), 6);
        QCOMPARE(solved.value(QStringLiteral("answer")).toArray().at(1).toArray(), (QJsonArray { 0, 2, 1 }));

        const QByteArray full
            = QJsonDocument(solved.value(QStringLiteral("answer")).toArray()).toJson(QJsonDocument::Compact);
        QJsonObject checked = object(stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), kFirst,
                                                 QStringLiteral("--answer"), QString::fromUtf8(full) })
                                         .out);
        QCOMPARE(checked,
                 (QJsonObject { { QStringLiteral("success"), true },
                                { QStringLiteral("score"), 1 },
                                { QStringLiteral("duplicates"), 0 },
                                { QStringLiteral("invalid"), 0 },
                                { QStringLiteral("missing"), 0 } }));
        checked = object(stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), kFirst,
                                     QStringLiteral("--answer"), QStringLiteral("[[0,1,2],[0,1,2],[3,3,3]]") })
                             .out);
        QCOMPARE(checked.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(checked.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(checked.value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(checked.value(QStringLiteral("missing")).toInt(), 5);
        QVERIFY(qAbs(checked.value(QStringLiteral("score")).toDouble() - 1.0 / 6) < 1e-9);
    }

    void errorsAreClear()
    {
        Run r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("show"), QStringLiteral("comb/nope") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("comb/nope"));
        r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), kFirst, QStringLiteral("--answer"),
                        QStringLiteral("[[0,1") });
        QCOMPARE(r.code, 2);
        r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("check"), kFirst });
        QCOMPARE(r.code, 2);
        r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 2);
        r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("check"));
    }
};

QTEST_GUILESS_MAIN(TestExercisesCli)
#include "tst_exercisescli.moc"
