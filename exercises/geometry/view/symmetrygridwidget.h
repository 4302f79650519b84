#pragma once

#include "exercises/framework/view/accessible/accessibleparts.h"
#include "exercises/geometry/view/mirrorlinepicture.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QWidget>

namespace stages::geometry {

/// The grid of complete-symmetry and find-mirrors: width × height square cells (cell = row ×
/// width + column, row 0 at the top), as big as the room allows, centred. Filled cells are
/// strong blue; the "given" half is locked (its filled cells darker and framed, its empty ones
/// shaded; a tap does nothing); the mirror
/// lines of the symmetry are thick pink dashes (the centre a dot with a half-turn arrow). A
/// tap or click toggles a free cell (dragging paints the same way); the arrows move a focus
/// frame (shown once the keys are used) and Space or Return toggle its cell. Read only, it shows a figure and the lines
/// the pupil chose (find-mirrors). showAnswer() turns it into the result: the pupil's right cells, wrong ones crossed
/// out, missing ones dashed in the fill colour.
class SymmetryGridWidget : public QWidget, public AccessibleParts
{
    Q_OBJECT

public:
    /// How a cell looks (tests ask).
    enum class CellLook { Empty, Given, Filled, Wrong, Missing, Locked };

    explicit SymmetryGridWidget(QWidget *parent = nullptr);

    void setGridSize(int width, int height);
    int gridWidth() const { return m_width; }
    int gridHeight() const { return m_height; }
    /// Draws the mirror lines of @p key ("vertical", "horizontal", "both") or the centre for
    /// "half-turn"; anything else draws none.
    void setSymmetry(const QString &key);
    /// The given cells (filled, locked).
    void setGiven(const QList<int> &cells);
    QList<int> givenCells() const;
    /// The half shown: locked, its empty cells shaded while the pupil works, so the half to
    /// work on stands out (the given cells are locked in any case).
    void setLocked(const QList<int> &cells);
    bool isLocked(int cell) const { return m_given.contains(cell) || m_locked.contains(cell); }
    /// The cells the pupil filled (given ones not included), ascending.
    QList<int> filledCells() const;
    void setFilledCells(const QList<int> &cells);
    /// Empties every cell the pupil filled.
    void clear();
    /// Toggles @p cell if it is free and the grid is not read only; true if it changed.
    bool toggle(int cell);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Lines drawn besides the symmetry's (the pupil's picks, the result's lines).
    void setLines(const QList<QPair<QString, MirrorLinePicture::Look>> &lines);
    /// The result: @p figure (all cells of the right picture) against what is filled. Read only.
    void showAnswer(const QList<int> &figure);
    bool showsAnswer() const { return m_showsAnswer; }
    CellLook cellLook(int cell) const;

    /// The smallest side of a cell the layout may give (48 where the pupil taps).
    void setMinimumCellSize(int px);
    /// Asks only for the width its height fills (not for all it can get), so what stands beside
    /// it in a row stays close (the line buttons, the result's legend).
    void setFitsHeight(bool fits);
    QRect cellRect(int cell) const;
    /// The cell under @p pos, or -1.
    int cellAt(const QPoint &pos) const;
    int focusCell() const { return m_focus; }
    void setFocusCell(int cell);
    /// Whether the focus frame is drawn now.
    bool showsFocusFrame() const { return hasFocus() && !m_readOnly && m_keysUsed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// A screen reader sees each square: "Row 2, column 3: filled"; pressing it fills or empties it.
    int accessiblePartCount() const override { return cellCount(); }
    QString accessiblePartName(int part) const override;
    QRect accessiblePartRect(int part) const override { return cellRect(part); }
    QAccessible::State accessiblePartState(int part) const override;
    int accessibleFocusedPart() const override { return m_focus; }
    bool isAccessiblePartPressable(int part) const override { return !m_readOnly && !isLocked(part); }
    void pressAccessiblePart(int part) override { toggle(part); }

signals:
    /// The pupil's cells changed (a tap, a key, clear()).
    void cellsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qreal cellSide() const;
    QRectF gridRect() const;
    QRectF cellRectF(int cell) const;
    int cellCount() const { return m_width * m_height; }
    void updateAccessibleText();

    int m_width = 1;
    int m_height = 1;
    QStringList m_guides; ///< the symmetry's mirror lines
    bool m_halfTurn = false;
    QList<QPair<QString, MirrorLinePicture::Look>> m_lines;
    QSet<int> m_given;
    QSet<int> m_locked;
    QSet<int> m_filled;
    QSet<int> m_figure; ///< the right picture, once the answer shows
    bool m_showsAnswer = false;
    bool m_readOnly = false;
    int m_minimumCell = 48;
    bool m_fitsHeight = false;
    int m_focus = 0;
    int m_dragFill = -1; ///< while dragging: 1 fills, 0 empties, -1 nothing
    /// The focus frame shows once the keys are used (a frame on a cell nobody chose puzzles a
    /// child who taps).
    bool m_keysUsed = false;
};

} // namespace stages::geometry
