// Geometry's tokens on the shared exercise screen are pictures, not blank tiles: a point of the
// "points" skin is its number with a dot at its place on a ring (the i-th of n clockwise from the
// top), a piece of the "rods" skins a bar of its length in its colour. Painted by TokenPainter
// from the real prompt's elements, and seen on the real palette of an open exercise.

#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/framework/view/tokenpainter.h"
#include "support/testdatabase.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace stages;

namespace {

constexpr int kSide = 120;

QImage painted(const QJsonObject &element)
{
    QImage image(kSide, kSide, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    TokenPainter::paint(p, QRectF(0, 0, kSide, kSide), element);
    p.end();
    return image;
}

/// Pixels not white.
int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return n;
}

/// Pixels close to @p colour.
int pixelsOf(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue()) < 40
                ? 1
                : 0;
        }
    }
    return n;
}

struct NoServices : ScreenServices
{
    QObject *service(QStringView) override { return nullptr; }
};

} // namespace

class TestGeometryTokens : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    QJsonArray elementsOf(const QString &id) const
    {
        const Exercise *e = m_content->catalogue().find(id);
        return e ? Evaluator(m_content->engine()).prompt(*e).value(QStringLiteral("elements")).toArray()
                 : QJsonArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = makeExerciseContent();
    }

    // Each point: its number, and a blue dot where it sits on the ring, nowhere else.
    void pointSitsAtItsPlace()
    {
        const QJsonArray elements = elementsOf(QStringLiteral("geo1/chord/n4seg/points/build-all/s2"));
        QCOMPARE(elements.size(), 4);
        const QColor dot(QStringLiteral("#1565C0"));
        QList<QImage> images;
        for (int i = 0; i < elements.size(); ++i) {
            const QJsonObject element = elements.at(i).toObject();
            QCOMPARE(element.value(QStringLiteral("shape")).toString(), QStringLiteral("point"));
            QCOMPARE(element.value(QStringLiteral("of")).toInt(), 4);
            const QImage image = painted(element);
            QVERIFY2(inked(image) > kSide * kSide / 20, "a point token is not blank");
            // Point i of 4: at the top, right, bottom, left of the ring.
            const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / 4;
            const QPoint at(int(kSide / 2 + kSide * 0.35 * std::cos(angle)),
                            int(kSide / 2 + kSide * 0.35 * std::sin(angle)));
            const QPoint opposite(kSide - at.x(), kSide - at.y());
            QVERIFY2(pixelsOf(image, dot, QRect(at - QPoint(8, 8), QSize(17, 17))) > 30,
                     qPrintable(QStringLiteral("the dot of point %1").arg(i)));
            QCOMPARE(pixelsOf(image, dot, QRect(opposite - QPoint(8, 8), QSize(17, 17))), 0);
            images.append(image);
        }
        // Different numbers, different places: no two tokens look alike.
        for (int i = 0; i < images.size(); ++i) {
            for (int j = i + 1; j < images.size(); ++j)
                QVERIFY(images.at(i) != images.at(j));
        }
    }

    // A piece is a bar of its colour, as long as the piece: twice and three times the 1-piece.
    void rodIsABarOfItsLength()
    {
        const QJsonArray elements = elementsOf(QStringLiteral("geo8/bar/l3p3/rods3/build-all/s1"));
        QCOMPARE(elements.size(), 3);
        QList<int> areas;
        for (int i = 0; i < elements.size(); ++i) {
            const QJsonObject element = elements.at(i).toObject();
            QCOMPARE(element.value(QStringLiteral("shape")).toString(), QStringLiteral("rod"));
            QCOMPARE(element.value(QStringLiteral("length")).toInt(), i + 1);
            const QImage image = painted(element);
            const int area = pixelsOf(image, QColor(element.value(QStringLiteral("color")).toString()), image.rect());
            QVERIFY2(area > 300, qPrintable(QStringLiteral("piece %1 long: %2 px of its colour").arg(i + 1).arg(area)));
            areas.append(area);
        }
        QVERIFY(areas.at(1) > areas.at(0) * 1.6 && areas.at(1) < areas.at(0) * 2.4);
        QVERIFY(areas.at(2) > areas.at(0) * 2.5 && areas.at(2) < areas.at(0) * 3.5);
    }

    // On the real screen: the palette's tokens differ from an empty token, and a point token
    // carries no key number in its corner (it would read as another point).
    void paletteTokensAreDrawn_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("points") << QStringLiteral("geo1/chord/n4seg/points/build-all/s1");
        QTest::newRow("rods2") << QStringLiteral("geo8/bar/l3p2/rods2/build-all/s1");
        QTest::newRow("rods3") << QStringLiteral("geo8/bar/l3p3/rods3/build-all/s1");
    }

    void paletteTokensAreDrawn()
    {
        QFETCH(QString, id);
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        NoServices services;
        const PageContext context { *db.db, clock, school.pupil, m_content, &services };
        DomainPage page(*findDomainView(QStringLiteral("geometry")), context);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openExercise(id));
        auto *screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        QCoreApplication::processEvents();
        const QList<TokenButton *> tokens = screen->findChildren<TokenButton *>();
        QVERIFY(tokens.size() >= 2);
        TokenButton blank(0, QJsonObject());
        blank.setTokenSize(tokens.first()->width());
        blank.resize(tokens.first()->size());
        const QImage empty = blank.grab().toImage();
        for (TokenButton *token : tokens) {
            const QImage face = token->grab().toImage();
            QCOMPARE(face.size(), empty.size());
            int differ = 0;
            for (int y = 0; y < face.height(); ++y) {
                for (int x = 0; x < face.width(); ++x)
                    differ += face.pixel(x, y) != empty.pixel(x, y) ? 1 : 0;
            }
            QVERIFY2(differ > face.width() * face.height() / 20, qPrintable(token->objectName() + QStringLiteral(" is blank")));
            if (id.contains(QLatin1String("points")))
                QVERIFY(token->shortcutText().isEmpty());
        }
    }
};

QTEST_MAIN(TestGeometryTokens)
#include "tst_geometrytokens.moc"
