#include "exercises/framework/view/speakbutton.h"

#include "exercises/framework/speech/speaker.h"

#include <QPainter>
#include <QPainterPath>

namespace stages {

namespace {

constexpr int kButtonSize = 48; // the smallest target on a pupil screen

} // namespace

SpeakButton::SpeakButton(QWidget *parent)
    : QToolButton(parent)
{
    setIcon(speakerIcon(kButtonSize));
    setIconSize(QSize(kButtonSize - 8, kButtonSize - 8));
    setFixedSize(kButtonSize, kButtonSize);
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    //: Tooltip of the speaker button next to an instruction
    setToolTip(tr("Read it to me"));
    setAccessibleName(tr("Read it to me"));
    setStyleSheet(QStringLiteral("QToolButton { border: none; border-radius: 24px; background: transparent; }"
                                 "QToolButton:hover { background: #E3F2FD; }"
                                 "QToolButton:focus { border: 3px solid #1E88E5; }"));
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_speaker && !m_speech.isEmpty())
            m_speaker->say(m_speech);
    });
    hide();
}

void SpeakButton::setSpeaker(Speaker *speaker)
{
    if (m_speaker == speaker)
        return;
    if (m_speaker)
        disconnect(m_speaker, nullptr, this, nullptr);
    m_speaker = speaker;
    if (m_speaker)
        connect(m_speaker, &Speaker::availabilityChanged, this, &SpeakButton::refresh);
    refresh();
}

void SpeakButton::setSpeech(const QString &text)
{
    m_speech = text;
    refresh();
}

void SpeakButton::refresh()
{
    setVisible(m_speaker && m_speaker->isAvailable() && !m_speech.isEmpty());
}

QIcon SpeakButton::speakerIcon(int size)
{
    QIcon result;
    for (const qreal dpr : { 1.0, 2.0 }) {
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 48.0, size / 48.0); // drawn on a 48 x 48 grid
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(QStringLiteral("#1E88E5")));
        p.drawEllipse(QRectF(1, 1, 46, 46));
        // The loudspeaker: a box and a cone.
        QPainterPath cone;
        cone.moveTo(11, 19);
        cone.lineTo(17, 19);
        cone.lineTo(25, 12);
        cone.lineTo(25, 36);
        cone.lineTo(17, 29);
        cone.lineTo(11, 29);
        cone.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(cone);
        // Two sound waves.
        QPen wave(Qt::white, 3, Qt::SolidLine, Qt::RoundCap);
        p.setPen(wave);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(22, 17, 10, 14), -60 * 16, 120 * 16);
        p.drawArc(QRectF(21, 12, 18, 24), -60 * 16, 120 * 16);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace stages
