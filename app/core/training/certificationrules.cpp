#include "core/training/certificationrules.h"

#include <QLocale>

#include <cmath>

namespace stages {

namespace {

/// Sums and averages of doubles compare with this slack, so 2.9999999 counts as 3.
constexpr double kEpsilon = 1e-9;

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < kEpsilon;
}

QString number(double value)
{
    return isWhole(value) ? QLocale().toString(qRound64(value)) : QLocale().toString(value, 'f', 1);
}

/// An average for the words: one decimal, or two when one would round up to the minimum it
/// misses ("2.96, needs 3.0", never "3.0, needs 3.0").
QString averageText(double average, double minimum)
{
    const double oneDecimal = std::round(average * 10.0) / 10.0;
    if (oneDecimal + kEpsilon < minimum)
        return QLocale().toString(average, 'f', 1);
    return QLocale().toString(std::floor(average * 100.0) / 100.0, 'f', 2);
}

} // namespace

bool Eligibility::eligible() const
{
    if (!prerequisiteMet)
        return false;
    for (const RequirementProgress &r : requirements) {
        if (!r.met)
            return false;
    }
    return true;
}

QStringList Eligibility::missing() const
{
    QStringList out;
    if (!prerequisiteMet)
        out.append(prerequisiteMissing);
    for (const RequirementProgress &r : requirements) {
        if (!r.met)
            out.append(r.missing);
    }
    return out;
}

Eligibility CertificationRules::evaluate(const Programme &programme, const QList<Evidence> &evidence,
                                         bool holdsValidPrerequisite)
{
    Eligibility result;
    for (const Requirement &requirement : programme.requirements)
        result.requirements.append(requirement.kind == RequirementKind::ObservedLessons
                                       ? observedLessons(requirement, evidence)
                                       : progress(requirement, evidence));
    result.prerequisiteMet = programme.prerequisiteProgrammeId.isEmpty() || holdsValidPrerequisite;
    if (!result.prerequisiteMet) {
        const Programme prerequisite = findProgramme(defaultProgrammes(), programme.prerequisiteProgrammeId);
        const QString name = prerequisite.id.isEmpty() ? programme.prerequisiteProgrammeId : prerequisite.name;
        //: What is missing before certification: %1 is a programme's name, e.g. "Stages teacher".
        result.prerequisiteMissing = tr("a valid %1 certificate").arg(name);
    }
    return result;
}

RequirementProgress CertificationRules::progress(const Requirement &requirement, const QList<Evidence> &evidence)
{
    RequirementProgress p;
    p.requirement = requirement;
    p.needed = requirement.minimum;
    int ignored = 0;
    for (const Evidence &e : evidence) {
        if (e.kind != requirement.kind)
            continue;
        if (!std::isfinite(e.amount) || e.amount < 0.0) {
            ++ignored;
            continue;
        }
        p.achieved += e.amount;
    }
    p.met = p.achieved + kEpsilon >= p.needed;
    if (ignored > 0)
        //: Evidence such as "-3 workshop hours" that the certification rules did not count.
        p.ignored.append(tr("%n entry(s) with a negative amount ignored", nullptr, ignored));
    if (p.met)
        return p;

    const double left = p.needed - p.achieved;
    // Whole amounts take the plural forms; a fraction of an hour or week reads "2.5 more ...".
    const bool whole = isWhole(left);
    const int n = int(std::ceil(left - kEpsilon));
    switch (requirement.kind) {
    case RequirementKind::WorkshopHours:
        p.missing = whole ? tr("%n more workshop hour(s)", nullptr, n) : tr("%1 more workshop hours").arg(number(left));
        break;
    case RequirementKind::PracticumWeeks:
        p.missing
            = whole ? tr("%n more practicum week(s)", nullptr, n) : tr("%1 more practicum weeks").arg(number(left));
        break;
    case RequirementKind::PortfolioItems:
        // Items are whole: half an item still leaves one to make.
        p.missing = tr("%n more portfolio item(s)", nullptr, n);
        break;
    case RequirementKind::ObservedLessons:
        break;
    }
    return p;
}

RequirementProgress CertificationRules::observedLessons(const Requirement &requirement, const QList<Evidence> &evidence)
{
    RequirementProgress p;
    p.requirement = requirement;
    p.needed = requirement.minimumCount;
    int lessons = 0;
    double sum = 0.0;
    int ignoredScores = 0;
    int ignoredLessons = 0;
    for (const Evidence &e : evidence) {
        if (e.kind != RequirementKind::ObservedLessons)
            continue;
        int valid = 0;
        int total = 0;
        for (const int score : e.rubricScores) {
            if (score < 1 || score > 4) {
                ++ignoredScores;
                continue;
            }
            ++valid;
            total += score;
        }
        if (valid == 0) {
            ++ignoredLessons;
            continue;
        }
        ++lessons;
        sum += double(total) / valid;
    }
    p.achieved = lessons;
    p.average = lessons > 0 ? sum / lessons : 0.0;
    const bool enough = lessons >= requirement.minimumCount;
    const bool goodEnough = lessons == 0 ? requirement.minimumCount <= 0 || requirement.minimumAverage <= 0.0
                                         : p.average + kEpsilon >= requirement.minimumAverage;
    p.met = enough && (goodEnough || requirement.minimumCount <= 0);

    if (ignoredScores > 0)
        //: Rubric scores of observed lessons that the certification rules did not count.
        p.ignored.append(tr("%n score(s) outside 1 to 4 ignored", nullptr, ignoredScores));
    if (ignoredLessons > 0)
        p.ignored.append(tr("%n lesson(s) without a valid score not counted", nullptr, ignoredLessons));

    if (p.met)
        return p;
    const int left = requirement.minimumCount - lessons;
    const QString average = averageText(p.average, requirement.minimumAverage);
    const QString minimum = QLocale().toString(requirement.minimumAverage, 'f', 1);
    if (!enough && lessons > 0 && !goodEnough)
        //: %n: lessons still to observe; %1: the average so far, %2: the minimum average, e.g. 2.8 and 3.0.
        p.missing = tr("%n more observed lesson(s); observed lessons average %1, needs %2", nullptr, left)
                        .arg(average, minimum);
    else if (!enough)
        p.missing = tr("%n more observed lesson(s)", nullptr, left);
    else
        //: %1: the average of the observed lessons so far, %2: the minimum average, e.g. 2.8 and 3.0.
        p.missing = tr("observed lessons average %1, needs %2").arg(average, minimum);
    return p;
}

QDate CertificationRules::expiry(const QDate &issued, const Programme &programme)
{
    if (programme.validityYears <= 0)
        return {};
    return issued.addYears(programme.validityYears);
}

bool CertificationRules::isValid(const QDate &expiry, const QDate &today)
{
    return !expiry.isValid() || today < expiry;
}

bool CertificationRules::expiresSoon(const QDate &expiry, const QDate &today, int days)
{
    if (!expiry.isValid())
        return false;
    const qint64 left = today.daysTo(expiry);
    return left > 0 && left <= days;
}

} // namespace stages
