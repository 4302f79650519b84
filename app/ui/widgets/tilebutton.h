#pragma once

#include <QAbstractButton>
#include <QColor>

namespace stages {

/// A big, friendly button: a rounded coloured card with an SVG picture and a caption under it.
/// Used for everything a child taps (classes, avatars, pictures) and for the start page's tiles.
/// The picture is rendered when the tile is first painted, at the size it is painted.
class TileButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit TileButton(QWidget *parent = nullptr);

    void setArtwork(const QString &svgPath);
    QString artwork() const { return m_artwork; }
    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    /// The size the tile asks the layout for (children's targets: 64 px and more).
    void setTileSize(const QSize &size);
    /// Marks the tile as "already used" (picture grid): drawn faded, still focusable.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    /// The key that taps the tile ("1" ... "9"), shown as a small badge in its corner; empty: none.
    void setKeyBadge(const QString &key);
    QString keyBadge() const { return m_keyBadge; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_artwork;
    QColor m_color { QStringLiteral("#FFFFFF") };
    QSize m_tileSize { 140, 140 };
    bool m_dimmed = false;
    QString m_keyBadge;
};

} // namespace stages
