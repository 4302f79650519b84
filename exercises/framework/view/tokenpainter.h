#pragma once

#include <QJsonObject>
#include <QRectF>

class QPainter;

namespace stages {

/// Draws one skin element as a big token: a colour fills its own shape (never colour alone), a
/// shape in a calm dark tone, a karate pictogram, a large digit or letter, an arrow for lattice
/// paths, a numbered point at its place on a circle ("point": "index" of "of") or a piece of a
/// bar ("rod": "length" cells). The element is the JSON object of Evaluator::prompt()'s "elements".
class TokenPainter
{
public:
    enum class Style {
        Normal,
        Faint, ///< a hint: the token drawn as a pale ghost
    };

    /// Paints the element's picture inside @p rect (no card behind it).
    static void paint(QPainter &painter, const QRectF &rect, const QJsonObject &element, Style style = Style::Normal);
    /// A white rounded card with a soft border, as behind palette tokens and filled slots.
    static void paintCard(QPainter &painter, const QRectF &rect, const QColor &border);
    /// The label of an element (a note name) over its shape, with its octave mark.
    static void paintLabel(QPainter &painter, const QRectF &inner, const QJsonObject &element, const QColor &fill);

    /// The key that selects a card (a digit), as a small dark badge in @p card's top right
    /// corner, so the keyboard shortcut is seen on screen (issue 14, point 5). Returns the
    /// badge's rectangle.
    static QRectF paintKeyBadge(QPainter &painter, const QRectF &card, const QString &key);

    /// Whether the pictogram at @p path draws anything (the placeholders are empty SVGs).
    static bool pictureDrawsSomething(const QString &path);
};

} // namespace stages
