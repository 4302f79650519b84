#include "exercises/framework/latticepathstructure.h"

#include "exercises/framework/selectionstructure.h"

namespace stages {

LatticePathStructure::LatticePathStructure(int a, int b)
    : m_a(a)
    , m_b(b)
{
}

QJsonObject LatticePathStructure::params() const
{
    return {{QStringLiteral("a"), m_a}, {QStringLiteral("b"), m_b}};
}

QString LatticePathStructure::paramsToken() const
{
    return QStringLiteral("a%1b%2").arg(m_a).arg(m_b);
}

std::optional<qint64> LatticePathStructure::countStartingWith(int value) const
{
    if (value == kRight)
        return m_a > 0 ? SelectionStructure::binomial(m_a - 1 + m_b, m_b) : 0;
    if (value == kUp)
        return m_b > 0 ? SelectionStructure::binomial(m_a + m_b - 1, m_a) : 0;
    return 0;
}

qint64 LatticePathStructure::count() const
{
    return SelectionStructure::binomial(m_a + m_b, m_a);
}

void LatticePathStructure::extend(Item &prefix, int rights, int ups, ItemList &out) const
{
    if (rights == m_a && ups == m_b) {
        out.append(prefix);
        return;
    }
    if (rights < m_a) {
        prefix.append(kRight);
        extend(prefix, rights + 1, ups, out);
        prefix.removeLast();
    }
    if (ups < m_b) {
        prefix.append(kUp);
        extend(prefix, rights, ups + 1, out);
        prefix.removeLast();
    }
}

ItemList LatticePathStructure::enumerate() const
{
    ItemList out;
    out.reserve(qsizetype(count()));
    Item prefix;
    extend(prefix, 0, 0, out);
    return out;
}

bool LatticePathStructure::isValid(const Item &item) const
{
    if (item.size() != m_a + m_b)
        return false;
    int rights = 0;
    for (int v : item) {
        if (v != kRight && v != kUp)
            return false;
        rights += v == kRight ? 1 : 0;
    }
    return rights == m_a;
}

} // namespace stages
