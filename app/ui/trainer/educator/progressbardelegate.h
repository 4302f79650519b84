#pragma once

#include <QStyledItemDelegate>

namespace stages {

/// Paints a progress bar behind the cell's text: RequirementProgressModel::FractionRole filled,
/// green when MetRole, blue otherwise. The text (x / y) stays readable on both.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace stages
