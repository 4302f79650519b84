#pragma once

#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

/// Figures drawn by filling cells of a small grid that have a given symmetry. A figure is an
/// item of width × height entries in reading order (cell = row × width + column, row 0 at the
/// top), 1 for a filled cell and 0 for an empty one. Params {"width": 2..6, "height": 2..6,
/// "symmetry": "vertical" (a vertical mirror line down the middle) | "horizontal" | "both"
/// (both mirror lines) | "half-turn" (the same after half a turn)}.
///
/// The symmetry sorts the cells into orbits (a cell and its mirror images); a symmetric figure
/// fills whole orbits, so there are 2^orbits − 1 figures that are not empty (closed form, with
/// orbits = height·⌈width/2⌉, width·⌈height/2⌉, ⌈width/2⌉·⌈height/2⌉ or ⌈width·height/2⌉).
/// Listed lexicographically. Id segment "sym/w4h3v", "…h", "…vh", "…r2".
class SymmetryStructure final : public Structure
{
public:
    enum class Symmetry { Vertical, Horizontal, Both, HalfTurn };
    SymmetryStructure(int width, int height, Symmetry symmetry);
    static StructureResult create(const QJsonObject &params);

    int width() const { return m_width; }
    int height() const { return m_height; }
    int cells() const { return m_width * m_height; }
    Symmetry symmetry() const { return m_symmetry; }
    QString symmetryKey() const;

    /// Number of orbits, by the closed form above.
    int orbitCount() const;
    /// The orbits (each sorted), listed by their first cell.
    QList<QList<int>> orbits() const;
    /// Whether @p cell is the first of its orbit: the half of the figure a pupil is given.
    bool isKept(int cell) const;
    /// A figure with this symmetry chosen by @p seed, with at least one filled cell outside the
    /// kept half and at least one empty cell.
    Item seededFigure(quint64 seed) const;

    /// The mirror lines of @p figure on a width × height grid, in this order: "vertical",
    /// "horizontal", and on a square grid "diagonal" (top-left to bottom-right) and
    /// "anti-diagonal" (top-right to bottom-left).
    static QStringList mirrorLines(const Item &figure, int width, int height);
    /// The lines a grid offers: vertical and horizontal, and the two diagonals on a square grid.
    static QStringList lineKeys(int width, int height);
    /// How many turns bring @p figure onto itself: 4 (quarter turns, square grids), 2 or 1.
    static int rotationOrder(const Item &figure, int width, int height);

    QString kind() const override { return QStringLiteral("symmetry"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::OrderMatters, SamenessRule::MayRepeat }; }
    QString idToken() const override { return QStringLiteral("sym"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return cells(); }
    int elementCount() const override { return 2; }
    qint64 count() const override { return (qint64(1) << orbitCount()) - 1; }
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    /// Cell 0 empty: 2^(orbits−1) − 1 figures; filled: 2^(orbits−1).
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override { return Sameness::Position; }

    static constexpr int kEmpty = 0;
    static constexpr int kFilled = 1;

private:
    /// The images of @p cell under the symmetry (itself included).
    QList<int> images(int cell) const;

    int m_width;
    int m_height;
    Symmetry m_symmetry;
};

} // namespace stages::geometry
