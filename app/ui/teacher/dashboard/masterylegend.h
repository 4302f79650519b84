#pragma once

#include <QWidget>

namespace stages {

/// The heat map's key: each level's swatch (colour, pattern and number) with its name, so the
/// map needs no colour to be read.
class MasteryLegend : public QWidget
{
    Q_OBJECT

public:
    /// Vertical: a column beside the heat map (title above); horizontal: one line under a grid.
    explicit MasteryLegend(Qt::Orientation orientation = Qt::Vertical, QWidget *parent = nullptr);
};

} // namespace stages
