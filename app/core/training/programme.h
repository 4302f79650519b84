#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stages {

/// What a requirement of a training programme counts (README.md in this folder has the rules).
enum class RequirementKind {
    WorkshopHours, ///< hours of Stages workshops attended (or led, in the trainer programme)
    PracticumWeeks, ///< weeks of teaching Stages with a class
    ObservedLessons, ///< lessons observed and scored on a rubric, 1 to 4 per criterion
    PortfolioItems, ///< items of the educator's portfolio
};

/// The key of a kind in files and on the command line: workshop, practicum, observation, portfolio.
QString requirementKindKey(RequirementKind kind);
/// The kind with this key (requirementKindKey); std::nullopt for an unknown key.
std::optional<RequirementKind> requirementKindFromKey(const QString &key);

/// One requirement of a programme. For ObservedLessons the rule uses minimumCount,
/// minimumAverage and rubricCriteria; for the other kinds, minimum.
struct Requirement
{
    RequirementKind kind = RequirementKind::WorkshopHours;
    QString title; ///< translated, for the screens
    double minimum = 0.0; ///< hours, weeks or items
    int minimumCount = 0; ///< observed lessons
    double minimumAverage = 0.0; ///< mean of the lessons' scores, 1 to 4
    QStringList rubricCriteria; ///< translated names of the rubric's criteria, in order
};

/// A training programme: what an educator must show to be certified at its level.
struct Programme
{
    QString id; ///< stable key ("stages-teacher")
    QString name; ///< translated
    int level = 1;
    QList<Requirement> requirements;
    int validityYears = 3; ///< a certificate's life; 0 or less: it never expires
    QString prerequisiteProgrammeId; ///< empty: none; else a valid certificate of it is needed
};

/// The two programmes shipped with Stages: "Stages teacher" (level 1) and "Stages trainer"
/// (level 2, for holders of a valid teacher certificate). An admin may edit copies of them.
QList<Programme> defaultProgrammes();

/// The programme @p id among @p programmes; an empty Programme when there is none.
Programme findProgramme(const QList<Programme> &programmes, const QString &id);

} // namespace stages
