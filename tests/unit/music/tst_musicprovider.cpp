#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/exercisemelody.h"
#include "exercises/music/musicprovider.h"
#include "exercises/music/tasks/composetask.h"
#include "exercises/music/tasks/listenidentifytask.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/tasks/taprhythmtask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace stages;
using namespace stages::music;

/// The music catalogue: size, ladder, stable distinct ids, and every exercise solvable and checked
/// by the same evaluator as the others; the music tasks judge wrong answers as wrong.
class TestMusicProvider : public QObject
{
    Q_OBJECT

    ExerciseEngine m_engine;
    Catalogue m_catalogue;
    QStringList m_problems;

    QList<const Exercise *> music() const { return m_catalogue.select(MusicProvider::domainKey()); }
    const Exercise *first(const QString &task, const QString &structureKind = {}) const
    {
        for (const Exercise *e : music()) {
            if (e->task == task && (structureKind.isEmpty() || e->structure->kind() == structureKind))
                return e;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_engine = ExerciseEngine::builtIn();
        MusicProvider::registerWith(m_engine);
        CatalogueBuilder builder(m_engine);
        builder.addProvider(std::make_unique<CombinatoricsProvider>());
        builder.addProvider(std::make_unique<MusicProvider>());
        m_catalogue = builder.build();
        m_problems = builder.problems();
    }

    void catalogueSizeAndLadder()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        const auto all = music();
        qInfo("%lld music exercises", qint64(all.size()));
        QVERIFY(all.size() >= 350); // at most four variants per family (issue 8)
        const StageLadder *ladder = m_catalogue.ladder(MusicProvider::domainKey());
        QVERIFY(ladder);
        QCOMPARE(ladder->size(), 8);
        for (int stage = 1; stage <= 8; ++stage) {
            QVERIFY2(m_catalogue.select(MusicProvider::domainKey(), stage).size() >= 20,
                     qPrintable(QString::number(stage)));
            QVERIFY(!ladder->stage(stage)->title.isEmpty());
        }
        QSet<QString> ids;
        QSet<QString> tasks;
        for (const Exercise *e : all) {
            ids.insert(e->id);
            tasks.insert(e->task);
            QVERIFY(e->skin == QLatin1String("notes") || e->skin == QLatin1String("drums"));
        }
        QCOMPARE(ids.size(), all.size());
        for (const char *task :
             { "play-back", "listen-identify", "tap-rhythm", "create", "compose", "build-all", "count" })
            QVERIFY2(tasks.contains(QLatin1String(task)), task);
        // The combinatorics catalogue is unchanged by the music registrations.
        QVERIFY(m_catalogue.select(QStringLiteral("combinatorics")).size() > 300);
    }

    /// Deterministic: a second build gives the same ids in the same order.
    void stableIds()
    {
        ExerciseEngine engine = ExerciseEngine::builtIn();
        MusicProvider::registerWith(engine);
        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<MusicProvider>());
        const Catalogue again = builder.build();
        const auto before = music();
        const auto after = again.select(MusicProvider::domainKey());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i)->id, before.at(i)->id);
        QVERIFY(m_catalogue.find(QStringLiteral("mus5-tresillo/euc/k3n8/drums/listen-identify/s1")));
        QVERIFY(m_catalogue.find(QStringLiteral("mus1/perm/n3/notes/build-all/s1")));
    }

    /// Every music exercise: its solution is judged a full success, it has a prompt and a sound.
    void everyExerciseSolvesAndSounds()
    {
        Evaluator evaluator(m_engine);
        for (const Exercise *e : music()) {
            const QJsonObject prompt = evaluator.prompt(*e);
            QVERIFY2(!prompt.value(QStringLiteral("elements")).toArray().isEmpty(), qPrintable(e->id));
            const Solution s = evaluator.solve(*e);
            const Evaluation ev = evaluator.evaluate(*e, s.answer);
            QVERIFY2(ev.success && ev.score == 1.0, qPrintable(e->id));
            auto melody = ExerciseMelody::forExercise(*e, m_engine);
            QVERIFY2(melody.ok() && !melody->notes.isEmpty(), qPrintable(e->id));
        }
    }

    void notesSkinPlaysTheChosenPitches()
    {
        const Exercise *e = m_catalogue.find(QStringLiteral("mus1/perm/n3/notes/build-all/s1"));
        QVERIFY(e);
        // Variant 1 takes the first three notes: C4, D4, E4.
        QCOMPARE(ExerciseMelody::symbolKeys(*e, m_engine), (QList<int> { 60, 62, 64 }));
        const Melody m = ExerciseMelody::forItem(*e, m_engine, { 2, 0, 1 });
        QCOMPARE(m.notes.size(), 3);
        QCOMPARE(m.notes.at(0).key, 64);
        QCOMPARE(m.notes.at(1).key, 60);
        QCOMPARE(m.instrument, QStringLiteral("xylophone"));
    }

    void playBackJudgesPositions()
    {
        const Exercise *e = first(QStringLiteral("play-back"));
        QVERIFY(e);
        const Item want = PlayBackTask::target(*e);
        Evaluator evaluator(m_engine);
        Item wrong = want;
        wrong.last() = (wrong.last() + 1) % e->structure->elementCount();
        const Evaluation ev = evaluator.evaluate(*e, itemToJson(wrong));
        QVERIFY(!ev.success);
        QCOMPARE(ev.hint.kind, Hint::Kind::FirstDifference);
        QCOMPARE(ev.hint.index, int(want.size()) - 1);
        QVERIFY(ev.score > 0 && ev.score < 1);
        QVERIFY(!evaluator.evaluate(*e, QJsonValue(QStringLiteral("la la"))).success);
    }

    void listenIdentifyNamedRhythms()
    {
        const Exercise *e = m_catalogue.find(QStringLiteral("mus5-tresillo/euc/k3n8/drums/listen-identify/s1"));
        QVERIFY(e);
        const auto setup = ListenIdentifyTask::setup(*e);
        QCOMPARE(setup.named.size(), 4);
        QCOMPARE(setup.named.at(setup.answer).id, QStringLiteral("tresillo"));
        QCOMPARE(setup.played, (Item { 1, 0, 0, 1, 0, 0, 1, 0 }));
        Evaluator evaluator(m_engine);
        QVERIFY(evaluator.evaluate(*e, setup.answer).success);
        const Evaluation wrong = evaluator.evaluate(*e, (setup.answer + 1) % 4);
        QVERIFY(!wrong.success);
        QCOMPARE(wrong.hint.kind, Hint::Kind::ChooseAgain);
        const QJsonObject prompt = evaluator.prompt(*e);
        QCOMPARE(prompt.value(QStringLiteral("choices")).toArray().size(), 4);
    }

    void tapRhythmToleranceTightensByStage()
    {
        const Exercise *early = first(QStringLiteral("tap-rhythm"));
        const Exercise *late = nullptr;
        for (const Exercise *e : music()) {
            if (e->task == QLatin1String("tap-rhythm") && e->stage == 7)
                late = e;
        }
        QVERIFY(early && late);
        QCOMPARE(early->stage, 4);
        Evaluator evaluator(m_engine);
        const QJsonObject p4 = evaluator.prompt(*early);
        QCOMPARE(p4.value(QStringLiteral("toleranceMs")).toDouble(), 95.0);
        QCOMPARE(evaluator.prompt(*late).value(QStringLiteral("toleranceMs")).toDouble(), 50.0);
        // 70 ms late on every onset: fine at stage 4, too late at stage 7.
        for (const Exercise *e : { early, late }) {
            QJsonArray taps;
            for (double t : TapRhythmTask::onsetTimesMs(*e))
                taps.append(t + 70);
            const Evaluation ev = evaluator.evaluate(*e, QJsonObject { { QStringLiteral("taps"), taps } });
            QCOMPARE(ev.success, e == early);
        }
        QVERIFY(!evaluator.evaluate(*early, QJsonArray {}).success);
        QCOMPARE(p4.value(QStringLiteral("pattern")).toString().size(), p4.value(QStringLiteral("steps")).toInt());
    }

    void composeChecksTheRuleAndMakesAMelody()
    {
        const Exercise *e = m_catalogue.find(QStringLiteral("mus8-neighbour-swap/perm/n3/notes/compose/s1"));
        QVERIFY(e);
        Evaluator evaluator(m_engine);
        const QJsonArray good { QJsonArray { 0, 1, 2 }, QJsonArray { 1, 0, 2 }, QJsonArray { 1, 2, 0 },
                                QJsonArray { 2, 1, 0 } };
        QVERIFY(evaluator.evaluate(*e, good).success);
        const QJsonArray bad { QJsonArray { 0, 1, 2 }, QJsonArray { 2, 1, 0 }, QJsonArray { 2, 0, 1 },
                               QJsonArray { 0, 2, 1 } };
        const Evaluation ev = evaluator.evaluate(*e, bad);
        QVERIFY(!ev.success);
        QCOMPARE(ev.hint.kind, Hint::Kind::BreaksRule);
        QCOMPARE(ev.hint.index, 1);
        const QJsonObject artifact = ComposeTask::artifactContent(*e, m_engine, good);
        auto melody = Melody::fromJson(QJsonDocument(artifact.value(QStringLiteral("melody")).toObject()).toJson());
        QVERIFY(melody.ok());
        QCOMPARE(melody->notes.size(), 12);
        QCOMPARE(melody->notes.at(3).key, ExerciseMelody::symbolKeys(*e, m_engine).at(1));
    }

    void tapRhythmSoundHasCountIn()
    {
        const Exercise *e = first(QStringLiteral("tap-rhythm"));
        auto m = ExerciseMelody::forExercise(*e, m_engine);
        QVERIFY(m.ok());
        QCOMPARE(m->instrument, QStringLiteral("drums"));
        QCOMPARE(m->notes.at(0).key, 37);
        QCOMPARE(m->notes.at(4).startBeat, 4.0);
        QCOMPARE(m->tempoBpm, TapRhythmTask::bpm(*e));
    }

    void euclideanStructure()
    {
        auto s = EuclideanStructure::create(QJsonObject { { QStringLiteral("k"), 3 }, { QStringLiteral("n"), 8 } });
        QVERIFY(s.ok());
        QCOMPARE((*s)->count(), 8);
        QVERIFY((*s)->isValid({ 0, 1, 0, 0, 1, 0, 0, 1 }));
        QVERIFY(!(*s)->isValid({ 1, 1, 0, 0, 1, 0, 0, 0 }));
        auto four = EuclideanStructure::create(QJsonObject { { QStringLiteral("k"), 4 }, { QStringLiteral("n"), 12 } });
        QCOMPARE((*four)->count(), 3); // E(4,12) repeats every 3 steps
        QVERIFY(
            !EuclideanStructure::create(QJsonObject { { QStringLiteral("k"), 8 }, { QStringLiteral("n"), 8 } }).ok());
    }
};

QTEST_GUILESS_MAIN(TestMusicProvider)
#include "tst_musicprovider.moc"
