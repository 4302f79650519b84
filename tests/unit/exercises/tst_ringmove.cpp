// RingMove: turning beads on a ring by k places gives the rotated row, turning it over gives the
// mirrored row, and between() finds the move that takes one ring onto another exactly when the
// structure counts them as the same necklace or bracelet.

#include "exercises/framework/circularstructure.h"
#include "exercises/framework/ringmove.h"

#include <QTest>

using namespace stages;

class TestRingMove : public QObject
{
    Q_OBJECT

private slots:
    void turned_data()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<int>("k");
        QTest::addColumn<Item>("expected");
        QTest::newRow("no turn") << Item { 0, 1, 2, 3 } << 0 << Item { 0, 1, 2, 3 };
        QTest::newRow("one clockwise") << Item { 0, 1, 2, 3 } << 1 << Item { 3, 0, 1, 2 };
        QTest::newRow("one back") << Item { 0, 1, 2, 3 } << -1 << Item { 1, 2, 3, 0 };
        QTest::newRow("all round") << Item { 0, 1, 2, 3 } << 4 << Item { 0, 1, 2, 3 };
        QTest::newRow("more than round") << Item { 0, 1, 2 } << 5 << Item { 1, 2, 0 };
        QTest::newRow("empty places move too") << Item { 1, -1, -1, 0, -1 } << 2 << Item { 0, -1, 1, -1, -1 };
    }

    void turned()
    {
        QFETCH(Item, item);
        QFETCH(int, k);
        QFETCH(Item, expected);
        QCOMPARE(RingMove::turned(item, k), expected);
        // Turning by k is the row started (n - k) places later: the rotation.
        const int n = int(item.size());
        const int start = (((n - k) % n) + n) % n;
        QCOMPARE(RingMove::turned(item, k), item.mid(start) + item.first(start));
        QCOMPARE((RingMove { k, false }.applied(item)), expected);
        QCOMPARE(RingMove::turned(RingMove::turned(item, k), -k), item);
    }

    void flipped_data()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<Item>("expected");
        QTest::newRow("three") << Item { 0, 1, 2 } << Item { 0, 2, 1 };
        QTest::newRow("four") << Item { 0, 1, 2, 3 } << Item { 0, 3, 2, 1 };
        QTest::newRow("five, top bead stays") << Item { 4, 0, 1, 1, 0 } << Item { 4, 0, 1, 1, 0 };
        QTest::newRow("with gaps") << Item { 1, 0, -1, -1 } << Item { 1, -1, -1, 0 };
    }

    void flipped()
    {
        QFETCH(Item, item);
        QFETCH(Item, expected);
        QCOMPARE(RingMove::flipped(item), expected);
        // The reflection: read the ring the other way round from the top bead.
        Item reflection { item.first() };
        for (qsizetype i = item.size() - 1; i >= 1; --i)
            reflection.append(item.at(i));
        QCOMPARE(RingMove::flipped(item), reflection);
        QCOMPARE(RingMove::flipped(RingMove::flipped(item)), item);
        QCOMPARE((RingMove { 0, true }.applied(item)), expected);
    }

    void between_data()
    {
        QTest::addColumn<Item>("from");
        QTest::addColumn<Item>("to");
        QTest::addColumn<bool>("mayFlip");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("turn");
        QTest::addColumn<bool>("flip");
        QTest::newRow("same") << Item { 0, 1, 1 } << Item { 0, 1, 1 } << false << true << 0 << false;
        QTest::newRow("one clockwise") << Item { 0, 0, 1, 1 } << Item { 1, 0, 0, 1 } << false << true << 1 << false;
        QTest::newRow("one back") << Item { 0, 0, 1, 1 } << Item { 0, 1, 1, 0 } << false << true << -1 << false;
        QTest::newRow("half round") << Item { 0, 1, 0, 0 } << Item { 0, 0, 0, 1 } << false << true << 2 << false;
        QTest::newRow("turn preferred over flip") << Item { 0, 1, 2 } << Item { 2, 0, 1 } << true << true << 1 << false;
        QTest::newRow("mirror: necklace no")
            << Item { 0, 0, 1, 0, 1, 1 } << Item { 0, 1, 1, 0, 1, 0 } << false << false << 0 << false;
        QTest::newRow("mirror: bracelet flips") << Item { 0, 1, 2 } << Item { 0, 2, 1 } << true << true << 0 << true;
        QTest::newRow("flip then turn") << Item { 0, 1, 2, 2 } << Item { 1, 0, 2, 2 } << true << true << 1 << true;
        QTest::newRow("different beads") << Item { 0, 0, 1 } << Item { 0, 1, 1 } << true << false << 0 << false;
        QTest::newRow("different lengths") << Item { 0, 0, 1 } << Item { 0, 0, 1, 1 } << true << false << 0 << false;
    }

    void between()
    {
        QFETCH(Item, from);
        QFETCH(Item, to);
        QFETCH(bool, mayFlip);
        QFETCH(bool, found);
        QFETCH(int, turn);
        QFETCH(bool, flip);
        const std::optional<RingMove> move = RingMove::between(from, to, mayFlip);
        QCOMPARE(move.has_value(), found);
        if (!found)
            return;
        QCOMPARE(move->turn, turn);
        QCOMPARE(move->flip, flip);
        QCOMPARE(move->applied(from), to);
    }

    // between() agrees with the structures: a move exists exactly when both rows have the same
    // canonical form, and it is never more than half way round.
    void agreesWithStructures_data()
    {
        QTest::addColumn<bool>("bracelet");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        for (const bool bracelet : { false, true }) {
            for (const auto &[n, k] : QList<QPair<int, int>> { { 3, 3 }, { 4, 2 }, { 5, 2 }, { 6, 2 }, { 4, 3 } })
                QTest::addRow("%s n%d k%d", bracelet ? "bracelet" : "necklace", n, k) << bracelet << n << k;
        }
    }

    void agreesWithStructures()
    {
        QFETCH(bool, bracelet);
        QFETCH(int, n);
        QFETCH(int, k);
        const CircularStructure structure(
            bracelet ? CircularStructure::Kind::Bracelet : CircularStructure::Kind::Necklace, n, k);
        // Every row of n beads of k colours.
        ItemList all { Item() };
        for (int place = 0; place < n; ++place) {
            ItemList longer;
            for (const Item &item : std::as_const(all)) {
                for (int colour = 0; colour < k; ++colour)
                    longer.append(item + Item { colour });
            }
            all = longer;
        }
        for (const Item &from : std::as_const(all)) {
            for (const Item &to : std::as_const(all)) {
                const std::optional<RingMove> move = RingMove::between(from, to, bracelet);
                QCOMPARE(move.has_value(), structure.canonical(from) == structure.canonical(to));
                if (move) {
                    QCOMPARE(move->applied(from), to);
                    QVERIFY(std::abs(move->turn) * 2 <= n);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestRingMove)
#include "tst_ringmove.moc"
