#include "exercises/geometry/tasks/createdrawingtask.h"

#include "exercises/geometry/tasks/drawtask.h"

#include <QJsonArray>

#include <algorithm>

namespace stages::geometry {

namespace {

Item line(int a, int b)
{
    return { std::min(a, b), std::max(a, b) };
}

} // namespace

bool CreateDrawingTask::suits(const Structure &structure) const
{
    return DrawTask::points(structure) >= 3;
}

int CreateDrawingTask::required(const Exercise &exercise)
{
    return std::max(1, exercise.options.value(QStringLiteral("required")).toInt(6));
}

QString CreateDrawingTask::symmetry(const Exercise &exercise)
{
    const QString s = exercise.options.value(QStringLiteral("symmetry")).toString();
    return s == QLatin1String("mirror") || s == QLatin1String("rotation") ? s : QStringLiteral("none");
}

int CreateDrawingTask::turns(const Exercise &exercise)
{
    const int n = DrawTask::points(*exercise.structure);
    const int t = exercise.options.value(QStringLiteral("turns")).toInt(n);
    return t >= 2 && t <= n && n % t == 0 ? t : n;
}

ItemList CreateDrawingTask::images(const Exercise &exercise, const Item &segment)
{
    const int n = DrawTask::points(*exercise.structure);
    ItemList out { segment };
    const QString s = symmetry(exercise);
    if (s == QLatin1String("mirror")) {
        out.append(line((n - segment.at(0)) % n, (n - segment.at(1)) % n));
    } else if (s == QLatin1String("rotation")) {
        const int step = n / turns(exercise);
        for (int t = 1; t < turns(exercise); ++t)
            out.append(line((segment.at(0) + t * step) % n, (segment.at(1) + t * step) % n));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QJsonObject CreateDrawingTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    QJsonObject o { { QStringLiteral("points"), DrawTask::points(*exercise.structure) },
                    { QStringLiteral("required"), required(exercise) },
                    { QStringLiteral("symmetry"), symmetry(exercise) } };
    if (symmetry(exercise) == QLatin1String("rotation"))
        o.insert(QStringLiteral("turns"), turns(exercise));
    return o;
}

Solution CreateDrawingTask::solve(const Exercise &exercise) const
{
    // Whole orbits of the lines in systematic order, until there are enough.
    const int n = DrawTask::points(*exercise.structure);
    ItemList picture;
    for (int a = 0; a < n && picture.size() < required(exercise); ++a) {
        for (int b = a + 1; b < n && picture.size() < required(exercise); ++b) {
            if (picture.contains(line(a, b)))
                continue;
            picture += images(exercise, line(a, b));
        }
    }
    std::sort(picture.begin(), picture.end());
    picture.erase(std::unique(picture.begin(), picture.end()), picture.end());
    return { picture.size(), itemsToJson(picture) };
}

Evaluation CreateDrawingTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const int n = DrawTask::points(*exercise.structure);
    const QJsonValue list = answer.isObject() ? answer.toObject().value(QStringLiteral("segments")) : answer;
    Evaluation e;
    if (!list.isArray())
        e.invalidIndexes.append(0);
    const QJsonArray entries = list.toArray();
    // Each entry as a line [a, b] (a < b), or an empty item when it is not two points in range.
    ItemList read;
    QSet<Item> drawn;
    for (const QJsonValue &entry : entries) {
        const Item segment = itemFromJson(entry).value_or(Item());
        const bool inRange
            = std::all_of(segment.cbegin(), segment.cend(), [n](int p) { return p >= 0 && p < n; });
        if (segment.size() != 2 || segment.at(0) == segment.at(1) || !inRange) {
            read.append(Item());
            continue;
        }
        read.append(line(segment.at(0), segment.at(1)));
        drawn.insert(read.constLast());
    }
    QSet<Item> counted;
    for (int i = 0; i < read.size(); ++i) {
        const Item &segment = read.at(i);
        if (segment.isEmpty()) {
            e.invalidIndexes.append(i);
        } else if (counted.contains(segment)) {
            e.duplicateIndexes.append(i);
        } else {
            counted.insert(segment);
            const ItemList needed = images(exercise, segment);
            if (std::all_of(needed.cbegin(), needed.cend(), [&](const Item &image) { return drawn.contains(image); }))
                e.correct.append(segment);
            else
                e.invalidIndexes.append(i);
        }
    }
    const int good = int(e.correct.size());
    const int need = required(exercise);
    e.missing = std::max(0, need - good);
    e.score = std::min(1.0, double(good) / double(need));
    e.success = e.missing == 0 && e.duplicateIndexes.isEmpty() && e.invalidIndexes.isEmpty();
    e.hint = listHint(e);
    if (e.hint.kind == Hint::Kind::FixInvalid && !read.value(e.hint.index).isEmpty())
        e.hint.kind = Hint::Kind::BreaksRule;
    if (e.hint.kind == Hint::Kind::None && e.success)
        e.hint.kind = Hint::Kind::Done;
    return e;
}

} // namespace stages::geometry
