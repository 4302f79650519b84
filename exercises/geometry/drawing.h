#pragma once

#include "exercises/framework/item.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stages::geometry {

/// One line of a drawing, from point @p a to point @p b of the circle (always a < b), in a colour
/// "#RRGGBB".
struct Stroke
{
    int a = 0;
    int b = 0;
    QString colour;

    bool operator==(const Stroke &other) const = default;
};

/// A closed polygon stamped through points of the circle (a "stamp": a triangle, a square, one
/// figure of a star polygon): its corners in the order they are joined, the last back to the
/// first. Two corners make a single line. @p fill empty: not filled.
struct Shape
{
    QList<int> corners;
    QString stroke;
    QString fill;

    bool operator==(const Shape &other) const = default;
    /// The same polygon: the same corners joined in the same cycle, from any corner, either way
    /// round (colours not compared).
    bool samePolygon(const Shape &other) const;
};

/// A pupil's own picture for `create-drawing` (value type, QtCore only): n points on a circle
/// (numbered 0..n-1 clockwise from the top), coloured strokes between two points, closed
/// polygons (stamps) through points, and the symmetry the canvas keeps: none, the mirror line
/// through point 0 and the centre (point i ↔ point n−i), or turning by n/turns points.
///
/// Editing operations repeat what is added under the symmetry, never add a line or polygon that
/// is already there, and return exactly what they changed, so a view can make undo commands of
/// them (undo an add with removeStrokes(added) / removeShapes(added), redo it with
/// addStrokes(added) / addShapes(added)).
///
/// segments() is the task's answer: every distinct line of the picture, strokes and the edges of
/// the polygons alike. toJson() = {"points", "symmetry": "none" | "mirror" | "rotation", "turns"
/// (rotation only), "strokes": [{"a", "b", "colour"}], "shapes": [{"corners", "stroke", "fill"}],
/// "segments": [[a, b], …]}: CreateDrawingTask accepts it as the answer as it is.
class Drawing
{
    Q_DECLARE_TR_FUNCTIONS(stages::geometry::Drawing)

public:
    enum class Symmetry { None, Mirror, Rotation };

    static constexpr int kMinPoints = 3;
    static constexpr int kMaxPoints = 24;

    /// The colour of a stroke or shape given none (or not "#RRGGBB"): dark blue.
    static QString defaultColour();
    /// "#RRGGBB" (either case).
    static bool isColour(const QString &colour);

    /// @p points is clamped to kMinPoints..kMaxPoints; @p turns is used for Rotation only and
    /// must divide points and lie in 2..points, otherwise it is points (as CreateDrawingTask).
    explicit Drawing(int points = 12, Symmetry symmetry = Symmetry::None, int turns = 0);
    /// The picture an exercise asks for, from CreateDrawingTask's prompt {"points", "symmetry",
    /// "turns"} (missing or unknown values: 12 points, no symmetry).
    static Drawing forPrompt(const QJsonObject &prompt);

    int points() const { return m_points; }
    Symmetry symmetry() const { return m_symmetry; }
    /// How many turns bring the picture round (Rotation); 1 otherwise.
    int turns() const { return m_turns; }
    /// Changes the symmetry; what is already drawn stays as it is.
    void setSymmetry(Symmetry symmetry, int turns = 0);
    static QString symmetryKey(Symmetry symmetry);
    static std::optional<Symmetry> symmetryFromKey(const QString &key);

    const QList<Stroke> &strokes() const { return m_strokes; }
    const QList<Shape> &shapes() const { return m_shapes; }
    bool isEmpty() const { return m_strokes.isEmpty() && m_shapes.isEmpty(); }
    /// Whether the line between @p a and @p b is drawn as a stroke (either direction).
    bool hasStroke(int a, int b) const;

    /// The line a–b and its mirror / turned copies under the symmetry, in @p colour (a < b in
    /// each, no line twice, none of a single point). Empty when a == b or a point is out of range.
    QList<Stroke> imagesOf(int a, int b, const QString &colour = {}) const;
    /// Adds the line a–b and its images that are not drawn yet; returns those added.
    QList<Stroke> addStroke(int a, int b, const QString &colour);
    /// Adds exactly these strokes (no images), skipping lines already drawn; returns those added.
    QList<Stroke> addStrokes(const QList<Stroke> &strokes);
    /// Removes the strokes on these lines (colour not compared); returns those removed, as they were.
    QList<Stroke> removeStrokes(const QList<Stroke> &strokes);
    /// Removes the line a–b and its images under the symmetry (an eraser); returns those removed.
    QList<Stroke> eraseStroke(int a, int b);

    /// The polygon and its mirror / turned copies (no polygon twice), each with @p shape's colours.
    /// Empty when it has fewer than two corners, a corner twice or a corner out of range.
    QList<Shape> imagesOf(const Shape &shape) const;
    /// Adds the polygon and its images not there yet (at the end, drawn on top); returns those added.
    QList<Shape> addShape(const Shape &shape);
    /// Adds exactly these polygons (no images) that are not there yet; returns those added.
    QList<Shape> addShapes(const QList<Shape> &shapes);
    /// Removes these polygons (samePolygon); returns those removed, as they were.
    QList<Shape> removeShapes(const QList<Shape> &shapes);
    /// Removes the polygon at @p index alone and returns it (std::nullopt: no such index).
    std::optional<Shape> takeShape(int index);
    /// Puts @p shape back at @p index (clamped), as it was: undo of takeShape.
    void insertShape(int index, const Shape &shape);
    /// The index of the polygon (samePolygon), -1 when absent.
    int indexOfShape(const Shape &shape) const;
    /// Fills the polygon at @p index with @p colour (empty: no fill); returns the fill it had, for
    /// undo. An index out of range or a colour not "#RRGGBB" changes nothing and returns std::nullopt.
    std::optional<QString> setFill(int index, const QString &colour);

    /// The star polygon {n/k} as closed figures for stamps: gcd(n, k) of them, each
    /// [j, j+k, j+2k, …] mod n from its smallest corner j. Empty unless 3 ≤ n ≤ kMaxPoints and
    /// 1 ≤ k < n.
    static QList<QList<int>> starPolygon(int n, int k);

    /// Every distinct line of the picture, strokes and polygon edges, [a, b] with a < b, sorted:
    /// the answer CreateDrawingTask judges.
    ItemList segments() const;

    QJsonObject toJson() const;
    /// Reads toJson()'s object. "segments" is recomputed: a line in it that no stroke or polygon
    /// draws becomes a stroke in the default colour (so a bare answer {"points", "segments"} reads).
    /// Refuses, with a message in @p error (may be null), points out of 3..24, a stroke or polygon
    /// with a point out of range or twice, an unknown symmetry, turns that do not divide the points
    /// and a colour that is not "#RRGGBB".
    static std::optional<Drawing> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool operator==(const Drawing &other) const = default;

private:
    int m_points = 12;
    Symmetry m_symmetry = Symmetry::None;
    int m_turns = 1;
    QList<Stroke> m_strokes;
    QList<Shape> m_shapes;
};

} // namespace stages::geometry
