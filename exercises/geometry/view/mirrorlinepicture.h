#pragma once

#include <QColor>
#include <QLineF>
#include <QPixmap>
#include <QString>

class QPainter;

namespace stages::geometry {

/// How the mirror lines of the symmetry grid look, in one place: where a line ("vertical",
/// "horizontal", "diagonal" top-left to bottom-right, "anti-diagonal") runs across a rectangle,
/// how it is painted (thick and dashed), and the small pictures of a line on the buttons of
/// find-mirrors and on its result page. No state: static helpers used by SymmetryGridWidget and
/// SymmetryScreen.
class MirrorLinePicture
{
public:
    /// What a drawn line says: a mirror line to work with (or a line the pupil picked), a mirror
    /// line the result confirms, a line picked that is no mirror line, a line left alone.
    enum class Look { Mirror, Right, Wrong, Plain };
    /// The mark in a corner of a picture on the result page.
    enum class Mark { None, Tick, Cross };

    /// The line @p key across @p rect, running @p overhang past its edges (0 for none).
    static QLineF line(const QRectF &rect, const QString &key, qreal overhang);
    static QColor colour(Look look);
    /// Paints the line @p key across @p rect, @p width thick, dashed, in the colour of @p look.
    static void paint(QPainter &painter, const QRectF &rect, const QString &key, Look look, qreal width,
                      qreal overhang);
    /// A square picture @p size px wide of an empty grid with the line @p key (none for an empty
    /// key), with @p mark in its corner, sharp at @p devicePixelRatio.
    static QPixmap picture(const QString &key, int size, Look look = Look::Mirror, Mark mark = Mark::None,
                           qreal devicePixelRatio = 1.0);
    /// Paints a tick or a cross in @p rect (the result's marks, also on grid cells).
    static void paintMark(QPainter &painter, const QRectF &rect, Mark mark);
};

} // namespace stages::geometry
