#include "exercises/framework/evaluation.h"

namespace stages {

QString Hint::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Done: return QStringLiteral("done");
    case Kind::RemoveDuplicate: return QStringLiteral("remove-duplicate");
    case Kind::FixInvalid: return QStringLiteral("fix-invalid");
    case Kind::MissingItem: return QStringLiteral("missing-item");
    case Kind::TooHigh: return QStringLiteral("too-high");
    case Kind::TooLow: return QStringLiteral("too-low");
    case Kind::FirstDifference: return QStringLiteral("first-difference");
    case Kind::ChooseAgain: return QStringLiteral("choose-again");
    case Kind::BreaksRule: return QStringLiteral("breaks-rule");
    }
    return {};
}

QJsonObject Hint::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)}};
    if (index >= 0)
        o.insert(QStringLiteral("index"), index);
    if (!item.isEmpty())
        o.insert(QStringLiteral("item"), itemToJson(item));
    return o;
}

QJsonObject Evaluation::toJson() const
{
    return {{QStringLiteral("success"), success},
            {QStringLiteral("score"), score},
            {QStringLiteral("duplicates"), int(duplicateIndexes.size())},
            {QStringLiteral("invalid"), int(invalidIndexes.size())},
            {QStringLiteral("missing"), missing}};
}

QJsonObject Evaluation::toDetailedJson() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("correct"), itemsToJson(correct));
    QJsonArray duplicates;
    for (int i : duplicateIndexes)
        duplicates.append(i);
    QJsonArray invalid;
    for (int i : invalidIndexes)
        invalid.append(i);
    o.insert(QStringLiteral("duplicateIndexes"), duplicates);
    o.insert(QStringLiteral("invalidIndexes"), invalid);
    o.insert(QStringLiteral("hint"), hint.toJson());
    return o;
}

} // namespace stages
