#pragma once

#include "exercises/music/tapscorer.h"
#include "exercises/music/view/musictaskscreen.h"

#include <QTimer>

namespace stages::music {

class RhythmCircleWidget;
class RhythmGridWidget;

/// "tap-rhythm": the rhythm as a circle (its onsets on n points, a pointer going round while it
/// plays) and as a grid. Listen plays it; Start plays four count-in clicks and then the rhythm,
/// and the pupil taps along on the big pad, the Space bar, a click or a touch. Each tap is timed
/// on the sound service's clock of what is heard (the frames the device has played, so it waits
/// whenever the sound does), from the rhythm's first step, as the prompt's onset times are. When the rhythm ends the
/// taps go to the Evaluator (TapScorer with the stage's tolerance) and each tap is shown early or late on the grid.
class TapRhythmScreen : public MusicTaskScreen
{
    Q_OBJECT

public:
    TapRhythmScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, SoundService &sound,
                    QWidget *parent = nullptr);

    QPushButton *listenButton() const { return m_listen; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *tapPad() const { return m_pad; }
    RhythmCircleWidget *circle() const { return m_circle; }
    RhythmGridWidget *grid() const { return m_grid; }
    QLabel *countLabel() const { return m_count; }
    bool isRecording() const { return m_recording; }
    /// Taps so far, in ms from the rhythm's first step.
    const QList<double> &taps() const { return m_taps; }
    /// The onset times the taps are judged against (ms from the first step).
    const QList<double> &onsetTimesMs() const { return m_onsets; }
    double countInMs() const { return m_countInMs; }

    void listen();
    void startTapping();
    /// One tap now (what the pad, Space, a click or a touch do).
    void tap();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QString resultCaption(const Evaluation &evaluation) const override;
    void prepareResult(const Evaluation &evaluation) override;

private:
    void animate();
    void playbackEnded();

    QPushButton *m_listen = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pad = nullptr;
    RhythmCircleWidget *m_circle = nullptr;
    RhythmGridWidget *m_grid = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_frame;
    QList<bool> m_steps;
    QList<double> m_onsets;
    QList<double> m_taps;
    double m_stepMs = 300;
    double m_beatMs = 600;
    double m_countInMs = 2400;
    int m_cycles = 1;
    bool m_recording = false;
    bool m_playing = false;
    TapEvaluation m_tapResult;
};

} // namespace stages::music
