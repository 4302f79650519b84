#include "ui/shell/theme.h"

#include "ui/shell/uisettings.h"

#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QPalette>
#include <QStyle>

namespace stages::Theme {

namespace {

/// The platform's palette before the program set its own: whether the system is dark.
bool systemIsDark(QApplication &app)
{
    static const bool dark = ThemePalette::isDark(app.palette());
    return dark;
}

} // namespace

QString lightStyleSheet()
{
    QFile sheet(QStringLiteral(":/style/stages.qss"));
    return sheet.open(QIODevice::ReadOnly) ? QString::fromUtf8(sheet.readAll()) : QString();
}

void apply(QApplication &app)
{
    apply(app, ThemePalette::lookOf(UiSettings::look()), UiSettings::largerText() ? kLargerText : 1.0);
}

void apply(QApplication &app, ThemePalette::Look look, double textScale)
{
    const bool dark = systemIsDark(app); // read before the first setPalette below
    // In points, as the platform gives it: code elsewhere scales fonts by pointSizeF().
    static const qreal basePoints = QFontInfo(app.font()).pointSizeF();
    app.setStyle(QStringLiteral("Fusion"));
    const ThemePalette theme = ThemePalette::of(look, dark);
    app.setPalette(theme.palette(app.style()->standardPalette()));
    QFont font = app.font();
    if (basePoints > 0)
        font.setPointSizeF(basePoints * textScale);
    app.setFont(font);
    app.setStyleSheet(theme.adapt(lightStyleSheet(), textScale));
}

} // namespace stages::Theme
