#include "exercises/music/view/soundnoticebanner.h"

#include "exercises/music/view/soundservice.h"

namespace stages::music {

SoundNoticeBanner::SoundNoticeBanner(SoundService &sound, QWidget *parent)
    : QLabel(parent)
    , m_sound(sound)
{
    setObjectName(QStringLiteral("soundNotice"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel#soundNotice { background: #FFF8E1; border: 2px solid #FFCA28; border-radius: 10px;"
                                 " padding: 8px 14px; color: #5D4037; font-size: 17px; }"));
    connect(&m_sound, &SoundService::noticeChanged, this, &SoundNoticeBanner::refresh);
    refresh(m_sound.notice());
}

void SoundNoticeBanner::refresh(const QString &notice)
{
    setText(notice);
    setVisible(!notice.isEmpty());
}

} // namespace stages::music
