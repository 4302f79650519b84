#include "exercises/geometry/geometryprovider.h"

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/geometry/chordsstructure.h"
#include "exercises/geometry/colouringstructure.h"
#include "exercises/geometry/compositionstructure.h"
#include "exercises/geometry/geometryskins.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/tasks/completesymmetrytask.h"
#include "exercises/geometry/tasks/createdrawingtask.h"
#include "exercises/geometry/tasks/drawtask.h"
#include "exercises/geometry/tasks/findmirrorstask.h"
#include "exercises/geometry/tasks/predicttask.h"

#include <numeric>

namespace stages::geometry {

namespace {

struct Row
{
    int stage;
    const char *structure;
    QJsonObject params;
    const char *skin;
    QStringList tasks;
    int variants;
    QJsonObject options = {};
    const char *suffix = nullptr; ///< "geo3-corners": options that change the question get their own ids
};

QJsonObject star(int n, int k)
{
    return { { QStringLiteral("n"), n }, { QStringLiteral("k"), k } };
}

QJsonObject chords(int n, const char *figure)
{
    return { { QStringLiteral("n"), n }, { QStringLiteral("figure"), QLatin1String(figure) } };
}

QJsonObject grid(int width, int height, const char *symmetry)
{
    return { { QStringLiteral("width"), width },
             { QStringLiteral("height"), height },
             { QStringLiteral("symmetry"), QLatin1String(symmetry) } };
}

QJsonObject bar(int length, int pieces)
{
    return { { QStringLiteral("length"), length }, { QStringLiteral("pieces"), pieces } };
}

QJsonObject colouring(int n, int k, const char *symmetry)
{
    return { { QStringLiteral("n"), n }, { QStringLiteral("k"), k },
             { QStringLiteral("symmetry"), QLatin1String(symmetry) } };
}

QJsonObject path(int a, int b)
{
    return { { QStringLiteral("a"), a }, { QStringLiteral("b"), b } };
}

QList<Row> table()
{
    const QString draw = QStringLiteral("draw");
    const QString predict = QStringLiteral("predict");
    const QString buildAll = QStringLiteral("build-all");
    const QString count = QStringLiteral("count");
    const QString starting = QStringLiteral("count-starting");
    const QString findMissing = QStringLiteral("find-missing");
    const QString spotDuplicate = QStringLiteral("spot-duplicate");
    const QString next = QStringLiteral("next-in-order");
    const QString transfer = QStringLiteral("transfer");
    const QString same = QStringLiteral("same-in-every-row");
    const QString predictMore = QStringLiteral("predict-more");
    const QString complete = QStringLiteral("complete-symmetry");
    const QString mirrors = QStringLiteral("find-mirrors");
    const QString create = QStringLiteral("create-drawing");
    const QJsonObject listing { { QStringLiteral("listing"), true } };
    const QJsonObject noListing { { QStringLiteral("listing"), false } };
    const QJsonObject shuffled { { QStringLiteral("shuffled"), true } };
    const QJsonObject corners { { QStringLiteral("asks"), QStringLiteral("corners") } };
    const QJsonObject lines { { QStringLiteral("asks"), QStringLiteral("lines") } };

    QList<Row> rows;
    // 1. Lines between points: every line among 3 to 6 points, drawn, predicted, listed, counted;
    //    the triangles among 4 and 5 points.
    for (int n = 3; n <= 6; ++n) {
        rows.append({ 1, "chords", chords(n, "segment"), "points", { predict, draw }, 2 });
        rows.append({ 1, "chords", chords(n, "segment"), "points", { buildAll }, 2 });
        rows.append({ 1, "chords", chords(n, "segment"), "points", { count }, 1, listing });
    }
    for (int n = 4; n <= 5; ++n) {
        rows.append({ 1, "chords", chords(n, "triangle"), "points", { buildAll }, 2 });
        rows.append({ 1, "chords", chords(n, "triangle"), "points", { count }, 1, listing });
        rows.append({ 1, "chords", chords(n, "triangle"), "points", { draw }, 2 });
    }
    rows.append({ 1, "chords", chords(4, "segment"), "points", { spotDuplicate }, 3, shuffled });

    // 2. Star polygons: join every k-th of 5 to 8 points; predict how many figures, then draw.
    for (int n = 5; n <= 8; ++n) {
        for (int k = 1; 2 * k <= n; ++k)
            rows.append({ 2, "star_polygon", star(n, k), "points", { predict, draw }, 2 });
    }

    // 3. How many figures? The gcd rule: predict the figures and their corners for 6 to 12
    //    points, find every separate figure, count them.
    for (int n = 6; n <= 12; ++n) {
        for (int k = 2; 2 * k <= n; ++k) {
            if (n >= 9) // 5 to 8 points are stage 2's
                rows.append({ 3, "star_polygon", star(n, k), "points", { predict, draw }, 1 });
            if (std::gcd(n, k) > 1) {
                rows.append({ 3, "star_polygon", star(n, k), "points", { predict }, 1, corners, "corners" });
                rows.append({ 3, "star_polygon", star(n, k), "points", { buildAll, count }, 1, listing });
            }
        }
        rows.append({ 3, "star_polygon", star(n, n / 2 - (n % 2 == 0 ? 1 : 0)), "points", { predict }, 1, lines, "lines" });
    }

    // 4. Lines and triangles: diagonals and triangles of bigger figures, predicted, counted
    //    without listing, found missing, with one more point.
    // A list a child scans for the one missing or doubled is at most about 20 rows long: from
    // 8 points on (20 diagonals, 56 triangles) the lines are counted, not listed.
    for (int n = 4; n <= 9; ++n) {
        rows.append({ 4, "chords", chords(n, "diagonal"), "points", { predict, draw }, 1 });
        if (n <= 7)
            rows.append({ 4, "chords", chords(n, "diagonal"), "points", { findMissing }, 3, shuffled });
        rows.append({ 4, "chords", chords(n, "diagonal"), "points", { starting }, 2, noListing });
        rows.append({ 4, "chords", chords(n, "diagonal"), "points", { count }, 1, noListing });
        // One more point: checked by the count of the next figure, right after.
        rows.append({ 4, "chords", chords(n, "diagonal"), "points", { predictMore }, 1 });
    }
    rows.append({ 4, "chords", chords(10, "diagonal"), "points", { count }, 1, noListing });
    for (int n = 5; n <= 8; ++n) {
        rows.append({ 4, "chords", chords(n, "triangle"), "points", { predict, count }, 1, noListing });
        rows.append({ 4, "chords", chords(n, "triangle"), "points", { starting }, 2, noListing });
        if (n <= 6)
            rows.append({ 4, "chords", chords(n, "triangle"), "points", { findMissing, spotDuplicate }, 3, shuffled });
        rows.append({ 4, "chords", chords(n, "segment"), "points", { next }, 3 });
    }
    for (int n = 9; n <= 12; ++n) {
        rows.append({ 4, "chords", chords(n, "segment"), "points", { predict, count }, 1, noListing });
        if (n < 12)
            rows.append({ 4, "chords", chords(n, "segment"), "points", { predictMore }, 1 });
    }

    // 5. Mirror pictures: complete the other half; which lines are mirror lines?
    for (const auto &[w, h] : QList<QPair<int, int>> { { 3, 3 }, { 4, 3 }, { 4, 4 }, { 5, 4 }, { 5, 5 }, { 6, 4 } }) {
        rows.append({ 5, "symmetry", grid(w, h, "vertical"), "cells", { complete }, 4 });
        rows.append({ 5, "symmetry", grid(h, w, "horizontal"), "cells", { complete }, 3 });
    }
    for (int size = 3; size <= 5; ++size) {
        rows.append({ 5, "symmetry", grid(size, size, "vertical"), "cells", { mirrors }, 4 });
        rows.append({ 5, "symmetry", grid(size, size, "horizontal"), "cells", { mirrors }, 3 });
        rows.append({ 5, "symmetry", grid(size, size, "both"), "cells", { mirrors }, 4 });
    }
    rows.append({ 5, "symmetry", grid(2, 2, "vertical"), "cells", { buildAll, count }, 1, listing });
    rows.append({ 5, "symmetry", grid(3, 2, "vertical"), "cells", { buildAll, count }, 1, listing });
    rows.append({ 5, "symmetry", grid(2, 3, "horizontal"), "cells", { buildAll, count }, 1, listing });

    // 6. Both mirrors and half turns: complete figures with two mirror lines or a centre, find
    //    all lines, count the symmetric figures of a grid without drawing them.
    for (const auto &[w, h] : QList<QPair<int, int>> { { 3, 3 }, { 4, 4 }, { 5, 3 }, { 5, 5 }, { 6, 6 } }) {
        rows.append({ 6, "symmetry", grid(w, h, "both"), "cells", { complete }, 4 });
        rows.append({ 6, "symmetry", grid(w, h, "half-turn"), "cells", { complete }, 4 });
        rows.append({ 6, "symmetry", grid(w, h, "half-turn"), "cells", { mirrors }, 3 });
    }
    for (const auto &[w, h] : QList<QPair<int, int>> { { 2, 2 }, { 3, 2 }, { 3, 3 }, { 4, 3 } }) {
        rows.append({ 6, "symmetry", grid(w, h, "both"), "cells", { count }, 1, noListing });
        // "Starts with a filled corner" reads on a row of at most six cells; a bigger grid as a row
        // of 9 or 12 squares does not look like the grid any more.
        if (w * h <= 6)
            rows.append({ 6, "symmetry", grid(w, h, "half-turn"), "cells", { count, starting }, 1, noListing });
        else
            rows.append({ 6, "symmetry", grid(w, h, "half-turn"), "cells", { count }, 1, noListing });
    }

    // 7. Paths on a grid: every path right and up, how many start to the right, the next path.
    for (const auto &[a, b] : QList<QPair<int, int>> { { 1, 2 }, { 2, 2 }, { 2, 3 }, { 3, 3 }, { 2, 4 } }) {
        rows.append({ 7, "lattice_path", path(a, b), "arrows", { buildAll, count }, 1, listing });
        rows.append({ 7, "lattice_path", path(a, b), "arrows", { starting }, 2, listing });
        // Ten paths to scan at most, as in combinatorics: 15 or 20 shuffled rows of six arrows
        // are too many to compare.
        if (a * b <= 6)
            rows.append({ 7, "lattice_path", path(a, b), "arrows", { findMissing, spotDuplicate }, 3, shuffled });
        rows.append({ 7, "lattice_path", path(a, b), "arrows", { next }, 3 });
    }
    // Noticing: what do all these paths have in common?
    for (const auto &[a, b] : QList<QPair<int, int>> { { 2, 3 }, { 3, 3 } })
        rows.append({ 7, "lattice_path", path(a, b), "arrows", { same }, 3, shuffled });
    rows.append({ 7, "lattice_path", path(4, 4), "arrows", { count }, 1, noListing });
    rows.append({ 7, "lattice_path", path(3, 4), "arrows", { count }, 1, noListing });

    // 8. Bars from pieces: every bar of a length from pieces 1 and 2 (then 1, 2 and 3) long.
    for (int length = 2; length <= 6; ++length) {
        rows.append({ 8, "composition", bar(length, 2), "rods2", { buildAll, count }, 1, listing });
        rows.append({ 8, "composition", bar(length, 2), "rods2", { findMissing, next }, 3, shuffled });
        // A third kind of piece: checked when the bars of 1, 2 and 3 are listed further on (from 3).
        if (length >= 3)
            rows.append({ 8, "composition", bar(length, 2), "rods2", { predictMore }, 1, noListing });
        rows.append({ 8, "composition", bar(length, 2), "rods2", { starting }, 1, noListing });
    }
    for (int length = 3; length <= 6; ++length) {
        rows.append({ 8, "composition", bar(length, 3), "rods3", { buildAll, count }, 1, listing });
        // The doubled bar among at most 14 (length 5); the 24 bars of length 6 are listed, not scanned.
        if (length <= 5)
            rows.append({ 8, "composition", bar(length, 3), "rods3", { spotDuplicate }, 3, shuffled });
        rows.append({ 8, "composition", bar(length, 3), "rods3", { next }, 3, shuffled });
    }
    for (int length = 7; length <= 10; ++length)
        rows.append({ 8, "composition", bar(length, 2), "rods2", { count, starting }, 1, noListing });

    // 9. My own pictures (creating): lines between points, with a mirror or turning symmetry.
    for (int n : { 6, 8, 10, 12 }) {
        rows.append({ 9, "star_polygon", star(n, 1), "points", { create }, 1,
                      QJsonObject { { QStringLiteral("required"), n } } });
        rows.append({ 9, "star_polygon", star(n, 1), "points", { create }, 1,
                      QJsonObject { { QStringLiteral("required"), n },
                                    { QStringLiteral("symmetry"), QStringLiteral("mirror") } },
                      "mirror" });
        rows.append({ 9, "star_polygon", star(n, 1), "points", { create }, 1,
                      QJsonObject { { QStringLiteral("required"), n },
                                    { QStringLiteral("symmetry"), QStringLiteral("rotation") },
                                    { QStringLiteral("turns"), n / 2 } },
                      "turn" });
    }

    // 10. Turning and flipping (explorer, 10-12): colourings of wheels, flowers and polygons.
    //     Built up to 14 different ones (as combinatorics' rings): two colours on 3 to 6 parts,
    //     three colours on 3 parts; three colours on 4 parts (21 or 24) only counted; more (39 to
    //     130) would be a chore, not a discovery. The missing one is looked for among at most 7
    //     shown rings (two colours, 3 to 5 parts).
    static const char *const parts[] = { "wheel", "flower", "sides" };
    for (const char *symmetry : { "rotation", "rotation+mirror" }) {
        for (int n = 3; n <= 6; ++n) {
            const char *const skin = parts[n % 3];
            for (int k = 2; k <= 3; ++k) {
                if (k == 3 && n > 4)
                    continue;
                QJsonArray targetElements;
                for (int i = 0; i < k; ++i)
                    targetElements.append(4 + i);
                const QJsonObject target { { QStringLiteral("targetSkin"), QLatin1String(parts[(n + 1) % 3]) },
                                           { QStringLiteral("targetElements"), targetElements } };
                const bool listed = k == 2 || n == 3;
                if (listed) {
                    rows.append({ 10, "colouring", colouring(n, k, symmetry), skin, { buildAll }, 2 });
                    rows.append({ 10, "colouring", colouring(n, k, symmetry), skin, { count }, 1, listing });
                    if (k == 2 && n <= 5)
                        rows.append({ 10, "colouring", colouring(n, k, symmetry), skin, { findMissing }, 2, shuffled });
                } else {
                    rows.append({ 10, "colouring", colouring(n, k, symmetry), skin, { count }, 1, noListing });
                }
                rows.append({ 10, "colouring", colouring(n, k, symmetry), skin, { transfer }, 2, target });
                // One more colour: counted right after, with three colours.
                if (k == 2 && n <= 4)
                    rows.append({ 10, "colouring", colouring(n, 2, symmetry), skin, { predictMore }, 2 });
            }
        }
    }
    return rows;
}

} // namespace

void GeometryProvider::registerWith(ExerciseEngine &engine)
{
    engine.structures().add(QStringLiteral("star_polygon"), &StarPolygonStructure::create);
    engine.structures().add(QStringLiteral("chords"), &ChordsStructure::create);
    engine.structures().add(QStringLiteral("colouring"), &ColouringStructure::create);
    engine.structures().add(QStringLiteral("symmetry"), &SymmetryStructure::create);
    engine.structures().add(QStringLiteral("composition"), &CompositionStructure::create);
    for (const Skin &skin : GeometrySkins::all())
        engine.skins().add(skin);
    engine.tasks().add(std::make_unique<DrawTask>());
    engine.tasks().add(std::make_unique<PredictTask>());
    engine.tasks().add(std::make_unique<CompleteSymmetryTask>());
    engine.tasks().add(std::make_unique<FindMirrorsTask>());
    engine.tasks().add(std::make_unique<CreateDrawingTask>());
}

QStringList GeometryProvider::customTasks()
{
    return { QStringLiteral("draw"), QStringLiteral("predict"), QStringLiteral("complete-symmetry"),
             QStringLiteral("find-mirrors"), QStringLiteral("create-drawing") };
}

StageLadder GeometryProvider::ladder() const
{
    Stage explorer { 10, tr("Turning and flipping"),
                     tr("Finds and counts the different colourings of a wheel, a flower or a polygon when turning "
                        "(and flipping) it gives the same one."),
                     10, 12 };
    explorer.optional = true;
    return StageLadder(
        domainKey(),
        { { 1, tr("Lines between points"),
            tr("Joins points on a circle in every way, predicts how many lines there are and lists them."), 6, 8 },
          { 2, tr("Star polygons"), tr("Draws a star by joining every second or third point and predicts its shape."),
            7, 9 },
          { 3, tr("How many figures?"),
            tr("Predicts how many separate figures a star splits into, and how many corners each has."), 8, 10 },
          { 4, tr("Lines and triangles"),
            tr("Counts the diagonals and triangles of bigger figures without drawing them all."), 8, 11 },
          { 5, tr("Mirror pictures"), tr("Completes a picture on a grid from its half and finds its mirror lines."),
            6, 9 },
          { 6, tr("Two mirrors and half turns"),
            tr("Completes pictures with two mirror lines or a centre and counts symmetric pictures."), 8, 11 },
          { 7, tr("Paths on a grid"), tr("Finds every path up and right across a grid and counts them."), 7, 10 },
          { 8, tr("Bars from pieces"), tr("Builds every bar of a length from pieces one, two and three long."), 7, 10 },
          { 9, tr("My own pictures"),
            tr("Draws a picture of their own between points on a circle, with a mirror or turning symmetry."), 6, 12 },
          explorer });
}

void GeometryProvider::contribute(CatalogueBuilder &builder) const
{
    for (const Row &row : table()) {
        for (const QString &task : row.tasks) {
            CatalogueBuilder::Family f;
            f.idPrefix = QStringLiteral("geo%1").arg(row.stage);
            if (row.suffix)
                f.idPrefix += QLatin1Char('-') + QLatin1String(row.suffix);
            f.domain = domainKey();
            f.stage = row.stage;
            f.structure = QLatin1String(row.structure);
            f.params = row.params;
            f.skin = QLatin1String(row.skin);
            f.task = task;
            f.options = row.options;
            f.variants = row.variants;
            builder.addFamily(f);
        }
    }
}

} // namespace stages::geometry
