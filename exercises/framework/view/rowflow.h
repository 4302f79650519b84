#pragma once

#include <QList>
#include <QWidget>

namespace stages {

class ItemRowWidget;

/// Shows rows (ItemRowWidget) so that every one of them is always fully visible: they wrap into
/// columns and shrink (from the largest slot size down to the smallest) until all fit in the
/// space the screen gives, never behind a scroll bar a child would have to find. Rows may be put
/// in columns by their first element (the systematic view: one column per first branch) when
/// that fits too. The flow owns the rows given to it.
class RowFlow : public QWidget
{
    Q_OBJECT

public:
    explicit RowFlow(QWidget *parent = nullptr);

    /// Replaces the rows (the old ones are deleted). @p groups: for each row its column in the
    /// systematic view, or empty for plain wrapping.
    void setRows(const QList<ItemRowWidget *> &rows, const QList<int> &groups = {});
    const QList<ItemRowWidget *> &rows() const { return m_rows; }
    /// Largest and smallest slot size (px) the rows may have. Default 52 and 22.
    void setSlotRange(int smallest, int largest);
    /// The slot size the rows have now.
    int slotSize() const { return m_slot; }
    /// Rows go down the columns first (a list read top to bottom), not across. Default: across.
    void setColumnMajor(bool columnMajor);
    /// Where the rows sit when they need less room than there is. Default: top, centred across.
    void setVerticalAlignment(Qt::Alignment alignment);
    /// Whether every row lies inside the flow's rectangle (false only when even the smallest
    /// size cannot fit them all).
    bool allVisible() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Plan
    {
        int slot = 0;
        int columns = 1;
        bool grouped = false;
        QSize rowSize;
    };
    Plan plan(const QSize &space) const;
    QSize rowSizeAt(int slot) const;
    void relayout();

    QList<ItemRowWidget *> m_rows;
    QList<int> m_groups;
    int m_smallest = 22;
    int m_largest = 52;
    int m_slot = 52;
    bool m_columnMajor = false;
    Qt::Alignment m_vertical = Qt::AlignTop;
};

} // namespace stages
