#include "ui/widgets/artwork.h"

#include "core/accounts/avatarrule.h"
#include "core/accounts/passwordhasher.h"
#include "core/accounts/signinpictures.h"
#include "reports/artworkfiles.h"

#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace stages {

int Artwork::avatarCount()
{
    return AvatarRule::kAvatarCount;
}

QString Artwork::avatarPath(int index)
{
    return ArtworkFiles::avatarPath(index);
}

QString Artwork::avatarName(int index)
{
    switch (((index % avatarCount()) + avatarCount()) % avatarCount()) {
    case 0:
        return tr("Cat");
    case 1:
        return tr("Dog");
    case 2:
        return tr("Owl");
    case 3:
        return tr("Fox");
    case 4:
        return tr("Bear");
    case 5:
        return tr("Frog");
    case 6:
        return tr("Rabbit");
    case 7:
        return tr("Lion");
    case 8:
        return tr("Penguin");
    case 9:
        return tr("Turtle");
    case 10:
        return tr("Bee");
    case 11:
        return tr("Elephant");
    case 12:
        return tr("Pig");
    case 13:
        return tr("Mouse");
    case 14:
        return tr("Panda");
    case 15:
        return tr("Monkey");
    case 16:
        return tr("Giraffe");
    case 17:
        return tr("Zebra");
    case 18:
        return tr("Sheep");
    case 19:
        return tr("Robot");
    case 20:
        return tr("Snail");
    case 21:
        return tr("Ladybird");
    case 22:
        return tr("Butterfly");
    case 23:
        return tr("Whale");
    case 24:
        return tr("Crab");
    case 25:
        return tr("Hedgehog");
    case 26:
        return tr("Octopus");
    case 27:
        return tr("Cow");
    case 28:
        return tr("Dinosaur");
    case 29:
        return tr("Parrot");
    case 30:
        return tr("Rocket");
    default:
        return tr("Umbrella");
    }
}

int Artwork::pictureCount()
{
    return PasswordHasher::kPictureChoices;
}

QString Artwork::picturePath(int index)
{
    return ArtworkFiles::picturePath(index);
}

QString Artwork::pictureName(int index)
{
    return SignInPictures::name(index);
}

QString Artwork::iconPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon Artwork::icon(const QString &name)
{
    // QIcon renders SVG through the svg icon engine at whatever size a widget asks for.
    return QIcon(iconPath(name));
}

QPixmap Artwork::render(const QString &svgPath, int side, qreal devicePixelRatio)
{
    const int px = qMax(1, qRound(side * devicePixelRatio));
    const QString key = QStringLiteral("stages-art:%1:%2").arg(svgPath).arg(px);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(px, px);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svgPath);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, px, px));
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace stages
