#include "exercises/framework/view/samerowspanel.h"

#include "exercises/framework/view/itemrowwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPauseAnimation>
#include <QPropertyAnimation>
#include <QSequentialAnimationGroup>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdlib>

namespace stages {

SameRowsPanel::SameRowsPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sameRowsPanel"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // never in the way of the next tap
    setStyleSheet(
        QStringLiteral("#sameRowsPanel { background: #FFF3E0; border: 3px solid #FB8C00; border-radius: 18px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    auto *rows = new QHBoxLayout;
    m_tried = new ItemRowWidget(this);
    rows->addWidget(m_tried);
    auto *same = new QLabel(QStringLiteral("="), this);
    same->setStyleSheet(QStringLiteral("font-size: 40px; font-weight: bold; color: #E65100; background: transparent;"));
    rows->addWidget(same);
    m_twin = new ItemRowWidget(this);
    rows->addWidget(m_twin);
    layout->addLayout(rows);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("sameReason"));
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(
        QStringLiteral("font-size: 22px; font-weight: bold; color: #BF360C; background: transparent;"));
    layout->addWidget(m_reason);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    m_animation = new QSequentialAnimationGroup(this);
    hide();
}

void SameRowsPanel::present(const QJsonArray &elements, const QList<int> &tried, const QList<int> &twin, bool ring,
                            const QString &reason, const QPoint &centre, int durationMs)
{
    for (ItemRowWidget *row : { m_tried, m_twin }) {
        row->setElements(elements);
        row->setRing(ring && tried.size() > 2);
        row->setSlotSize(40);
    }
    m_tried->setSymbols(tried);
    m_twin->setSymbols(twin);
    m_twin->setMark(ItemRowWidget::Mark::Found);
    m_reason->setText(reason);
    // Rings: the tried one turns over and round until it lies like its twin.
    m_animation->stop();
    m_animation->clear();
    m_tried->setRingTurn(0);
    m_tried->setRingFlip(1);
    m_move = m_tried->isRing() ? RingMove::between(tried, twin, true) : std::nullopt;
    if (m_move && (m_move->flip || m_move->turn != 0)) {
        m_animation->addPause(600);
        if (m_move->flip) {
            auto *flip = new QPropertyAnimation(m_tried, "ringFlip", m_animation);
            flip->setStartValue(1.0);
            flip->setEndValue(-1.0);
            flip->setDuration(900);
            flip->setEasingCurve(QEasingCurve::InOutSine);
            m_animation->addAnimation(flip);
            m_animation->addPause(250);
        }
        if (m_move->turn != 0) {
            auto *turn = new QPropertyAnimation(m_tried, "ringTurn", m_animation);
            turn->setStartValue(0.0);
            turn->setEndValue(qreal(m_move->turn));
            turn->setDuration(450 * std::abs(m_move->turn));
            turn->setEasingCurve(QEasingCurve::InOutSine);
            m_animation->addAnimation(turn);
        }
        // Time to look at the two lying alike after the move.
        durationMs = std::max(durationMs, m_animation->duration() + 2000);
        m_animation->start();
    }
    adjustSize();
    const QWidget *host = parentWidget();
    QRect r(QPoint(0, 0), sizeHint().boundedTo(host ? host->size() : sizeHint()));
    r.moveCenter(centre);
    if (host)
        r.moveTo(std::clamp(r.x(), 0, std::max(0, host->width() - r.width())),
                 std::clamp(r.y(), 0, std::max(0, host->height() - r.height())));
    setGeometry(r);
    raise();
    show();
    m_timer->start(durationMs);
}

} // namespace stages
