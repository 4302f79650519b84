#include "exercises/combinatorics/combinatoricsprovider.h"

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/createrule.h"

#include <QJsonArray>

namespace stages {

namespace {

/// "create" with a rule the pupil picks from picture cards.
const auto choose = &CreateRule::chooseOptions;

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
    int variants = 1; ///< per skin; the colours, shapes, digits and letters make four
};

QJsonObject rule(const char *kind, int required, int element = -1)
{
    QJsonObject r { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("required"), required } };
    if (element >= 0)
        r.insert(QStringLiteral("element"), element);
    return { { QStringLiteral("rule"), r } };
}

/// The options of several tasks in one row; each task reads only its own.
QJsonObject all(std::initializer_list<QJsonObject> parts)
{
    QJsonObject out;
    for (const QJsonObject &part : parts) {
        for (auto it = part.begin(); it != part.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

QList<Row> table()
{
    const QString buildAll = QStringLiteral("build-all");
    const QString count = QStringLiteral("count");
    const QString starting = QStringLiteral("count-starting");
    const QString same = QStringLiteral("same-in-every-row");
    const QString predict = QStringLiteral("predict-more");
    const QString findMissing = QStringLiteral("find-missing");
    const QString spotDuplicate = QStringLiteral("spot-duplicate");
    const QString next = QStringLiteral("next-in-order");
    const QString transfer = QStringLiteral("transfer");
    const QString create = QStringLiteral("create");
    const QJsonObject total { { QStringLiteral("showTotal"), true } };
    // Given lists are shuffled unless the systematic order is the point (stage 6): the pupil
    // brings the order, the list does not.
    const QJsonObject shuffled { { QStringLiteral("shuffled"), true } };
    const QJsonObject twoMissing { { QStringLiteral("missing"), 2 }, { QStringLiteral("shuffled"), true } };
    const QJsonObject autoTarget { { QStringLiteral("targetSkin"), QStringLiteral("auto") } };
    const QJsonObject listing { { QStringLiteral("listing"), true } };
    const QJsonObject noListing { { QStringLiteral("listing"), false } };

    // A row's options go to all its tasks; each reads its own ("showTotal" build-all, "listing"
    // count and count-starting, "shuffled" the tasks with a given list). Never with "targetSkin",
    // which the builder reads for every task.
    // Each listing (build-all) is followed at once by a count of the same rows; noticing
    // (count-starting, same-in-every-row) and predicting (predict-more, then the bigger listing
    // to check) come after; every stage carries one arrangement to another skin. One variant per
    // skin: variety comes from more families, not from near-identical copies.
    return {
        // 1. Two elements: every order of two things, pairs, first outfits.
        { 1, "permutation", n1(2), { buildAll, count }, listing },
        { 1, "sequence", nk(2, 2), { buildAll, count }, listing },
        { 1, "product", sizes({ 2, 2 }), { buildAll, count }, listing },
        { 1, "arrangement", nk(3, 1), { buildAll, count }, listing },
        { 1, "permutation", n1(2), { transfer }, autoTarget },
        // 2. Three elements: predict the six orders, list and count them, notice what they share.
        { 2, "permutation", n1(2), { predict } },
        { 2, "permutation", n1(3), { buildAll, count, starting, same, findMissing, spotDuplicate }, all({ listing, shuffled }) },
        { 2, "permutation", n1(3), { transfer }, autoTarget },
        { 2, "arrangement", nk(3, 2), { buildAll, count, findMissing }, all({ listing, shuffled }) },
        { 2, "combination", nk(3, 2), { buildAll, count }, listing },
        { 2, "product", sizes({ 2, 3 }), { buildAll, count, starting, same }, all({ listing, shuffled }) },
        // 3. Choosing and repeating: with repetition, without order, bigger outfits.
        { 3, "sequence", nk(2, 2), { predict } },
        { 3, "sequence", nk(3, 2), { buildAll, count, starting, findMissing, spotDuplicate, same }, all({ total, listing, shuffled }) },
        { 3, "multiset", nk(3, 2), { buildAll, count, same }, all({ total, listing, shuffled }) },
        { 3, "combination", nk(4, 2), { buildAll, count, findMissing, same }, all({ total, listing, shuffled }) },
        { 3, "product", sizes({ 3, 3 }), { buildAll, count, starting }, all({ total, listing }) },
        { 3, "product", sizes({ 2, 2, 2 }), { buildAll, count, spotDuplicate }, all({ total, listing, shuffled }) },
        { 3, "sequence", nk(2, 3), { buildAll, count }, all({ total, listing }) },
        { 3, "sequence", nk(3, 2), { transfer }, autoTarget },
        // 4. Four elements: predict 24 orders, list them with a system, find the gaps.
        { 4, "permutation", n1(3), { predict } },
        { 4, "permutation", n1(4), { buildAll, count, starting, findMissing, spotDuplicate, same }, all({ total, listing, twoMissing, shuffled }) },
        { 4, "arrangement", nk(4, 2), { buildAll, count, starting, findMissing }, all({ total, listing, shuffled }) },
        { 4, "arrangement", nk(4, 3), { buildAll, count }, all({ total, listing }) },
        { 4, "combination", nk(4, 3), { buildAll, count, spotDuplicate }, all({ total, listing, shuffled }) },
        { 4, "sequence", nk(2, 4), { buildAll, count, starting, findMissing }, all({ total, listing, shuffled }) },
        { 4, "multiset", nk(3, 3), { buildAll, count }, all({ total, listing }) },
        { 4, "permutation", n1(4), { transfer }, autoTarget },
        // 5. Paths and outfits: walking a grid, dressing in three groups.
        { 5, "lattice_path", ab(2, 2), { buildAll, count }, all({ total, listing }), 1 },
        { 5, "lattice_path", ab(2, 2), { starting }, listing, 2 },
        { 5, "lattice_path", ab(2, 2), { findMissing, spotDuplicate, same }, shuffled, 3 },
        { 5, "lattice_path", ab(2, 3), { buildAll, count }, all({ total, listing }), 1 },
        { 5, "lattice_path", ab(2, 3), { starting }, listing, 2 },
        { 5, "lattice_path", ab(2, 3), { findMissing }, shuffled, 3 },
        { 5, "lattice_path", ab(3, 3), { buildAll, count }, all({ total, listing }), 1 },
        { 5, "product", sizes({ 2, 2, 2 }), { predict } },
        { 5, "product", sizes({ 3, 2, 2 }), { buildAll, count, starting, same }, all({ total, listing, shuffled }) },
        { 5, "product", sizes({ 3, 2, 2 }), { transfer }, autoTarget },
        // 6. The systematic order: what comes next, the gap in an ordered list, another skin.
        { 6, "permutation", n1(4), { next } },
        { 6, "arrangement", nk(4, 3), { findMissing } },
        { 6, "permutation", n1(5), { next } },
        { 6, "arrangement", nk(5, 2), { next } },
        { 6, "combination", nk(5, 2), { next, transfer }, autoTarget },
        { 6, "combination", nk(5, 2), { findMissing } },
        { 6, "combination", nk(5, 3), { next } },
        { 6, "sequence", nk(3, 3), { next, transfer }, autoTarget },
        { 6, "multiset", nk(4, 2), { next } },
        { 6, "product", sizes({ 3, 2, 2 }), { next } },
        { 6, "lattice_path", ab(3, 3), { next }, {}, 3 },
        { 6, "lattice_path", ab(3, 4), { next }, {}, 3 },
        // 7. Counting without listing: how many start with one, then all; predict one more.
        { 7, "permutation", n1(4), { predict } },
        { 7, "permutation", n1(5), { starting, count }, noListing },
        { 7, "permutation", n1(6), { count }, noListing },
        { 7, "arrangement", nk(5, 3), { starting, count }, noListing },
        { 7, "arrangement", nk(6, 2), { count }, noListing },
        { 7, "sequence", nk(3, 4), { starting, count }, noListing },
        { 7, "sequence", nk(3, 3), { predict } },
        { 7, "sequence", nk(4, 3), { count }, noListing },
        { 7, "combination", nk(6, 2), { count }, noListing },
        { 7, "combination", nk(6, 3), { count }, noListing },
        { 7, "combination", nk(8, 4), { count }, noListing },
        { 7, "multiset", nk(4, 3), { count }, noListing },
        { 7, "product", sizes({ 3, 4 }), { count }, noListing },
        { 7, "product", sizes({ 2, 3, 4 }), { starting, count }, noListing },
        { 7, "lattice_path", ab(3, 4), { count }, noListing, 1 },
        { 7, "lattice_path", ab(4, 4), { count }, noListing, 1 },
        { 7, "arrangement", nk(4, 3), { transfer }, autoTarget },
        // 8. Creating: a set of one's own that follows a rule (kept as an artifact).
        { 8, "permutation", n1(3), { create }, rule("distinct", 4) },
        { 8, "permutation", n1(4), { create }, rule("starts-with", 3, 0) },
        { 8, "arrangement", nk(4, 3), { create }, rule("distinct", 5) },
        { 8, "sequence", nk(3, 3), { create }, rule("no-neighbour-repeat", 4) },
        { 8, "sequence", nk(3, 4), { create }, rule("no-neighbour-repeat", 5) },
        { 8, "sequence", nk(2, 4), { create }, rule("starts-with", 4, 1) },
        { 8, "product", sizes({ 3, 3 }), { create }, rule("distinct", 4) },
        { 8, "lattice_path", ab(3, 3), { create }, rule("starts-with", 3, 1) },
        { 8, "sequence", nk(3, 4), { transfer }, autoTarget },
        // 9. Explorer (optional, 10-12): rings, the same when turned or flipped. Counting them
        //    needs Burnside's lemma, so ring counts live here and nowhere earlier.
        { 9, "necklace", nk(3, 2), { buildAll, count }, all({ total, listing }) },
        { 9, "necklace", nk(4, 2), { buildAll, count, findMissing }, all({ total, listing, shuffled }) },
        { 9, "necklace", nk(3, 3), { buildAll, count, spotDuplicate }, all({ total, listing, shuffled }) },
        { 9, "bracelet", nk(4, 2), { buildAll, count }, all({ total, listing }) },
        { 9, "bracelet", nk(5, 2), { buildAll, count, findMissing }, all({ total, listing, shuffled }) },
        { 9, "bracelet", nk(3, 3), { buildAll, count }, all({ total, listing }) },
        { 9, "necklace", nk(5, 2), { next } },
        { 9, "necklace", nk(6, 2), { count }, noListing },
        { 9, "bracelet", nk(6, 2), { count }, noListing },
        { 9, "necklace", nk(4, 3), { create }, rule("distinct", 3) },
        // A row of four beads, once in another skin: the ring's transfer screen does not fit
        // 1024x600 yet (its answer ring is 143 px tall).
        { 9, "sequence", nk(2, 4), { transfer }, autoTarget },

        // Creating at every stage (issue 8): after what a stage teaches, the pupil picks a rule
        // from picture cards and makes rows of their own that follow it (kept for the teacher).
        // Creative tasks stay out of the warm-up (Task::isCreative). Each structure here has
        // no other create row, so the ids stay unique (one variant per skin); tst_catalogue
        // checks every offered rule leaves enough rows.
        { 1, "sequence", nk(2, 2), { create }, choose({ "starts-with", "ends-with", "no-neighbour-repeat" }, 2) },
        { 2, "arrangement", nk(3, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 2) },
        { 3, "sequence", nk(3, 2), { create }, choose({ "starts-with", "contains", "no-neighbour-repeat" }, 3) },
        { 4, "arrangement", nk(4, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 3) },
        { 5, "lattice_path", ab(2, 2), { create }, choose({ "starts-with", "ends-with" }, 3) },
        { 6, "arrangement", nk(5, 2), { create }, choose({ "starts-with", "ends-with", "contains" }, 4) },
        { 7, "sequence", nk(2, 3), { create }, choose({ "starts-with", "ends-with", "contains" }, 4) },
        { 8, "sequence", nk(4, 2), { create },
          choose({ "starts-with", "ends-with", "contains", "no-neighbour-repeat", "distinct" }, 4) },
        { 9, "necklace", nk(4, 2), { create }, choose({ "contains", "distinct" }, 3) },
    };
}

} // namespace

StageLadder CombinatoricsProvider::ladder() const
{
    return StageLadder(
        domainKey(),
        {
            { 1, tr("Two elements"), tr("Finds and counts every order of two things and every pair from two groups."),
              6, 8 },
            { 2, tr("Three elements"),
              tr("Predicts, lists and counts the six orders of three things, notices what rows share and spots a "
                 "missing or doubled one."),
              6, 9 },
            { 3, tr("Choosing and repeating"),
              tr("Lists and counts choices with repetition, without order and from several groups, and knows when "
                 "the list is complete."),
              7, 10 },
            { 4, tr("Four elements"),
              tr("Predicts 24 orders, lists them with a system, counts those that start alike and finds the gaps."),
              8, 10 },
            { 5, tr("Paths and outfits"), tr("Lists and counts paths on a grid and outfits from three groups."), 8, 11 },
            { 6, tr("The systematic order"),
              tr("Says what comes next in the systematic order and finds the gap in an ordered list."), 8, 11 },
            { 7, tr("Counting without listing"),
              tr("Counts the rows that start alike, then all of them, and predicts the count with one more element, "
                 "without listing."),
              9, 12 },
            { 8, tr("Creating"), tr("Creates their own set of arrangements that follows a rule."), 9, 12 },
            //: An optional stage for older pupils who want more
            { 9, tr("Explorer: rings"),
              tr("Optional, for 10-12: lists and counts rings that are the same when turned or flipped (Burnside's "
                 "lemma)."),
              10, 12, true },
        });
}

void CombinatoricsProvider::contribute(CatalogueBuilder &builder) const
{
    // Skins in the order a child meets them; arrows only fit lattice paths, the rest everything
    // else (Skin::fits decides), so each row is tried with every skin.
    // Karate moves have their own domain (exercises/movement).
    const QStringList skins { QStringLiteral("colors"), QStringLiteral("shapes"), QStringLiteral("digits"),
                              QStringLiteral("letters"), QStringLiteral("arrows") };
    // Row, then skin, then task: the count comes right after the listing in the same skin, and
    // the scheduler (least-played family in catalogue order) gives them one after the other.
    for (const Row &row : table()) {
        for (const QString &skin : skins) {
            for (const QString &task : row.tasks) {
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
