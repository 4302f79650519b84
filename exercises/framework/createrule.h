#pragma once

#include "exercises/framework/item.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stages {

/// One rule a pupil's own rows follow in "create" (issue 8): the rule an exercise sets, or the
/// one the pupil picked from the picture cards. Data and the check, no widgets: CreateTask
/// judges with it, the screens draw it (RuleCard), the teacher's view words it.
///
/// JSON: {"kind": "distinct" | "starts-with" | "ends-with" | "contains" | "no-neighbour-repeat",
/// "element": value} (element only for the kinds that name one).
class CreateRule
{
    Q_DECLARE_TR_FUNCTIONS(stages::CreateRule)

public:
    enum class Kind {
        Distinct, ///< any different rows
        StartsWith, ///< every row starts with the element
        EndsWith, ///< every row ends with the element
        Contains, ///< the element is in every row
        NoNeighbourRepeat, ///< no element twice side by side (on a ring: also last and first)
    };

    Kind kind = Kind::Distinct;
    int element = 0; ///< a value (for products: of the first group, or the last for EndsWith)

    static QList<Kind> allKinds();
    static QString keyOf(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    /// The rule in @p json, or none when its kind is unknown (or "choose").
    static std::optional<CreateRule> fromJson(const QJsonObject &json);
    /// A catalogue row's options for "create" where the pupil picks one of @p kinds (rule keys)
    /// from picture cards and makes @p required rows; rules that name an element name the first.
    static QJsonObject chooseOptions(std::initializer_list<const char *> kinds, int required);
    QJsonObject toJson() const;
    QString key() const { return keyOf(kind); }

    /// Whether the rule names an element (starts with ●).
    bool usesElement() const;
    /// Which position of a row shows the element (products give each position its own symbols):
    /// 0 for "starts with", the last for "ends with", -1 for any.
    int elementPosition(int itemLength) const;
    /// Whether @p item follows the rule; @p ring: the item is beads on a ring.
    bool holds(const Item &item, bool ring = false) const;

    /// 2-4 words for the picture card; the element is drawn after them ("Starts with").
    QString cardWords() const;
    /// The rule as a title for the teacher, with the element's name ("Rows that start with kick").
    QString title(const QString &elementName) const;

    bool operator==(const CreateRule &other) const
    {
        return kind == other.kind && (!usesElement() || element == other.element);
    }
};

} // namespace stages
