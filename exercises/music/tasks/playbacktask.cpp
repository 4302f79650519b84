#include "exercises/music/tasks/playbacktask.h"

#include "exercises/framework/seededrandom.h"
#include "exercises/music/exercisemelody.h"

namespace stages::music {

bool PlayBackTask::suits(const Structure &structure) const
{
    return structure.count() >= 2 && structure.canEnumerate() && structure.itemLength() <= 8
        && structure.kind() != QLatin1String("euclidean");
}

Item PlayBackTask::target(const Exercise &exercise)
{
    const ItemList all = exercise.structure->enumerate();
    SeededRandom random(exercise.seed);
    return all.at(random.bounded(int(all.size())));
}

QString PlayBackTask::variantKey(const Exercise &exercise) const
{
    QString key;
    for (int v : target(exercise))
        key += QString::number(v) + QLatin1Char('.');
    return key;
}

QJsonObject PlayBackTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    return { { QStringLiteral("play"), itemToJson(target(exercise)) },
             { QStringLiteral("bpm"), ExerciseMelody::tempo(exercise) } };
}

Solution PlayBackTask::solve(const Exercise &exercise) const
{
    return { 1, itemToJson(target(exercise)) };
}

Evaluation PlayBackTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Item want = target(exercise);
    Evaluation e;
    const auto item = itemFromJson(answer);
    if (!item) {
        e.invalidIndexes = { 0 };
        e.missing = 1;
        e.hint = { Hint::Kind::FixInvalid, 0, {} };
        return e;
    }
    int right = 0;
    int firstWrong = -1;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (i < item->size() && item->at(i) == want.at(i))
            ++right;
        else if (firstWrong < 0)
            firstWrong = int(i);
    }
    if (firstWrong < 0 && item->size() != want.size())
        firstWrong = int(want.size());
    const bool allRight = firstWrong < 0;
    setRightOrWrong(e, allRight);
    if (allRight) {
        e.correct = { want };
    } else {
        // Partial credit by position; extra notes cost as much as wrong ones.
        e.score = double(right) / double(std::max(want.size(), item->size()));
        e.hint = { Hint::Kind::FirstDifference, firstWrong, {} };
    }
    return e;
}

} // namespace stages::music
