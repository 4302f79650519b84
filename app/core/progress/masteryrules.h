#pragma once

#include <QList>
#include <QString>

#include <array>

namespace stages {

/// How far a pupil has come in one stage of one domain (stored as the integer in mastery.level).
enum class MasteryLevel {
    NotStarted = 0, ///< no attempt yet
    Attempted = 1, ///< tried; recent average below 70 %
    Familiar = 2, ///< recent average 70 % or more
    Proficient = 3, ///< the last 3 attempts all full successes (100 %)
    Mastered = 4, ///< proficient, then confirmed by a success in a mixed set (warm-up)
};

QString masteryLevelKey(MasteryLevel level); ///< "not-started", "attempted" ... (stable, for JSON)
QString masteryLevelName(MasteryLevel level); ///< translated, for people

/// What the rules need to know about one attempt.
struct AttemptOutcome
{
    double score = 0.0; ///< 0..1
    bool success = false;
    bool mixedSet = false; ///< made inside a warm-up or other mixed set
    int hintsUsed = 0;
};

/// The score an attempt counts for in mastery: each hint taken lowers it by a fifth (never below
/// half of it), so a stage is proficient only without hints (issue 8: hints lower the credit).
double creditedScore(const AttemptOutcome &attempt);

/// The mastery rules, in one pure function (thresholds in exercises/framework/README.md):
///
/// - no attempts: NotStarted;
/// - "recent" = the last kRecentWindow attempts; average credited score (creditedScore()) of those
///   >= kFamiliarScore: Familiar, else Attempted;
/// - the last kProficientRun attempts all successes with credited score 1.0 (no hints): Proficient;
/// - Mastered once the pupil, having been Proficient, succeeds at the stage in a mixed set; it
///   stays Mastered while the recent average stays >= kFamiliarScore. If it falls below, the
///   confirmation is lost and must be earned again (proficient again, then a mixed-set success).
///
/// @p chronological: every attempt of the pupil at the stage, oldest first.
MasteryLevel masteryLevel(const QList<AttemptOutcome> &chronological);

constexpr int kRecentWindow = 5;
constexpr double kFamiliarScore = 0.70;
constexpr int kProficientRun = 3;

/// The same rules one attempt at a time: masteryLevel() feeds every attempt through one of these,
/// so a replay (the dashboard's "when did this stage become proficient") costs O(attempts).
class MasteryReplay
{
public:
    /// Adds the next attempt (chronological order) and returns the level after it.
    MasteryLevel add(const AttemptOutcome &attempt);
    MasteryLevel level() const;
    int attempts() const { return m_count; }

private:
    std::array<double, kRecentWindow> m_recent {}; ///< credited scores, a ring
    int m_count = 0;
    int m_fullRun = 0; ///< full successes (credited 1.0) in a row, ending with the last attempt
    bool m_familiar = false;
    bool m_beenProficient = false;
    bool m_confirmed = false;
};

} // namespace stages
