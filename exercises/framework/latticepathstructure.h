#pragma once

#include "exercises/framework/structure.h"

namespace stages {

/// Paths across an a × b grid from the bottom-left to the top-right corner with single steps
/// right (0) and up (1): a steps right and b steps up, C(a+b, a) paths. Listed with "right"
/// before "up", the first step changing slowest.
class LatticePathStructure final : public Structure
{
public:
    LatticePathStructure(int a, int b);

    int a() const { return m_a; }
    int b() const { return m_b; }

    QString kind() const override { return QStringLiteral("lattice_path"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::PathOnGrid }; }
    QString idToken() const override { return QStringLiteral("path"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return m_a + m_b; }
    int elementCount() const override { return 2; }
    qint64 count() const override;
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    /// First step right: C(a-1+b, b) paths; first step up: C(a+b-1, a).
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override { return Sameness::Position; }

    static constexpr int kRight = 0;
    static constexpr int kUp = 1;

private:
    void extend(Item &prefix, int rights, int ups, ItemList &out) const;

    int m_a;
    int m_b;
};

} // namespace stages
