// KaratePose and KarateTimeline: every karate move has its own pose, the figure stands on the
// floor, and a combination is performed in time: each move reached after its transition and
// held, eased in between, the ready stance before the start and again at the end.

#include "exercises/movement/karatepose.h"
#include "exercises/movement/karatetimeline.h"

#include <QTest>

using namespace stages::movement;

namespace {

constexpr qreal kSame = 0.001;

KaratePose pose(const char *key)
{
    return KaratePose::forMove(QString::fromLatin1(key)).value();
}

} // namespace

class TestKarateTimeline : public QObject
{
    Q_OBJECT

private slots:
    void everyMoveHasItsOwnPose()
    {
        const QStringList keys = KaratePose::moveKeys();
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("block"), QStringLiteral("bow"), QStringLiteral("kick"),
                                QStringLiteral("punch"), QStringLiteral("step"), QStringLiteral("turn") }));
        for (const QString &a : keys) {
            // A child must see each move: far from the ready stance and from every other move.
            QVERIFY2(KaratePose::distance(*KaratePose::forMove(a), KaratePose::ready()) >= 20, qPrintable(a));
            for (const QString &b : keys) {
                if (a != b)
                    QVERIFY2(KaratePose::distance(*KaratePose::forMove(a), *KaratePose::forMove(b)) >= 20,
                             qPrintable(a + QLatin1Char('/') + b));
            }
        }
        QVERIFY(!KaratePose::forMove(QStringLiteral("moonwalk")));
    }

    void poseDetails()
    {
        // A few things a karateka would check: the kick lifts the near foot, the punch reaches
        // forward at shoulder height, the turn faces the other way, the bow leans forward.
        const KarateSkeleton kick = pose("kick").skeleton();
        QVERIFY(kick.nearFoot.y() < -0.2);
        QVERIFY(kick.nearFoot.x() > kick.hip.x() + 0.2);
        const KarateSkeleton punch = pose("punch").skeleton();
        QVERIFY(punch.nearHand.x() > punch.neck.x() + 0.25);
        QVERIFY(std::abs(punch.nearHand.y() - punch.neck.y()) < 0.1);
        const KarateSkeleton turn = pose("turn").skeleton();
        QVERIFY(turn.nearHand.x() < turn.neck.x());
        const KarateSkeleton bow = pose("bow").skeleton();
        QVERIFY(bow.head.x() > bow.hip.x() + 0.15);
        QVERIFY(bow.head.y() > KaratePose::ready().skeleton().head.y());
    }

    void figureStandsOnTheFloor_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("ready") << QString();
        for (const QString &key : KaratePose::moveKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void figureStandsOnTheFloor()
    {
        QFETCH(QString, key);
        const KaratePose p = key.isEmpty() ? KaratePose::ready() : *KaratePose::forMove(key);
        const KarateSkeleton s = p.skeleton();
        QVERIFY(std::abs(std::max(s.nearFoot.y(), s.farFoot.y())) < 1e-9);
        QVERIFY(s.head.y() < s.neck.y());
        QVERIFY(s.neck.y() < s.hip.y());
        // About one unit tall when standing.
        if (key.isEmpty())
            QVERIFY(s.head.y() - s.headRadius < -0.85 && s.head.y() - s.headRadius > -1.2);
    }

    void blendGoesStraight()
    {
        const KaratePose a = KaratePose::ready();
        const KaratePose b = pose("kick");
        QVERIFY(KaratePose::distance(KaratePose::blend(a, b, 0), a) < kSame);
        QVERIFY(KaratePose::distance(KaratePose::blend(a, b, 1), b) < kSame);
        const KaratePose half = KaratePose::blend(a, b, 0.5);
        QCOMPARE(half.nearHip, (a.nearHip + b.nearHip) / 2);
        QVERIFY(std::abs(KaratePose::distance(a, half) - KaratePose::distance(a, b) / 2) < kSame);
    }

    void timing()
    {
        const KarateTimeline t({ QStringLiteral("punch"), QStringLiteral("kick"), QStringLiteral("bow") }, 1000, 400);
        QCOMPARE(t.totalMs(), 3 * 1000 + 400);
        QCOMPARE(t.moveAt(-1), -1);
        QCOMPARE(t.moveAt(0), 0);
        QCOMPARE(t.moveAt(999), 0);
        QCOMPARE(t.moveAt(1000), 1);
        QCOMPARE(t.moveAt(2999), 2);
        QCOMPARE(t.moveAt(3000), -1); // back to ready: no move lit
        QCOMPARE(t.reachedAt(0), 400);
        QCOMPARE(t.reachedAt(2), 2400);
    }

    void posesInTime()
    {
        const KarateTimeline t({ QStringLiteral("punch"), QStringLiteral("kick"), QStringLiteral("bow") }, 1000, 400);
        const KaratePose ready = KaratePose::ready();
        QVERIFY(KaratePose::distance(t.poseAt(-50), ready) < kSame);
        QVERIFY(KaratePose::distance(t.poseAt(0), ready) < kSame);
        // Each move reached when its transition ends and held until the next one starts.
        const char *keys[] = { "punch", "kick", "bow" };
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(KaratePose::distance(t.poseAt(t.reachedAt(i)), pose(keys[i])) < kSame, keys[i]);
            QVERIFY2(KaratePose::distance(t.poseAt(i * 1000 + 999), pose(keys[i])) < kSame, keys[i]);
        }
        // On the way from punch to kick: strictly in between, and eased (slow start: the first
        // tenth of the time covers less than a tenth of the way).
        const KaratePose punch = pose("punch");
        const KaratePose kick = pose("kick");
        const qreal whole = KaratePose::distance(punch, kick);
        const KaratePose mid = t.poseAt(1000 + 200);
        QVERIFY(KaratePose::distance(mid, punch) > 0.3 * whole);
        QVERIFY(KaratePose::distance(mid, kick) > 0.3 * whole);
        QVERIFY(KaratePose::distance(t.poseAt(1000 + 40), punch) < 0.1 * whole);
        // Smooth: no jump of more than a few degrees between two frames 16 ms apart.
        for (int ms = 0; ms < t.totalMs(); ms += 16)
            QVERIFY2(KaratePose::distance(t.poseAt(ms), t.poseAt(ms + 16)) < 25, qPrintable(QString::number(ms)));
        // Back to the ready stance at the end, and it stays there.
        QVERIFY(KaratePose::distance(t.poseAt(t.totalMs()), ready) < kSame);
        QVERIFY(KaratePose::distance(t.poseAt(t.totalMs() + 5000), ready) < kSame);
    }

    void unknownMovesAndEmptyCombinations()
    {
        const KarateTimeline empty({});
        QCOMPARE(empty.moveAt(0), -1);
        QVERIFY(KaratePose::distance(empty.poseAt(300), KaratePose::ready()) < kSame);
        const KarateTimeline odd({ QStringLiteral("moonwalk") }, 1000, 400);
        QVERIFY(KaratePose::distance(odd.poseAt(500), KaratePose::ready()) < kSame);
        // A transition longer than a move is cut to the move.
        const KarateTimeline tight({ QStringLiteral("kick") }, 300, 900);
        QCOMPARE(tight.reachedAt(0), 300);
    }
};

QTEST_GUILESS_MAIN(TestKarateTimeline)
#include "tst_karatetimeline.moc"
