#include "ui/widgets/artwork.h"

#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <array>

namespace stages {

namespace {

// Order matters: the index is what the database stores (avatar) and what a picture password is
// made of, so new entries go at the end and nothing is ever reordered.
constexpr std::array<const char *, 12> kAvatars { "cat",    "dog",  "owl",     "fox",    "bear", "frog",
                                                  "rabbit", "lion", "penguin", "turtle", "bee",  "elephant" };
constexpr std::array<const char *, 9> kPictures { "sun",   "tree", "house",  "star", "fish",
                                                  "apple", "car",  "flower", "moon" };

} // namespace

int Artwork::avatarCount()
{
    return int(kAvatars.size());
}

QString Artwork::avatarPath(int index)
{
    const int i = ((index % avatarCount()) + avatarCount()) % avatarCount();
    return QStringLiteral(":/avatars/%1.svg").arg(QLatin1String(kAvatars.at(size_t(i))));
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
    default:
        return tr("Elephant");
    }
}

int Artwork::pictureCount()
{
    return int(kPictures.size());
}

QString Artwork::picturePath(int index)
{
    if (index < 0 || index >= pictureCount())
        return {};
    return QStringLiteral(":/pictures/%1.svg").arg(QLatin1String(kPictures.at(size_t(index))));
}

QString Artwork::pictureName(int index)
{
    switch (index) {
    case 0:
        return tr("Sun");
    case 1:
        return tr("Tree");
    case 2:
        return tr("House");
    case 3:
        return tr("Star");
    case 4:
        return tr("Fish");
    case 5:
        return tr("Apple");
    case 6:
        return tr("Car");
    case 7:
        return tr("Flower");
    case 8:
        return tr("Moon");
    default:
        return {};
    }
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
