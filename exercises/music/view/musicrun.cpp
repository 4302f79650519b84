#include "exercises/music/view/musicrun.h"

#include "core/clock.h"
#include "exercises/music/exercisemelody.h"
#include "exercises/music/tasks/composetask.h"
#include "exercises/music/tasks/listenidentifytask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace stages::music {

MusicRun::MusicRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock)
    : TaskRun(engine, std::move(exercise), clock)
{ }

bool MusicRun::isDrums() const
{
    return ExerciseMelody::isDrums(exercise());
}

QList<int> MusicRun::symbolKeys() const
{
    return ExerciseMelody::symbolKeys(exercise(), engine());
}

Melody MusicRun::melody() const
{
    const auto m = ExerciseMelody::forExercise(exercise(), engine());
    return m ? m.value() : Melody();
}

Melody MusicRun::melodyOf(const Item &item) const
{
    return ExerciseMelody::forItem(exercise(), engine(), item);
}

Melody MusicRun::composedMelody(const QList<Item> &orders) const
{
    const QJsonObject content = ComposeTask::artifactContent(exercise(), engine(), itemsToJson(orders));
    const auto melody = Melody::fromJson(QJsonDocument(content.value(QStringLiteral("melody")).toObject()).toJson());
    return melody ? melody.value() : Melody();
}

ItemList MusicRun::choiceItems() const
{
    return ListenIdentifyTask::setup(exercise()).choices;
}

QList<QPair<QString, QString>> MusicRun::namedChoices() const
{
    QList<QPair<QString, QString>> out;
    for (const TraditionalRhythm &r : ListenIdentifyTask::setup(exercise()).named)
        out.append({ r.pattern, r.name });
    return out;
}

std::optional<AttemptRecord::Artifact> MusicRun::artifact(const QJsonValue &answer) const
{
    if (exercise().task != QLatin1String("compose") || answer.toArray().isEmpty())
        return std::nullopt;
    //: Title of a pupil's composed tune kept for the teacher; %1 is the date
    return AttemptRecord::Artifact { QStringLiteral("melody"),
                                     tr("My tune, %1").arg(QLocale().toString(startedOn(), QLocale::ShortFormat)),
                                     ComposeTask::artifactContent(exercise(), engine(), answer) };
}

} // namespace stages::music
