#include "exercises/geometry/view/barshapeview.h"

#include "exercises/framework/view/tokenpainter.h"

#include <QJsonObject>
#include <QPainter>

#include <algorithm>

namespace stages::geometry {

namespace {

constexpr int kSide = 10; ///< room left and right of the bar
constexpr int kRuler = 16; ///< room under the bar for the ticks
constexpr int kLargestCell = 48;
constexpr int kSmallestCell = 22;

} // namespace

BarShapeView::BarShapeView(int length, const QJsonArray &elements, QWidget *parent)
    : RowShapeView(parent)
    , m_length(std::max(1, length))
    , m_elements(elements)
    , m_row(m_length, -1)
{
    setObjectName(QStringLiteral("barShape"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    //: The picture beside a row of pieces: the bar those pieces make, laid end to end
    setAccessibleName(tr("The bar made of pieces"));
}

void BarShapeView::showRow(const Item &values)
{
    m_row = values;
    update();
}

qreal BarShapeView::cell() const
{
    return std::clamp(qreal(width() - 2 * kSide) / m_length, qreal(kSmallestCell), qreal(kLargestCell));
}

QSize BarShapeView::sizeFor(int cell) const
{
    return QSize(m_length * cell + 2 * kSide, cell + kRuler + 14);
}

QSize BarShapeView::sizeHint() const
{
    return sizeFor(std::clamp(300 / m_length, kSmallestCell, kLargestCell));
}

QSize BarShapeView::minimumSizeHint() const
{
    return sizeFor(kSmallestCell);
}

QRectF BarShapeView::barRect() const
{
    const qreal c = cell();
    const qreal top = (height() - c - kRuler) / 2.0;
    return QRectF((width() - m_length * c) / 2.0, top, m_length * c, c);
}

QRectF BarShapeView::cellRect(int index) const
{
    const QRectF bar = barRect();
    const qreal c = cell();
    return QRectF(bar.left() + index * c, bar.top(), c, c);
}

QColor BarShapeView::colourOf(int value) const
{
    if (value < 0 || value >= m_elements.size())
        return {};
    // The rod's own colour, read as TokenPainter reads it.
    const QString colour = m_elements.at(value).toObject().value(QStringLiteral("color")).toString();
    return colour.isEmpty() ? QColor(QStringLiteral("#546E7A")) : QColor(colour);
}

QColor BarShapeView::emptyColour()
{
    return QColor(QStringLiteral("#F3F5F6"));
}

QColor BarShapeView::brokenColour()
{
    return QColor(QStringLiteral("#E53935"));
}

void BarShapeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    TokenPainter::paintCard(p, QRectF(rect()), QColor(QStringLiteral("#CFD8DC"))); // as behind the row
    const qreal c = cell();
    const qreal round = c * 0.22;
    auto span = [this](int from, int cells) {
        const QRectF first = cellRect(from);
        return QRectF(first.left(), first.top(), cells * first.width(), first.height()).adjusted(2, 2, -2, -2);
    };

    // The cells still empty.
    p.setPen(QPen(QColor(QStringLiteral("#90A4AE")), 1.5, Qt::DashLine));
    p.setBrush(emptyColour());
    for (int i = 0; i < m_length; ++i) {
        if (m_row.value(i, -1) < 0)
            p.drawRoundedRect(span(i, 1), round, round);
    }

    // The pieces, left to right.
    for (int i = 0; i < m_length;) {
        const int value = m_row.value(i, -1);
        const QColor colour = colourOf(value);
        if (!colour.isValid()) {
            ++i;
            continue;
        }
        const int piece = value + 1;
        int laid = 0; // cells of this piece put in the row
        while (laid < piece && i + laid < m_length && m_row.value(i + laid, -1) == value)
            ++laid;
        int room = laid; // cells the piece can still take: its own, then the empty ones after it
        while (room < piece && i + room < m_length && m_row.value(i + room, -1) < 0)
            ++room;
        const bool fits = room == piece;
        if (laid < piece) {
            // Its whole length, pale and dashed: how many more cells it takes (over the empty
            // cells, hiding them).
            const QColor ghost
                = QColor::fromRgbF(0.3 * colour.redF() + 0.7, 0.3 * colour.greenF() + 0.7, 0.3 * colour.blueF() + 0.7);
            p.setPen(QPen(fits ? colour.darker(130) : brokenColour(), 2, Qt::DashLine, Qt::RoundCap));
            p.setBrush(ghost);
            p.drawRoundedRect(span(i, room), round, round);
        }
        p.setPen(QPen(fits ? colour.darker(150) : brokenColour(), 2));
        p.setBrush(colour);
        p.drawRoundedRect(span(i, laid), round, round);
        i += laid;
    }

    // The ruler: a tick at every cell.
    const QRectF bar = barRect();
    const qreal y = bar.bottom() + 5;
    p.setPen(QPen(QColor(QStringLiteral("#78909C")), 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(bar.left(), y), QPointF(bar.right(), y));
    for (int i = 0; i <= m_length; ++i) {
        const qreal x = bar.left() + i * c;
        p.drawLine(QPointF(x, y), QPointF(x, y + 8));
    }
}

} // namespace stages::geometry
