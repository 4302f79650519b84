#pragma once

#include "exercises/framework/structure.h"

namespace stages {

/// "Outfits": one choice from each group (group sizes in params "sizes"). item[i] is the choice
/// made in group i; groups show different symbols, so symbolOf() offsets each group.
class ProductStructure final : public Structure
{
public:
    explicit ProductStructure(QList<int> sizes);

    const QList<int> &sizes() const { return m_sizes; }

    QString kind() const override { return QStringLiteral("product"); }
    QList<SamenessRule> rules() const override { return { SamenessRule::OneFromEachGroup }; }
    QString idToken() const override { return QStringLiteral("prod"); }
    QJsonObject params() const override;
    QString paramsToken() const override;
    int itemLength() const override { return int(m_sizes.size()); }
    int elementCount() const override;
    int symbolOf(int position, int value) const override;
    qint64 count() const override;
    ItemList enumerate() const override;
    bool isValid(const Item &item) const override;
    /// The product of the other groups' sizes.
    std::optional<qint64> countStartingWith(int value) const override;
    std::optional<Sameness> sameness() const override { return Sameness::Position; }
    /// One more choice in the first group.
    std::shared_ptr<const Structure> withOneMore() const override;

private:
    QList<int> m_sizes;
    QList<int> m_offsets;
};

} // namespace stages
