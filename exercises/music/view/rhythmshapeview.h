#pragma once

#include "exercises/framework/view/rowshapeview.h"

namespace stages::music {

class RhythmCircleWidget;

/// A Euclidean rhythm row on the rhythm circle, beside the row of drums the pupil builds: the
/// steps round the circle, the beats filled and joined, the steps still to choose dashed, and the
/// pointer on the next one. Counting exercises show their example rhythm.
class RhythmShapeView : public RowShapeView
{
    Q_OBJECT

public:
    explicit RhythmShapeView(QWidget *parent = nullptr);

    void showRow(const Item &values) override;

    RhythmCircleWidget *circle() const { return m_circle; }
    QSize sizeHint() const override { return QSize(210, 210); }

private:
    RhythmCircleWidget *m_circle = nullptr;
};

} // namespace stages::music
