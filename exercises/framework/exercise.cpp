#include "exercises/framework/exercise.h"

namespace stages {

QString Exercise::familyId() const
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? id : id.left(slash);
}

QJsonObject Exercise::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("stage"), stage},
            {QStringLiteral("structure"), structure ? structure->kind() : QString()},
            {QStringLiteral("params"), structure ? structure->params() : QJsonObject()},
            {QStringLiteral("skin"), skin},
            {QStringLiteral("task"), task}};
}

} // namespace stages
