#include "exercises/movement/movementprovider.h"

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/createrule.h"

#include <QJsonArray>

namespace stages {

namespace {

/// "create" with a rule the pupil picks from picture cards.
const auto choose = &CreateRule::chooseOptions;

struct Row
{
    int stage;
    const char *structure;
    int n;
    int k; ///< 0: a permutation (no k)
    const char *task;
    QJsonObject options = {};
    int variants = 4;
};

QJsonObject params(const Row &row)
{
    QJsonObject p { { QStringLiteral("n"), row.n } };
    if (row.k > 0)
        p.insert(QStringLiteral("k"), row.k);
    return p;
}

QJsonObject createRule(const char *kind, int required, int element = -1)
{
    QJsonObject r { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("required"), required } };
    if (element >= 0)
        r.insert(QStringLiteral("element"), element);
    return { { QStringLiteral("rule"), r } };
}

QList<Row> table()
{
    const QJsonObject total { { QStringLiteral("showTotal"), true } };
    const QJsonObject autoTarget { { QStringLiteral("targetSkin"), QStringLiteral("auto") } };
    const QJsonObject listing { { QStringLiteral("listing"), true } };
    const QJsonObject noListing { { QStringLiteral("listing"), false } };
    // Given lists are shuffled unless the systematic order is the point (stage 5).
    const QJsonObject shuffled { { QStringLiteral("shuffled"), true } };
    const QJsonObject twoMissing { { QStringLiteral("missing"), 2 }, { QStringLiteral("shuffled"), true } };
    // Each listing is followed at once by its count; every stage carries a kata to another skin.
    return {
        // 1. Two moves: both orders, and a move done twice.
        { 1, "permutation", 2, 0, "build-all" },
        { 1, "permutation", 2, 0, "count", listing, 2 },
        { 1, "sequence", 2, 2, "build-all" },
        { 1, "sequence", 2, 2, "count", listing, 2 },
        { 1, "arrangement", 3, 1, "build-all", {}, 2 },
        { 1, "arrangement", 3, 1, "count", listing, 2 },
        { 1, "permutation", 2, 0, "transfer", autoTarget, 3 },
        // 2. Three moves: predict the six katas, do and count them, notice, find the missing one.
        { 2, "permutation", 2, 0, "predict-more", {}, 2 },
        { 2, "permutation", 3, 0, "build-all", total },
        { 2, "permutation", 3, 0, "count", listing, 2 },
        { 2, "permutation", 3, 0, "count-starting", listing, 3 },
        { 2, "permutation", 3, 0, "same-in-every-row", shuffled },
        { 2, "permutation", 3, 0, "find-missing", shuffled },
        { 2, "permutation", 3, 0, "spot-duplicate", shuffled },
        { 2, "arrangement", 3, 2, "build-all", total },
        { 2, "arrangement", 3, 2, "count", listing, 2 },
        { 2, "permutation", 3, 0, "transfer", autoTarget, 3 },
        // 3. Repeating moves.
        { 3, "sequence", 3, 2, "build-all", total },
        { 3, "sequence", 3, 2, "count", listing, 2 },
        { 3, "sequence", 3, 2, "count-starting", listing, 3 },
        { 3, "sequence", 3, 2, "find-missing", shuffled },
        { 3, "sequence", 3, 2, "same-in-every-row", shuffled },
        { 3, "sequence", 2, 3, "build-all", total },
        { 3, "sequence", 2, 3, "count", listing, 2 },
        { 3, "combination", 4, 2, "build-all", total },
        { 3, "combination", 4, 2, "count", listing, 2 },
        { 3, "sequence", 3, 2, "transfer", autoTarget, 3 },
        // 4. Four moves: predict 24 katas; they need a system.
        { 4, "permutation", 3, 0, "predict-more", {}, 2 },
        { 4, "permutation", 4, 0, "build-all", total },
        { 4, "permutation", 4, 0, "count", listing, 2 },
        { 4, "permutation", 4, 0, "count-starting", listing, 3 },
        { 4, "permutation", 4, 0, "find-missing", twoMissing },
        { 4, "arrangement", 4, 2, "build-all", total },
        { 4, "arrangement", 4, 2, "count", listing, 2 },
        { 4, "arrangement", 4, 2, "same-in-every-row", shuffled },
        { 4, "permutation", 4, 0, "transfer", autoTarget, 3 },
        // 5. The order of the katas: what comes next, the gap in an ordered list, a kata in colours.
        { 5, "permutation", 3, 0, "next-in-order" },
        { 5, "permutation", 4, 0, "next-in-order" },
        { 5, "sequence", 3, 2, "next-in-order" },
        { 5, "arrangement", 4, 3, "find-missing" },
        { 5, "arrangement", 4, 3, "transfer", autoTarget, 3 },
        // 6. Counting katas without doing them all.
        { 6, "permutation", 4, 0, "predict-more", {}, 2 },
        { 6, "permutation", 5, 0, "count-starting", noListing, 3 },
        { 6, "permutation", 5, 0, "count", noListing, 2 },
        { 6, "sequence", 3, 3, "count-starting", noListing, 3 },
        { 6, "sequence", 3, 3, "count", noListing, 2 },
        { 6, "arrangement", 5, 2, "count", noListing, 2 },
        { 6, "arrangement", 5, 2, "transfer", autoTarget, 3 },
        // 7. My own kata set.
        { 7, "permutation", 3, 0, "create", createRule("distinct", 4) },
        { 7, "sequence", 3, 3, "create", createRule("no-neighbour-repeat", 4) },
        { 7, "permutation", 4, 0, "create", createRule("starts-with", 3, 0), 1 },

        // Creating at every stage (issue 8): katas of one's own that follow a rule picked from
        // picture cards, and karate combinations a figure performs ("combination"); all kept for
        // the teacher and out of the warm-up (Task::isCreative). Structures with no other create
        // row, so the ids stay unique; tst_catalogue checks every offered rule leaves enough.
        { 1, "sequence", 2, 2, "create", choose({ "starts-with", "ends-with", "no-neighbour-repeat" }, 2), 2 },
        { 1, "sequence", 2, 3, "combination", {}, 2 },
        { 2, "arrangement", 3, 2, "create", choose({ "starts-with", "ends-with", "contains" }, 2), 2 },
        { 2, "sequence", 3, 3, "combination", {}, 2 },
        { 3, "sequence", 3, 2, "create", choose({ "starts-with", "contains", "no-neighbour-repeat" }, 3), 2 },
        { 3, "sequence", 3, 4, "combination", createRule("no-neighbour-repeat", 1), 2 },
        { 4, "arrangement", 4, 2, "create", choose({ "starts-with", "ends-with", "contains" }, 3), 2 },
        { 4, "permutation", 4, 0, "combination", {}, 2 },
        { 5, "sequence", 2, 3, "create", choose({ "starts-with", "ends-with", "contains" }, 3), 2 },
        { 6, "arrangement", 5, 2, "create", choose({ "starts-with", "ends-with", "contains" }, 4), 2 },
        { 6, "sequence", 4, 4, "combination", {}, 2 },
        { 7, "sequence", 4, 2, "create",
          choose({ "starts-with", "ends-with", "contains", "no-neighbour-repeat", "distinct" }, 4), 2 },
        { 7, "sequence", 6, 5, "combination", createRule("no-neighbour-repeat", 1), 2 },
        { 7, "sequence", 3, 3, "transfer", autoTarget, 3 },
    };
}

} // namespace

StageLadder MovementProvider::ladder() const
{
    return StageLadder(
        domainKey(),
        {
            { 1, tr("Two moves"), tr("Finds and counts both orders of two karate moves and a move done twice."), 6, 8 },
            { 2, tr("Three moves"),
              tr("Predicts, does and counts all six katas of three moves, notices what they share and spots a missing "
                 "or doubled one."),
              6, 9 },
            { 3, tr("Repeating moves"),
              tr("Lists and counts katas in which a move may come again, and pairs of moves in any order."), 7, 10 },
            { 4, tr("Four moves"),
              tr("Predicts the 24 katas of four moves, lists them with a system and finds the gaps."), 8, 10 },
            { 5, tr("The order of katas"),
              tr("Says which kata comes next in the systematic order and finds the gap in an ordered list."), 8, 11 },
            { 6, tr("Counting katas"),
              tr("Counts the katas that start alike, then all of them, without performing them, and predicts one "
                 "more move."),
              9, 12 },
            { 7, tr("My own katas"), tr("Creates a set of katas that follows a rule, for the class to perform."), 8, 12 },
        });
}

void MovementProvider::contribute(CatalogueBuilder &builder) const
{
    for (const Row &row : table()) {
        CatalogueBuilder::Family family;
        family.idPrefix = QStringLiteral("move");
        family.domain = domainKey();
        family.stage = row.stage;
        family.structure = QLatin1String(row.structure);
        family.params = params(row);
        family.skin = QStringLiteral("moves");
        family.task = QLatin1String(row.task);
        family.options = row.options;
        family.variants = row.variants;
        builder.addFamily(family);
    }
}

} // namespace stages
