#include "exercises/framework/task.h"

#include "exercises/framework/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace stages {

Evaluation Task::checkList(const QJsonValue &answer, ItemChecker &checker)
{
    Evaluation e;
    const auto list = itemListFromJson(answer);
    if (!list) {
        e.invalidIndexes.append(0);
        return e;
    }
    for (int i = 0; i < list->size(); ++i) {
        const std::optional<Item> &item = list->at(i);
        if (!item) {
            e.invalidIndexes.append(i);
            continue;
        }
        switch (checker.add(*item)) {
        case ItemChecker::Verdict::New: e.correct.append(*item); break;
        case ItemChecker::Verdict::Duplicate: e.duplicateIndexes.append(i); break;
        case ItemChecker::Verdict::Invalid: e.invalidIndexes.append(i); break;
        }
    }
    return e;
}

QJsonValue Task::asList(const QJsonValue &answer)
{
    const QJsonArray array = answer.toArray();
    if (answer.isArray() && !array.isEmpty() && array.first().isDouble())
        return QJsonArray{answer};
    return answer;
}

QList<int> Task::seededPositions(quint64 seed, int count, int pick)
{
    QList<int> all(count);
    for (int i = 0; i < count; ++i)
        all[i] = i;
    SeededRandom random(seed);
    pick = std::min(pick, count);
    for (int i = 0; i < pick; ++i)
        std::swap(all[i], all[i + random.bounded(count - i)]);
    QList<int> chosen = all.mid(0, pick);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

Hint Task::listHint(const Evaluation &evaluation)
{
    Hint hint;
    if (!evaluation.duplicateIndexes.isEmpty()) {
        hint.kind = Hint::Kind::RemoveDuplicate;
        hint.index = evaluation.duplicateIndexes.first();
    } else if (!evaluation.invalidIndexes.isEmpty()) {
        hint.kind = Hint::Kind::FixInvalid;
        hint.index = evaluation.invalidIndexes.first();
    }
    return hint;
}

Evaluation Task::checkNumber(const QJsonValue &answer, qint64 expected)
{
    Evaluation e;
    const double given = answer.toDouble(-1);
    if (!answer.isDouble() || given != std::floor(given) || given < 0) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        e.hint.index = 0;
        return e;
    }
    setRightOrWrong(e, qint64(given) == expected);
    if (!e.success)
        e.hint.kind = qint64(given) > expected ? Hint::Kind::TooHigh : Hint::Kind::TooLow;
    return e;
}

void Task::setRightOrWrong(Evaluation &evaluation, bool right)
{
    evaluation.success = right;
    evaluation.score = right ? 1.0 : 0.0;
    evaluation.missing = right ? 0 : 1;
    if (right)
        evaluation.hint.kind = Hint::Kind::Done;
}

} // namespace stages
