#include "exercises/geometry/view/symmetrygridwidget.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace stages::geometry {

namespace {

/// Room around the grid, in cells, for the lines to run past its edges.
constexpr qreal kMargin = 0.8;

const QColor kFilled(0x1E, 0x88, 0xE5);
const QColor kFilledEdge(0x15, 0x65, 0xC0);
const QColor kGiven(0x15, 0x65, 0xC0);
const QColor kGivenEdge(0x0B, 0x2E, 0x6B);
const QColor kEmptyEdge(0x90, 0xA4, 0xAE);
const QColor kLocked(0xE1, 0xE6, 0xEA);
const QColor kLockedEdge(0xC5, 0xCE, 0xD4);
const QColor kMissing(0xBB, 0xDE, 0xFB);
const QColor kWrong(0xFF, 0xEB, 0xEE);
const QColor kFocus(0xFF, 0x8F, 0x00);

QList<int> sorted(const QSet<int> &set)
{
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

SymmetryGridWidget::SymmetryGridWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    //: Accessible name of the grid of squares the pupil fills
    setAccessibleName(tr("Picture grid"));
    updateAccessibleText();
}

void SymmetryGridWidget::setGridSize(int width, int height)
{
    m_width = std::max(1, width);
    m_height = std::max(1, height);
    m_focus = std::clamp(m_focus, 0, cellCount() - 1);
    updateGeometry();
    update();
}

void SymmetryGridWidget::setSymmetry(const QString &key)
{
    m_guides.clear();
    m_halfTurn = key == QLatin1String("half-turn");
    if (key == QLatin1String("vertical") || key == QLatin1String("both"))
        m_guides.append(QStringLiteral("vertical"));
    if (key == QLatin1String("horizontal") || key == QLatin1String("both"))
        m_guides.append(QStringLiteral("horizontal"));
    update();
}

void SymmetryGridWidget::setGiven(const QList<int> &cells)
{
    m_given = QSet<int>(cells.cbegin(), cells.cend());
    for (int cell : cells)
        m_filled.remove(cell);
    update();
}

void SymmetryGridWidget::setLocked(const QList<int> &cells)
{
    m_locked = QSet<int>(cells.cbegin(), cells.cend());
    for (int cell : cells)
        m_filled.remove(cell);
    update();
}

QList<int> SymmetryGridWidget::givenCells() const
{
    return sorted(m_given);
}

QList<int> SymmetryGridWidget::filledCells() const
{
    return sorted(m_filled);
}

void SymmetryGridWidget::setFilledCells(const QList<int> &cells)
{
    QSet<int> filled;
    for (int cell : cells) {
        if (cell >= 0 && cell < cellCount() && !isLocked(cell))
            filled.insert(cell);
    }
    if (filled == m_filled)
        return;
    m_filled = filled;
    updateAccessibleText();
    update();
    emit cellsChanged();
}

void SymmetryGridWidget::clear()
{
    setFilledCells({});
}

QString SymmetryGridWidget::accessiblePartName(int part) const
{
    QString look;
    switch (cellLook(part)) {
    case CellLook::Empty:
        //: A square of the picture grid with no colour, for a screen reader
        look = tr("empty");
        break;
    case CellLook::Given:
    case CellLook::Locked:
        //: A square of the picture grid coloured from the start, for a screen reader
        look = tr("given");
        break;
    case CellLook::Filled:
        //: A square of the picture grid the pupil coloured, for a screen reader
        look = tr("filled");
        break;
    case CellLook::Wrong:
        //: A square the pupil coloured that is not in the picture (result page)
        look = tr("filled, wrong");
        break;
    case CellLook::Missing:
        //: A square of the picture the pupil did not colour (result page)
        look = tr("missing");
        break;
    }
    //: A square of the picture grid for a screen reader: %1 its row, %2 its column (from 1), %3 how it looks
    return tr("Row %1, column %2: %3").arg(part / m_width + 1).arg(part % m_width + 1).arg(look);
}

QAccessible::State SymmetryGridWidget::accessiblePartState(int part) const
{
    QAccessible::State state;
    state.checkable = true;
    state.checked = m_filled.contains(part) || m_given.contains(part) || m_locked.contains(part);
    return state;
}

bool SymmetryGridWidget::toggle(int cell)
{
    if (m_readOnly || cell < 0 || cell >= cellCount() || isLocked(cell))
        return false;
    if (!m_filled.remove(cell))
        m_filled.insert(cell);
    updateAccessibleText();
    update();
    emit cellsChanged();
    return true;
}

void SymmetryGridWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_dragFill = -1;
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    setCursor(readOnly ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void SymmetryGridWidget::setLines(const QList<QPair<QString, MirrorLinePicture::Look>> &lines)
{
    m_lines = lines;
    update();
}

void SymmetryGridWidget::showAnswer(const QList<int> &figure)
{
    m_figure = QSet<int>(figure.cbegin(), figure.cend());
    m_showsAnswer = true;
    setReadOnly(true);
}

SymmetryGridWidget::CellLook SymmetryGridWidget::cellLook(int cell) const
{
    if (m_given.contains(cell))
        return CellLook::Given;
    if (m_locked.contains(cell)) // the result shows the whole picture, unshaded
        return m_showsAnswer ? CellLook::Empty : CellLook::Locked;
    const bool filled = m_filled.contains(cell);
    if (m_showsAnswer) {
        if (filled && !m_figure.contains(cell))
            return CellLook::Wrong;
        if (!filled && m_figure.contains(cell))
            return CellLook::Missing;
    }
    return filled ? CellLook::Filled : CellLook::Empty;
}

void SymmetryGridWidget::setMinimumCellSize(int px)
{
    m_minimumCell = px;
    updateGeometry();
}

qreal SymmetryGridWidget::cellSide() const
{
    return std::min(width() / (m_width + kMargin), height() / (m_height + kMargin));
}

QRectF SymmetryGridWidget::gridRect() const
{
    const qreal side = cellSide();
    const QSizeF size(side * m_width, side * m_height);
    return QRectF(QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0), size);
}

QRectF SymmetryGridWidget::cellRectF(int cell) const
{
    const qreal side = cellSide();
    const QRectF grid = gridRect();
    return QRectF(grid.left() + (cell % m_width) * side, grid.top() + (cell / m_width) * side, side, side);
}

QRect SymmetryGridWidget::cellRect(int cell) const
{
    return cellRectF(cell).toAlignedRect();
}

int SymmetryGridWidget::cellAt(const QPoint &pos) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(pos))
        return -1;
    const qreal side = cellSide();
    const int column = std::clamp(int((pos.x() - grid.left()) / side), 0, m_width - 1);
    const int row = std::clamp(int((pos.y() - grid.top()) / side), 0, m_height - 1);
    return row * m_width + column;
}

void SymmetryGridWidget::setFocusCell(int cell)
{
    if (cell < 0 || cell >= cellCount() || cell == m_focus)
        return;
    m_focus = cell;
    update();
    notifyPartFocused(this, cell);
}

void SymmetryGridWidget::setFitsHeight(bool fits)
{
    m_fitsHeight = fits;
    setSizePolicy(fits ? QSizePolicy::Preferred : QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateGeometry();
}

QSize SymmetryGridWidget::sizeHint() const
{
    const qreal side = std::max(m_minimumCell, 72);
    QSize hint(int(std::ceil((m_width + kMargin) * side)), int(std::ceil((m_height + kMargin) * side)));
    if (m_fitsHeight && height() > 0)
        hint.setWidth(
            std::max(minimumSizeHint().width(), int(std::ceil((m_width + kMargin) * height() / (m_height + kMargin)))));
    return hint;
}

void SymmetryGridWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitsHeight && event->size().height() != event->oldSize().height())
        updateGeometry(); // the width it asks for follows the height
}

QSize SymmetryGridWidget::minimumSizeHint() const
{
    return QSize(int(std::ceil((m_width + kMargin) * m_minimumCell)),
                 int(std::ceil((m_height + kMargin) * m_minimumCell)));
}

void SymmetryGridWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = cellSide();
    const qreal gap = std::max<qreal>(1.5, side * 0.04);
    const qreal radius = side * 0.1;

    for (int cell = 0; cell < cellCount(); ++cell) {
        const QRectF r = cellRectF(cell).adjusted(gap, gap, -gap, -gap);
        const CellLook look = cellLook(cell);
        switch (look) {
        case CellLook::Empty:
            painter.setPen(QPen(kEmptyEdge, std::max<qreal>(1.5, side * 0.03)));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(r, radius, radius);
            break;
        case CellLook::Locked:
            painter.setPen(QPen(kLockedEdge, std::max<qreal>(1.5, side * 0.03)));
            painter.setBrush(kLocked);
            painter.drawRoundedRect(r, radius, radius);
            break;
        case CellLook::Filled:
            painter.setPen(QPen(kFilledEdge, std::max<qreal>(1.5, side * 0.03)));
            painter.setBrush(kFilled);
            painter.drawRoundedRect(r, radius, radius);
            break;
        case CellLook::Given: {
            // Darker, with a dark frame inside: part of the picture from the start.
            const qreal edge = std::max<qreal>(2.5, side * 0.07);
            painter.setPen(QPen(kGivenEdge, edge));
            painter.setBrush(kGiven);
            painter.drawRoundedRect(r.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2), radius, radius);
            break;
        }
        case CellLook::Wrong:
            painter.setPen(QPen(kEmptyEdge, std::max<qreal>(1.5, side * 0.03)));
            painter.setBrush(kWrong);
            painter.drawRoundedRect(r, radius, radius);
            MirrorLinePicture::paintMark(painter, r.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12),
                                         MirrorLinePicture::Mark::Cross);
            break;
        case CellLook::Missing: {
            QPen dashed(kFilledEdge, std::max<qreal>(2.5, side * 0.06), Qt::DashLine);
            painter.setPen(dashed);
            painter.setBrush(kMissing);
            painter.drawRoundedRect(r.adjusted(side * 0.03, side * 0.03, -side * 0.03, -side * 0.03), radius, radius);
            break;
        }
        }
    }

    const QRectF grid = gridRect();
    const qreal lineWidth = std::clamp<qreal>(side * 0.1, 4.0, 11.0);
    const qreal overhang = std::min<qreal>(side * 0.35, 34.0);
    for (const QString &key : std::as_const(m_guides))
        MirrorLinePicture::paint(painter, grid, key, MirrorLinePicture::Look::Mirror, lineWidth, overhang);
    for (const auto &[key, look] : std::as_const(m_lines))
        MirrorLinePicture::paint(painter, grid, key, look, lineWidth, overhang);

    if (m_halfTurn) {
        // The centre, and an arrow half way round it: the picture looks the same after half a turn.
        const QPointF c = grid.center();
        const QColor pink = MirrorLinePicture::colour(MirrorLinePicture::Look::Mirror);
        const qreal arc = side * 0.42;
        const QRectF circle(c.x() - arc, c.y() - arc, 2 * arc, 2 * arc);
        QPainterPath path;
        path.arcMoveTo(circle, 160);
        path.arcTo(circle, 160, -180);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, lineWidth * 1.9, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
        painter.setPen(QPen(pink, lineWidth * 0.8, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
        // The arrow head at the end of the arc (at -20 degrees), pointing on clockwise.
        const qreal end = qDegreesToRadians(-20.0);
        const QPointF tip(c.x() + arc * std::cos(end), c.y() - arc * std::sin(end));
        const QPointF along(std::sin(end), std::cos(end)); // clockwise tangent on screen
        const QPointF normal(std::cos(end), -std::sin(end));
        const qreal head = lineWidth * 1.6;
        QPolygonF arrow { tip + along * head, tip - normal * head * 0.8, tip + normal * head * 0.8 };
        painter.setPen(QPen(Qt::white, lineWidth * 0.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(pink);
        painter.drawPolygon(arrow);
        painter.drawEllipse(c, side * 0.16, side * 0.16);
    }

    if (showsFocusFrame()) {
        const qreal w = std::max<qreal>(3.0, side * 0.08);
        painter.setPen(QPen(kFocus, w));
        painter.setBrush(Qt::NoBrush);
        const QRectF r = cellRectF(m_focus).adjusted(w / 2, w / 2, -w / 2, -w / 2);
        painter.drawRoundedRect(r, radius, radius);
    }
}

void SymmetryGridWidget::mousePressEvent(QMouseEvent *event)
{
    if (m_readOnly || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0)
        return;
    m_keysUsed = false;
    setFocusCell(cell);
    if (toggle(cell))
        m_dragFill = m_filled.contains(cell) ? 1 : 0;
}

void SymmetryGridWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFill < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    // Dragging paints: every cell passed becomes what the first one became.
    const int cell = cellAt(event->position().toPoint());
    if (cell >= 0 && !isLocked(cell) && m_filled.contains(cell) != (m_dragFill == 1)) {
        setFocusCell(cell);
        toggle(cell);
    }
}

void SymmetryGridWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragFill = -1;
    QWidget::mouseReleaseEvent(event);
}

void SymmetryGridWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_readOnly) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int row = m_focus / m_width;
    const int column = m_focus % m_width;
    const bool shown = m_keysUsed;
    m_keysUsed = true;
    update();
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusCell(row * m_width + std::max(0, column - 1));
        break;
    case Qt::Key_Right:
        setFocusCell(row * m_width + std::min(m_width - 1, column + 1));
        break;
    case Qt::Key_Up:
        setFocusCell(std::max(0, row - 1) * m_width + column);
        break;
    case Qt::Key_Down:
        setFocusCell(std::min(m_height - 1, row + 1) * m_width + column);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggle(m_focus);
        break;
    default:
        m_keysUsed = shown;
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SymmetryGridWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        m_keysUsed = true;
    update();
}

void SymmetryGridWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void SymmetryGridWidget::updateAccessibleText()
{
    //: Read by a screen reader: how many squares the pupil filled
    setAccessibleDescription(tr("%n square(s) filled", nullptr, int(m_filled.size())));
}

} // namespace stages::geometry
