#include "exercises/framework/view/rowflow.h"

#include "exercises/framework/view/itemrowwidget.h"

#include <QHash>

#include <algorithm>

namespace stages {

namespace {

constexpr int kHGap = 10;
constexpr int kVGap = 4;

} // namespace

RowFlow::RowFlow(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RowFlow::setRows(const QList<ItemRowWidget *> &rows, const QList<int> &groups)
{
    qDeleteAll(m_rows);
    m_rows = rows;
    m_groups = groups.size() == rows.size() ? groups : QList<int>();
    for (ItemRowWidget *row : m_rows) {
        row->setParent(this);
        row->show();
    }
    updateGeometry();
    relayout();
}

void RowFlow::setSlotRange(int smallest, int largest)
{
    m_smallest = std::max(8, smallest);
    m_largest = std::max(m_smallest, largest);
    updateGeometry();
    relayout();
}

QSize RowFlow::rowSizeAt(int slot) const
{
    if (m_rows.isEmpty())
        return {};
    // Every row of a flow has the same length and look; the first stands for all.
    return ItemRowWidget::sizeFor(int(m_rows.first()->symbols().size()), slot, m_rows.first()->isRing());
}

RowFlow::Plan RowFlow::plan(const QSize &space) const
{
    const int count = int(m_rows.size());
    int groupCount = 0;
    int tallestGroup = 0;
    if (!m_groups.isEmpty()) {
        QHash<int, int> sizes;
        for (int g : m_groups)
            tallestGroup = std::max(tallestGroup, ++sizes[g]);
        groupCount = int(sizes.size());
    }
    // The systematic view (one column per first element) is worth smaller tokens, down to a
    // size a child still reads easily; below that, plain wrapping.
    constexpr int kSmallestGrouped = 30;
    for (int slot = m_largest; groupCount > 1 && slot >= std::max(m_smallest, kSmallestGrouped); slot -= 2) {
        const QSize row = rowSizeAt(slot);
        const int fitColumns = std::max(1, (space.width() + kHGap) / (row.width() + kHGap));
        if (groupCount <= fitColumns && tallestGroup * (row.height() + kVGap) - kVGap <= space.height())
            return { slot, groupCount, true, row };
    }
    Plan best;
    for (int slot = m_largest; slot >= m_smallest; slot -= 2) {
        const QSize row = rowSizeAt(slot);
        const int fitColumns = std::max(1, (space.width() + kHGap) / (row.width() + kHGap));
        const int lines = (count + fitColumns - 1) / fitColumns;
        if (lines * (row.height() + kVGap) - kVGap <= space.height() && row.width() <= space.width())
            return { slot, fitColumns, false, row };
        best = { slot, fitColumns, false, row };
    }
    return best;
}

void RowFlow::relayout()
{
    if (m_rows.isEmpty())
        return;
    const Plan p = plan(size());
    m_slot = p.slot;
    const int count = int(m_rows.size());
    int columns = std::max(1, std::min<int>(p.columns, p.grouped ? p.columns : count));
    // Lines: as many as fit (column-major lists fill a column before starting the next).
    const int lineHeight = p.rowSize.height() + kVGap;
    const int fitLines = std::max(1, (height() + kVGap) / lineHeight);
    const int lines = p.grouped ? 0 : (m_columnMajor ? std::min(count, fitLines) : (count + columns - 1) / columns);
    if (m_columnMajor && !p.grouped)
        columns = (count + lines - 1) / lines;
    const int total = columns * p.rowSize.width() + (columns - 1) * kHGap;
    const int x0 = std::max(0, (width() - total) / 2);
    int usedLines = lines;
    if (p.grouped) {
        QHash<int, int> sizes;
        for (int g : m_groups)
            usedLines = std::max(usedLines, ++sizes[g]);
    }
    const int usedHeight = usedLines * lineHeight - kVGap;
    int y0 = 0;
    if (m_vertical & Qt::AlignBottom)
        y0 = std::max(0, height() - usedHeight);
    else if (m_vertical & Qt::AlignVCenter)
        y0 = std::max(0, (height() - usedHeight) / 2);
    QHash<int, int> nextInColumn;
    QList<int> columnOf; // grouped: the order in which the groups first appear
    for (int i = 0; i < m_rows.size(); ++i) {
        int column = 0;
        int line = 0;
        if (p.grouped) {
            const int g = m_groups.at(i);
            if (!columnOf.contains(g))
                columnOf.append(g);
            column = int(columnOf.indexOf(g));
            line = nextInColumn[column]++;
        } else if (m_columnMajor) {
            column = i / std::max(1, lines);
            line = i % std::max(1, lines);
        } else {
            column = i % columns;
            line = i / columns;
        }
        ItemRowWidget *row = m_rows.at(i);
        row->setSlotSize(p.slot);
        row->setGeometry(x0 + column * (p.rowSize.width() + kHGap), y0 + line * lineHeight, p.rowSize.width(),
                         p.rowSize.height());
    }
}

void RowFlow::setColumnMajor(bool columnMajor)
{
    m_columnMajor = columnMajor;
    relayout();
}

void RowFlow::setVerticalAlignment(Qt::Alignment alignment)
{
    m_vertical = alignment;
    relayout();
}

bool RowFlow::allVisible() const
{
    for (const ItemRowWidget *row : m_rows) {
        if (!rect().contains(row->geometry()))
            return false;
    }
    return true;
}

QSize RowFlow::sizeHint() const
{
    if (m_rows.isEmpty())
        return { 0, 0 };
    const QSize row = rowSizeAt(m_largest);
    const int columns = std::min<int>(4, int(m_rows.size()));
    const int lines = int((m_rows.size() + columns - 1) / columns);
    return { columns * (row.width() + kHGap), lines * (row.height() + kVGap) };
}

QSize RowFlow::minimumSizeHint() const
{
    if (m_rows.isEmpty())
        return { 0, 0 };
    return rowSizeAt(m_smallest);
}

void RowFlow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

} // namespace stages
