#include "exercises/music/view/rhythmshapeview.h"

#include "exercises/music/rhythmdraft.h"
#include "exercises/music/view/rhythmcirclewidget.h"

#include <QVBoxLayout>

namespace stages::music {

RhythmShapeView::RhythmShapeView(QWidget *parent)
    : RowShapeView(parent)
{
    setObjectName(QStringLiteral("rhythmShape"));
    //: The rhythm circle beside the row of drums the pupil builds
    setAccessibleName(tr("The rhythm on its circle"));
    // As big as the room allows: beside a short row, or beside the rows found for a long one.
    setMinimumSize(150, 150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_circle = new RhythmCircleWidget(this);
    m_circle->setObjectName(QStringLiteral("rhythmCircle"));
    m_circle->setStepNumbers(false); // the row of drums beside it is the count
    layout->addWidget(m_circle);
}

void RhythmShapeView::showRow(const Item &values)
{
    const RhythmDraft draft = RhythmDraft::from(values);
    m_circle->setSteps(draft.beats);
    QList<bool> open;
    for (const bool chosen : draft.chosen)
        open.append(!chosen);
    m_circle->setOpenSteps(open);
    m_circle->setPosition(draft.next);
}

} // namespace stages::music
