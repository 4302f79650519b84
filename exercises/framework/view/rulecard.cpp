#include "exercises/framework/view/rulecard.h"

#include "exercises/framework/view/tokenpainter.h"

#include <QPainter>
#include <QPainterPath>

namespace stages {

namespace {

constexpr int kPictureSlots = 4; ///< longer rows are drawn with their first four places
constexpr int kLargestToken = 120; ///< calmer cards on a big screen

} // namespace

RuleCard::RuleCard(const CreateRule &rule, const QJsonArray &elements, int ruleSymbol, int itemLength,
                   QWidget *parent)
    : QAbstractButton(parent)
    , m_rule(rule)
    , m_elements(elements)
    , m_symbol(ruleSymbol)
    , m_length(std::clamp(itemLength, 2, kPictureSlots))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QString name = rule.cardWords();
    if (rule.usesElement())
        name += QLatin1Char(' ') + elements.at(ruleSymbol).toObject().value(QStringLiteral("name")).toString();
    setAccessibleName(name);
    setToolTip(name);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RuleCard::setCompact(bool compact)
{
    m_compact = compact;
    setSizePolicy(compact ? QSizePolicy::Fixed : QSizePolicy::Expanding,
                  compact ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    setFocusPolicy(compact ? Qt::NoFocus : Qt::StrongFocus);
    setCursor(compact ? Qt::ArrowCursor : Qt::PointingHandCursor);
    updateGeometry();
    update();
}

void RuleCard::setShortcutText(const QString &text)
{
    m_shortcut = text;
    update();
}

QSize RuleCard::sizeHint() const
{
    return m_compact ? QSize(34 + m_length * 26, 74) : QSize(290, 200);
}

QSize RuleCard::minimumSizeHint() const
{
    return m_compact ? sizeHint() : QSize(220, 150);
}

QColor RuleCard::accent() const
{
    switch (m_rule.kind) {
    case CreateRule::Kind::StartsWith: return QColor(0x03, 0x9B, 0xE5);
    case CreateRule::Kind::EndsWith: return QColor(0x43, 0xA0, 0x47);
    case CreateRule::Kind::Contains: return QColor(0xFB, 0x8C, 0x00);
    case CreateRule::Kind::NoNeighbourRepeat: return QColor(0xE5, 0x39, 0x35);
    case CreateRule::Kind::Distinct: return QColor(0x8E, 0x24, 0xAA);
    }
    return Qt::gray;
}

QList<QList<int>> RuleCard::exampleRows() const
{
    // Other elements than the rule's, in turn, to fill the rest of the example rows.
    QList<int> others;
    for (int i = 0; i < m_elements.size(); ++i) {
        if (i != m_symbol)
            others.append(i);
    }
    if (others.isEmpty())
        others.append(0);
    auto other = [&others](int i) { return others.at(i % others.size()); };
    const int e = std::max(0, m_symbol);
    const int n = m_length;
    QList<QList<int>> rows;
    switch (m_rule.kind) {
    case CreateRule::Kind::StartsWith:
    case CreateRule::Kind::EndsWith:
        for (int r = 0; r < 2; ++r) {
            QList<int> row;
            for (int i = 0; i < n - 1; ++i)
                row.append(other(i + r));
            if (m_rule.kind == CreateRule::Kind::StartsWith)
                row.prepend(e);
            else
                row.append(e);
            rows.append(row);
        }
        break;
    case CreateRule::Kind::Contains:
        for (int r = 0; r < 2; ++r) {
            QList<int> row;
            for (int i = 0; i < n; ++i)
                row.append(other(i + r));
            row[(r == 0 ? 1 : n - 1) % n] = e;
            rows.append(row);
        }
        break;
    case CreateRule::Kind::NoNeighbourRepeat: {
        // A pair of twins (crossed out), and a row with none.
        QList<int> twins { other(0), other(0) };
        QList<int> fine { other(0), other(1) };
        for (int i = 2; i < n; ++i) {
            twins.append(other(i - 1));
            fine.append(other(i));
        }
        if (others.size() < 2 || fine.at(1) == fine.at(0))
            fine[1] = e;
        rows = { twins, fine };
        break;
    }
    case CreateRule::Kind::Distinct:
        // Rows that differ from each other: each one shifted by one element.
        for (int r = 0; r < std::min<qsizetype>(3, m_elements.size()); ++r) {
            QList<int> row;
            for (int i = 0; i < n; ++i)
                row.append((i + r) % int(m_elements.size()));
            rows.append(row);
        }
        break;
    }
    return rows;
}

bool RuleCard::isFaint(int row, int slot) const
{
    Q_UNUSED(row);
    if (!m_rule.usesElement())
        return false;
    const QList<int> values = exampleRows().value(row);
    return values.value(slot) != m_symbol;
}

void RuleCard::paintPicture(QPainter &p, const QRectF &area) const
{
    const QList<QList<int>> rows = exampleRows();
    const int count = int(rows.size());
    const qreal gap = 4;
    // "No twins" draws a tick after the good row: room for it (0.6 of a token) beside the row.
    const bool marks = m_rule.kind == CreateRule::Kind::NoNeighbourRepeat;
    const qreal markShare = marks ? 0.6 : 0;
    const qreal token = std::min({ (area.height() - gap * (count - 1)) / count,
                                   (area.width() - 28 - (marks ? gap : 0)) / (m_length + markShare) - gap,
                                   qreal(kLargestToken) });
    const qreal rowWidth = m_length * (token + gap) - gap;
    const qreal markWidth = marks ? gap + token * markShare : 0;
    for (int r = 0; r < count; ++r) {
        const QList<int> &row = rows.at(r);
        const qreal y = area.top() + r * (token + gap) + (area.height() - count * (token + gap) + gap) / 2;
        const qreal x0 = area.center().x() - (rowWidth + markWidth) / 2;
        for (int i = 0; i < row.size(); ++i) {
            const QRectF cell(x0 + i * (token + gap), y, token, token);
            TokenPainter::paintCard(p, cell, QColor(0xCF, 0xD8, 0xDC));
            const QJsonObject element = m_elements.at(row.at(i)).toObject();
            TokenPainter::paint(p, cell.adjusted(3, 3, -3, -3), element,
                                isFaint(r, i) ? TokenPainter::Style::Faint : TokenPainter::Style::Normal);
        }
        if (m_rule.kind == CreateRule::Kind::NoNeighbourRepeat) {
            // The twins crossed out in red; a green tick after the good row.
            const bool bad = r == 0;
            const QRectF mark(x0 + rowWidth + 4, y + token * 0.2, token * 0.6, token * 0.6);
            p.setPen(QPen(bad ? QColor(0xE5, 0x39, 0x35) : QColor(0x43, 0xA0, 0x47), std::max(2.0, token / 10),
                          Qt::SolidLine, Qt::RoundCap));
            if (bad) {
                const QRectF pair(x0 - 2, y - 2, 2 * token + gap + 4, token + 4);
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(pair, 6, 6);
                p.drawLine(pair.topLeft(), pair.bottomRight());
                p.drawLine(pair.bottomLeft(), pair.topRight());
            } else {
                QPainterPath tick;
                tick.moveTo(mark.left(), mark.center().y());
                tick.lineTo(mark.left() + mark.width() * 0.4, mark.bottom());
                tick.lineTo(mark.right(), mark.top());
                p.setBrush(Qt::NoBrush);
                p.drawPath(tick);
            }
        }
    }
}

void RuleCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    QColor border = accent();
    // A pale card of the rule's colour; in a dark look (dark window) a deep one, with light words.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor fill = dark ? accent().darker(320) : accent().lighter(185);
    if (isDown() || isChecked())
        fill = dark ? accent().darker(220) : accent().lighter(150);
    p.setPen(QPen(hasFocus() ? QColor(0x1E, 0x88, 0xE5) : border, hasFocus() ? 5 : 3));
    p.setBrush(fill);
    p.drawRoundedRect(r, 18, 18);
    if (m_compact) {
        paintPicture(p, r.adjusted(8, 6, -8, -6));
        return;
    }
    const qreal wordsHeight = std::max<qreal>(44, r.height() * 0.26);
    paintPicture(p, r.adjusted(14, 12, -14, -wordsHeight - 8));

    // The words, and the element after them.
    QFont f = font();
    f.setPixelSize(int(std::clamp<qreal>(r.height() * 0.12, 17, 24)));
    f.setBold(true);
    p.setFont(f);
    const QString words = m_rule.cardWords();
    const QFontMetricsF fm(f);
    const qreal token = m_rule.usesElement() ? wordsHeight - 6 : 0;
    const qreal textWidth = std::min(fm.horizontalAdvance(words), r.width() - 24 - token);
    const qreal total = textWidth + (token > 0 ? token + 8 : 0);
    const QRectF wordsRect(r.center().x() - total / 2, r.bottom() - wordsHeight - 6, textWidth, wordsHeight);
    p.setPen(dark ? palette().color(QPalette::WindowText) : QColor(0x26, 0x32, 0x38));
    p.drawText(wordsRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, words);
    if (token > 0) {
        const QRectF cell(wordsRect.right() + 8, wordsRect.top() + 3, token, token);
        TokenPainter::paintCard(p, cell, border);
        TokenPainter::paint(p, cell.adjusted(4, 4, -4, -4), m_elements.at(m_symbol).toObject());
    }
    TokenPainter::paintKeyBadge(p, r.adjusted(4, 4, -4, -4), m_shortcut);
}

} // namespace stages
