#pragma once

#include "exercises/framework/view/accessible/accessibleparts.h"

#include <QJsonArray>
#include <QWidget>

class QPropertyAnimation;

namespace stages {

/// One arrangement drawn as a row of tokens in slots: the answer row the pupil fills (editable:
/// takes drops, a click on a filled slot empties it), or a shown row (given, found, solution).
/// Works in symbols (indexes into elements); -1 is an empty slot. Can shake (a duplicate),
/// glow in a colour for a moment (the earlier twin, the accepted row) and show faint ghost
/// tokens (a hint). A screen reader hears the row's tokens in order, and each slot as a child
/// (a filled slot of the answer row is a button: pressing it empties the slot).
class ItemRowWidget : public QWidget, public AccessibleParts
{
    Q_OBJECT
    Q_PROPERTY(qreal shakeOffset READ shakeOffset WRITE setShakeOffset)
    Q_PROPERTY(qreal glow READ glow WRITE setGlow)
    Q_PROPERTY(qreal ringTurn READ ringTurn WRITE setRingTurn)
    Q_PROPERTY(qreal ringFlip READ ringFlip WRITE setRingFlip)

public:
    enum class Mark { None, Found, Missing, Chosen, Wrong };

    explicit ItemRowWidget(QWidget *parent = nullptr);

    void setElements(const QJsonArray &elements);
    void setSymbols(const QList<int> &symbols);
    const QList<int> &symbols() const { return m_symbols; }
    void setGhost(const QList<int> &symbols);
    const QList<int> &ghost() const { return m_ghost; }
    void setSlotSize(int size);
    /// Beads on a ring (necklaces, bracelets: turning gives the same one) instead of a row.
    void setRing(bool ring);
    bool isRing() const { return m_ring; }
    /// The size a row of @p length tokens of @p slot px needs (a ring: a square around it).
    static QSize sizeFor(int length, int slot, bool ring);
    int slotSize() const { return m_slot; }
    void setEditable(bool editable);
    /// Whole-row clicks (choosing a row in spot-duplicate).
    void setClickable(bool clickable);
    void setMark(Mark mark);
    Mark mark() const { return m_mark; }
    /// Outlines one slot (the first place where an answer differs).
    void setHighlightedSlot(int slot);
    int highlightedSlot() const { return m_highlighted; }

    /// Centre of slot @p slot, in this widget's coordinates (for tests and drops).
    QPoint slotCenter(int slot) const;
    int slotAt(const QPoint &pos) const;

    void shake();
    void flash(const QColor &color);

    qreal shakeOffset() const { return m_shake; }
    void setShakeOffset(qreal offset);
    qreal glow() const { return m_glow; }
    void setGlow(qreal glow);
    /// A ring drawn turned: every bead @p places clockwise from its own place (fractions are
    /// between places, for animating a turn; RingMove says which row a whole turn gives).
    qreal ringTurn() const { return m_turn; }
    void setRingTurn(qreal places);
    /// A ring drawn turned over: 1 as it is, -1 mirrored about the top bead, between them half
    /// way over (for animating a flip).
    qreal ringFlip() const { return m_flip; }
    void setRingFlip(qreal scale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    QAccessible::Role accessibleRole() const override;
    QString accessibleFallbackName() const override;
    int accessiblePartCount() const override { return int(m_symbols.size()); }
    QString accessiblePartName(int part) const override;
    QRect accessiblePartRect(int part) const override { return slotRect(part).toAlignedRect(); }
    bool isAccessiblePartPressable(int part) const override;
    void pressAccessiblePart(int part) override;

signals:
    void slotClicked(int slot);
    void tokenDropped(int slot, int paletteIndex);
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QRectF slotRect(int slot) const;
    /// The translated name of the token in @p slot, or "empty".
    QString tokenName(int slot) const;

    QJsonArray m_elements;
    QList<int> m_symbols;
    QList<int> m_ghost;
    int m_slot = 48;
    int m_gap = 6;
    bool m_ring = false;
    bool m_editable = false;
    bool m_clickable = false;
    Mark m_mark = Mark::None;
    int m_highlighted = -1;
    qreal m_shake = 0.0;
    qreal m_glow = 0.0;
    qreal m_turn = 0.0;
    qreal m_flip = 1.0;
    QColor m_glowColor;
    QPropertyAnimation *m_shakeAnimation = nullptr;
    QPropertyAnimation *m_glowAnimation = nullptr;
};

} // namespace stages
