#include "exercises/geometry/view/symmetryfigureshapeview.h"

#include "exercises/framework/view/tokenpainter.h"

#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stages::geometry {

namespace {

constexpr int kMargin = 12; ///< room round the grid for the ends of the mirror lines
constexpr int kLargestCell = 52;
constexpr int kSmallestCell = 16;

} // namespace

SymmetryFigureShapeView::SymmetryFigureShapeView(int columns, int rows, SymmetryStructure::Symmetry symmetry,
                                                 const QJsonArray &elements, QWidget *parent)
    : RowShapeView(parent)
    , m_columns(std::max(1, columns))
    , m_rows(std::max(1, rows))
    , m_symmetry(symmetry)
    , m_elements(elements)
    , m_row(m_columns * m_rows, -1)
{
    setObjectName(QStringLiteral("symmetryFigureShape"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    //: The picture beside a row of empty and filled cells: those cells as a figure on a grid
    setAccessibleName(tr("The picture on the grid"));
}

void SymmetryFigureShapeView::showRow(const Item &values)
{
    m_row = values;
    update();
}

qreal SymmetryFigureShapeView::cell() const
{
    return std::max<qreal>(kSmallestCell,
                           std::min(qreal(width() - 2 * kMargin) / m_columns, qreal(height() - 2 * kMargin) / m_rows));
}

QSize SymmetryFigureShapeView::sizeFor(int cell) const
{
    return QSize(m_columns * cell + 2 * kMargin, m_rows * cell + 2 * kMargin);
}

QSize SymmetryFigureShapeView::sizeHint() const
{
    return sizeFor(std::clamp(156 / std::max(m_columns, m_rows), kSmallestCell, kLargestCell));
}

QSize SymmetryFigureShapeView::minimumSizeHint() const
{
    return sizeFor(kSmallestCell + 4);
}

QRectF SymmetryFigureShapeView::gridRect() const
{
    const qreal c = cell();
    const QSizeF size(m_columns * c, m_rows * c);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QRectF SymmetryFigureShapeView::cellRect(int index) const
{
    const qreal c = cell();
    const QRectF grid = gridRect();
    return QRectF(grid.left() + (index % m_columns) * c, grid.top() + (index / m_columns) * c, c, c);
}

QColor SymmetryFigureShapeView::filledColour() const
{
    const QString colour
        = m_elements.at(SymmetryStructure::kFilled).toObject().value(QStringLiteral("color")).toString();
    return colour.isEmpty() ? QColor(QStringLiteral("#0072B2")) : QColor(colour);
}

QColor SymmetryFigureShapeView::mirrorColour()
{
    return QColor(QStringLiteral("#E53935"));
}

QColor SymmetryFigureShapeView::nextColour()
{
    return QColor(QStringLiteral("#FB8C00"));
}

void SymmetryFigureShapeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    TokenPainter::paintCard(p, QRectF(rect()), QColor(QStringLiteral("#CFD8DC"))); // as behind the row
    const int cells = m_columns * m_rows;
    const int next = int(m_row.indexOf(-1));
    const QColor filled = filledColour();
    for (int i = 0; i < cells; ++i) {
        const QRectF r = cellRect(i).adjusted(1.5, 1.5, -1.5, -1.5);
        const int value = m_row.value(i, -1);
        if (value == SymmetryStructure::kFilled) {
            p.setPen(QPen(filled.darker(140), 2));
            p.setBrush(filled);
        } else if (value == SymmetryStructure::kEmpty) {
            p.setPen(QPen(QColor(QStringLiteral("#90A4AE")), 2));
            p.setBrush(Qt::white);
        } else { // still to choose
            p.setPen(QPen(QColor(QStringLiteral("#B0BEC5")), 1.5, Qt::DotLine));
            p.setBrush(QColor(QStringLiteral("#ECEFF1")));
        }
        p.drawRoundedRect(r, 4, 4);
    }
    if (next >= 0 && next < cells) {
        p.setPen(QPen(nextColour(), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(cellRect(next).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }

    // The mirror lines, across the grid and a little beyond it.
    const QRectF grid = gridRect();
    const qreal beyond = kMargin * 0.9;
    QPen mirror(mirrorColour(), 3, Qt::CustomDashLine, Qt::FlatCap);
    mirror.setDashPattern({ 3, 2 });
    p.setPen(mirror);
    using Symmetry = SymmetryStructure::Symmetry;
    if (m_symmetry == Symmetry::Vertical || m_symmetry == Symmetry::Both)
        p.drawLine(QPointF(grid.center().x(), grid.top() - beyond), QPointF(grid.center().x(), grid.bottom() + beyond));
    if (m_symmetry == Symmetry::Horizontal || m_symmetry == Symmetry::Both)
        p.drawLine(QPointF(grid.left() - beyond, grid.center().y()), QPointF(grid.right() + beyond, grid.center().y()));
    if (m_symmetry == Symmetry::HalfTurn) {
        // The centre, and an arrow turning round it.
        const QPointF c = grid.center();
        const qreal r = std::min(cell() * 0.45, 16.0);
        p.setPen(QPen(mirrorColour(), 2.5, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        const QRectF circle(c.x() - r, c.y() - r, 2 * r, 2 * r);
        p.drawArc(circle, 90 * 16, -270 * 16);
        // The arrowhead at the end of the arc (at nine o'clock, pointing up).
        const QPointF tip(c.x() - r, c.y());
        QPainterPath head;
        head.moveTo(tip + QPointF(0, -5));
        head.lineTo(tip + QPointF(-4.5, 3));
        head.lineTo(tip + QPointF(4.5, 3));
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(mirrorColour());
        p.drawPath(head);
        p.drawEllipse(c, 4, 4);
    }
}

} // namespace stages::geometry
