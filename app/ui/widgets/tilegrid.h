#pragma once

#include <QScrollArea>

class QGridLayout;

namespace stages {

class TileButton;

/// Tiles in a centred grid that scrolls when there are many (a class of 30 pupils).
/// Arrow keys move the focus between tiles; Enter or Space presses the focused tile.
class TileGrid : public QScrollArea
{
    Q_OBJECT

public:
    explicit TileGrid(QWidget *parent = nullptr);

    /// Takes ownership of @p tile.
    void addTile(TileButton *tile);
    void clear();
    QList<TileButton *> tiles() const { return m_tiles; }
    /// Columns; 0 picks a near-square grid for the number of tiles.
    void setColumns(int columns);
    void focusFirst();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();
    int columnCount() const;

    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<TileButton *> m_tiles;
    int m_columns = 0;
};

} // namespace stages
