#include "reports/certificatepdf.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QtMath>

#include <qrencode.h>

#include <memory>
#include <vector>

namespace stages {

namespace {

// The app's palette (resources/style/stages.qss): deep blue for the frame and the headings,
// slate for the text, and the warm orange of the pupils' screens as a thin accent.
const QColor kFrame(0x0d, 0x47, 0xa1);
const QColor kAccent(0xef, 0x6c, 0x00);
const QColor kText(0x26, 0x32, 0x38);
const QColor kQuiet(0x54, 0x6e, 0x7a);
const QColor kWash(0xf4, 0xf7, 0xfb);

/// The dark modules of a QR code, row by row; width 0 when the text cannot be encoded.
struct QrMatrix
{
    int width = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const { return dark[size_t(y) * size_t(width) + size_t(x)]; }
};

QrMatrix encodeQr(const QByteArray &text)
{
    struct Free
    {
        void operator()(QRcode *code) const { QRcode_free(code); }
    };
    QrMatrix m;
    if (text.isEmpty())
        return m;
    // Level M (15 % of the symbol may be lost): a printed code survives a fold or a smudge.
    const std::unique_ptr<QRcode, Free> code(QRcode_encodeData(
        int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M));
    if (!code)
        return m;
    m.width = code->width;
    m.dark.resize(size_t(code->width) * size_t(code->width));
    for (size_t i = 0; i < m.dark.size(); ++i)
        m.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module; the others say which part it is
    return m;
}

constexpr int kQuietZone = 4; // modules of white around the symbol, as the standard asks

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

QFont font(const char *family, qreal points, bool bold = false, bool italic = false)
{
    QFont f(QString::fromLatin1(family));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

/// @p base shrunk (down to @p minPoints) until @p text fits into @p width.
QFont fitted(const QPaintDevice *device, QFont base, const QString &text, qreal width, qreal minPoints)
{
    while (QFontMetricsF(base, device).horizontalAdvance(text) > width && base.pointSizeF() > minPoints)
        base.setPointSizeF(base.pointSizeF() - 0.5);
    return base;
}

void drawLine(QPainter &p, const QRectF &rect, const QFont &f, const QColor &colour, const QString &text,
              Qt::Alignment align = Qt::AlignHCenter | Qt::AlignVCenter)
{
    p.setFont(f);
    p.setPen(colour);
    p.drawText(rect, int(align) | Qt::TextWordWrap, text);
}

/// The emblem: the star polygon {7/3} inside a ring, one of the figures pupils draw in Stages
/// (points on a circle joined with a fixed step).
void drawEmblem(QPainter &p, const Millimetres &mm, const QPointF &centre, qreal radius)
{
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kFrame, mm(0.5)));
    p.drawEllipse(centre, radius, radius);
    const qreal r = radius * 0.78;
    QPainterPath star;
    constexpr int points = 7;
    constexpr int step = 3;
    for (int i = 0; i <= points; ++i) {
        const qreal angle = -M_PI / 2 + 2 * M_PI * ((i * step) % points) / points;
        const QPointF pt(centre.x() + r * qCos(angle), centre.y() + r * qSin(angle));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    p.setPen(QPen(kAccent, mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(star);
    p.setPen(Qt::NoPen);
    p.setBrush(kFrame);
    for (int i = 0; i < points; ++i) {
        const qreal angle = -M_PI / 2 + 2 * M_PI * i / points;
        p.drawEllipse(QPointF(centre.x() + r * qCos(angle), centre.y() + r * qSin(angle)), mm(0.9), mm(0.9));
    }
}

/// The QR code as vector squares (crisp at any zoom and on any printer), quiet zone included in @p rect.
void drawQr(QPainter &p, const QrMatrix &qr, const QRectF &rect)
{
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(rect);
    if (qr.width == 0)
        return;
    const qreal module = rect.width() / (qr.width + 2 * kQuietZone);
    QPainterPath dark;
    for (int y = 0; y < qr.width; ++y) {
        for (int x = 0; x < qr.width; ++x) {
            if (!qr.at(x, y))
                continue;
            int run = 1; // one rectangle per run of dark modules: no hairline seams between them
            while (x + run < qr.width && qr.at(x + run, y))
                ++run;
            dark.addRect(QRectF(rect.left() + (kQuietZone + x) * module, rect.top() + (kQuietZone + y) * module,
                                run * module, module));
            x += run - 1;
        }
    }
    dark.setFillRule(Qt::WindingFill);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::black);
    p.drawPath(dark);
    p.setRenderHint(QPainter::Antialiasing, true);
}

QString longDate(const QDate &date)
{
    //: Date format on the printed certificate (Qt date format: d day, MMMM month name, yyyy year)
    return QLocale().toString(date, CertificatePdf::tr("d MMMM yyyy"));
}

/// "Certified by A, who was certified by B, who was certified by C." from the lineage.
QString lineageSentence(const CertificatePayload &payload)
{
    if (payload.lineage.isEmpty())
        //: On a founding trainer's certificate; %1 is the organisation
        return CertificatePdf::tr("A founding trainer of %1.").arg(payload.organisation);
    //: Start of the line of certification; %1 is the trainer who certified the holder
    QString text = CertificatePdf::tr("Certified by %1").arg(payload.lineage.first());
    for (qsizetype i = 1; i < payload.lineage.size(); ++i)
        //: The line of certification grows: %1 is the line so far ("Certified by A"), %2 the one who certified its last
        //: person
        text = CertificatePdf::tr("%1, who was certified by %2").arg(text, payload.lineage.at(i));
    //: The end of the line of certification; %1 is the whole line
    return CertificatePdf::tr("%1.").arg(text);
}

void paintCertificate(QPainter &p, const Millimetres &mm, const QRectF &page, const CertificatePayload &payload)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // The frame: a light wash, a strong outer rule and a thin accent rule inside it.
    const QRectF outer = page.adjusted(mm(10), mm(10), -mm(10), -mm(10));
    const QRectF inner = outer.adjusted(mm(3), mm(3), -mm(3), -mm(3));
    p.fillRect(page, Qt::white);
    p.fillRect(outer, kWash);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kFrame, mm(1.4)));
    p.drawRect(outer);
    p.setPen(QPen(kAccent, mm(0.35)));
    p.drawRect(inner);
    // Small diamonds where the inner rule turns.
    p.setPen(Qt::NoPen);
    p.setBrush(kFrame);
    for (const QPointF &corner : { inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight() }) {
        const qreal d = mm(2.2);
        p.drawPolygon(QPolygonF { corner + QPointF(0, -d), corner + QPointF(d, 0), corner + QPointF(0, d),
                                  corner + QPointF(-d, 0) });
    }

    const qreal left = inner.left() + mm(14);
    const qreal width = inner.width() - mm(28);
    const auto band = [&](qreal top, qreal height) { return QRectF(left, inner.top() + mm(top), width, mm(height)); };

    drawEmblem(p, mm, QPointF(inner.center().x(), inner.top() + mm(15)), mm(8.5));
    drawLine(p, band(25, 7), fitted(p.device(), font("DejaVu Sans", 13, true), payload.organisation, width, 8), kQuiet,
             payload.organisation);
    //: The big title of the printed certificate
    QFont title = font("DejaVu Serif", 38, true);
    title.setLetterSpacing(QFont::PercentageSpacing, 106);
    drawLine(p, band(33, 17), title, kFrame, CertificatePdf::tr("Certificate"));
    //: On the certificate, above the holder's name
    drawLine(p, band(52, 7), font("DejaVu Serif", 13, false, true), kQuiet, CertificatePdf::tr("This certifies that"));

    const QFont nameFont = fitted(p.device(), font("DejaVu Serif", 34, true), payload.holderName, width, 14);
    drawLine(p, band(60, 16), nameFont, kText, payload.holderName);
    p.setPen(QPen(kAccent, mm(0.6)));
    p.drawLine(QPointF(inner.center().x() - mm(60), inner.top() + mm(77)),
               QPointF(inner.center().x() + mm(60), inner.top() + mm(77)));

    //: On the certificate, under the holder's name
    drawLine(p, band(80, 7), font("DejaVu Serif", 13, false, true), kQuiet,
             CertificatePdf::tr("has met every requirement of the programme"));
    //: On the certificate: %1 is the programme ("Stages teacher"), %2 its level (1)
    const QString programme = CertificatePdf::tr("%1, level %2").arg(payload.programmeName).arg(payload.level);
    drawLine(p, band(88, 11), fitted(p.device(), font("DejaVu Sans", 21, true), programme, width, 11), kFrame,
             programme);
    drawLine(p, band(100, 12), font("DejaVu Sans", 10, false, true), kQuiet, lineageSentence(payload));

    // The foot: dates on the left, the issuer in the middle, the QR code and its code on the right.
    const qreal footTop = inner.top() + mm(122);
    const qreal qrSide = mm(36);
    const QRectF qrRect(inner.right() - mm(12) - qrSide, footTop - mm(2), qrSide, qrSide);
    const QRectF dates(inner.left() + mm(14), footTop + mm(8), mm(78), mm(34));
    const QFont label = font("DejaVu Sans", 8.5, true);
    const QFont value = font("DejaVu Sans", 12);
    const auto field = [&](qreal top, const QString &caption, const QString &text) {
        drawLine(p, QRectF(dates.left(), dates.top() + mm(top), dates.width(), mm(5)), label, kQuiet, caption,
                 Qt::AlignLeft | Qt::AlignVCenter);
        drawLine(p, QRectF(dates.left(), dates.top() + mm(top + 5), dates.width(), mm(7)), value, kText, text,
                 Qt::AlignLeft | Qt::AlignVCenter);
    };
    //: Caption on the certificate, above the issue date
    field(0, CertificatePdf::tr("ISSUED ON"), longDate(payload.issued));
    //: Caption on the certificate, above the expiry date
    field(14, CertificatePdf::tr("VALID UNTIL"),
          payload.expires.isValid() ? longDate(payload.expires)
                                    //: On the certificate, instead of an expiry date
                                    : CertificatePdf::tr("Does not expire"));

    const QRectF issuer(dates.right() + mm(8), footTop + mm(14), qrRect.left() - dates.right() - mm(24), mm(24));
    p.setPen(QPen(kText, mm(0.3)));
    p.drawLine(QPointF(issuer.left() + mm(8), issuer.top() + mm(8)),
               QPointF(issuer.right() - mm(8), issuer.top() + mm(8)));
    drawLine(p, QRectF(issuer.left(), issuer.top() + mm(9), issuer.width(), mm(7)),
             fitted(p.device(), font("DejaVu Serif", 13, true), payload.issuerName, issuer.width(), 8), kText,
             payload.issuerName);
    //: Caption on the certificate, under the name of the trainer who issued it
    drawLine(p, QRectF(issuer.left(), issuer.top() + mm(16), issuer.width(), mm(5)), label, kQuiet,
             CertificatePdf::tr("ISSUED BY"));

    drawQr(p, encodeQr(payload.code.toUtf8()), qrRect);
    const QRectF codeRect(qrRect.left() - mm(12), qrRect.bottom() + mm(0.5), qrRect.width() + mm(24), mm(6));
    drawLine(p, codeRect, font("DejaVu Sans Mono", 12, true), kText, payload.code);
    //: Caption on the certificate, under the verification code and its QR code
    drawLine(p, codeRect.translated(0, codeRect.height() - mm(0.5)), label, kQuiet,
             CertificatePdf::tr("VERIFICATION CODE"));
    //: At the foot of the certificate; keep the command as it is
    drawLine(p, QRectF(inner.left() + mm(14), inner.bottom() - mm(13), inner.width() - mm(28), mm(7)),
             font("DejaVu Sans", 8.5), kQuiet,
             CertificatePdf::tr("Anyone can check this certificate: stagesctl cert verify FILE, with this PDF or "
                                "its .json file."));
}

} // namespace

Status CertificatePdf::write(const SignedCertificate &certificate, const CertificatePayload &payload,
                             const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    //: Title of the certificate PDF; %1 is the holder's name
    writer.setTitle(tr("Certificate: %1").arg(payload.holderName));
    writer.setCreator(QStringLiteral("Stages"));
    // The signed certificate rides inside the PDF, so the file alone can be verified.
    writer.addFileAttachment(QStringLiteral("certificate.json"), certificate.toJson(),
                             QStringLiteral("application/json"));

    QPainter painter;
    if (!painter.begin(&writer))
        //: %1 is a file path
        return Status::failure(tr("Could not write %1.").arg(path));
    const Millimetres mm(writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(writer.resolution()).size());
    paintCertificate(painter, mm, page, payload);
    if (!painter.end() || !QFile::exists(path) || QFile(path).size() == 0)
        return Status::failure(tr("Could not write %1.").arg(path));
    return {};
}

QImage CertificatePdf::qrCode(const QByteArray &text, int moduleSize)
{
    const QrMatrix qr = encodeQr(text);
    if (qr.width == 0 || moduleSize < 1)
        return {};
    const int side = (qr.width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < qr.width; ++y) {
        for (int x = 0; x < qr.width; ++x) {
            if (!qr.at(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((kQuietZone + y) * moduleSize + dy);
                std::fill_n(line + (kQuietZone + x) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

} // namespace stages
