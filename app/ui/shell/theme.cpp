#include "ui/shell/theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>

namespace stages::Theme {

void apply(QApplication &app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(QStringLiteral("#F3F6FA")));
    palette.setColor(QPalette::Base, QColor(QStringLiteral("#FFFFFF")));
    palette.setColor(QPalette::AlternateBase, QColor(QStringLiteral("#F1F5F9")));
    palette.setColor(QPalette::Button, QColor(QStringLiteral("#FFFFFF")));
    palette.setColor(QPalette::Highlight, QColor(QStringLiteral("#1565C0")));
    palette.setColor(QPalette::HighlightedText, QColor(QStringLiteral("#FFFFFF")));
    palette.setColor(QPalette::WindowText, QColor(QStringLiteral("#263238")));
    palette.setColor(QPalette::Text, QColor(QStringLiteral("#263238")));
    palette.setColor(QPalette::ButtonText, QColor(QStringLiteral("#263238")));
    app.setPalette(palette);
    QFile sheet(QStringLiteral(":/style/stages.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace stages::Theme
