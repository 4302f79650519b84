#include "exercises/framework/view/feedbackoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPropertyAnimation>
#include <QtMath>

namespace stages {

namespace {

QPainterPath star(const QPointF &c, double r)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 ? r * 0.45 : r;
        const double a = qDegreesToRadians(-90.0 + 36.0 * i);
        const QPointF p(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

FeedbackOverlay::FeedbackOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("feedbackOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_animation = new QPropertyAnimation(this, "progress", this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QPropertyAnimation::finished, this, &QWidget::hide);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

bool FeedbackOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void FeedbackOverlay::showMessage(const QString &text, Mood mood, int durationMs)
{
    m_text = text;
    m_mood = mood;
    m_animation->stop();
    m_animation->setDuration(durationMs);
    m_progress = 0.0;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_animation->start();
}

bool FeedbackOverlay::isPlaying() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void FeedbackOverlay::setProgress(qreal progress)
{
    m_progress = progress;
    update();
}

void FeedbackOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double t = m_progress;
    // Pop in quickly, stay, fade at the end.
    const double opacity = t < 0.75 ? 1.0 : std::max(0.0, 1.0 - (t - 0.75) / 0.25);
    const double pop = t < 0.15 ? 0.6 + 0.4 * (t / 0.15) * 1.1 : (t < 0.25 ? 1.1 - 0.1 * ((t - 0.15) / 0.1) : 1.0);
    p.setOpacity(opacity);
    const QPointF c(width() / 2.0, height() * 0.42);

    if (m_mood != Mood::TryAgain) {
        static const QColor colors[]
            = { QColor(QStringLiteral("#FFC107")), QColor(QStringLiteral("#FF7043")), QColor(QStringLiteral("#66BB6A")),
                QColor(QStringLiteral("#42A5F5")), QColor(QStringLiteral("#AB47BC")) };
        const int count = m_mood == Mood::Great ? 16 : 9;
        const double reach = std::min(width(), height()) * (m_mood == Mood::Great ? 0.42 : 0.3);
        for (int i = 0; i < count; ++i) {
            const double a = qDegreesToRadians(360.0 * i / count + 13.0);
            const double d = reach * std::sin(std::min(1.0, t * 1.6) * M_PI / 2);
            const QPointF at(c.x() + d * std::cos(a), c.y() + d * std::sin(a) * 0.8);
            p.setPen(Qt::NoPen);
            p.setBrush(colors[i % 5]);
            p.drawPath(star(at, 12.0 + 6.0 * ((i * 7) % 3)));
        }
    }

    QFont f = font();
    f.setBold(true);
    f.setPixelSize(int(44 * pop));
    p.setFont(f);
    const QRectF box(c.x() - width() * 0.4, c.y() - 50 * pop, width() * 0.8, 100 * pop);
    const QFontMetricsF fm(f);
    const double w = std::min(box.width(), fm.horizontalAdvance(m_text) + 60.0);
    const QRectF bubble(c.x() - w / 2, box.top(), w, box.height());
    const QColor fill
        = m_mood == Mood::TryAgain ? QColor(QStringLiteral("#FFF3E0")) : QColor(QStringLiteral("#E8F5E9"));
    const QColor ink = m_mood == Mood::TryAgain ? QColor(QStringLiteral("#E65100")) : QColor(QStringLiteral("#2E7D32"));
    const double wobble = m_mood == Mood::TryAgain ? 10.0 * std::sin(t * 30.0) * (1.0 - std::min(1.0, t * 3)) : 0.0;
    p.translate(wobble, 0);
    p.setPen(QPen(ink, 3));
    p.setBrush(fill);
    p.drawRoundedRect(bubble, 24, 24);
    p.setPen(ink);
    p.drawText(bubble, Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace stages
