#include "exercises/geometry/tasks/findmirrorstask.h"

#include "exercises/geometry/symmetrystructure.h"

#include <QSet>

namespace stages::geometry {

namespace {

const SymmetryStructure &grid(const Exercise &exercise)
{
    return static_cast<const SymmetryStructure &>(*exercise.structure);
}

} // namespace

bool FindMirrorsTask::suits(const Structure &structure) const
{
    return dynamic_cast<const SymmetryStructure *>(&structure) != nullptr;
}

Item FindMirrorsTask::figure(const Exercise &exercise)
{
    return grid(exercise).seededFigure(exercise.seed);
}

QStringList FindMirrorsTask::mirrorLines(const Exercise &exercise)
{
    const SymmetryStructure &s = grid(exercise);
    return SymmetryStructure::mirrorLines(figure(exercise), s.width(), s.height());
}

QString FindMirrorsTask::variantKey(const Exercise &exercise) const
{
    QString key;
    for (int v : figure(exercise))
        key += QString::number(v);
    return key;
}

QJsonObject FindMirrorsTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const SymmetryStructure &s = grid(exercise);
    const Item whole = figure(exercise);
    QJsonArray cells;
    for (int cell = 0; cell < whole.size(); ++cell) {
        if (whole.at(cell) == SymmetryStructure::kFilled)
            cells.append(cell);
    }
    return { { QStringLiteral("width"), s.width() },
             { QStringLiteral("height"), s.height() },
             { QStringLiteral("cells"), cells },
             { QStringLiteral("lines"), QJsonArray::fromStringList(SymmetryStructure::lineKeys(s.width(), s.height())) } };
}

Solution FindMirrorsTask::solve(const Exercise &exercise) const
{
    const QStringList lines = mirrorLines(exercise);
    return { lines.size(), QJsonArray::fromStringList(lines) };
}

Evaluation FindMirrorsTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const QStringList lines = mirrorLines(exercise);
    Evaluation e;
    const QJsonArray entries = answer.isString() ? QJsonArray { answer } : answer.toArray();
    QSet<QString> found;
    if (!answer.isString() && !answer.isArray())
        e.invalidIndexes.append(0);
    for (int i = 0; i < entries.size(); ++i) {
        const QString line = entries.at(i).toString();
        if (found.contains(line))
            e.duplicateIndexes.append(i);
        else if (!lines.contains(line))
            e.invalidIndexes.append(i);
        else
            found.insert(line);
    }
    e.missing = int(lines.size() - found.size());
    e.score = lines.isEmpty() ? (e.invalidIndexes.isEmpty() ? 1.0 : 0.0) : double(found.size()) / double(lines.size());
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::None && e.success)
        e.hint.kind = Hint::Kind::Done;
    else if (e.hint.kind == Hint::Kind::None) {
        for (int i = 0; i < lines.size(); ++i) {
            if (!found.contains(lines.at(i))) {
                e.hint = { Hint::Kind::MissingItem, i, {} };
                break;
            }
        }
    }
    return e;
}

} // namespace stages::geometry
