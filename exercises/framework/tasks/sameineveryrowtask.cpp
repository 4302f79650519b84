#include "exercises/framework/tasks/sameineveryrowtask.h"

#include "exercises/framework/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace stages {

namespace {

/// A group of rows sharing exactly one property, and the properties some but not all share.
struct Candidate
{
    Item property;
    ItemList group;
    ItemList distractors;
};

/// Every property a row of @p structure can have: (place, element) or (element anywhere).
ItemList properties(const Structure &structure, const ItemList &all)
{
    ItemList out;
    if (structure.sameness() == Structure::Sameness::Contains) {
        for (int v = 0; v < structure.elementCount(); ++v)
            out.append(Item { v });
        return out;
    }
    const int length = structure.itemLength();
    for (int p = 0; p < length; ++p) {
        QList<int> values;
        for (const Item &row : all) {
            if (!values.contains(row.at(p)))
                values.append(row.at(p));
        }
        std::sort(values.begin(), values.end());
        for (int v : std::as_const(values)) {
            Item property(length, -1);
            property[p] = v;
            out.append(property);
        }
    }
    return out;
}

QList<Candidate> candidates(const Structure &structure)
{
    QList<Candidate> out;
    if (!structure.sameness() || !structure.canEnumerate() || structure.count() > SameInEveryRowTask::kMaxItems)
        return out;
    const ItemList all = structure.enumerate();
    const ItemList props = properties(structure, all);
    for (const Item &property : props) {
        Candidate c;
        c.property = property;
        for (const Item &row : all) {
            if (SameInEveryRowTask::holds(structure, property, row))
                c.group.append(row);
        }
        if (c.group.size() < SameInEveryRowTask::kMinGroup || c.group.size() > SameInEveryRowTask::kMaxGroup
            || c.group.size() == all.size())
            continue;
        // Exactly one property holds for the whole group, and at least two hold for some of it.
        int constant = 0;
        for (const Item &other : props) {
            int holding = 0;
            for (const Item &row : std::as_const(c.group))
                holding += SameInEveryRowTask::holds(structure, other, row) ? 1 : 0;
            if (holding == c.group.size())
                ++constant;
            else if (holding > 0)
                c.distractors.append(other);
        }
        if (constant == 1 && c.distractors.size() >= 2)
            out.append(c);
    }
    return out;
}

} // namespace

bool SameInEveryRowTask::holds(const Structure &structure, const Item &choice, const Item &row)
{
    if (structure.sameness() == Structure::Sameness::Contains)
        return choice.size() == 1 && structure.canonical(row).contains(choice.first());
    if (choice.size() != row.size())
        return false;
    bool any = false;
    for (int p = 0; p < choice.size(); ++p) {
        if (choice.at(p) < 0)
            continue;
        if (choice.at(p) != row.at(p))
            return false;
        any = true;
    }
    return any;
}

bool SameInEveryRowTask::suits(const Structure &structure) const
{
    return !candidates(structure).isEmpty();
}

SameInEveryRowTask::Setup SameInEveryRowTask::setup(const Exercise &exercise)
{
    Setup s;
    const QList<Candidate> all = candidates(*exercise.structure);
    if (all.isEmpty())
        return s;
    SeededRandom random(exercise.seed);
    Candidate c = all.at(random.bounded(int(all.size())));
    s.given = c.group;
    if (exercise.options.value(QStringLiteral("shuffled")).toBool()) {
        for (qsizetype i = s.given.size() - 1; i > 0; --i)
            std::swap(s.given[i], s.given[random.bounded(int(i + 1))]);
    }
    for (int i = 0; i < 2; ++i)
        s.choices.append(c.distractors.takeAt(random.bounded(int(c.distractors.size()))));
    s.right = random.bounded(3);
    s.choices.insert(s.right, c.property);
    return s;
}

QString SameInEveryRowTask::variantKey(const Exercise &exercise) const
{
    const Setup s = setup(exercise);
    QString key;
    for (const Item &choice : s.choices) {
        for (int v : choice)
            key += QString::number(v) + QLatin1Char(',');
        key += QLatin1Char(';');
    }
    return key + QString::number(s.given.size());
}

QJsonObject SameInEveryRowTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Setup s = setup(exercise);
    const bool contains = exercise.structure->sameness() == Structure::Sameness::Contains;
    return { { QStringLiteral("given"), itemsToJson(s.given) },
             { QStringLiteral("choices"), itemsToJson(s.choices) },
             { QStringLiteral("sameness"), contains ? QStringLiteral("contains") : QStringLiteral("position") } };
}

Solution SameInEveryRowTask::solve(const Exercise &exercise) const
{
    const Setup s = setup(exercise);
    return { qint64(s.given.size()), s.right };
}

Evaluation SameInEveryRowTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Setup s = setup(exercise);
    Evaluation e;
    const double d = answer.toDouble(-1);
    if (!answer.isDouble() || d != std::floor(d) || d < 0 || d >= double(s.choices.size())) {
        e.invalidIndexes.append(0);
        setRightOrWrong(e, false);
        e.hint.kind = Hint::Kind::FixInvalid;
        return e;
    }
    const Item &choice = s.choices.at(int(d));
    bool all = !s.given.isEmpty();
    for (const Item &row : s.given)
        all = all && holds(*exercise.structure, choice, row);
    setRightOrWrong(e, all);
    if (!e.success) {
        e.hint.kind = Hint::Kind::ChooseAgain;
        e.hint.index = int(d);
    }
    return e;
}

} // namespace stages
