#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace stages {

/// The program's built-in pictures: pupils' avatars, the nine picture-password pictures and the
/// UI icons, all SVG in the resources. Rendering happens on demand at the size asked for, and the
/// results are kept in QPixmapCache, so nothing is drawn before a screen needs it.
class Artwork
{
    Q_DECLARE_TR_FUNCTIONS(stages::Artwork)

public:
    static int avatarCount();
    static QString avatarPath(int index);
    /// The animal's name, for tooltips and screen readers ("Cat").
    static QString avatarName(int index);

    static int pictureCount();
    static QString picturePath(int index);
    static QString pictureName(int index);

    /// A UI icon by file name without extension ("back", "signout").
    static QString iconPath(const QString &name);
    static QIcon icon(const QString &name);

    /// @p svgPath drawn into a square of @p side device-independent pixels.
    static QPixmap render(const QString &svgPath, int side, qreal devicePixelRatio = 1.0);
};

} // namespace stages
