#include "exercises/combinatorics/combinatoricsprovider.h"

#include "exercises/framework/cataloguebuilder.h"

#include <QJsonArray>

namespace stages {

namespace {

QJsonObject nk(int n, int k)
{
    return { { QStringLiteral("n"), n }, { QStringLiteral("k"), k } };
}

QJsonObject n1(int n)
{
    return { { QStringLiteral("n"), n } };
}

QJsonObject sizes(std::initializer_list<int> list)
{
    QJsonArray array;
    for (int s : list)
        array.append(s);
    return { { QStringLiteral("sizes"), array } };
}

QJsonObject ab(int a, int b)
{
    return { { QStringLiteral("a"), a }, { QStringLiteral("b"), b } };
}

/// One row of the ladder table: a structure with the tasks asked about it in a stage.
struct Row
{
    int stage;
    const char *structure;
    QJsonObject params;
    QStringList tasks;
    QJsonObject options = {};
    int variants = 4;
};

QJsonObject rule(const char *kind, int required, int element = -1)
{
    QJsonObject r { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("required"), required } };
    if (element >= 0)
        r.insert(QStringLiteral("element"), element);
    return { { QStringLiteral("rule"), r } };
}

/// "create" where the pupil picks one of @p kinds (CreateRule keys) from picture cards; the
/// rules that name an element name the first one shown.
QJsonObject choose(std::initializer_list<const char *> kinds, int required)
{
    QJsonArray choices;
    for (const char *kind : kinds)
        choices.append(QLatin1String(kind));
    return { { QStringLiteral("rule"),
               QJsonObject { { QStringLiteral("kind"), QStringLiteral("choose") },
                             { QStringLiteral("choices"), choices },
                             { QStringLiteral("element"), 0 },
                             { QStringLiteral("required"), required } } } };
}

QList<Row> table()
{
    const QString buildAll = QStringLiteral("build-all");
    const QString count = QStringLiteral("count");
    const QString findMissing = QStringLiteral("find-missing");
    const QString spotDuplicate = QStringLiteral("spot-duplicate");
    const QString next = QStringLiteral("next-in-order");
    const QString transfer = QStringLiteral("transfer");
    const QString create = QStringLiteral("create");
    const QJsonObject total { { QStringLiteral("showTotal"), true } };
    const QJsonObject shuffled { { QStringLiteral("shuffled"), true } };
    const QJsonObject twoMissing { { QStringLiteral("missing"), 2 } };
    const QJsonObject autoTarget { { QStringLiteral("targetSkin"), QStringLiteral("auto") } };
    const QJsonObject listing { { QStringLiteral("listing"), true } };
    const QJsonObject noListing { { QStringLiteral("listing"), false } };

    return {
        // 1. Two elements: every order of two things, pairs, first outfits.
        { 1, "permutation", n1(2), { buildAll } },
        { 1, "permutation", n1(2), { transfer }, autoTarget },
        { 1, "sequence", nk(2, 2), { buildAll } },
        { 1, "product", sizes({ 2, 2 }), { buildAll } },
        { 1, "arrangement", nk(3, 1), { buildAll } },
        // 2. Three elements: the six orders, and what is missing or doubled.
        { 2, "permutation", n1(3), { buildAll, findMissing, spotDuplicate } },
        { 2, "permutation", n1(3), { transfer }, autoTarget },
        { 2, "arrangement", nk(3, 2), { buildAll, findMissing } },
        { 2, "combination", nk(3, 2), { buildAll } },
        { 2, "product", sizes({ 2, 3 }), { buildAll } },
        // 3. Choosing and repeating: with repetition, without order, bigger outfits.
        { 3, "sequence", nk(3, 2), { findMissing, spotDuplicate } },
        { 3, "sequence", nk(3, 2), { buildAll }, total },
        { 3, "multiset", nk(3, 2), { buildAll }, total },
        { 3, "combination", nk(4, 2), { buildAll, findMissing }, total },
        { 3, "product", sizes({ 3, 3 }), { buildAll }, total },
        { 3, "product", sizes({ 2, 2, 2 }), { buildAll, spotDuplicate }, total },
        { 3, "sequence", nk(2, 3), { buildAll }, total },
        // 4. Four elements: 24 orders need a system; find the system's gaps.
        { 4, "permutation", n1(4), { buildAll }, total },
        { 4, "permutation", n1(4), { findMissing }, twoMissing },
        { 4, "permutation", n1(4), { spotDuplicate } },
        { 4, "arrangement", nk(4, 2), { buildAll, findMissing }, total },
        { 4, "arrangement", nk(4, 3), { buildAll }, total },
        { 4, "combination", nk(4, 3), { buildAll, spotDuplicate }, total },
        { 4, "sequence", nk(2, 4), { buildAll, findMissing }, total },
        { 4, "multiset", nk(3, 3), { buildAll }, total },
        // 5. Circles and paths: the same up to turning; walking a grid.
        { 5, "necklace", nk(3, 2), { buildAll }, total },
        { 5, "necklace", nk(4, 2), { buildAll, findMissing }, total },
        { 5, "necklace", nk(3, 3), { buildAll, spotDuplicate }, total },
        { 5, "bracelet", nk(4, 2), { buildAll }, total },
        { 5, "bracelet", nk(5, 2), { buildAll, findMissing }, total },
        { 5, "bracelet", nk(3, 3), { buildAll }, total },
        { 5, "lattice_path", ab(2, 2), { buildAll, findMissing, spotDuplicate }, total, 6 },
        { 5, "lattice_path", ab(2, 3), { buildAll, findMissing }, total, 6 },
        { 5, "lattice_path", ab(3, 3), { buildAll }, total },
        // 6. The systematic order: what comes next, and the same arrangement in another skin.
        { 6, "permutation", n1(4), { next, transfer }, autoTarget },
        { 6, "permutation", n1(5), { next } },
        { 6, "arrangement", nk(5, 2), { next } },
        { 6, "combination", nk(5, 2), { next, transfer }, autoTarget },
        { 6, "combination", nk(5, 3), { next } },
        { 6, "sequence", nk(3, 3), { next, transfer }, autoTarget },
        { 6, "multiset", nk(4, 2), { next } },
        { 6, "product", sizes({ 3, 2, 2 }), { next, transfer }, autoTarget },
        { 6, "necklace", nk(5, 2), { next } },
        { 6, "lattice_path", ab(3, 3), { next }, {}, 6 },
        { 6, "lattice_path", ab(3, 4), { next }, {}, 6 },
        // 7. Counting without listing.
        { 7, "permutation", n1(4), { count }, listing },
        { 7, "permutation", n1(5), { count }, noListing },
        { 7, "permutation", n1(6), { count }, noListing },
        { 7, "arrangement", nk(5, 3), { count }, noListing },
        { 7, "arrangement", nk(6, 2), { count }, noListing },
        { 7, "sequence", nk(3, 4), { count }, noListing },
        { 7, "sequence", nk(4, 3), { count }, noListing },
        { 7, "combination", nk(6, 2), { count }, noListing },
        { 7, "combination", nk(6, 3), { count }, noListing },
        { 7, "combination", nk(8, 4), { count }, noListing },
        { 7, "multiset", nk(4, 3), { count }, noListing },
        { 7, "product", sizes({ 3, 4 }), { count }, noListing },
        { 7, "product", sizes({ 2, 3, 4 }), { count }, noListing },
        { 7, "necklace", nk(6, 2), { count }, noListing },
        { 7, "bracelet", nk(6, 2), { count }, noListing },
        { 7, "lattice_path", ab(3, 4), { count }, noListing },
        { 7, "lattice_path", ab(4, 4), { count }, noListing },
        // 8. Creating: a set of one's own that follows a rule (kept as an artifact).
        { 8, "permutation", n1(3), { create }, rule("distinct", 4) },
        { 8, "permutation", n1(4), { create }, rule("starts-with", 3, 0) },
        { 8, "arrangement", nk(4, 3), { create }, rule("distinct", 5) },
        { 8, "sequence", nk(3, 3), { create }, rule("no-neighbour-repeat", 4) },
        { 8, "sequence", nk(3, 4), { create }, rule("no-neighbour-repeat", 5) },
        { 8, "sequence", nk(2, 4), { create }, rule("starts-with", 4, 1) },
        { 8, "product", sizes({ 3, 3 }), { create }, rule("distinct", 4) },
        { 8, "necklace", nk(4, 3), { create }, rule("distinct", 3) },
        { 8, "lattice_path", ab(3, 3), { create }, rule("starts-with", 3, 1), 1 },

        // Creating at every stage (issue 8): after what a stage teaches, the pupil picks a rule
        // from picture cards and makes rows of their own that follow it (kept for the teacher).
        // Creative tasks stay out of the warm-up (Task::isCreative). Each structure here has
        // no other create row, so the ids stay unique; tst_catalogue checks every offered rule
        // leaves enough rows.
        { 1, "sequence", nk(2, 2), { create }, choose({ "starts-with", "ends-with", "no-neighbour-repeat" }, 2), 2 },
        { 2, "arrangement", nk(3, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 2), 2 },
        { 3, "sequence", nk(3, 2), { create }, choose({ "starts-with", "contains", "no-neighbour-repeat" }, 3), 2 },
        { 4, "arrangement", nk(4, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 3), 2 },
        { 5, "necklace", nk(4, 2), { create }, choose({ "contains", "distinct" }, 3), 2 },
        { 5, "lattice_path", ab(2, 2), { create }, choose({ "starts-with", "ends-with" }, 3), 2 },
        { 6, "arrangement", nk(5, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 4), 2 },
        { 7, "sequence", nk(2, 3), { create }, choose({ "starts-with", "ends-with", "contains" }, 4), 2 },
        { 8, "sequence", nk(4, 2), { create },
          choose({ "starts-with", "ends-with", "contains", "no-neighbour-repeat", "distinct" }, 4), 2 },
    };
}

} // namespace

StageLadder CombinatoricsProvider::ladder() const
{
    return StageLadder(
        domainKey(),
        {
            { 1, tr("Two elements"), tr("Finds every order of two things and every pair from two groups.") },
            { 2, tr("Three elements"), tr("Finds all six orders of three things and spots a missing or doubled one.") },
            { 3, tr("Choosing and repeating"),
              tr("Lists choices with repetition, without order and from several groups, and knows when the list is "
                 "complete.") },
            { 4, tr("Four elements"), tr("Uses a system to list 24 orders and finds the gaps in a list.") },
            { 5, tr("Circles and paths"),
              tr("Sees when two arrangements on a circle are the same, and lists paths on a grid.") },
            { 6, tr("The systematic order"),
              tr("Says what comes next in the systematic order and carries an arrangement to another skin.") },
            { 7, tr("Counting without listing"), tr("Counts the possibilities without listing them all.") },
            { 8, tr("Creating"), tr("Creates their own set of arrangements that follows a rule.") },
        });
}

void CombinatoricsProvider::contribute(CatalogueBuilder &builder) const
{
    // Skins in the order a child meets them; arrows only fit lattice paths, the rest everything
    // else (Skin::fits decides), so each row is tried with every skin.
    // Karate moves have their own domain (exercises/movement).
    const QStringList skins { QStringLiteral("colors"), QStringLiteral("shapes"), QStringLiteral("digits"),
                              QStringLiteral("letters"), QStringLiteral("arrows") };
    for (const Row &row : table()) {
        for (const QString &task : row.tasks) {
            for (const QString &skin : skins) {
                CatalogueBuilder::Family family;
                family.idPrefix = QStringLiteral("comb");
                family.domain = domainKey();
                family.stage = row.stage;
                family.structure = QLatin1String(row.structure);
                family.params = row.params;
                family.skin = skin;
                family.task = task;
                family.options = row.options;
                family.variants = row.variants;
                builder.addFamily(family);
            }
        }
    }
}

} // namespace stages
