// The geometry structures: every closed form against the enumeration, over many parameters;
// the gcd rule of star polygons; colourings against Burnside's lemma computed here on its own;
// symmetric figures against a brute-force search of every figure of the grid; bars against
// their recurrence. Enumerations come in systematic order without duplicates.

#include "exercises/geometry/chordsstructure.h"
#include "exercises/geometry/colouringstructure.h"
#include "exercises/geometry/compositionstructure.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/symmetrystructure.h"

#include <QSet>
#include <QTest>

#include <numeric>

using namespace stages;
using namespace stages::geometry;

Q_DECLARE_METATYPE(stages::Item)

namespace {

/// Euclid's algorithm, written out here so the test does not lean on the code it checks.
int euclid(int a, int b)
{
    while (b != 0) {
        const int r = a % b;
        a = b;
        b = r;
    }
    return a;
}

qint64 power(qint64 base, int exponent)
{
    qint64 r = 1;
    for (int i = 0; i < exponent; ++i)
        r *= base;
    return r;
}

qint64 choose(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    qint64 r = 1;
    for (int i = 1; i <= k; ++i)
        r = r * (n - k + i) / i;
    return r;
}

/// Strictly increasing (so: sorted and without duplicates), every item valid and canonical.
QString orderProblem(const Structure &s, const ItemList &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!s.isValid(items.at(i)))
            return QStringLiteral("item %1 is not valid").arg(i);
        if (s.canonical(items.at(i)) != items.at(i))
            return QStringLiteral("item %1 is not canonical").arg(i);
        if (i > 0 && !(items.at(i - 1) < items.at(i)))
            return QStringLiteral("items %1 and %2 are out of order or the same").arg(i - 1).arg(i);
    }
    return {};
}

/// Burnside's lemma for k colours on n parts, computed here: the average number of colourings
/// each turn (and flip) leaves as it is.
qint64 burnside(int n, int k, bool mirror)
{
    qint64 fixed = 0;
    for (int i = 0; i < n; ++i)
        fixed += power(k, euclid(n, i)); // turning by i: gcd(n, i) cycles (gcd(n, 0) = n)
    if (!mirror)
        return fixed / n;
    for (int axis = 0; axis < n; ++axis) {
        // The flip that maps part j to part (axis - j) mod n: count its cycles.
        QList<bool> seen(n, false);
        int cycles = 0;
        for (int j = 0; j < n; ++j) {
            if (seen.at(j))
                continue;
            ++cycles;
            for (int x = j; !seen.at(x); x = ((axis - x) % n + n) % n)
                seen[x] = true;
        }
        fixed += power(k, cycles);
    }
    return fixed / (2 * n);
}

} // namespace

class TestGeometryStructures : public QObject
{
    Q_OBJECT

private slots:
    void starPolygonGcdRule_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        for (int n = 3; n <= 12; ++n) {
            for (int k = 1; k < n; ++k)
                QTest::addRow("{%d/%d}", n, k) << n << k;
        }
    }

    // {n/k} splits into gcd(n, k) closed figures of n / gcd corners, which between them visit
    // every point once and draw every line of the star once.
    void starPolygonGcdRule()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        const StarPolygonStructure star(n, k);
        const int g = euclid(n, k);
        QCOMPARE(star.count(), qint64(g));
        QCOMPARE(star.figures(), g);
        QCOMPARE(star.cornersPerFigure(), n / g);
        const ItemList figures = star.enumerate();
        QCOMPARE(figures.size(), qsizetype(star.count()));
        QVERIFY2(orderProblem(star, figures).isEmpty(), qPrintable(orderProblem(star, figures)));
        QSet<int> visited;
        QSet<Item> lines;
        for (const Item &figure : figures) {
            QCOMPARE(figure.size(), qsizetype(n / g));
            for (qsizetype i = 0; i < figure.size(); ++i) {
                QVERIFY(!visited.contains(figure.at(i)));
                visited.insert(figure.at(i));
                const int a = figure.at(i);
                const int b = figure.at((i + 1) % figure.size());
                QCOMPARE(((b - a) % n + n) % n, k); // every k-th point
                lines.insert({ std::min(a, b), std::max(a, b) });
            }
        }
        QCOMPARE(visited.size(), n);
        const ItemList segments = star.segments();
        QCOMPARE(segments.size(), qsizetype(2 * k == n ? n / 2 : n));
        QCOMPARE(QSet<Item>(segments.cbegin(), segments.cend()), lines);

        // The same figure from another corner, or the other way round, is the same figure.
        for (const Item &figure : figures) {
            Item turned = figure.mid(1) + figure.mid(0, 1);
            Item reversed(figure.crbegin(), figure.crend());
            QVERIFY(star.isValid(turned) && star.isValid(reversed));
            QCOMPARE(star.canonical(turned), figure);
            QCOMPARE(star.canonical(reversed), figure);
        }
        if (n / g >= 4) { // (a triangle with two corners swapped is the triangle the other way round)
            Item broken = figures.first();
            std::swap(broken[1], broken[2]);
            QVERIFY(!star.isValid(broken));
        }
        QVERIFY(!star.isValid(Item(n / g, 0)));
    }

    void chordsClosedForms_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("figure");
        for (int n = 3; n <= 12; ++n) {
            for (int f = 0; f < 3; ++f)
                QTest::addRow("n%d figure%d", n, f) << n << f;
        }
    }

    void chordsClosedForms()
    {
        QFETCH(int, n);
        QFETCH(int, figure);
        const ChordsStructure chords(n, ChordsStructure::Figure(figure));
        const qint64 expected = figure == 0 ? choose(n, 2) : figure == 1 ? choose(n, 2) - n : choose(n, 3);
        QCOMPARE(chords.count(), expected);
        const ItemList items = chords.enumerate();
        QCOMPARE(items.size(), qsizetype(expected));
        QVERIFY2(orderProblem(chords, items).isEmpty(), qPrintable(orderProblem(chords, items)));
        // Every pair (triple) of points is there exactly when it is such a figure.
        int brute = 0;
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                if (figure == 2) {
                    for (int c = b + 1; c < n; ++c) {
                        ++brute;
                        QVERIFY(chords.isValid({ c, a, b }));
                    }
                    continue;
                }
                const bool side = b - a == 1 || (a == 0 && b == n - 1);
                const bool counts = figure == 0 || !side;
                brute += counts ? 1 : 0;
                QCOMPARE(chords.isValid({ b, a }), counts);
            }
        }
        QCOMPARE(qint64(brute), expected);
        QVERIFY(!chords.isValid(Item(chords.itemLength(), 0)));
        QVERIFY(!chords.isValid(Item(chords.itemLength(), n)));
        // "How many start with point x" adds up to the whole and matches the list.
        qint64 sum = 0;
        for (int x = 0; x < n; ++x) {
            const qint64 starting = std::count_if(items.cbegin(), items.cend(), [x](const Item &i) { return i.first() == x; });
            QCOMPARE(chords.countStartingWith(x).value(), starting);
            sum += starting;
        }
        QCOMPARE(sum, expected);
        if (n < 12)
            QCOMPARE(chords.withOneMore()->count(), ChordsStructure::countFor(n + 1, chords.figure()));
    }

    void colouringsFollowBurnside_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("mirror");
        for (int n = 2; n <= 12; ++n) {
            for (int k = 1; k <= 5; ++k) {
                QTest::addRow("n%d k%d turn", n, k) << n << k << false;
                QTest::addRow("n%d k%d turn+flip", n, k) << n << k << true;
            }
        }
    }

    void colouringsFollowBurnside()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(bool, mirror);
        const ColouringStructure colouring(n, k, mirror);
        QCOMPARE(colouring.count(), burnside(n, k, mirror));
        if (power(k, n) > 300000)
            return; // the closed form is enough; listing would take long
        const ItemList items = colouring.enumerate();
        QCOMPARE(items.size(), qsizetype(colouring.count()));
        QVERIFY2(orderProblem(colouring, items).isEmpty(), qPrintable(orderProblem(colouring, items)));
    }

    void colouringKnownValues()
    {
        // OEIS A000031 (two colours, turning) and A000029 (turning and flipping).
        const qint64 necklaces[] = { 2, 3, 4, 6, 8, 14, 20, 36, 60, 108, 188, 352 };
        const qint64 bracelets[] = { 2, 3, 4, 6, 8, 13, 18, 30, 46, 78, 126, 224 };
        for (int n = 1; n <= 12; ++n) {
            QCOMPARE(burnside(n, 2, false), necklaces[n - 1]);
            QCOMPARE(burnside(n, 2, true), bracelets[n - 1]);
        }
        const ColouringStructure c(6, 3, true);
        QCOMPARE(c.kind(), QStringLiteral("colouring"));
        QCOMPARE(c.paramsToken(), QStringLiteral("n6k3mir"));
        QCOMPARE(c.withOneMore()->count(), burnside(6, 4, true));
    }

    void symmetricFigures_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("symmetry");
        for (int w = 2; w <= 4; ++w) {
            for (int h = 2; h <= 4; ++h) {
                for (int s = 0; s < 4; ++s)
                    QTest::addRow("%dx%d symmetry%d", w, h, s) << w << h << s;
            }
        }
    }

    // 2^orbits - 1 against every figure of the grid, tested cell by cell with the mirror maps.
    void symmetricFigures()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, symmetry);
        const SymmetryStructure grid(width, height, SymmetryStructure::Symmetry(symmetry));
        const int cells = width * height;
        auto fixedBy = [&](const Item &f, auto map) {
            for (int r = 0; r < height; ++r) {
                for (int c = 0; c < width; ++c) {
                    const auto [r2, c2] = map(r, c);
                    if (f.at(r * width + c) != f.at(r2 * width + c2))
                        return false;
                }
            }
            return true;
        };
        auto vertical = [&](int r, int c) { return std::pair { r, width - 1 - c }; };
        auto horizontal = [&](int r, int c) { return std::pair { height - 1 - r, c }; };
        auto halfTurn = [&](int r, int c) { return std::pair { height - 1 - r, width - 1 - c }; };
        ItemList brute;
        for (int mask = 1; mask < (1 << cells); ++mask) {
            Item f(cells, 0);
            for (int i = 0; i < cells; ++i)
                f[i] = (mask >> i) & 1;
            bool keeps = false;
            switch (symmetry) {
            case 0: keeps = fixedBy(f, vertical); break;
            case 1: keeps = fixedBy(f, horizontal); break;
            case 2: keeps = fixedBy(f, vertical) && fixedBy(f, horizontal); break;
            case 3: keeps = fixedBy(f, halfTurn); break;
            }
            if (keeps)
                brute.append(f);
            QCOMPARE(grid.isValid(f), keeps);
        }
        std::sort(brute.begin(), brute.end());
        QCOMPARE(grid.count(), qint64(brute.size()));
        QCOMPARE(grid.enumerate(), brute);
        QVERIFY2(orderProblem(grid, brute).isEmpty(), qPrintable(orderProblem(grid, brute)));
        QCOMPARE(grid.countStartingWith(0).value() + grid.countStartingWith(1).value(), grid.count());
        QCOMPARE(grid.countStartingWith(1).value(),
                 qint64(std::count_if(brute.cbegin(), brute.cend(), [](const Item &f) { return f.first() == 1; })));

        // A seeded figure keeps the symmetry, leaves something to complete and names its lines.
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const Item f = grid.seededFigure(seed);
            QVERIFY(grid.isValid(f));
            bool outside = false;
            for (int cell = 0; cell < cells; ++cell)
                outside = outside || (f.at(cell) == 1 && !grid.isKept(cell));
            QVERIFY(outside);
            const QStringList lines = SymmetryStructure::mirrorLines(f, width, height);
            QCOMPARE(lines.contains(QStringLiteral("vertical")), fixedBy(f, vertical));
            QCOMPARE(lines.contains(QStringLiteral("horizontal")), fixedBy(f, horizontal));
            if (symmetry == 0 || symmetry == 2)
                QVERIFY(lines.contains(QStringLiteral("vertical")));
            if (symmetry >= 2)
                QVERIFY(SymmetryStructure::rotationOrder(f, width, height) >= 2);
        }
    }

    void mirrorLinesOfKnownFigures()
    {
        // A plus sign on 3×3: all four lines, a quarter turn.
        const Item plus { 0, 1, 0, 1, 1, 1, 0, 1, 0 };
        QCOMPARE(SymmetryStructure::mirrorLines(plus, 3, 3),
                 QStringList({ QStringLiteral("vertical"), QStringLiteral("horizontal"), QStringLiteral("diagonal"),
                               QStringLiteral("anti-diagonal") }));
        QCOMPARE(SymmetryStructure::rotationOrder(plus, 3, 3), 4);
        // An L (the left column and the bottom row): only the anti-diagonal.
        const Item corner { 1, 0, 0, 1, 0, 0, 1, 1, 1 };
        QCOMPARE(SymmetryStructure::mirrorLines(corner, 3, 3), QStringList({ QStringLiteral("anti-diagonal") }));
        QCOMPARE(SymmetryStructure::rotationOrder(corner, 3, 3), 1);
        // An S on 3×2 has no mirror line but a half turn.
        const Item s { 1, 1, 0, 0, 1, 1 };
        QCOMPARE(SymmetryStructure::mirrorLines(s, 3, 2), QStringList());
        QCOMPARE(SymmetryStructure::rotationOrder(s, 3, 2), 2);
    }

    void barsFromPieces_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("pieces");
        for (int length = 1; length <= 12; ++length) {
            QTest::addRow("length %d, 2 kinds", length) << length << 2;
            QTest::addRow("length %d, 3 kinds", length) << length << 3;
        }
    }

    // The closed sum against the recurrence f(n) = f(n-1) + f(n-2) (+ f(n-3)).
    void barsFromPieces()
    {
        QFETCH(int, length);
        QFETCH(int, pieces);
        QList<qint64> f { 1 };
        for (int n = 1; n <= length; ++n) {
            qint64 v = 0;
            for (int p = 1; p <= pieces && p <= n; ++p)
                v += f.at(n - p);
            f.append(v);
        }
        const CompositionStructure bars(length, pieces);
        QCOMPARE(bars.count(), f.at(length));
        const ItemList items = bars.enumerate();
        QCOMPARE(items.size(), qsizetype(f.at(length)));
        QVERIFY2(orderProblem(bars, items).isEmpty(), qPrintable(orderProblem(bars, items)));
        for (const Item &item : items) {
            const QList<int> lengths = CompositionStructure::pieceLengths(item);
            QCOMPARE(std::accumulate(lengths.cbegin(), lengths.cend(), 0), length);
        }
        qint64 sum = 0;
        for (int v = 0; v < pieces; ++v) {
            const qint64 starting = std::count_if(items.cbegin(), items.cend(), [v](const Item &i) { return i.first() == v; });
            QCOMPARE(bars.countStartingWith(v).value(), starting);
            sum += starting;
        }
        QCOMPARE(sum, bars.count());
        if (length >= 3) {
            Item broken(length, 0);
            broken[length - 2] = 1; // a 2-piece cut short by the end: [0, ..., 1, 0]
            QVERIFY(!bars.isValid(broken));
            QVERIFY(!bars.isValid(Item(length, pieces)));
        }
    }
};

QTEST_GUILESS_MAIN(TestGeometryStructures)
#include "tst_geometrystructures.moc"
