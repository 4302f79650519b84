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
    : m_engine(engine)
    , m_evaluator(engine)
    , m_exercise(std::move(exercise))
    , m_clock(clock)
    , m_prompt(m_evaluator.prompt(m_exercise))
    , m_started(clock.now())
{
}

bool MusicRun::handles(const QString &task)
{
    return task == QLatin1String("play-back") || task == QLatin1String("listen-identify")
        || task == QLatin1String("tap-rhythm") || task == QLatin1String("compose");
}

bool MusicRun::isDrums() const
{
    return ExerciseMelody::isDrums(m_exercise);
}

QList<int> MusicRun::symbolKeys() const
{
    return ExerciseMelody::symbolKeys(m_exercise, m_engine);
}

Melody MusicRun::melody() const
{
    const auto m = ExerciseMelody::forExercise(m_exercise, m_engine);
    return m ? m.value() : Melody();
}

Melody MusicRun::melodyOf(const Item &item) const
{
    return ExerciseMelody::forItem(m_exercise, m_engine, item);
}

Melody MusicRun::composedMelody(const QList<Item> &orders) const
{
    const QJsonObject content = ComposeTask::artifactContent(m_exercise, m_engine, itemsToJson(orders));
    const auto melody = Melody::fromJson(QJsonDocument(content.value(QStringLiteral("melody")).toObject()).toJson());
    return melody ? melody.value() : Melody();
}

ItemList MusicRun::choiceItems() const
{
    return ListenIdentifyTask::setup(m_exercise).choices;
}

QList<QPair<QString, QString>> MusicRun::namedChoices() const
{
    QList<QPair<QString, QString>> out;
    for (const TraditionalRhythm &r : ListenIdentifyTask::setup(m_exercise).named)
        out.append({ r.pattern, r.name });
    return out;
}

Evaluation MusicRun::evaluate() const
{
    return m_evaluator.evaluate(m_exercise, m_answer);
}

Hint MusicRun::takeHint()
{
    if (m_finished)
        return {};
    ++m_hintsUsed;
    return evaluate().hint;
}

Evaluation MusicRun::finish()
{
    if (m_finished)
        return m_result;
    m_result = evaluate();
    m_ended = m_clock.now();
    m_finished = true;
    return m_result;
}

qint64 MusicRun::durationMs() const
{
    return std::max<qint64>(0, m_started.msecsTo(m_finished ? m_ended : m_clock.now()));
}

AttemptRecord MusicRun::toAttempt() const
{
    const Evaluation e = m_finished ? m_result : evaluate();
    AttemptRecord a;
    a.exerciseId = m_exercise.id;
    a.domain = m_exercise.domain;
    a.stage = m_exercise.stage;
    a.score = e.score;
    a.success = e.success;
    a.durationMs = durationMs();
    a.hintsUsed = m_hintsUsed;
    a.answer = m_answer;
    if (m_exercise.task == QLatin1String("compose") && !m_answer.toArray().isEmpty()) {
        //: Title of a pupil's composed tune kept for the teacher; %1 is the date
        a.artifact = AttemptRecord::Artifact { QStringLiteral("melody"),
                                               tr("My tune, %1").arg(QLocale().toString(m_started.toLocalTime().date(), QLocale::ShortFormat)),
                                               ComposeTask::artifactContent(m_exercise, m_engine, m_answer) };
    }
    return a;
}

} // namespace stages::music
