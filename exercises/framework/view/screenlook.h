#pragma once

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
    static QPushButton *bigButton(const QString &text, const QString &objectName, const QString &color,
                                  QWidget *parent);
    /// One glyph per task on a coloured disc, 64 px.
    static QPixmap taskIcon(const QString &task, qreal devicePixelRatio);
};

} // namespace stages
