#include "exercises/framework/productstructure.h"

#include "exercises/framework/structureregistry.h"

#include <QStringList>

namespace stages {

ProductStructure::ProductStructure(QList<int> sizes)
    : m_sizes(std::move(sizes))
{
    int offset = 0;
    for (int size : std::as_const(m_sizes)) {
        m_offsets.append(offset);
        offset += size;
    }
}

QJsonObject ProductStructure::params() const
{
    QJsonArray sizes;
    for (int s : m_sizes)
        sizes.append(s);
    return {{QStringLiteral("sizes"), sizes}};
}

QString ProductStructure::paramsToken() const
{
    QStringList parts;
    for (int s : m_sizes)
        parts.append(QString::number(s));
    return QLatin1Char('g') + parts.join(QLatin1Char('x'));
}

int ProductStructure::elementCount() const
{
    int total = 0;
    for (int s : m_sizes)
        total += s;
    return total;
}

int ProductStructure::symbolOf(int position, int value) const
{
    return m_offsets.value(position) + value;
}

std::optional<qint64> ProductStructure::countStartingWith(int value) const
{
    if (value < 0 || value >= m_sizes.value(0))
        return 0;
    qint64 result = 1;
    for (qsizetype g = 1; g < m_sizes.size(); ++g)
        result *= m_sizes.at(g);
    return result;
}

std::shared_ptr<const Structure> ProductStructure::withOneMore() const
{
    int total = 0;
    for (int s : m_sizes)
        total += s;
    if (m_sizes.isEmpty() || m_sizes.first() + 1 > StructureRegistry::kMaxElements
        || total + 1 > 2 * StructureRegistry::kMaxElements)
        return nullptr;
    QList<int> sizes = m_sizes;
    ++sizes.first();
    return std::make_shared<ProductStructure>(sizes);
}

qint64 ProductStructure::count() const
{
    qint64 result = 1;
    for (int s : m_sizes)
        result *= s;
    return result;
}

ItemList ProductStructure::enumerate() const
{
    ItemList out;
    out.reserve(qsizetype(count()));
    Item item(m_sizes.size(), 0);
    if (m_sizes.isEmpty())
        return out;
    // Odometer: the last group turns fastest, the first slowest.
    while (true) {
        out.append(item);
        int i = int(item.size()) - 1;
        while (i >= 0 && ++item[i] == m_sizes.at(i)) {
            item[i] = 0;
            --i;
        }
        if (i < 0)
            break;
    }
    return out;
}

bool ProductStructure::isValid(const Item &item) const
{
    if (item.size() != m_sizes.size())
        return false;
    for (int i = 0; i < item.size(); ++i) {
        if (item.at(i) < 0 || item.at(i) >= m_sizes.at(i))
            return false;
    }
    return true;
}

} // namespace stages
