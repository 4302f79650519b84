#pragma once

#include "core/progress/masteryrules.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace stages {

/// Draws a mastery level as a coloured tile with the level number in it (so colour is never the
/// only clue), for any model whose cells give the level in @p levelRole (an int, -1: no stage).
/// Used by the pupil drill-down's grid; the colours and the legend live here, in one place.
class MasteryCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MasteryCellDelegate(int levelRole, QObject *parent = nullptr);

    static QColor levelColour(MasteryLevel level);
    static QColor textColour(MasteryLevel level);
    /// "0 not started · 1 attempted · …" as rich text with each level's colour, for a legend label.
    static QString legendHtml();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_levelRole;
};

} // namespace stages
