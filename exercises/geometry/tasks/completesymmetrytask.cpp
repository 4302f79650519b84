#include "exercises/geometry/tasks/completesymmetrytask.h"

#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/tasks/tuplecheck.h"

namespace stages::geometry {

namespace {

const SymmetryStructure &grid(const Exercise &exercise)
{
    return static_cast<const SymmetryStructure &>(*exercise.structure);
}

QJsonArray cellsToJson(const ItemList &cells)
{
    QJsonArray array;
    for (const Item &cell : cells)
        array.append(cell.constFirst());
    return array;
}

} // namespace

bool CompleteSymmetryTask::suits(const Structure &structure) const
{
    return dynamic_cast<const SymmetryStructure *>(&structure) != nullptr;
}

Item CompleteSymmetryTask::figure(const Exercise &exercise)
{
    return grid(exercise).seededFigure(exercise.seed);
}

ItemList CompleteSymmetryTask::given(const Exercise &exercise)
{
    const Item whole = figure(exercise);
    ItemList out;
    for (int cell = 0; cell < whole.size(); ++cell) {
        if (whole.at(cell) == SymmetryStructure::kFilled && grid(exercise).isKept(cell))
            out.append(Item { cell });
    }
    return out;
}

ItemList CompleteSymmetryTask::toFill(const Exercise &exercise)
{
    const Item whole = figure(exercise);
    ItemList out;
    for (int cell = 0; cell < whole.size(); ++cell) {
        if (whole.at(cell) == SymmetryStructure::kFilled && !grid(exercise).isKept(cell))
            out.append(Item { cell });
    }
    return out;
}

QString CompleteSymmetryTask::variantKey(const Exercise &exercise) const
{
    QString key;
    for (int v : figure(exercise))
        key += QString::number(v);
    return key;
}

QJsonObject CompleteSymmetryTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const SymmetryStructure &s = grid(exercise);
    return { { QStringLiteral("width"), s.width() },
             { QStringLiteral("height"), s.height() },
             { QStringLiteral("symmetry"), s.symmetryKey() },
             { QStringLiteral("given"), cellsToJson(given(exercise)) } };
}

Solution CompleteSymmetryTask::solve(const Exercise &exercise) const
{
    const ItemList cells = toFill(exercise);
    return { cells.size(), cellsToJson(cells) };
}

Evaluation CompleteSymmetryTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    return checkTuples(answer, toFill(exercise), 1, grid(exercise).cells(), given(exercise));
}

} // namespace stages::geometry
