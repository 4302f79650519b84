#include "core/training/programme.h"

#include <QCoreApplication>

namespace stages {

namespace {

QStringList rubricCriteria()
{
    return {
        //: A criterion of the rubric for an observed Stages lesson: pupils list cases systematically.
        QCoreApplication::translate("stages::Programme", "systematic listing"),
        //: A criterion of the rubric: pupils make their own examples, not only answer.
        QCoreApplication::translate("stages::Programme", "pupils create"),
        //: A criterion of the rubric: pupils notice and say the patterns.
        QCoreApplication::translate("stages::Programme", "patterns noticed"),
        //: A criterion of the rubric: a calm, friendly, safe class.
        QCoreApplication::translate("stages::Programme", "classroom climate"),
    };
}

} // namespace

QString requirementKindKey(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::WorkshopHours:
        return QStringLiteral("workshop");
    case RequirementKind::PracticumWeeks:
        return QStringLiteral("practicum");
    case RequirementKind::ObservedLessons:
        return QStringLiteral("observation");
    case RequirementKind::PortfolioItems:
        return QStringLiteral("portfolio");
    }
    return {};
}

std::optional<RequirementKind> requirementKindFromKey(const QString &key)
{
    for (const RequirementKind kind : { RequirementKind::WorkshopHours, RequirementKind::PracticumWeeks,
                                        RequirementKind::ObservedLessons, RequirementKind::PortfolioItems }) {
        if (requirementKindKey(kind) == key.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QList<Programme> defaultProgrammes()
{
    Programme teacher;
    teacher.id = QStringLiteral("stages-teacher");
    teacher.name
        = QCoreApplication::translate("stages::Programme", "Stages teacher", "The name of a training programme");
    teacher.level = 1;
    teacher.requirements = {
        { RequirementKind::WorkshopHours,
          QCoreApplication::translate("stages::Programme", "Workshop hours"),
          16.0,
          0,
          0.0,
          {} },
        { RequirementKind::PracticumWeeks,
          QCoreApplication::translate("stages::Programme", "Weeks teaching Stages with a class"),
          8.0,
          0,
          0.0,
          {} },
        { RequirementKind::ObservedLessons, QCoreApplication::translate("stages::Programme", "Observed lessons"), 0.0,
          2, 3.0, rubricCriteria() },
        { RequirementKind::PortfolioItems,
          QCoreApplication::translate("stages::Programme", "Portfolio items"),
          3.0,
          0,
          0.0,
          {} },
    };

    Programme trainer;
    trainer.id = QStringLiteral("stages-trainer");
    trainer.name
        = QCoreApplication::translate("stages::Programme", "Stages trainer", "The name of a training programme");
    trainer.level = 2;
    trainer.prerequisiteProgrammeId = teacher.id;
    trainer.requirements = {
        { RequirementKind::WorkshopHours,
          QCoreApplication::translate("stages::Programme", "Hours of workshops led"),
          24.0,
          0,
          0.0,
          {} },
        { RequirementKind::ObservedLessons, QCoreApplication::translate("stages::Programme", "Observed workshops led"),
          0.0, 2, 3.5, rubricCriteria() },
        { RequirementKind::PortfolioItems,
          QCoreApplication::translate("stages::Programme", "Portfolio items"),
          5.0,
          0,
          0.0,
          {} },
    };
    return { teacher, trainer };
}

Programme findProgramme(const QList<Programme> &programmes, const QString &id)
{
    for (const Programme &p : programmes) {
        if (p.id == id)
            return p;
    }
    return {};
}

} // namespace stages
