#pragma once

#include <QLabel>

namespace stages::music {

class SoundService;

/// A calm yellow strip on the music pages saying why there is no sound (no SoundFont, no sound
/// device), hidden while sound works. Never a dialog: the pupil goes on with the lights. The
/// page that shows it starts the engine (SoundService::start()) when it is first shown.
class SoundNoticeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit SoundNoticeBanner(SoundService &sound, QWidget *parent = nullptr);

private:
    void refresh(const QString &notice);

    SoundService &m_sound;
};

} // namespace stages::music
