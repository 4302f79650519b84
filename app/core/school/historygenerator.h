#pragma once

#include "core/progress/masteryrules.h"
#include "core/school/historyplan.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <random>
#include <vector>

namespace stages {

/// Draws a school year of history in memory, without a database: who worked when, on which
/// exercise, how well, in which warm-up, which pieces they made and what the teachers said. The
/// rows refer to pupils, classes and teachers by index; HistorySeeder gives them their ids and
/// writes them. The same inputs always give the same rows (std::mt19937, drawn by hand).
///
/// Pupils get a profile: pace (fast, average, slow), a first day, and maybe never started,
/// stopped weeks ago (inactive) or stuck (the last weeks spent failing one stage). Attempts fall
/// on the given school days at lesson times; a class's warm-ups (about one lesson in three) start
/// sessions with mixed-set attempts, which confirm proficient stages as mastered. Mastery rows are
/// masteryLevel() over each stage's attempts in order, so they agree with the attempts exactly.
class HistoryGenerator
{
public:
    enum class Pace : quint8 { Fast, Average, Slow };

    struct Input
    {
        QList<int> pupilClasses; ///< each pupil's class index (the pupils in a stable order)
        int classes = 1;
        int teachers = 0; ///< may be 0: no one to start warm-ups or comment
        QList<QDate> days; ///< school days, oldest first; all before @c now
        qint64 nowMs = 0; ///< the clock's now (UTC, ms since the epoch): nothing happens after it
        qint64 attempts = 0;
        quint32 seed = 1;
    };

    struct Profile
    {
        Pace pace = Pace::Average;
        bool neverStarted = false;
        bool inactive = false; ///< stopped before the end of the year
        bool stuck = false; ///< failing one stage since stuckFromDay
        int firstDay = 0; ///< index into Input::days
        int endDay = 0; ///< one past the last day they may work
        int stuckFromDay = -1;
        int stuckDomain = -1;
    };

    struct Attempt
    {
        qint64 atMs = 0; ///< finished at (UTC)
        qint32 pupil = 0;
        qint32 exercise = 0; ///< index into exerciseIds()
        qint32 piece = -1; ///< index into pieces(): a creative attempt that made a piece
        qint32 durationMs = 0;
        double score = 0;
        qint16 domain = 0; ///< index into HistoryPlan::domains
        qint16 stage = 0; ///< the stage number (1-based)
        qint8 hints = 0;
        bool success = false;
        bool mixedSet = false;
    };

    struct Mastery
    {
        qint32 pupil = 0;
        qint16 domain = 0;
        qint16 stage = 0;
        MasteryLevel level = MasteryLevel::NotStarted;
        int attempts = 0;
        int successes = 0;
        double bestScore = 0;
        qint64 updatedMs = 0; ///< when the last attempt was made
    };

    struct WarmUp
    {
        qint32 classIndex = 0;
        qint32 teacher = -1; ///< -1: nobody
        qint64 startMs = 0;
    };

    struct Artifact
    {
        qint32 pupil = 0;
        qint32 piece = 0;
        qint64 atMs = 0;
    };

    struct Feedback
    {
        qint32 artifact = 0; ///< index into artifacts()
        qint32 teacher = 0;
        qint32 comment = 0; ///< index into HistoryPlan::feedbackComments
        qint8 stars = 0; ///< 0: none given
        qint64 atMs = 0;
        qint64 seenMs = 0; ///< 0: not seen yet
    };

    HistoryGenerator(const HistoryPlan &plan, const Input &input);

    /// Draws everything; attempts come out sorted by time (then pupil).
    void generate();

    const std::vector<Profile> &profiles() const { return m_profiles; }
    const std::vector<Attempt> &attempts() const { return m_attempts; }
    const std::vector<Mastery> &mastery() const { return m_mastery; }
    const std::vector<WarmUp> &warmUps() const { return m_warmUps; }
    const std::vector<Artifact> &artifacts() const { return m_artifacts; }
    const std::vector<Feedback> &feedback() const { return m_feedback; }
    /// Every exercise id of the plan, UTF-8, indexed by Attempt::exercise.
    const std::vector<QByteArray> &exerciseIds() const { return m_exerciseIds; }
    /// The stored answer of a successful attempt at each exercise ("null" when unknown).
    const std::vector<QByteArray> &exerciseAnswers() const { return m_exerciseAnswers; }
    /// The plan's pieces, flattened, indexed by Attempt::piece and Artifact::piece.
    const std::vector<HistoryPlan::Piece> &pieces() const { return m_pieces; }
    /// UTF-8 ids of the plan's domains.
    const std::vector<QByteArray> &domainIds() const { return m_domainIds; }

    /// Splits @p total into whole parts proportional to @p weights (largest remainders get the
    /// rest, earlier first on ties). Parts of zero weight stay 0; all zero weights: all 0.
    static std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights);

    /// At most this many pieces per pupil over the year.
    static constexpr int kMaxPiecesPerPupil = 3;
    /// A stuck pupil makes at least this many attempts in the stuck weeks (when they make that many at all).
    static constexpr qint64 kStuckAttempts = 12;

private:
    struct StageRef
    {
        std::vector<qint32> exercises;
        std::vector<qint32> pieces;
    };

    void drawProfiles();
    void drawWarmUps();
    void drawPupil(int pupil, qint64 count);
    void drawFeedback();

    const HistoryPlan &m_plan;
    Input m_input;
    std::vector<std::vector<StageRef>> m_stages; ///< [domain][stage index]
    std::vector<qint64> m_dayStartMs;
    std::vector<std::vector<qint64>> m_warmUpStart; ///< [class][day]: start, or -1
    std::vector<qint32> m_classTeacher;

    std::vector<Profile> m_profiles;
    std::vector<Attempt> m_attempts;
    std::vector<Mastery> m_mastery;
    std::vector<WarmUp> m_warmUps;
    std::vector<Artifact> m_artifacts;
    std::vector<Feedback> m_feedback;
    std::vector<QByteArray> m_exerciseIds;
    std::vector<QByteArray> m_exerciseAnswers;
    std::vector<HistoryPlan::Piece> m_pieces;
    std::vector<QByteArray> m_domainIds;
    std::mt19937 m_engine;
};

} // namespace stages
