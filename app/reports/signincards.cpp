#include "reports/signincards.h"

#include "core/accounts/signinpictures.h"
#include "reports/artworkfiles.h"

#include <QFile>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace stages {

namespace {

/// Millimetres to device pixels.
class Millimetres
{
public:
    explicit Millimetres(const QPaintDevice &device)
        : m_perMm(device.logicalDpiX() / 25.4)
    { }
    qreal operator()(qreal mm) const { return mm * m_perMm; }

private:
    qreal m_perMm;
};

void drawSvg(QPainter &painter, const QString &path, const QRectF &rect)
{
    QSvgRenderer renderer(path);
    if (renderer.isValid())
        renderer.render(&painter, rect);
}

/// Fits @p text into @p width by shrinking the font down to @p minPoints, then eliding.
QString fitted(QPainter &painter, QFont font, const QString &text, qreal width, qreal minPoints)
{
    while (QFontMetricsF(font, painter.device()).horizontalAdvance(text) > width && font.pointSizeF() > minPoints)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    painter.setFont(font);
    return QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, width);
}

void drawCard(QPainter &painter, const Millimetres &mm, const QRectF &card, const SignInCard &data)
{
    const qreal pad = mm(5);
    const QRectF inner = card.adjusted(pad, pad, -pad, -pad);

    // Top: the avatar, and beside it the name and class.
    const qreal avatarSide = mm(22);
    const QRectF avatarRect(inner.topLeft(), QSizeF(avatarSide, avatarSide));
    painter.setPen(QPen(QColor(0xd0, 0xd7, 0xe2), mm(0.4)));
    painter.setBrush(QColor(0xf3, 0xf6, 0xfb));
    painter.drawEllipse(avatarRect);
    drawSvg(painter, ArtworkFiles::avatarPath(data.avatar), avatarRect.adjusted(mm(2), mm(2), -mm(2), -mm(2)));

    const qreal textLeft = avatarRect.right() + mm(4);
    const qreal textWidth = inner.right() - textLeft;
    QFont nameFont = painter.font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(16);
    painter.setPen(Qt::black);
    const QString name = fitted(painter, nameFont, data.name, textWidth, 9);
    const QRectF nameRect(textLeft, inner.top() + mm(3), textWidth, mm(9));
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    QFont classFont = painter.font();
    classFont.setBold(false);
    classFont.setPointSizeF(12);
    painter.setPen(QColor(0x44, 0x4c, 0x5a));
    //: On a printed sign-in card, under the pupil's name; %1 is the class ("Class 2.A")
    const QString classLine = fitted(painter, classFont, SignInCards::tr("Class %1").arg(data.className), textWidth, 8);
    painter.drawText(QRectF(textLeft, nameRect.bottom(), textWidth, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     classLine);

    // Bottom: the three pictures in order, each with its number.
    const int count = int(data.pictures.size());
    if (count == 0)
        return;
    const qreal gap = mm(4);
    const qreal top = avatarRect.bottom() + mm(4);
    const qreal labelHeight = mm(5);
    const qreal side = qMin((inner.width() - gap * (count - 1)) / count, inner.bottom() - top - labelHeight);
    const qreal rowWidth = side * count + gap * (count - 1);
    qreal x = inner.left() + (inner.width() - rowWidth) / 2;
    QFont numberFont = painter.font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(11);
    QFont labelFont = painter.font();
    labelFont.setBold(false);
    labelFont.setPointSizeF(8);
    for (int i = 0; i < count; ++i) {
        const QRectF tile(x, top, side, side);
        painter.setPen(QPen(QColor(0xd0, 0xd7, 0xe2), mm(0.4)));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(tile, mm(2), mm(2));
        drawSvg(painter, ArtworkFiles::picturePath(data.pictures.at(i)), tile.adjusted(mm(3), mm(3), -mm(3), -mm(3)));
        // The number in a dark circle at the tile's corner: the order to tap.
        const QRectF badge(tile.left() - mm(1.5), tile.top() - mm(1.5), mm(6), mm(6));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        painter.setFont(numberFont);
        painter.drawText(badge, Qt::AlignCenter, QString::number(i + 1));
        painter.setPen(QColor(0x44, 0x4c, 0x5a));
        painter.setFont(labelFont);
        painter.drawText(QRectF(tile.left(), tile.bottom(), side, labelHeight), Qt::AlignCenter,
                         SignInPictures::name(data.pictures.at(i)));
        x += side + gap;
    }
}

} // namespace

SignInCards::SignInCards(QList<SignInCard> cards)
    : m_cards(std::move(cards))
{ }

int SignInCards::pageCount() const
{
    constexpr int perPage = kColumns * kRows;
    return int((m_cards.size() + perPage - 1) / perPage);
}

Status SignInCards::paint(QPagedPaintDevice &device) const
{
    if (m_cards.isEmpty())
        return Status::failure(tr("There are no cards to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("Could not start printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    const Millimetres mm(device);
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const qreal cardWidth = page.width() / kColumns;
    const qreal cardHeight = page.height() / kRows;
    constexpr int perPage = kColumns * kRows;

    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        const int slot = int(i % perPage);
        if (i > 0 && slot == 0 && !device.newPage())
            return Status::failure(tr("Could not start a new page."));
        if (slot == 0) {
            // Dashed cut lines between the cards.
            painter.setPen(QPen(QColor(0x9a, 0xa3, 0xb0), mm(0.3), Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            for (int c = 1; c < kColumns; ++c)
                painter.drawLine(QPointF(page.left() + c * cardWidth, page.top()),
                                 QPointF(page.left() + c * cardWidth, page.bottom()));
            for (int r = 1; r < kRows; ++r)
                painter.drawLine(QPointF(page.left(), page.top() + r * cardHeight),
                                 QPointF(page.right(), page.top() + r * cardHeight));
            painter.drawRect(page);
        }
        const QRectF card(page.left() + (slot % kColumns) * cardWidth, page.top() + (slot / kColumns) * cardHeight,
                          cardWidth, cardHeight);
        drawCard(painter, mm, card, m_cards.at(i));
    }
    if (!painter.end())
        return Status::failure(tr("Could not finish printing."));
    return {};
}

Status SignInCards::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Stages: sign-in cards"));
    writer.setCreator(QStringLiteral("Stages"));
    if (auto s = paint(writer); !s)
        return s;
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Status::failure(tr("Could not write %1.").arg(path));
    return {};
}

} // namespace stages
