#pragma once

#include "core/progress/attemptservice.h"
#include "exercises/framework/evaluation.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercise.h"
#include "exercises/music/melody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace stages {
class Clock;
class ExerciseEngine;
} // namespace stages

namespace stages::music {

/// One pupil working on one music task (play-back, listen-identify, tap-rhythm, compose): the
/// prompt, the answer so far, hints and time. No widgets and no sound: the screens show it and
/// forward what the pupil did; every judgement comes from the engine's Evaluator (the code
/// stagesctl uses). The engine and the clock must outlive it.
class MusicRun
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::MusicRun)

public:
    MusicRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock);

    static bool handles(const QString &task);

    const Exercise &exercise() const { return m_exercise; }
    const ExerciseEngine &engine() const { return m_engine; }
    const QJsonObject &prompt() const { return m_prompt; }
    int stage() const { return m_exercise.stage; }
    bool isDrums() const;
    /// MIDI key of each symbol (the skin's notes or drums).
    QList<int> symbolKeys() const;
    /// What the exercise plays to the pupil (count-in included for tap-rhythm).
    Melody melody() const;
    /// One item as sound (a choice of listen-identify, the pupil's tune).
    Melody melodyOf(const Item &item) const;
    /// The pupil's composed orders as a tune (compose).
    Melody composedMelody(const QList<Item> &orders) const;

    /// Items of listen-identify's choices (empty for named rhythms: see namedChoices()).
    ItemList choiceItems() const;
    /// Patterns ("x..x..x.") and names of named-rhythm choices.
    QList<QPair<QString, QString>> namedChoices() const;

    void setAnswer(const QJsonValue &answer) { m_answer = answer; }
    const QJsonValue &answer() const { return m_answer; }
    Evaluation evaluate() const;
    Hint takeHint();
    int hintsUsed() const { return m_hintsUsed; }

    Evaluation finish();
    bool isFinished() const { return m_finished; }
    const Evaluation &result() const { return m_result; }
    qint64 durationMs() const;
    /// The attempt to store; compose keeps the tune as a "melody" artifact (ComposeTask's content,
    /// what `stagesctl music export-midi --artifact` and the teacher's player read).
    AttemptRecord toAttempt() const;

private:
    const ExerciseEngine &m_engine;
    Evaluator m_evaluator;
    Exercise m_exercise;
    const Clock &m_clock;
    QJsonObject m_prompt;
    QJsonValue m_answer;
    int m_hintsUsed = 0;
    QDateTime m_started;
    QDateTime m_ended;
    bool m_finished = false;
    Evaluation m_result;
};

} // namespace stages::music
