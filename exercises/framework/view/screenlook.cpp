#include "exercises/framework/view/screenlook.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPushButton>

#include <cmath>

namespace stages {

QPushButton *ScreenLook::bigButton(const QString &text, const QString &objectName, const QString &color,
                                   QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    // The focus ring is black: it stands out on every button colour (blue Next, green I'm done,
    // amber Hint) and on the light page around it (issue 14, point 5).
    b->setObjectName(objectName);
    b->setMinimumSize(140, 56);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 16px;"
                                    " font-size: 22px; font-weight: bold; padding: 8px 22px; }"
                                    "QPushButton:focus { border: 4px solid #000000; }"
                                    "QPushButton:disabled { background: #CFD8DC; color: #ECEFF1; }")
                         .arg(color, textColourOn(QColor(color)).name()));
    return b;
}

QColor ScreenLook::textColourOn(const QColor &background)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF());
    const double onWhite = 1.05 / (luminance + 0.05);
    return onWhite >= 4.5 ? QColor(Qt::white) : QColor(QStringLiteral("#263238"));
}

QPixmap ScreenLook::taskIcon(const QString &task, qreal dpr)
{
    struct Look
    {
        const char *task;
        const char *glyph;
        const char *color;
    };
    static const Look looks[] = {
        { "build-all", "\u2630", "#43A047" },     { "count", "#", "#1E88E5" },
        { "find-missing", "?", "#EF6C00" },       { "spot-duplicate", "=", "#8E24AA" },
        { "next-in-order", "\u279C", "#00897B" }, { "transfer", "\u21C4", "#3949AB" },
        { "create", "\u270E", "#D81B60" },
    };
    QString glyph = QStringLiteral("?");
    QColor color(QStringLiteral("#607D8B"));
    for (const Look &l : looks) {
        if (task == QLatin1String(l.task)) {
            glyph = QString::fromUtf8(l.glyph);
            color = QColor(QLatin1String(l.color));
        }
    }
    const int size = 64;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    QFont f;
    f.setBold(true);
    f.setPixelSize(34);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, glyph);
    return pixmap;
}

} // namespace stages
