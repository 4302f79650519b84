#pragma once

#include "core/progress/masteryrules.h"

#include <QStyledItemDelegate>

namespace stages {

/// Paints a heat map cell: a colour by level AND a pattern AND the level number, so the map
/// reads without colour (printed in grey, or by a colour-blind teacher). The pupil's name column
/// is painted as usual. MasteryLegend uses paintLevel() for its swatches.
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor levelColor(MasteryLevel level);
    /// Fills @p rect with the level's colour and pattern; with @p number the level's digit on top.
    static void paintLevel(QPainter *painter, const QRect &rect, MasteryLevel level, bool number);
};

} // namespace stages
