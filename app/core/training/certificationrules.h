#pragma once

#include "core/training/programme.h"

#include <QCoreApplication>
#include <QDate>

namespace stages {

/// One piece of evidence towards a requirement. An observed lesson is one Evidence with its
/// rubric scores (1 to 4, one per criterion); the other kinds count amount.
struct Evidence
{
    RequirementKind kind = RequirementKind::WorkshopHours;
    double amount = 0.0; ///< hours, weeks or items
    QList<int> rubricScores; ///< observed lesson: 1..4 for each criterion
    QDate date;
};

/// Where an educator stands on one requirement, and what is still missing, in words.
struct RequirementProgress
{
    Requirement requirement;
    double achieved = 0.0; ///< hours, weeks, items; observed lessons: lessons counted
    double needed = 0.0; ///< minimum; observed lessons: minimumCount
    double average = 0.0; ///< observed lessons: mean of the lessons' scores (0 for none)
    bool met = false;
    QString missing; ///< empty when met, e.g. "4 more workshop hours"
    QStringList ignored; ///< evidence the rules ignored, e.g. "2 scores outside 1 to 4 ignored"
};

/// Whether an educator may be certified in a programme: every requirement, and the prerequisite.
struct Eligibility
{
    QList<RequirementProgress> requirements;
    bool prerequisiteMet = true;
    QString prerequisiteMissing; ///< empty when met, e.g. "a valid Stages teacher certificate"

    bool eligible() const;
    /// What is still missing, one line each: the prerequisite first, then the requirements in order.
    QStringList missing() const;
};

/// The certification rules of issue 11 (README.md in this folder): progress per requirement,
/// eligibility, and the life of a certificate. Pure: no database, no clock.
class CertificationRules
{
    Q_DECLARE_TR_FUNCTIONS(stages::CertificationRules)

public:
    /// @p evidence may hold evidence of every kind; each requirement counts the evidence of its kind.
    /// @p holdsValidPrerequisite matters only when the programme has a prerequisite.
    static Eligibility evaluate(const Programme &programme, const QList<Evidence> &evidence,
                                bool holdsValidPrerequisite);

    /// The day a certificate issued on @p issued expires (no longer valid from that day on);
    /// an invalid QDate when the programme's certificates never expire.
    static QDate expiry(const QDate &issued, const Programme &programme);

    /// A certificate with this expiry is valid on @p today (an invalid expiry: never expires).
    static bool isValid(const QDate &expiry, const QDate &today);

    /// Still valid on @p today but expiring within @p days days: time for a renewal reminder.
    static bool expiresSoon(const QDate &expiry, const QDate &today, int days = 90);

private:
    static RequirementProgress progress(const Requirement &requirement, const QList<Evidence> &evidence);
    static RequirementProgress observedLessons(const Requirement &requirement, const QList<Evidence> &evidence);
};

} // namespace stages
