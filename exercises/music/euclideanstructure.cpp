#include "exercises/music/euclideanstructure.h"

#include <QCoreApplication>

#include <algorithm>

namespace stages::music {

EuclideanStructure::EuclideanStructure(int k, int n)
    : m_k(k)
    , m_n(n)
    , m_rhythm(*EuclideanRhythm::euclid(k, n))
{
    for (int r = 0; r < n; ++r) {
        const Item item = toItem(m_rhythm.rotated(r));
        if (!m_rotations.contains(item))
            m_rotations.append(item);
    }
    std::sort(m_rotations.begin(), m_rotations.end());
}

Result<std::shared_ptr<const Structure>> EuclideanStructure::create(const QJsonObject &params)
{
    using R = Result<std::shared_ptr<const Structure>>;
    const int k = params.value(QStringLiteral("k")).toInt(-1);
    const int n = params.value(QStringLiteral("n")).toInt(-1);
    if (k < 1 || n > 16 || k >= n)
        return R::failure(QCoreApplication::translate(
            "stages::music::EuclideanStructure", "A Euclidean rhythm needs 1 to 16 steps and fewer beats than steps."));
    return R(std::make_shared<const EuclideanStructure>(k, n));
}

QJsonObject EuclideanStructure::params() const
{
    return { { QStringLiteral("k"), m_k }, { QStringLiteral("n"), m_n } };
}

QString EuclideanStructure::paramsToken() const
{
    return QStringLiteral("k%1n%2").arg(m_k).arg(m_n);
}

Item EuclideanStructure::toItem(const EuclideanRhythm &rhythm)
{
    Item item;
    for (bool step : rhythm.steps())
        item.append(step ? 1 : 0);
    return item;
}

} // namespace stages::music
