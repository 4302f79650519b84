#include "exercises/geometry/drawing.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stages::geometry {

namespace {

bool validTurns(int turns, int points)
{
    return turns >= 2 && turns <= points && points % turns == 0;
}

/// A whole number in JSON (2, not 2.5, "2" or true).
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double v = value.toDouble();
    if (!std::isfinite(v) || v != std::floor(v) || std::abs(v) > 1e6)
        return std::nullopt;
    return int(v);
}

QString colourOr(const QString &colour, const QString &fallback)
{
    return Drawing::isColour(colour) ? colour.toUpper() : fallback;
}

Item line(int a, int b)
{
    return { std::min(a, b), std::max(a, b) };
}

/// The lines a polygon draws: each corner to the next, the last back to the first (two corners:
/// one line).
ItemList edges(const QList<int> &corners)
{
    ItemList out;
    if (corners.size() == 2) {
        out.append(line(corners.at(0), corners.at(1)));
        return out;
    }
    for (qsizetype i = 0; i < corners.size(); ++i)
        out.append(line(corners.at(i), corners.at((i + 1) % corners.size())));
    return out;
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool Shape::samePolygon(const Shape &other) const
{
    const qsizetype n = corners.size();
    if (n != other.corners.size())
        return false;
    if (n == 0)
        return true;
    const qsizetype start = other.corners.indexOf(corners.first());
    if (start < 0)
        return false;
    bool forward = true;
    bool backward = true;
    for (qsizetype i = 0; i < n; ++i) {
        forward = forward && corners.at(i) == other.corners.at((start + i) % n);
        backward = backward && corners.at(i) == other.corners.at((start - i + n) % n);
    }
    return forward || backward;
}

QString Drawing::defaultColour()
{
    return QStringLiteral("#1565C0");
}

bool Drawing::isColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != QLatin1Char('#'))
        return false;
    return std::all_of(colour.cbegin() + 1, colour.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

Drawing::Drawing(int points, Symmetry symmetry, int turns)
    : m_points(std::clamp(points, kMinPoints, kMaxPoints))
{
    setSymmetry(symmetry, turns);
}

Drawing Drawing::forPrompt(const QJsonObject &prompt)
{
    const int points = wholeNumber(prompt.value(QStringLiteral("points"))).value_or(12);
    const Symmetry symmetry
        = symmetryFromKey(prompt.value(QStringLiteral("symmetry")).toString()).value_or(Symmetry::None);
    return Drawing(points, symmetry, wholeNumber(prompt.value(QStringLiteral("turns"))).value_or(0));
}

void Drawing::setSymmetry(Symmetry symmetry, int turns)
{
    m_symmetry = symmetry;
    if (symmetry == Symmetry::Rotation)
        m_turns = validTurns(turns, m_points) ? turns : m_points;
    else
        m_turns = 1;
}

QString Drawing::symmetryKey(Symmetry symmetry)
{
    switch (symmetry) {
    case Symmetry::Mirror:
        return QStringLiteral("mirror");
    case Symmetry::Rotation:
        return QStringLiteral("rotation");
    case Symmetry::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Drawing::Symmetry> Drawing::symmetryFromKey(const QString &key)
{
    for (Symmetry s : { Symmetry::None, Symmetry::Mirror, Symmetry::Rotation }) {
        if (symmetryKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool Drawing::hasStroke(int a, int b) const
{
    const int low = std::min(a, b);
    const int high = std::max(a, b);
    return std::any_of(m_strokes.cbegin(), m_strokes.cend(),
                       [&](const Stroke &s) { return s.a == low && s.b == high; });
}

QList<Stroke> Drawing::imagesOf(int a, int b, const QString &colour) const
{
    if (a == b || a < 0 || b < 0 || a >= m_points || b >= m_points)
        return {};
    const QString c = colourOr(colour, defaultColour());
    ItemList lines { line(a, b) };
    if (m_symmetry == Symmetry::Mirror) {
        lines.append(line((m_points - a) % m_points, (m_points - b) % m_points));
    } else if (m_symmetry == Symmetry::Rotation) {
        const int step = m_points / m_turns;
        for (int t = 1; t < m_turns; ++t)
            lines.append(line((a + t * step) % m_points, (b + t * step) % m_points));
    }
    QList<Stroke> out;
    QSet<Item> seen;
    for (const Item &l : std::as_const(lines)) {
        if (seen.contains(l))
            continue;
        seen.insert(l);
        out.append({ l.at(0), l.at(1), c });
    }
    return out;
}

QList<Stroke> Drawing::addStroke(int a, int b, const QString &colour)
{
    return addStrokes(imagesOf(a, b, colour));
}

QList<Stroke> Drawing::addStrokes(const QList<Stroke> &strokes)
{
    QList<Stroke> added;
    for (const Stroke &s : strokes) {
        if (s.a == s.b || s.a < 0 || s.b < 0 || s.a >= m_points || s.b >= m_points || hasStroke(s.a, s.b))
            continue;
        m_strokes.append({ std::min(s.a, s.b), std::max(s.a, s.b), colourOr(s.colour, defaultColour()) });
        added.append(m_strokes.constLast());
    }
    return added;
}

QList<Stroke> Drawing::removeStrokes(const QList<Stroke> &strokes)
{
    QList<Stroke> removed;
    for (const Stroke &s : strokes) {
        const int low = std::min(s.a, s.b);
        const int high = std::max(s.a, s.b);
        const auto it = std::find_if(m_strokes.begin(), m_strokes.end(),
                                     [&](const Stroke &drawn) { return drawn.a == low && drawn.b == high; });
        if (it == m_strokes.end())
            continue;
        removed.append(*it);
        m_strokes.erase(it);
    }
    return removed;
}

QList<Stroke> Drawing::eraseStroke(int a, int b)
{
    return removeStrokes(imagesOf(a, b));
}

QList<Shape> Drawing::imagesOf(const Shape &shape) const
{
    const QList<int> &corners = shape.corners;
    if (corners.size() < 2 || QSet<int>(corners.cbegin(), corners.cend()).size() != corners.size()
        || std::any_of(corners.cbegin(), corners.cend(), [this](int p) { return p < 0 || p >= m_points; }))
        return {};
    const Shape first { corners, colourOr(shape.stroke, defaultColour()), colourOr(shape.fill, QString()) };
    QList<Shape> out { first };
    auto add = [&](auto map) {
        Shape image = first;
        for (int &p : image.corners)
            p = map(p);
        if (std::none_of(out.cbegin(), out.cend(), [&](const Shape &s) { return s.samePolygon(image); }))
            out.append(image);
    };
    if (m_symmetry == Symmetry::Mirror) {
        add([this](int p) { return (m_points - p) % m_points; });
    } else if (m_symmetry == Symmetry::Rotation) {
        const int step = m_points / m_turns;
        for (int t = 1; t < m_turns; ++t)
            add([this, t, step](int p) { return (p + t * step) % m_points; });
    }
    return out;
}

QList<Shape> Drawing::addShape(const Shape &shape)
{
    return addShapes(imagesOf(shape));
}

QList<Shape> Drawing::addShapes(const QList<Shape> &shapes)
{
    QList<Shape> added;
    for (const Shape &shape : shapes) {
        // imagesOf(shape) checks the corners and puts the colours right; its first entry is shape.
        const QList<Shape> checked = imagesOf(shape);
        if (checked.isEmpty() || indexOfShape(shape) >= 0)
            continue;
        m_shapes.append(checked.first());
        added.append(checked.first());
    }
    return added;
}

QList<Shape> Drawing::removeShapes(const QList<Shape> &shapes)
{
    QList<Shape> removed;
    for (const Shape &shape : shapes) {
        const int index = indexOfShape(shape);
        if (index >= 0)
            removed.append(m_shapes.takeAt(index));
    }
    return removed;
}

std::optional<Shape> Drawing::takeShape(int index)
{
    if (index < 0 || index >= m_shapes.size())
        return std::nullopt;
    return m_shapes.takeAt(index);
}

void Drawing::insertShape(int index, const Shape &shape)
{
    m_shapes.insert(std::clamp(index, 0, int(m_shapes.size())), shape);
}

int Drawing::indexOfShape(const Shape &shape) const
{
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes.at(i).samePolygon(shape))
            return int(i);
    }
    return -1;
}

std::optional<QString> Drawing::setFill(int index, const QString &colour)
{
    if (index < 0 || index >= m_shapes.size() || (!colour.isEmpty() && !isColour(colour)))
        return std::nullopt;
    const QString before = m_shapes.at(index).fill;
    m_shapes[index].fill = colour.toUpper();
    return before;
}

QList<QList<int>> Drawing::starPolygon(int n, int k)
{
    if (n < kMinPoints || n > kMaxPoints || k < 1 || k >= n)
        return {};
    const int figures = std::gcd(n, k);
    QList<QList<int>> out;
    for (int j = 0; j < figures; ++j) {
        QList<int> corners;
        for (int c = 0; c < n / figures; ++c)
            corners.append((j + c * k) % n);
        out.append(corners);
    }
    return out;
}

ItemList Drawing::segments() const
{
    QSet<Item> lines;
    for (const Stroke &s : m_strokes)
        lines.insert(line(s.a, s.b));
    for (const Shape &shape : m_shapes) {
        for (const Item &edge : edges(shape.corners))
            lines.insert(edge);
    }
    ItemList out(lines.cbegin(), lines.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QJsonObject Drawing::toJson() const
{
    QJsonArray strokes;
    for (const Stroke &s : m_strokes)
        strokes.append(QJsonObject { { QStringLiteral("a"), s.a }, { QStringLiteral("b"), s.b },
                                     { QStringLiteral("colour"), s.colour } });
    QJsonArray shapes;
    for (const Shape &shape : m_shapes)
        shapes.append(QJsonObject { { QStringLiteral("corners"), itemToJson(shape.corners) },
                                    { QStringLiteral("stroke"), shape.stroke },
                                    { QStringLiteral("fill"), shape.fill } });
    QJsonObject o { { QStringLiteral("points"), m_points },
                    { QStringLiteral("symmetry"), symmetryKey(m_symmetry) },
                    { QStringLiteral("strokes"), strokes },
                    { QStringLiteral("shapes"), shapes },
                    { QStringLiteral("segments"), itemsToJson(segments()) } };
    if (m_symmetry == Symmetry::Rotation)
        o.insert(QStringLiteral("turns"), m_turns);
    return o;
}

std::optional<Drawing> Drawing::fromJson(const QJsonObject &object, QString *error)
{
    const std::optional<int> points = wholeNumber(object.value(QStringLiteral("points")));
    if (!points || *points < kMinPoints || *points > kMaxPoints) {
        //: "points": how many points the drawing has on its circle
        fail(error, tr("A drawing needs \"points\": a whole number from %1 to %2.").arg(kMinPoints).arg(kMaxPoints));
        return std::nullopt;
    }
    const int n = *points;
    Symmetry symmetry = Symmetry::None;
    if (object.contains(QStringLiteral("symmetry"))) {
        const QString key = object.value(QStringLiteral("symmetry")).toString();
        const auto known = symmetryFromKey(key);
        if (!known) {
            //: %1 what the file says; none, mirror and rotation are JSON keys, not to translate
            fail(error, tr("Unknown symmetry \"%1\": it must be none, mirror or rotation.").arg(key));
            return std::nullopt;
        }
        symmetry = *known;
    }
    int turns = n;
    if (symmetry == Symmetry::Rotation && object.contains(QStringLiteral("turns"))) {
        const std::optional<int> t = wholeNumber(object.value(QStringLiteral("turns")));
        if (!t || !validTurns(*t, n)) {
            fail(error, tr("\"turns\" must be a whole number from 2 to %1 that divides %1.").arg(n));
            return std::nullopt;
        }
        turns = *t;
    }
    Drawing drawing(n, symmetry, turns);

    // A point of the circle, or nothing.
    auto pointAt = [n](const QJsonValue &value) -> std::optional<int> {
        const std::optional<int> p = wholeNumber(value);
        return p && *p >= 0 && *p < n ? p : std::nullopt;
    };
    auto colourAt = [](const QJsonValue &value, bool mayBeEmpty) -> std::optional<QString> {
        if (value.isUndefined() || value.isNull())
            return QString();
        const QString c = value.toString();
        if ((mayBeEmpty && value.isString() && c.isEmpty()) || Drawing::isColour(c))
            return c.toUpper();
        return std::nullopt;
    };
    const QString badColour = tr("A colour must be written #RRGGBB (\"%1\").");

    const QJsonArray strokes = object.value(QStringLiteral("strokes")).toArray();
    for (qsizetype i = 0; i < strokes.size(); ++i) {
        const QJsonObject s = strokes.at(i).toObject();
        const auto a = pointAt(s.value(QStringLiteral("a")));
        const auto b = pointAt(s.value(QStringLiteral("b")));
        if (!a || !b || *a == *b) {
            //: %1 the number of a stroke (1, 2, ...), %2 the highest point number
            fail(error, tr("Stroke %1 must join two different points from 0 to %2.").arg(i + 1).arg(n - 1));
            return std::nullopt;
        }
        const auto colour = colourAt(s.value(QStringLiteral("colour")), false);
        if (!colour) {
            fail(error, badColour.arg(s.value(QStringLiteral("colour")).toVariant().toString()));
            return std::nullopt;
        }
        drawing.addStrokes({ { *a, *b, *colour } });
    }

    const QJsonArray shapes = object.value(QStringLiteral("shapes")).toArray();
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QJsonObject s = shapes.at(i).toObject();
        Shape shape;
        const QJsonArray corners = s.value(QStringLiteral("corners")).toArray();
        for (const QJsonValue &c : corners) {
            const auto p = pointAt(c);
            if (!p)
                break;
            shape.corners.append(*p);
        }
        if (shape.corners.size() != corners.size() || drawing.imagesOf(shape).isEmpty()) {
            //: %1 the number of a shape (1, 2, ...), %2 the highest point number
            fail(error, tr("Shape %1 must have two or more different corners from 0 to %2.").arg(i + 1).arg(n - 1));
            return std::nullopt;
        }
        const auto stroke = colourAt(s.value(QStringLiteral("stroke")), false);
        const auto fill = colourAt(s.value(QStringLiteral("fill")), true);
        if (!stroke || !fill) {
            const QJsonValue bad = stroke ? s.value(QStringLiteral("fill")) : s.value(QStringLiteral("stroke"));
            fail(error, badColour.arg(bad.toVariant().toString()));
            return std::nullopt;
        }
        shape.stroke = *stroke;
        shape.fill = *fill;
        drawing.addShapes({ shape });
    }

    const QJsonValue segments = object.value(QStringLiteral("segments"));
    if (!segments.isUndefined() && !segments.isArray()) {
        fail(error, tr("\"segments\" must be a list of lines [a, b]."));
        return std::nullopt;
    }
    const ItemList drawn = drawing.segments();
    const QJsonArray lines = segments.toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonArray pair = lines.at(i).toArray();
        const int a = pointAt(pair.at(0)).value_or(-1);
        const int b = pointAt(pair.at(1)).value_or(-1);
        if (pair.size() != 2 || a < 0 || b < 0 || a == b) {
            //: %1 the number of a line (1, 2, ...), %2 the highest point number
            fail(error, tr("Line %1 must join two different points from 0 to %2.").arg(i + 1).arg(n - 1));
            return std::nullopt;
        }
        if (!drawn.contains(line(a, b)))
            drawing.addStrokes({ { a, b, defaultColour() } });
    }
    return drawing;
}

} // namespace stages::geometry
