#include "exercises/framework/createrule.h"

#include <QJsonArray>

namespace stages {

QList<CreateRule::Kind> CreateRule::allKinds()
{
    return { Kind::StartsWith, Kind::EndsWith, Kind::Contains, Kind::NoNeighbourRepeat, Kind::Distinct };
}

QString CreateRule::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::Distinct: return QStringLiteral("distinct");
    case Kind::StartsWith: return QStringLiteral("starts-with");
    case Kind::EndsWith: return QStringLiteral("ends-with");
    case Kind::Contains: return QStringLiteral("contains");
    case Kind::NoNeighbourRepeat: return QStringLiteral("no-neighbour-repeat");
    }
    return {};
}

std::optional<CreateRule::Kind> CreateRule::kindFromKey(const QString &key)
{
    for (Kind kind : allKinds()) {
        if (keyOf(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<CreateRule> CreateRule::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromKey(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    CreateRule rule;
    rule.kind = *kind;
    rule.element = json.value(QStringLiteral("element")).toInt(0);
    return rule;
}

QJsonObject CreateRule::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), key() } };
    if (usesElement())
        o.insert(QStringLiteral("element"), element);
    return o;
}

bool CreateRule::usesElement() const
{
    return kind == Kind::StartsWith || kind == Kind::EndsWith || kind == Kind::Contains;
}

int CreateRule::elementPosition(int itemLength) const
{
    if (kind == Kind::StartsWith)
        return 0;
    if (kind == Kind::EndsWith)
        return std::max(0, itemLength - 1);
    return -1;
}

bool CreateRule::holds(const Item &item, bool ring) const
{
    switch (kind) {
    case Kind::Distinct:
        return true;
    case Kind::StartsWith:
        return !item.isEmpty() && item.first() == element;
    case Kind::EndsWith:
        return !item.isEmpty() && item.last() == element;
    case Kind::Contains:
        return item.contains(element);
    case Kind::NoNeighbourRepeat:
        for (qsizetype i = 1; i < item.size(); ++i) {
            if (item.at(i) == item.at(i - 1))
                return false;
        }
        return !ring || item.size() < 2 || item.first() != item.last();
    }
    return false;
}

QString CreateRule::cardWords() const
{
    switch (kind) {
    //: Rule card (a picture above): every row starts with the element drawn after these words
    case Kind::StartsWith: return tr("Starts with");
    //: Rule card: every row ends with the element drawn after these words
    case Kind::EndsWith: return tr("Ends with");
    //: Rule card: the element drawn after these words comes in every row
    case Kind::Contains: return tr("In every row");
    //: Rule card: no element twice side by side in a row
    case Kind::NoNeighbourRepeat: return tr("No twins side by side");
    //: Rule card: the rows only have to be different from each other
    case Kind::Distinct: return tr("All different");
    }
    return {};
}

QString CreateRule::title(const QString &elementName) const
{
    switch (kind) {
    //: Title of a pupil's work for the teacher; %1 an element ("kick", "blue circle")
    case Kind::StartsWith: return tr("Rows that start with %1").arg(elementName);
    //: Title of a pupil's work for the teacher; %1 an element
    case Kind::EndsWith: return tr("Rows that end with %1").arg(elementName);
    //: Title of a pupil's work for the teacher; %1 an element that is in every row
    case Kind::Contains: return tr("Rows with %1 in each").arg(elementName);
    //: Title of a pupil's work for the teacher
    case Kind::NoNeighbourRepeat: return tr("Rows with no twins side by side");
    //: Title of a pupil's work for the teacher
    case Kind::Distinct: return tr("Different rows");
    }
    return {};
}

QJsonObject CreateRule::chooseOptions(std::initializer_list<const char *> kinds, int required)
{
    QJsonArray choices;
    for (const char *kind : kinds)
        choices.append(QLatin1String(kind));
    return { { QStringLiteral("rule"),
               QJsonObject { { QStringLiteral("kind"), QStringLiteral("choose") },
                             { QStringLiteral("choices"), choices },
                             { QStringLiteral("element"), 0 },
                             { QStringLiteral("required"), required } } } };
}

} // namespace stages
