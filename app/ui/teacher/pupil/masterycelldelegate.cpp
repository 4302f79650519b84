#include "ui/teacher/pupil/masterycelldelegate.h"

#include <QApplication>
#include <QPainter>

namespace stages {

MasteryCellDelegate::MasteryCellDelegate(int levelRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_levelRole(levelRole)
{
}

QColor MasteryCellDelegate::levelColour(MasteryLevel level)
{
    switch (level) {
    case MasteryLevel::NotStarted:
        return QColor(0xEC, 0xEF, 0xF1);
    case MasteryLevel::Attempted:
        return QColor(0xFF, 0xCC, 0x80);
    case MasteryLevel::Familiar:
        return QColor(0xFF, 0xF1, 0x76);
    case MasteryLevel::Proficient:
        return QColor(0x81, 0xC7, 0x84);
    case MasteryLevel::Mastered:
        return QColor(0x2E, 0x7D, 0x32);
    }
    return {};
}

QColor MasteryCellDelegate::textColour(MasteryLevel level)
{
    return level == MasteryLevel::Mastered ? QColor(Qt::white) : QColor(0x26, 0x32, 0x38);
}

QString MasteryCellDelegate::legendHtml()
{
    QStringList parts;
    for (int l = 0; l <= int(MasteryLevel::Mastered); ++l) {
        const auto level = MasteryLevel(l);
        parts.append(QStringLiteral("<span style=\"background:%1; color:%2;\">&nbsp;<b>%3</b>&nbsp;</span>&nbsp;%4")
                         .arg(levelColour(level).name(), textColour(level).name())
                         .arg(l)
                         .arg(masteryLevelName(level).toHtmlEscaped()));
    }
    return parts.join(QStringLiteral(" &nbsp; "));
}

void MasteryCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int value = index.data(m_levelRole).toInt();
    if (!index.isValid() || index.data(m_levelRole).isNull() || value < 0 || index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto level = MasteryLevel(std::clamp(value, 0, int(MasteryLevel::Mastered)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(2, 2, -2, -2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(levelColour(level));
    painter->drawRoundedRect(tile, 4, 4);
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->setPen(QPen(option.palette.highlight(), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), 4, 4);
    }
    QFont font = option.font;
    font.setBold(level >= MasteryLevel::Proficient);
    painter->setFont(font);
    painter->setPen(textColour(level));
    painter->drawText(tile, Qt::AlignCenter, QString::number(int(level)));
    painter->restore();
}

QSize MasteryCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    return QSize(36, 30);
}

} // namespace stages
