// LatticePathGeometry: the corners a path of right (0) and up (1) steps visits on its grid, up to
// the first empty place of a row being built, and whether it stays on the grid and reaches the goal.

#include "exercises/framework/latticepathgeometry.h"

#include <QTest>

using namespace stages;

using Points = QList<QPoint>;

class TestLatticePathGeometry : public QObject
{
    Q_OBJECT

private slots:
    void points_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<Item>("steps");
        QTest::addColumn<Points>("expected");
        QTest::addColumn<bool>("onGrid");
        QTest::addColumn<bool>("reachesGoal");
        QTest::newRow("nothing yet") << 2 << 2 << Item { -1, -1, -1, -1 } << Points { { 0, 0 } } << true << false;
        QTest::newRow("right then up") << 2 << 2 << Item { 0, 0, 1, 1 }
                                       << Points { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 2, 1 }, { 2, 2 } } << true << true;
        QTest::newRow("zigzag") << 2 << 2 << Item { 1, 0, 1, 0 }
                                << Points { { 0, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 }, { 2, 2 } } << true << true;
        QTest::newRow("half built") << 3 << 2 << Item { 0, 1, -1, -1, -1 } << Points { { 0, 0 }, { 1, 0 }, { 1, 1 } }
                                    << true << false;
        QTest::newRow("stops at the first gap")
            << 2 << 2 << Item { 0, -1, 1, 1 } << Points { { 0, 0 }, { 1, 0 } } << true << false;
        QTest::newRow("off the grid") << 2 << 2 << Item { 0, 0, 0, 1 }
                                      << Points { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 0 }, { 3, 1 } } << false << false;
        QTest::newRow("wide grid") << 3 << 1 << Item { 0, 1, 0, 0 }
                                   << Points { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } << true << true;
    }

    void points()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(Item, steps);
        QFETCH(Points, expected);
        QFETCH(bool, onGrid);
        QFETCH(bool, reachesGoal);
        const LatticePathGeometry grid(a, b);
        QCOMPARE(grid.goal(), QPoint(a, b));
        const Points points = grid.points(steps);
        QCOMPARE(points, expected);
        QCOMPARE(grid.onGrid(points), onGrid);
        QCOMPARE(grid.reachesGoal(points), reachesGoal);
    }
};

QTEST_APPLESS_MAIN(TestLatticePathGeometry)
#include "tst_latticepathgeometry.moc"
