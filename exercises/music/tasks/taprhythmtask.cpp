#include "exercises/music/tasks/taprhythmtask.h"

#include "exercises/framework/seededrandom.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/tapscorer.h"
#include "exercises/music/traditionalrhythm.h"

namespace stages::music {

bool TapRhythmTask::suits(const Structure &structure) const
{
    return structure.kind() == QLatin1String("euclidean");
}

Item TapRhythmTask::pattern(const Exercise &exercise)
{
    const QString named = exercise.options.value(QStringLiteral("named")).toString();
    if (!named.isEmpty()) {
        if (auto r = EuclideanRhythm::parse(TraditionalRhythm::find(named).pattern))
            return EuclideanStructure::toItem(*r);
    }
    const auto *euclid = dynamic_cast<const EuclideanStructure *>(exercise.structure.get());
    return euclid ? EuclideanStructure::toItem(euclid->rhythm()) : Item {};
}

int TapRhythmTask::cycles(const Exercise &exercise)
{
    return std::clamp(exercise.options.value(QStringLiteral("cycles")).toInt(2), 1, 8);
}

int TapRhythmTask::stepsPerBeat(const Exercise &exercise)
{
    return std::clamp(exercise.options.value(QStringLiteral("stepsPerBeat")).toInt(2), 1, 4);
}

double TapRhythmTask::bpm(const Exercise &exercise)
{
    if (exercise.options.contains(QStringLiteral("bpm")))
        return exercise.options.value(QStringLiteral("bpm")).toDouble(90);
    static constexpr int kTempos[] = { 80, 90, 100, 110 };
    SeededRandom random(exercise.seed);
    return kTempos[random.bounded(4)];
}

QString TapRhythmTask::variantKey(const Exercise &exercise) const
{
    return QString::number(bpm(exercise));
}

QList<double> TapRhythmTask::onsetTimesMs(const Exercise &exercise)
{
    QList<bool> steps;
    for (int v : pattern(exercise))
        steps.append(v == 1);
    return TapScorer::onsetTimesMs(EuclideanRhythm(steps), bpm(exercise), stepsPerBeat(exercise), cycles(exercise));
}

QJsonObject TapRhythmTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Item item = pattern(exercise);
    QString text;
    QJsonArray onsets;
    for (qsizetype i = 0; i < item.size(); ++i) {
        text.append(item.at(i) == 1 ? QLatin1Char('x') : QLatin1Char('.'));
        if (item.at(i) == 1)
            onsets.append(int(i));
    }
    QJsonArray times;
    for (double t : onsetTimesMs(exercise))
        times.append(t);
    return { { QStringLiteral("pattern"), text },
             { QStringLiteral("steps"), int(item.size()) },
             { QStringLiteral("onsets"), onsets },
             { QStringLiteral("bpm"), bpm(exercise) },
             { QStringLiteral("stepsPerBeat"), stepsPerBeat(exercise) },
             { QStringLiteral("cycles"), cycles(exercise) },
             { QStringLiteral("countInBeats"), 4 },
             { QStringLiteral("onsetTimesMs"), times },
             { QStringLiteral("toleranceMs"), TapScorer::toleranceForStage(exercise.stage) } };
}

Solution TapRhythmTask::solve(const Exercise &exercise) const
{
    QJsonArray taps;
    for (double t : onsetTimesMs(exercise))
        taps.append(t);
    return { qint64(taps.size()), QJsonObject { { QStringLiteral("taps"), taps } } };
}

Evaluation TapRhythmTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    Evaluation e;
    const QJsonValue tapsValue = answer.isObject() ? answer.toObject().value(QStringLiteral("taps")) : answer;
    if (!tapsValue.isArray()) {
        e.invalidIndexes = { 0 };
        e.missing = 1;
        e.hint = { Hint::Kind::FixInvalid, 0, {} };
        return e;
    }
    QList<double> taps;
    const QJsonArray array = tapsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble())
            e.invalidIndexes.append(int(i));
        else
            taps.append(array.at(i).toDouble());
    }
    const TapEvaluation tap
        = TapScorer(TapScorer::toleranceForStage(exercise.stage)).score(onsetTimesMs(exercise), taps);
    e.score = tap.score;
    e.success = tap.success && e.invalidIndexes.isEmpty();
    e.missing = tap.expected - tap.hits;
    if (e.success) {
        e.hint.kind = Hint::Kind::Done;
    } else {
        // The first onset that was missed or tapped too far off.
        for (qsizetype i = 0; i < tap.errorsMs.size(); ++i) {
            if (!(std::abs(tap.errorsMs.at(i)) <= tap.toleranceMs)) {
                e.hint = { Hint::Kind::FirstDifference, int(i), {} };
                break;
            }
        }
        if (e.hint.kind == Hint::Kind::None)
            e.hint = { Hint::Kind::RemoveDuplicate, -1, {} }; // every onset hit, but extra taps
    }
    return e;
}

} // namespace stages::music
