// The stage map's stones and titles (issue 14, point 12): the halo of the stone to work on and
// the keyboard's ring never reach a title, at 1x and at 2x (where the map has half the logical
// pixels), and the title is painted where titleRect() says.

#include "exercises/framework/view/stagemapwidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace stages;

class TestStageMap : public QObject
{
    Q_OBJECT

private:
    static QList<StageMapWidget::StageStone> stones()
    {
        QList<StageMapWidget::StageStone> list;
        for (int n = 1; n <= 9; ++n)
            list.append({ n, QStringLiteral("Stage title %1").arg(n), n == 1 ? MasteryLevel::Mastered : MasteryLevel::NotStarted });
        return list;
    }

    /// The map at @p size logical pixels rendered at @p scale, titles or not.
    static QImage render(StageMapWidget &map, qreal scale)
    {
        QImage image((QSizeF(map.size()) * scale).toSize(), QImage::Format_ARGB32);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        map.render(&image);
        return image;
    }

private slots:
    void haloAndRingStayClearOfTheTitles_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1366x768 at 1x") << QSize(1300, 470) << 1.0;
        QTest::newRow("1024x600 at 1x") << QSize(990, 360) << 1.0;
        QTest::newRow("1366x768 at 2x") << QSize(640, 360) << 2.0;
        QTest::newRow("small at 2x") << QSize(500, 260) << 2.0;
    }

    void haloAndRingStayClearOfTheTitles()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QWidget window;
        auto *map = new StageMapWidget(&window);
        map->setStages(stones());
        map->setCurrent(1);
        window.resize(size);
        map->setGeometry(QRect(QPoint(), size));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        map->setFocus();
        QTRY_VERIFY(map->hasFocus());
        for (int number = 1; number <= 9; ++number) {
            const QPointF c = map->stoneCenter(number);
            const QRectF title = map->titleRect(number);
            // The nearest point of the title's box to the stone's centre lies outside everything
            // painted around the stone.
            const QPointF nearest(std::clamp(c.x(), title.left(), title.right()),
                                  std::clamp(c.y(), title.top(), title.bottom()));
            QVERIFY2(QLineF(c, nearest).length() > map->outerRadius(number) + 1,
                     qPrintable(QStringLiteral("stone %1: title at %2 px, painting reaches %3 px")
                                    .arg(number)
                                    .arg(QLineF(c, nearest).length())
                                    .arg(map->outerRadius(number))));
        }
        // The current stone's halo is painted no further than outerRadius(): below the stone,
        // just outside it, the map without titles shows its background (nothing but the path could
        // be there, and the path runs sideways).
        QList<StageMapWidget::StageStone> untitled = stones();
        for (auto &s : untitled)
            s.title.clear();
        map->setStages(untitled);
        const QImage image = render(*map, scale);
        const QPointF c = map->stoneCenter(1);
        const double outer = map->outerRadius(1);
        const QPointF inside(c.x(), c.y() + outer - 2);
        const QPointF outside(c.x(), c.y() + outer + 3);
        const QColor background = image.pixelColor(2, 2);
        QVERIFY2(image.pixelColor((inside * scale).toPoint()) != background, "the halo is painted to its edge");
        QCOMPARE(image.pixelColor((outside * scale).toPoint()), background);
    }

    void titlesArePaintedInTheirBox()
    {
        QWidget window;
        auto *map = new StageMapWidget(&window);
        map->setStages(stones());
        map->setCurrent(1);
        map->setGeometry(0, 0, 640, 360);
        window.resize(640, 360);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage with = render(*map, 2.0);
        QList<StageMapWidget::StageStone> untitled = stones();
        for (auto &s : untitled)
            s.title.clear();
        map->setStages(untitled);
        const QImage without = render(*map, 2.0);
        QRectF ink;
        for (int y = 0; y < with.height(); ++y) {
            for (int x = 0; x < with.width(); ++x) {
                if (with.pixel(x, y) != without.pixel(x, y))
                    ink |= QRectF(x / 2.0, y / 2.0, 0.5, 0.5);
            }
        }
        QVERIFY(!ink.isEmpty());
        QRectF boxes;
        for (int number = 1; number <= 9; ++number)
            boxes |= map->titleRect(number);
        QVERIFY2(boxes.adjusted(-1, -1, 1, 1).contains(ink),
                 qPrintable(QStringLiteral("ink %1,%2 %3x%4").arg(ink.x()).arg(ink.y()).arg(ink.width()).arg(ink.height())));
    }
};

QTEST_MAIN(TestStageMap)
#include "tst_stagemap.moc"
