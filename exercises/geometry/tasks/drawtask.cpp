#include "exercises/geometry/tasks/drawtask.h"

#include "exercises/geometry/chordsstructure.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/tasks/tuplecheck.h"

namespace stages::geometry {

int DrawTask::points(const Structure &structure)
{
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(&structure))
        return star->n();
    if (const auto *chords = dynamic_cast<const ChordsStructure *>(&structure))
        return chords->n();
    return 0;
}

QString DrawTask::figure(const Structure &structure)
{
    if (dynamic_cast<const StarPolygonStructure *>(&structure))
        return QStringLiteral("star");
    if (const auto *chords = dynamic_cast<const ChordsStructure *>(&structure))
        return chords->figureKey();
    return {};
}

ItemList DrawTask::lines(const Structure &structure)
{
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(&structure))
        return star->segments();
    if (dynamic_cast<const ChordsStructure *>(&structure))
        return structure.enumerate();
    return {};
}

bool DrawTask::suits(const Structure &structure) const
{
    if (points(structure) == 0)
        return false;
    const qint64 total = dynamic_cast<const StarPolygonStructure *>(&structure) ? points(structure) : structure.count();
    return total >= 1 && total <= kMaxLines;
}

QJsonObject DrawTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Structure &s = *exercise.structure;
    QJsonObject o { { QStringLiteral("points"), points(s) },
                    { QStringLiteral("figure"), figure(s) },
                    { QStringLiteral("corners"), s.kind() == QLatin1String("chords") ? s.itemLength() : 2 } };
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(&s))
        o.insert(QStringLiteral("step"), star->k());
    return o;
}

Solution DrawTask::solve(const Exercise &exercise) const
{
    const ItemList all = lines(*exercise.structure);
    return { all.size(), itemsToJson(all) };
}

Evaluation DrawTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Structure &s = *exercise.structure;
    const int corners = s.kind() == QLatin1String("chords") ? s.itemLength() : 2;
    return checkTuples(answer, lines(s), corners, points(s));
}

} // namespace stages::geometry
