#include "exercises/music/tasks/composetask.h"

#include "exercises/music/exercisemelody.h"
#include "exercises/music/motifrule.h"

#include <QJsonDocument>

namespace stages::music {

namespace {

MotifRule ruleOf(const Exercise &exercise)
{
    MotifRule rule;
    MotifRule::fromId(exercise.options.value(QStringLiteral("motifRule")).toString(), &rule);
    return rule;
}

} // namespace

bool ComposeTask::suits(const Structure &structure) const
{
    return structure.kind() == QLatin1String("permutation") && structure.itemLength() >= 3
        && structure.itemLength() <= 4;
}

int ComposeTask::length(const Exercise &exercise)
{
    return ruleOf(exercise).melodyLength(exercise.structure->itemLength(),
                                         exercise.options.value(QStringLiteral("orders")).toInt(4));
}

QJsonObject ComposeTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const MotifRule rule = ruleOf(exercise);
    Item motif;
    for (int i = 0; i < exercise.structure->itemLength(); ++i)
        motif.append(i);
    return { { QStringLiteral("rule"), rule.id() },
             { QStringLiteral("ruleText"), rule.description() },
             { QStringLiteral("orders"), length(exercise) },
             { QStringLiteral("motif"), itemToJson(motif) } };
}

Solution ComposeTask::solve(const Exercise &exercise) const
{
    const QList<MotifOrder> example
        = ruleOf(exercise).example(exercise.structure->itemLength(),
                                   exercise.options.value(QStringLiteral("orders")).toInt(4), quint32(exercise.seed));
    return { qint64(example.size()), itemsToJson(example) };
}

Evaluation ComposeTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    Evaluation e;
    const auto list = itemListFromJson(answer);
    QList<MotifOrder> orders;
    if (list) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!list->at(i)) {
                e.invalidIndexes.append(int(i));
                orders.append(MotifOrder {});
            } else {
                orders.append(*list->at(i));
            }
        }
    } else {
        e.invalidIndexes = { 0 };
    }
    const int need = length(exercise);
    const RuleCheck check = ruleOf(exercise).check(orders, exercise.structure->itemLength());
    const bool rightLength = int(orders.size()) == need;
    e.success = check.ok && rightLength && e.invalidIndexes.isEmpty();
    const int good = check.firstBadOrder >= 0 ? check.firstBadOrder : int(std::min<qsizetype>(orders.size(), need));
    e.score = e.success ? 1.0 : std::min(0.99, double(good) / double(need));
    e.missing = std::max(0, need - good);
    if (check.firstBadOrder >= 0 && !e.invalidIndexes.contains(check.firstBadOrder))
        e.invalidIndexes.append(check.firstBadOrder);
    for (int i = 0; i < good; ++i)
        e.correct.append(orders.at(i));
    if (e.success)
        e.hint.kind = Hint::Kind::Done;
    else if (check.firstBadOrder >= 0)
        e.hint = { Hint::Kind::BreaksRule, check.firstBadOrder, {} };
    else
        e.hint = { Hint::Kind::MissingItem, int(orders.size()), {} };
    return e;
}

QJsonObject ComposeTask::artifactContent(const Exercise &exercise, const ExerciseEngine &engine,
                                         const QJsonValue &answer)
{
    QList<int> keys = ExerciseMelody::symbolKeys(exercise, engine);
    QList<Pitch> motif;
    for (int key : keys)
        motif.append(Pitch(key));
    QList<MotifOrder> orders;
    if (const auto list = itemListFromJson(answer)) {
        for (const auto &item : *list) {
            if (item)
                orders.append(*item);
        }
    }
    Melody melody = Melody::fromOrders(motif, orders);
    melody.instrument = ExerciseMelody::isDrums(exercise) ? QStringLiteral("drums") : QStringLiteral("xylophone");
    melody.tempoBpm = ExerciseMelody::tempo(exercise);
    return { { QStringLiteral("exercise"), exercise.id },
             { QStringLiteral("rule"), exercise.options.value(QStringLiteral("motifRule")) },
             { QStringLiteral("orders"), answer },
             { QStringLiteral("melody"), QJsonDocument::fromJson(melody.toJson()).object() } };
}

} // namespace stages::music
