#include "exercises/framework/tasks/findmissingtask.h"

#include "exercises/framework/seededrandom.h"

namespace stages {

bool FindMissingTask::suits(const Structure &structure) const
{
    return structure.count() >= 3 && structure.count() <= kMaxItems;
}

FindMissingTask::Plan FindMissingTask::plan(const Exercise &exercise)
{
    const int total = int(exercise.structure->count());
    const int missing = std::max(1, exercise.options.value(QStringLiteral("missing")).toInt(1));
    Plan p;
    p.missing = seededPositions(exercise.seed, total, std::min(missing, total - 1));
    for (int i = 0; i < total; ++i) {
        if (!p.missing.contains(i))
            p.given.append(i);
    }
    if (exercise.options.value(QStringLiteral("shuffled")).toBool()) {
        SeededRandom random(exercise.seed ^ 0x5bd1e995ull);
        for (int i = int(p.given.size()) - 1; i > 0; --i)
            std::swap(p.given[i], p.given[random.bounded(i + 1)]);
    }
    return p;
}

FindMissingTask::Setup FindMissingTask::setup(const Exercise &exercise)
{
    const ItemList all = exercise.structure->enumerate();
    const Plan p = plan(exercise);
    Setup s;
    for (int i : p.given)
        s.given.append(all.at(i));
    for (int i : p.missing)
        s.missing.append(all.at(i));
    return s;
}

QString FindMissingTask::variantKey(const Exercise &exercise) const
{
    const Plan p = plan(exercise);
    QString key;
    for (int i : p.missing)
        key += QString::number(i) + QLatin1Char(',');
    if (exercise.options.value(QStringLiteral("shuffled")).toBool()) {
        key += QLatin1Char(':');
        for (int i : p.given)
            key += QString::number(i) + QLatin1Char(',');
    }
    return key;
}

QJsonObject FindMissingTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Setup s = setup(exercise);
    return {{QStringLiteral("given"), itemsToJson(s.given)},
            {QStringLiteral("missing"), int(s.missing.size())},
            {QStringLiteral("total"), exercise.structure->count()}};
}

Solution FindMissingTask::solve(const Exercise &exercise) const
{
    return {exercise.structure->count(), itemsToJson(setup(exercise).missing)};
}

Evaluation FindMissingTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Setup s = setup(exercise);
    ItemChecker checker(*exercise.structure);
    checker.markPresent(s.given); // naming a shown item again counts as a duplicate
    Evaluation e = checkList(asList(answer), checker);
    e.missing = int(s.missing.size()) - checker.found();
    e.score = double(checker.found()) / double(s.missing.size());
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::None)
        e.hint.kind = e.missing == 0 ? Hint::Kind::Done : Hint::Kind::MissingItem;
    return e;
}

} // namespace stages
