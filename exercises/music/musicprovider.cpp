#include "exercises/music/musicprovider.h"

#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/createrule.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/motifrule.h"
#include "exercises/music/musicskins.h"
#include "exercises/music/tasks/composetask.h"
#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/tasks/taprhythmtask.h"
#include "exercises/music/traditionalrhythm.h"

namespace stages::music {

namespace {

/// "create" with a rule the pupil picks from picture cards.
const auto choose = &CreateRule::chooseOptions;

QJsonObject n1(int n)
{
    return { { QStringLiteral("n"), n } };
}

QJsonObject nk(int n, int k)
{
    return { { QStringLiteral("n"), n }, { QStringLiteral("k"), k } };
}

/// Parameters of the Euclidean structure E(k,n).
QJsonObject euclid(int k, int n)
{
    return { { QStringLiteral("k"), k }, { QStringLiteral("n"), n } };
}

struct Row
{
    int stage;
    const char *structure;
    QJsonObject params;
    const char *skin;
    QStringList tasks;
    int variants;
    QJsonObject options = {};
    QString prefix = {}; ///< first id segment; default "mus<stage>"
};

QList<Row> table()
{
    const QString buildAll = QStringLiteral("build-all");
    const QString playBack = QStringLiteral("play-back");
    const QString identify = QStringLiteral("listen-identify");
    const QString findMissing = QStringLiteral("find-missing");
    const QString spotDuplicate = QStringLiteral("spot-duplicate");
    const QString transfer = QStringLiteral("transfer");
    const QString next = QStringLiteral("next-in-order");
    const QString count = QStringLiteral("count");
    const QString tap = QStringLiteral("tap-rhythm");
    const QString create = QStringLiteral("create");
    const QJsonObject autoTarget { { QStringLiteral("targetSkin"), QStringLiteral("auto") } };
    const QJsonObject listing { { QStringLiteral("listing"), true } };

    const QString starting = QStringLiteral("count-starting");
    const QString same = QStringLiteral("same-in-every-row");
    const QString predict = QStringLiteral("predict-more");
    // Given lists are shuffled unless the systematic order is the point (stage 6).
    const QJsonObject shuffled { { QStringLiteral("shuffled"), true } };
    const QJsonObject noListing { { QStringLiteral("listing"), false } };
    const QJsonObject distinct { { QStringLiteral("rule"),
                                   QJsonObject { { QStringLiteral("kind"), QStringLiteral("distinct") },
                                                 { QStringLiteral("required"), 4 } } } };
    const QJsonObject noRepeat { { QStringLiteral("rule"),
                                   QJsonObject { { QStringLiteral("kind"), QStringLiteral("no-neighbour-repeat") },
                                                 { QStringLiteral("required"), 4 } } } };
    const QJsonObject startsWith { { QStringLiteral("rule"),
                                     QJsonObject { { QStringLiteral("kind"), QStringLiteral("starts-with") },
                                                   { QStringLiteral("element"), 0 },
                                                   { QStringLiteral("required"), 3 } } } };

    // Each listing is followed at once by its count; at most four variants of a family (more
    // families instead); every stage carries a tune or rhythm to another skin.
    QList<Row> rows = {
        // 1. Three notes: every order of two and three notes, and playing back three notes.
        { 1, "permutation", n1(2), "notes", { buildAll }, 2 },
        { 1, "permutation", n1(2), "notes", { count }, 2, listing },
        { 1, "permutation", n1(3), "notes", { buildAll }, 4 },
        { 1, "permutation", n1(3), "notes", { count }, 2, listing },
        { 1, "permutation", n1(3), "notes", { playBack }, 4 },
        { 1, "permutation", n1(2), "drums", { buildAll }, 2 },
        { 1, "permutation", n1(2), "drums", { count }, 2, listing },
        { 1, "arrangement", nk(3, 2), "notes", { playBack }, 4 },
        { 1, "permutation", n1(2), "notes", { transfer }, 3, autoTarget },
        // 2. Listening: which order did you hear, what is missing, what the tunes share.
        { 2, "permutation", n1(3), "notes", { identify }, 2 },
        { 2, "permutation", n1(3), "drums", { identify }, 2 },
        { 2, "arrangement", nk(3, 2), "notes", { identify }, 3 },
        { 2, "sequence", nk(2, 3), "drums", { identify }, 3 },
        { 2, "sequence", nk(2, 3), "notes", { playBack }, 4 },
        { 2, "permutation", n1(3), "notes", { starting }, 3, listing },
        { 2, "permutation", n1(3), "notes", { same }, 4, shuffled },
        { 2, "permutation", n1(3), "notes", { findMissing }, 4, shuffled },
        { 2, "permutation", n1(3), "notes", { spotDuplicate }, 4, shuffled },
        { 2, "permutation", n1(3), "notes", { transfer }, 4, autoTarget },
        // 3. Drum patterns and four notes: predict the patterns of three drums, build to check.
        { 3, "permutation", n1(2), "drums", { predict }, 2 },
        { 3, "permutation", n1(3), "drums", { buildAll }, 4 },
        { 3, "permutation", n1(3), "drums", { count }, 2, listing },
        { 3, "permutation", n1(3), "drums", { playBack }, 4 },
        { 3, "sequence", nk(2, 4), "drums", { buildAll }, 3 },
        { 3, "sequence", nk(2, 4), "drums", { count }, 2, listing },
        { 3, "sequence", nk(2, 4), "drums", { starting }, 2, listing },
        { 3, "sequence", nk(2, 4), "drums", { playBack }, 4 },
        { 3, "permutation", n1(4), "notes", { playBack }, 4 },
        { 3, "sequence", nk(2, 4), "drums", { transfer }, 3, autoTarget },
        // 6. Longer melodies: play back five notes, the systematic order, four-note listening.
        { 6, "sequence", nk(3, 4), "notes", { playBack }, 4 },
        { 6, "sequence", nk(3, 5), "notes", { playBack }, 4 },
        { 6, "permutation", n1(4), "notes", { identify }, 4 },
        { 6, "permutation", n1(3), "notes", { next }, 4 },
        { 6, "permutation", n1(4), "notes", { next }, 4 },
        { 6, "arrangement", nk(4, 2), "notes", { findMissing }, 4 },
        { 6, "sequence", nk(2, 6), "drums", { playBack }, 4 },
        { 6, "permutation", n1(4), "notes", { transfer }, 3, autoTarget },
        // 7. Counting without listing every tune.
        { 7, "permutation", n1(3), "notes", { predict }, 2 },
        { 7, "permutation", n1(4), "notes", { starting }, 3, noListing },
        { 7, "permutation", n1(4), "notes", { count }, 2, noListing },
        { 7, "sequence", nk(3, 3), "notes", { starting }, 3, noListing },
        { 7, "sequence", nk(3, 3), "notes", { count }, 2, noListing },
        { 7, "arrangement", nk(5, 3), "notes", { count }, 2, noListing },
        { 7, "sequence", nk(3, 4), "drums", { count }, 2, noListing },
        { 7, "arrangement", nk(4, 3), "notes", { transfer }, 3, autoTarget },
        // Creating at every stage (issue 8): a tune of one's own by a rule picked from picture
        // cards, kept for the teacher; out of the warm-up like every creative task.
        { 1, "sequence", nk(2, 2), "notes", { create }, 2,
          choose({ "starts-with", "ends-with", "no-neighbour-repeat" }, 2) },
        { 2, "arrangement", nk(3, 2), "notes", { create }, 2, choose({ "starts-with", "ends-with", "contains" }, 2) },
        { 3, "sequence", nk(2, 3), "drums", { create }, 2, choose({ "starts-with", "ends-with", "contains" }, 3) },
        { 5, "sequence", nk(3, 2), "drums", { create }, 2,
          choose({ "starts-with", "contains", "no-neighbour-repeat" }, 3) },
        { 6, "arrangement", nk(4, 2), "notes", { create }, 2, choose({ "starts-with", "ends-with", "contains" }, 3) },
        { 7, "arrangement", nk(5, 2), "notes", { create }, 2, choose({ "starts-with", "ends-with", "contains" }, 4) },
        // 8. Creating: your own tunes from orders of a motif.
        { 8, "sequence", nk(3, 2), "notes", { create }, 2,
          choose({ "starts-with", "ends-with", "contains", "no-neighbour-repeat", "distinct" }, 3) },
        { 8, "permutation", n1(3), "notes", { create }, 4, distinct },
        { 8, "sequence", nk(3, 3), "notes", { create }, 4, noRepeat },
        { 8, "permutation", n1(4), "notes", { create }, 4, startsWith },
        { 8, "sequence", nk(3, 3), "notes", { transfer }, 3, autoTarget },
    };

    // 4. Euclidean rhythms E(k,n): every starting point and how many, which one, and tapping
    //    along. A rhythm's starting points are its turns, each a new row: counting them is not
    //    counting rings (no Burnside).
    const QList<QPair<int, int>> euclidean { { 2, 5 }, { 3, 4 }, { 3, 5 }, { 3, 7 }, { 3, 8 },
                                             { 4, 9 }, { 5, 8 }, { 4, 7 }, { 5, 12 } };
    for (const auto &[k, n] : euclidean) {
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { buildAll, count }, 2 });
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { identify }, 3 });
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { tap }, 2 });
    }
    rows.append({ 4, "euclidean", euclid(3, 5), "drums", { transfer }, 3, autoTarget });
    rows.append(
        { 4, "sequence", nk(2, 3), "drums", { create }, 2, choose({ "starts-with", "no-neighbour-repeat" }, 2) });
    // 5. Named traditional rhythms: recognise tresillo, cinquillo ... and tap them.
    for (const TraditionalRhythm &t : TraditionalRhythm::all()) {
        const QJsonObject named { { QStringLiteral("named"), t.id } };
        const QString prefix = QStringLiteral("mus5-") + t.id;
        rows.append({ 5, "euclidean", euclid(t.onsets, t.steps), "drums", { identify, tap }, 3, named, prefix });
    }
    rows.append({ 5, "euclidean", euclid(2, 5), "drums", { transfer }, 3, autoTarget });
    // 7. Tapping with a tighter tolerance, longer rhythms (for 10-12: TapScorer::toleranceForStage).
    for (const auto &[k, n] : QList<QPair<int, int>> { { 5, 8 }, { 7, 12 }, { 5, 16 }, { 7, 16 }, { 9, 16 } })
        rows.append({ 7, "euclidean", euclid(k, n), "drums", { tap }, 3 });
    // 8. Composing by a rule, with three and four notes.
    for (const MotifRule &rule : MotifRule::all()) {
        const QJsonObject options { { QStringLiteral("motifRule"), rule.id() }, { QStringLiteral("orders"), 4 } };
        const QString prefix = QStringLiteral("mus8-") + rule.id();
        rows.append({ 8, "permutation", n1(3), "notes", { QStringLiteral("compose") }, 3, options, prefix });
        if (rule.kind() != MotifRule::AllOrders) // 24 orders is too long a tune
            rows.append({ 8, "permutation", n1(4), "notes", { QStringLiteral("compose") }, 3, options, prefix });
    }
    return rows;
}

} // namespace

void MusicProvider::registerWith(ExerciseEngine &engine)
{
    engine.structures().add(QStringLiteral("euclidean"), &EuclideanStructure::create);
    engine.skins().add(MusicSkins::notes());
    engine.skins().add(MusicSkins::drums());
    engine.tasks().add(std::make_unique<PlayBackTask>());
    engine.tasks().add(std::make_unique<ListenIdentifyTask>());
    engine.tasks().add(std::make_unique<TapRhythmTask>());
    engine.tasks().add(std::make_unique<ComposeTask>());
}

StageLadder MusicProvider::ladder() const
{
    return StageLadder(
        domainKey(),
        { { 1, tr("Three notes"),
            tr("Plays and counts every order of two or three notes and plays back a short tune."), 6, 8 },
          { 2, tr("Listening"),
            tr("Tells which order of three notes was played, notices what tunes share and finds the missing one."),
            6, 9 },
          { 3, tr("Drum patterns"),
            tr("Predicts, builds and counts drum patterns and plays back four-note tunes."), 7, 9 },
          { 4, tr("Euclidean rhythms"),
            tr("Finds and counts every starting point of a rhythm spread evenly on a circle and taps it."), 7, 10 },
          { 5, tr("Rhythms of the world"), tr("Recognises tresillo, cinquillo and other traditional rhythms by ear."),
            8, 11 },
          { 6, tr("Longer tunes"), tr("Plays back five-note tunes and continues the systematic order."), 8, 11 },
          { 7, tr("Counting music"),
            tr("Counts the possible tunes without playing them all and taps long rhythms precisely."), 10, 12 },
          { 8, tr("Composing"), tr("Composes a melody from orders of a motif by a rule."), 9, 12 } });
}

void MusicProvider::contribute(CatalogueBuilder &builder) const
{
    for (const Row &row : table()) {
        for (const QString &task : row.tasks) {
            CatalogueBuilder::Family f;
            f.idPrefix = row.prefix.isEmpty() ? QStringLiteral("mus%1").arg(row.stage) : row.prefix;
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

} // namespace stages::music
