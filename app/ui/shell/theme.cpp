#include "ui/shell/theme.h"

#include "ui/shell/themefollower.h"
#include "ui/shell/uisettings.h"

#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QPalette>
#include <QStyle>

namespace stages::Theme {

QString lightStyleSheet()
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/style/stages.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return sheet;
}

void apply(QApplication &app)
{
    apply(app, ThemePalette::lookOf(UiSettings::look()), UiSettings::largerText() ? kLargerText : 1.0);
}

void apply(QApplication &app, ThemePalette::Look look, double textScale)
{
    ThemeFollower &follower = ThemeFollower::instance();
    static const bool once = [&] {
        // The platform's palette before the program set its own: whether the system is dark.
        follower.setSystemIsDark(ThemePalette::isDark(app.palette()));
        return true;
    }();
    Q_UNUSED(once);
    // In points, as the platform gives it: code elsewhere scales fonts by pointSizeF().
    static const qreal basePoints = QFontInfo(app.font()).pointSizeF();
    follower.setApplying(true);
    if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStringLiteral("Fusion"));
    const ThemePalette theme = ThemePalette::of(look, follower.systemIsDark());
    ThemePalette::setCurrent(theme);
    app.setPalette(theme.palette(app.style()->standardPalette()));
    QFont base = app.font();
    if (basePoints > 0)
        base.setPointSizeF(basePoints);
    QFont font = base;
    if (basePoints > 0)
        font.setPointSizeF(basePoints * textScale);
    app.setFont(font);
    app.setStyleSheet(theme.adapt(lightStyleSheet(), textScale));
    follower.setApplying(false);
    // The sheets widgets set on themselves, the staff's sized fonts, the pupils' normal sizes.
    follower.follow(look, theme, textScale, base);
}

} // namespace stages::Theme
