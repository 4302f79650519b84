#include "exercises/music/musicprovider.h"

#include "exercises/framework/cataloguebuilder.h"
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

    QList<Row> rows = {
        // 1. Three notes: every order of two and three notes, and playing back three notes.
        { 1, "permutation", n1(2), "notes", { buildAll }, 6 },
        { 1, "permutation", n1(3), "notes", { buildAll, playBack }, 12 },
        { 1, "permutation", n1(2), "drums", { buildAll }, 6 },
        { 1, "arrangement", nk(3, 2), "notes", { playBack }, 8 },
        // 2. Listening: which order did you hear, what is missing, the tune as colours.
        { 2, "permutation", n1(3), "notes", { identify }, 16 },
        { 2, "permutation", n1(3), "drums", { identify }, 10 },
        { 2, "sequence", nk(2, 3), "notes", { playBack }, 12 },
        { 2, "permutation", n1(3), "notes", { findMissing }, 10 },
        { 2, "permutation", n1(3), "notes", { spotDuplicate }, 8 },
        { 2, "permutation", n1(3), "notes", { transfer }, 8, autoTarget },
        // 3. Drum patterns and four notes.
        { 3, "permutation", n1(3), "drums", { buildAll, playBack }, 10 },
        { 3, "sequence", nk(2, 4), "drums", { buildAll }, 6 },
        { 3, "sequence", nk(2, 4), "drums", { playBack }, 12 },
        { 3, "permutation", n1(4), "notes", { playBack }, 12 },
        // 6. Longer melodies: play back five notes, the systematic order, four-note listening.
        { 6, "sequence", nk(3, 4), "notes", { playBack }, 12 },
        { 6, "sequence", nk(3, 5), "notes", { playBack }, 12 },
        { 6, "permutation", n1(4), "notes", { identify }, 12 },
        { 6, "permutation", n1(3), "notes", { next }, 8 },
        { 6, "permutation", n1(4), "notes", { next }, 8 },
        { 6, "sequence", nk(2, 6), "drums", { playBack }, 10 },
        // 7. Counting without listing every tune.
        { 7, "permutation", n1(4), "notes", { count }, 6 },
        { 7, "sequence", nk(3, 3), "notes", { count }, 6, listing },
        { 7, "arrangement", nk(5, 3), "notes", { count }, 6 },
        { 7, "sequence", nk(3, 4), "drums", { count }, 6 },
        // 8. Creating: your own tunes from orders of a motif.
        { 8,
          "permutation",
          n1(3),
          "notes",
          { create },
          8,
          { { QStringLiteral("rule"),
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("distinct") },
                            { QStringLiteral("required"), 4 } } } } },
        { 8,
          "sequence",
          nk(3, 3),
          "notes",
          { create },
          6,
          { { QStringLiteral("rule"),
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("no-neighbour-repeat") },
                            { QStringLiteral("required"), 4 } } } } },
        { 8,
          "permutation",
          n1(4),
          "notes",
          { create },
          6,
          { { QStringLiteral("rule"),
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("starts-with") },
                            { QStringLiteral("element"), 0 },
                            { QStringLiteral("required"), 3 } } } } },
    };

    // 4. Euclidean rhythms E(k,n): every starting point, how many, which one, and tapping along.
    const QList<QPair<int, int>> euclidean { { 2, 5 }, { 3, 4 }, { 3, 5 }, { 3, 7 }, { 3, 8 },
                                             { 4, 9 }, { 5, 8 }, { 4, 7 }, { 5, 12 } };
    for (const auto &[k, n] : euclidean) {
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { buildAll, count }, 3 });
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { identify }, 6 });
        rows.append({ 4, "euclidean", euclid(k, n), "drums", { tap }, 4 });
    }
    // 5. Named traditional rhythms: recognise tresillo, cinquillo ... and tap them.
    for (const TraditionalRhythm &t : TraditionalRhythm::all()) {
        const QJsonObject named { { QStringLiteral("named"), t.id } };
        const QString prefix = QStringLiteral("mus5-") + t.id;
        rows.append({ 5, "euclidean", euclid(t.onsets, t.steps), "drums", { identify, tap }, 4, named, prefix });
    }
    // 7. Tapping with a tighter tolerance, longer rhythms.
    for (const auto &[k, n] : QList<QPair<int, int>> { { 5, 8 }, { 7, 12 }, { 5, 16 }, { 7, 16 }, { 9, 16 } })
        rows.append({ 7, "euclidean", euclid(k, n), "drums", { tap }, 4 });
    // 8. Composing by a rule, with three and four notes.
    for (const MotifRule &rule : MotifRule::all()) {
        const QJsonObject options { { QStringLiteral("motifRule"), rule.id() }, { QStringLiteral("orders"), 4 } };
        const QString prefix = QStringLiteral("mus8-") + rule.id();
        rows.append({ 8, "permutation", n1(3), "notes", { QStringLiteral("compose") }, 6, options, prefix });
        if (rule.kind() != MotifRule::AllOrders) // 24 orders is too long a tune
            rows.append({ 8, "permutation", n1(4), "notes", { QStringLiteral("compose") }, 6, options, prefix });
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
        { { 1, tr("Three notes"), tr("Plays every order of two or three notes and plays back a short tune.") },
          { 2, tr("Listening"), tr("Tells which order of three notes was played and finds the missing one.") },
          { 3, tr("Drum patterns"), tr("Builds and plays back drum patterns and four-note tunes.") },
          { 4, tr("Euclidean rhythms"),
            tr("Finds every starting point of a rhythm spread evenly on a circle and taps it.") },
          { 5, tr("Rhythms of the world"), tr("Recognises tresillo, cinquillo and other traditional rhythms by ear.") },
          { 6, tr("Longer tunes"), tr("Plays back five-note tunes and continues the systematic order.") },
          { 7, tr("Counting music"),
            tr("Counts the possible tunes without playing them all and taps long rhythms precisely.") },
          { 8, tr("Composing"), tr("Composes a melody from orders of a motif by a rule.") } });
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
