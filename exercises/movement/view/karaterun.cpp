#include "exercises/movement/view/karaterun.h"

#include "exercises/movement/tasks/combinationtask.h"

#include <QLocale>

namespace stages::movement {

KarateRun::KarateRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock, QObject *parent)
    : ExerciseRun(engine, std::move(exercise), clock, parent)
{ }

QJsonValue KarateRun::answer() const
{
    return itemToJson(draft());
}

QStringList KarateRun::moveKeys() const
{
    Item placed;
    for (int value : draft()) {
        if (value >= 0)
            placed.append(value);
    }
    return CombinationTask::moveKeys(exercise(), engine(), placed);
}

std::optional<CreateRule> KarateRun::rule() const
{
    const QJsonObject json = prompt().value(QStringLiteral("rule")).toObject();
    return json.isEmpty() ? std::nullopt : CreateRule::fromJson(json);
}

std::optional<AttemptRecord::Artifact> KarateRun::artifact(const QJsonValue &answer) const
{
    if (!draftComplete())
        return std::nullopt;
    //: Title of a pupil's karate combination kept for the teacher; %1 is the date
    return AttemptRecord::Artifact {
        CombinationTask::artifactKind(),
        tr("My karate combination, %1").arg(QLocale().toString(startedOn(), QLocale::ShortFormat)),
        CombinationTask::artifactContent(exercise(), engine(), answer)
    };
}

} // namespace stages::movement
