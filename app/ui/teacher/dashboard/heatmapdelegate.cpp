#include "ui/teacher/dashboard/heatmapdelegate.h"

#include "ui/teacher/dashboard/heatmapmodel.h"

#include <QApplication>
#include <QPainter>

namespace stages {

QColor HeatMapDelegate::levelColor(MasteryLevel level)
{
    // One hue growing darker (reads in grey too), from the ColorBrewer "Blues" scale.
    switch (level) {
    case MasteryLevel::NotStarted:
        return QColor(0xF5, 0xF5, 0xF5);
    case MasteryLevel::Attempted:
        return QColor(0xC6, 0xDB, 0xEF);
    case MasteryLevel::Familiar:
        return QColor(0x6B, 0xAE, 0xD6);
    case MasteryLevel::Proficient:
        return QColor(0x21, 0x71, 0xB5);
    case MasteryLevel::Mastered:
        return QColor(0x08, 0x30, 0x6B);
    }
    return Qt::white;
}

void HeatMapDelegate::paintLevel(QPainter *painter, const QRect &rect, MasteryLevel level, bool number)
{
    painter->save();
    painter->fillRect(rect, levelColor(level));
    const bool dark = level >= MasteryLevel::Proficient;
    const QColor ink = dark ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
    // Patterns: 0 blank, 1 sparse hatching, 2 dense hatching, 3 plain, 4 plain with a frame.
    if (level == MasteryLevel::Attempted || level == MasteryLevel::Familiar) {
        QColor hatch = ink;
        hatch.setAlpha(70);
        painter->fillRect(rect, QBrush(hatch, level == MasteryLevel::Attempted ? Qt::BDiagPattern : Qt::CrossPattern));
    } else if (level == MasteryLevel::Mastered) {
        painter->setPen(QPen(QColor(0xFF, 0xC1, 0x07), 3));
        painter->drawRect(rect.adjusted(2, 2, -3, -3));
    }
    if (number) {
        painter->setPen(ink);
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter, QString::number(int(level)));
    }
    painter->restore();
}

void HeatMapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int level = index.data(HeatMapModel::LevelRole).toInt();
    if (level < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintLevel(painter, option.rect.adjusted(1, 1, -1, -1), MasteryLevel(level), true);
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

QSize HeatMapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(HeatMapModel::LevelRole).toInt() < 0)
        return QStyledItemDelegate::sizeHint(option, index);
    return QSize(34, 30);
}

} // namespace stages
