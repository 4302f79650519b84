#include "exercises/framework/view/transferpairs.h"

#include "exercises/framework/view/itemrowwidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace stages {

TransferPairs::TransferPairs(const QJsonArray &from, const QJsonArray &to, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transferPairs"));
    auto *line = new QHBoxLayout(this);
    line->setContentsMargins(0, 0, 0, 0);
    line->addStretch();
    //: Read by screen readers for the pairs of a transfer exercise: each old element and the new one for it
    setAccessibleName(tr("Each one is now the one next to it"));
    for (int i = 0; i < from.size() && i < to.size(); ++i) {
        auto *pair = new QWidget(this);
        pair->setObjectName(QStringLiteral("pair%1").arg(i));
        pair->setAttribute(Qt::WA_StyledBackground);
        pair->setStyleSheet(QStringLiteral("#pair%1 { background: #E8EAF6; border-radius: 12px; }").arg(i));
        auto *column = new QHBoxLayout(pair);
        column->setContentsMargins(6, 2, 6, 2);
        const auto element = [pair, i](const QJsonArray &elements) {
            auto *row = new ItemRowWidget(pair);
            row->setElements(elements);
            row->setSlotSize(34);
            row->setSymbols({ i });
            return row;
        };
        auto *old = element(from);
        column->addWidget(old);
        auto *arrow = new QLabel(QStringLiteral("\u2192"), pair);
        arrow->setStyleSheet(QStringLiteral("font-size: 28px; color: #3949AB;"));
        column->addWidget(arrow);
        auto *now = element(to);
        column->addWidget(now);
        line->addWidget(pair);
        line->addSpacing(10);
        m_rows << old << now;
    }
    line->addStretch();
}

} // namespace stages
