#include "ui/widgets/tilegrid.h"

#include "ui/widgets/tilebutton.h"

#include <QGridLayout>
#include <QKeyEvent>

#include <cmath>

namespace stages {

TileGrid::TileGrid(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("tileGridContent"));
    auto *outer = new QVBoxLayout(m_content);
    auto *row = new QHBoxLayout;
    m_grid = new QGridLayout;
    m_grid->setSpacing(18);
    row->addStretch();
    row->addLayout(m_grid);
    row->addStretch();
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setWidget(m_content);
    viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);
}

void TileGrid::addTile(TileButton *tile)
{
    tile->setParent(m_content);
    tile->installEventFilter(this);
    m_tiles.append(tile);
    relayout();
}

void TileGrid::clear()
{
    for (TileButton *tile : std::as_const(m_tiles))
        delete tile;
    m_tiles.clear();
}

void TileGrid::setColumns(int columns)
{
    m_columns = columns;
    relayout();
}

void TileGrid::focusFirst()
{
    if (!m_tiles.isEmpty())
        m_tiles.first()->setFocus(Qt::OtherFocusReason);
}

int TileGrid::columnCount() const
{
    if (m_columns > 0)
        return m_columns;
    const int n = int(m_tiles.size());
    return qBound(1, int(std::ceil(std::sqrt(double(n) * 1.6))), 6);
}

void TileGrid::relayout()
{
    const int columns = columnCount();
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_grid->removeWidget(m_tiles.at(i));
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    }
}

bool TileGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *tile = qobject_cast<TileButton *>(watched);
        const int index = int(m_tiles.indexOf(tile));
        if (index >= 0) {
            const int columns = columnCount();
            int target = -1;
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
                target = index - 1;
                break;
            case Qt::Key_Right:
                target = index + 1;
                break;
            case Qt::Key_Up:
                target = index - columns;
                break;
            case Qt::Key_Down:
                target = index + columns;
                break;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                tile->click();
                return true;
            default:
                break;
            }
            if (target >= 0 && target < m_tiles.size()) {
                m_tiles.at(target)->setFocus(Qt::TabFocusReason);
                ensureWidgetVisible(m_tiles.at(target));
                return true;
            }
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace stages
