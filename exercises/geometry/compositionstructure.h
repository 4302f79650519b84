#pragma once

#include "exercises/geometry/geometryparams.h"

namespace stages::geometry {

/// The different bars of a given length made by laying pieces end to end (Cuisenaire-style
/// rods): pieces 1 and 2 long ("pieces": 2) or 1, 2 and 3 long ("pieces": 3). Two bars are the
/// same when the same pieces lie in the same order (1+2 and 2+1 are two bars).
/// An item has one entry per cell of the bar, left to right: the length of the piece covering
/// it, minus one ([1,1,0] is a 2-piece then a 1-piece; [0,0,0] three 1-pieces). Listed
/// lexicographically, which is "shortest first piece first".
/// count() is the closed sum over how many pieces of each length: Σ (a+b+c)! / (a! b! c!) over
/// a + 2b + 3c = length (c = 0 with two kinds of piece; the Fibonacci numbers F(length+1)).
/// Params {"length": 1..12, "pieces": 2 | 3}, id segment "bar/l5p2".
class CompositionStructure final : public Structure
{
public:
    CompositionStructure(int length, int pieces);
    static StructureResult create(const QJsonObject &params);

    int length() const { return m_length; }
    int pieces() const { return m_pieces; }
    /// The piece lengths of a valid @p item, left to right ([1,1,0] -> [2,1]).
    static QList<int> pieceLengths(const Item &item);

    QString kind() const override { return QStringLiteral("composition"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::OrderMatters, SamenessRule::MayRepeat }; }
    QString idToken() const override { return QStringLiteral("bar"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_length; }
    int elementCount() const override { return m_pieces; }
    qint64 count() const override { return countFor(m_length, m_pieces); }
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    /// Bars starting with a piece of length v+1: the bars of the rest, countFor(length-v-1).
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override { return Sameness::Position; }
    /// One more kind of piece (2 -> 3).
    std::shared_ptr<const Structure> withOneMore() const override;

    /// The closed sum above; countFor(0, p) = 1 (the empty bar).
    static qint64 countFor(int length, int pieces);

    static constexpr int kMaxLength = 12;

private:
    void extend(Item &prefix, ItemList &out) const;

    int m_length;
    int m_pieces;
};

} // namespace stages::geometry
