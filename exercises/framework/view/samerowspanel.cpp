#include "exercises/framework/view/samerowspanel.h"

#include "exercises/framework/view/itemrowwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

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
