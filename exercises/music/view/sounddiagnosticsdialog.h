#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace stages::music {

class SoundService;

/// Sound diagnostics for the teacher or IT admin: the audio device, sample rate and format, the
/// buffer asked for and the latency the device actually granted, underruns, the SoundFont and
/// whether it loaded, and a "Play test sound" button. Starts the engine if no music page has yet.
class SoundDiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SoundDiagnosticsDialog(SoundService &sound, QWidget *parent = nullptr);

    void refresh();
    QPushButton *testButton() const { return m_test; }
    QLabel *latencyLabel() const { return m_latency; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *soundFontLabel() const { return m_soundFont; }

private:
    SoundService &m_sound;
    QLabel *m_status = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_buffer = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_underruns = nullptr;
    QLabel *m_soundFont = nullptr;
    QLabel *m_soundFontStatus = nullptr;
    QPushButton *m_test = nullptr;
};

} // namespace stages::music
