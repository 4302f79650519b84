#pragma once

#include <QWidget>

class QTabWidget;

namespace stages::music {

class DrumPadsWidget;
class InstrumentWidget;
class PianoWidget;
class SoundService;
class XylophoneWidget;

/// Free play for the pupil: the xylophone, the piano and the drum pads in big tabs, sounding
/// through the app's sound service (the sound notice shows when there is no sound; the
/// instruments still light up). The sound service must outlive the page.
class InstrumentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InstrumentsPage(SoundService &sound, QWidget *parent = nullptr);
    ~InstrumentsPage() override;

    QTabWidget *tabs() const { return m_tabs; }
    XylophoneWidget *xylophone() const { return m_xylophone; }
    PianoWidget *piano() const { return m_piano; }
    DrumPadsWidget *drums() const { return m_drums; }

protected:
    void showEvent(QShowEvent *event) override;
    /// Keys the tabs do not take play the instrument shown (issue 14, point 6).
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    InstrumentWidget *currentInstrument() const;

    SoundService &m_sound;
    QTabWidget *m_tabs = nullptr;
    XylophoneWidget *m_xylophone = nullptr;
    PianoWidget *m_piano = nullptr;
    DrumPadsWidget *m_drums = nullptr;
};

} // namespace stages::music
