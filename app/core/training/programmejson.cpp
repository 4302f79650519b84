#include "core/training/programmejson.h"

#include <QJsonArray>

#include <cmath>

namespace stages {

QJsonObject ProgrammeJson::toJson(const Programme &programme)
{
    QJsonArray requirements;
    for (const Requirement &r : programme.requirements) {
        QJsonObject o { { QStringLiteral("kind"), requirementKindKey(r.kind) }, { QStringLiteral("title"), r.title } };
        if (r.kind == RequirementKind::ObservedLessons) {
            o.insert(QStringLiteral("minimumCount"), r.minimumCount);
            o.insert(QStringLiteral("minimumAverage"), r.minimumAverage);
            o.insert(QStringLiteral("rubric"), QJsonArray::fromStringList(r.rubricCriteria));
        } else {
            o.insert(QStringLiteral("minimum"), r.minimum);
        }
        requirements.append(o);
    }
    return { { QStringLiteral("id"), programme.id },
             { QStringLiteral("name"), programme.name },
             { QStringLiteral("level"), programme.level },
             { QStringLiteral("validityYears"), programme.validityYears },
             { QStringLiteral("prerequisite"), programme.prerequisiteProgrammeId },
             { QStringLiteral("requirements"), requirements } };
}

Result<Programme> ProgrammeJson::fromJson(const QJsonObject &json)
{
    Programme p;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    p.level = json.value(QStringLiteral("level")).toInt(1);
    p.validityYears = json.value(QStringLiteral("validityYears")).toInt(3);
    p.prerequisiteProgrammeId = json.value(QStringLiteral("prerequisite")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = requirementKindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return Result<Programme>::failure(tr("The programme %1 has a requirement of an unknown kind \"%2\".")
                                                  .arg(p.id, o.value(QStringLiteral("kind")).toString()));
        Requirement r;
        r.kind = *kind;
        r.title = o.value(QStringLiteral("title")).toString();
        r.minimum = o.value(QStringLiteral("minimum")).toDouble();
        r.minimumCount = o.value(QStringLiteral("minimumCount")).toInt();
        r.minimumAverage = o.value(QStringLiteral("minimumAverage")).toDouble();
        for (const QJsonValue &criterion : o.value(QStringLiteral("rubric")).toArray())
            r.rubricCriteria.append(criterion.toString());
        p.requirements.append(r);
    }
    if (auto s = check(p); !s)
        return Result<Programme>::failure(s.error());
    return p;
}

Status ProgrammeJson::check(const Programme &p)
{
    if (p.id.trimmed().isEmpty() || p.name.trimmed().isEmpty())
        return Status::failure(tr("A programme needs an id and a name."));
    if (p.level < 1)
        return Status::failure(tr("A programme's level is 1 or more."));
    if (p.prerequisiteProgrammeId == p.id)
        return Status::failure(tr("A programme cannot be its own prerequisite."));
    if (p.requirements.isEmpty())
        return Status::failure(tr("A programme needs at least one requirement."));
    for (const Requirement &r : p.requirements) {
        if (r.title.trimmed().isEmpty())
            return Status::failure(tr("Every requirement needs a title."));
        if (r.kind == RequirementKind::ObservedLessons) {
            if (r.minimumCount < 0 || !std::isfinite(r.minimumAverage) || r.minimumAverage < 0.0
                || r.minimumAverage > 4.0)
                return Status::failure(tr("Observed lessons need a count of 0 or more and an average from 0 to 4."));
            if (r.rubricCriteria.isEmpty())
                return Status::failure(tr("Observed lessons need at least one rubric criterion."));
        } else if (!std::isfinite(r.minimum) || r.minimum < 0.0) {
            return Status::failure(tr("A requirement's minimum cannot be negative."));
        }
    }
    return {};
}

} // namespace stages
