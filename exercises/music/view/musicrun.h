#pragma once

#include "exercises/framework/session/taskrun.h"
#include "exercises/music/melody.h"

#include <QCoreApplication>

namespace stages {
class Clock;
class ExerciseEngine;
} // namespace stages

namespace stages::music {

/// One pupil working on one music task (play-back, listen-identify, tap-rhythm, compose): the
/// prompt, the answer so far, hints and time. No widgets and no sound: the screens show it and
/// forward what the pupil did; every judgement comes from the engine's Evaluator (the code
/// stagesctl uses). The engine and the clock must outlive it.
class MusicRun final : public TaskRun
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::MusicRun)

public:
    MusicRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock);


    int stage() const { return exercise().stage; }
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
    QJsonValue answer() const override { return m_answer; }

protected:
    /// compose keeps the tune as a "melody" artifact (ComposeTask's content, what `stagesctl
    /// music export-midi --artifact` and the teacher's player read).
    std::optional<AttemptRecord::Artifact> artifact(const QJsonValue &answer) const override;

private:
    QJsonValue m_answer;
};

} // namespace stages::music
