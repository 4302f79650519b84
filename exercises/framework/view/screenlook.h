#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QPushButton;
class QWidget;

namespace stages {

/// The look the shared exercise screen gives its parts: the big round-cornered buttons of the
/// footer and the round picture of each task before the instruction.
class ScreenLook
{
public:
    /// A big footer button in @p color; its text is white where white reads well on it (WCAG AA,
    /// 4.5:1), else dark (the amber Hint).
    static QPushButton *bigButton(const QString &text, const QString &objectName, const QString &color,
                                  QWidget *parent);
    /// White, or the dark text colour when white on @p background is below 4.5:1 (WCAG 2.1).
    static QColor textColourOn(const QColor &background);
    /// One glyph per task on a coloured disc, 64 px.
    static QPixmap taskIcon(const QString &task, qreal devicePixelRatio);
};

} // namespace stages
