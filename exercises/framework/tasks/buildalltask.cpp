#include "exercises/framework/tasks/buildalltask.h"

namespace stages {

bool BuildAllTask::suits(const Structure &structure) const
{
    return structure.count() >= 1 && structure.count() <= kMaxItems;
}

QJsonObject BuildAllTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    QJsonObject o{{QStringLiteral("showTotal"), exercise.options.value(QStringLiteral("showTotal")).toBool()}};
    if (exercise.options.value(QStringLiteral("showTotal")).toBool())
        o.insert(QStringLiteral("total"), exercise.structure->count());
    return o;
}

Solution BuildAllTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), itemsToJson(exercise.structure->enumerate())};
}

Evaluation BuildAllTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Structure &structure = *exercise.structure;
    ItemChecker checker(structure);
    Evaluation e = checkList(answer, checker);
    const qint64 total = structure.count();
    e.missing = int(total - checker.found());
    e.score = total > 0 ? double(checker.found()) / double(total) : 1.0;
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::None) {
        if (e.missing == 0) {
            e.hint.kind = Hint::Kind::Done;
        } else {
            // The first item not found yet, in the systematic order: "what comes after ...?"
            const ItemList all = structure.enumerate();
            for (int i = 0; i < all.size(); ++i) {
                if (!checker.contains(all.at(i))) {
                    e.hint.kind = Hint::Kind::MissingItem;
                    e.hint.index = i;
                    e.hint.item = all.at(i);
                    break;
                }
            }
        }
    }
    return e;
}

} // namespace stages
