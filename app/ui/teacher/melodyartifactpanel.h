#pragma once

#include "core/result.h"
#include "exercises/music/melody.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace stages {

namespace audio {
class AudioOutput;
class Synth;
} // namespace audio

/// A pupil's melody for the teacher: the notes drawn as coloured bars (time left to right,
/// pitch bottom to top), Play/Stop through the real sound engine (FluidSynth into the sound
/// device) and "Export MIDI…". Without a SoundFont or a sound device a calm notice says so and
/// the notes still light up one after another in time, so the melody can be followed by eye.
class MelodyArtifactPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MelodyArtifactPanel(const music::Melody &melody, QWidget *parent = nullptr);
    ~MelodyArtifactPanel() override;

    const music::Melody &melody() const { return m_melody; }
    void play();
    void stop();
    bool isPlaying() const { return m_playing; }
    /// The note lit now (-1: none).
    int highlightedNote() const { return m_highlight; }
    /// Whether the last Play reached the sound device.
    bool soundAvailable() const { return m_soundOk; }
    /// Writes the melody as a Standard MIDI File (what "Export MIDI…" does after asking where).
    Status exportMidi(const QString &path) const;

    QPushButton *playButton() const { return m_play; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *notice() const { return m_notice; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Status startSound();
    void advance();
    void askAndExport();
    QRectF rollRect() const;

    music::Melody m_melody;
    std::unique_ptr<audio::Synth> m_synth;
    std::unique_ptr<audio::AudioOutput> m_output;
    QPushButton *m_play = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    bool m_playing = false;
    bool m_soundOk = false;
    int m_highlight = -1;
};

} // namespace stages
