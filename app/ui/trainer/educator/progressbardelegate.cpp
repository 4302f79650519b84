#include "ui/trainer/educator/progressbardelegate.h"

#include "ui/trainer/educator/requirementprogressmodel.h"

#include <QPainter>

namespace stages {

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const double fraction = index.data(RequirementProgressModel::FractionRole).toDouble();
    const bool met = index.data(RequirementProgressModel::MetRole).toBool();
    painter->save();
    if (opt.state & QStyle::State_Selected)
        painter->fillRect(opt.rect, opt.palette.highlight());
    const QRect track = opt.rect.adjusted(4, 5, -4, -5);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xE3, 0xE8, 0xEE));
    painter->drawRoundedRect(track, 4, 4);
    if (fraction > 0) {
        QRect filled = track;
        filled.setWidth(std::max(8, int(track.width() * fraction)));
        painter->setBrush(met ? QColor(0x81, 0xC7, 0x84) : QColor(0x90, 0xCA, 0xF9));
        painter->drawRoundedRect(filled, 4, 4);
    }
    painter->setPen(QColor(0x1F, 0x29, 0x33));
    painter->drawText(track.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, opt.text);
    painter->restore();
}

} // namespace stages
