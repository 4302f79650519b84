#pragma once

#include "core/accounts/session.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace stages {

class Clock;
class Database;

/// A teacher's comment on a pupil's work.
struct ArtifactFeedback
{
    QString id;
    QString artifactId;
    QString authorId;
    QString authorName;
    QString body;
    QDateTime createdAt; ///< UTC
    int stars = 0;       ///< 1..3; 0: none given
    QDateTime seenAt;    ///< UTC when the pupil opened the work after it; invalid: not seen yet
};

/// A pupil's creative work as a row of the teacher's list.
struct ArtifactSummary
{
    QString id;
    QString personId;
    QString pupilName;
    QString classId;
    QString className;
    QString exerciseId; ///< may be empty (work not made in an exercise)
    QString kind;       ///< "arrangements" (rows of a create task), "melody", ...
    QString title;
    QDateTime createdAt; ///< UTC
    int feedbackCount = 0;
    int stars = 0;          ///< of the newest comment that gave stars; 0: none
    int unseenFeedback = 0; ///< comments the pupil has not opened yet
};

/// One piece of work opened: its content (JSON as the exercise stored it) and the comments.
struct ArtifactDetail
{
    ArtifactSummary summary;
    QJsonObject content;
    QList<ArtifactFeedback> feedback; ///< oldest first
};

/// Pupils' creative work (melodies, rows, move sequences) stored by AttemptService, for the
/// teacher to open, play and comment on (DESIGN.md §3).
///
/// Rights: listing the school's work, reading another pupil's and commenting need
/// ViewClassProgress; a pupil may list and read only their own work.
class ArtifactService
{
    Q_DECLARE_TR_FUNCTIONS(stages::ArtifactService)

public:
    static constexpr int kMaxFeedbackLength = 2000;
    static constexpr int kMaxStars = 3;

    ArtifactService(Database &database, const Clock &clock);

    /// Work of every pupil (of @p classId when given), newest first.
    Result<QList<ArtifactSummary>> list(const Session &session, const QString &classId = {}) const;
    /// One pupil's work, newest first (the teacher's pupil drill-down). Needs ViewClassProgress,
    /// or to be that pupil.
    Result<QList<ArtifactSummary>> listForPupil(const Session &session, const QString &personId) const;
    /// The signed-in person's own work, newest first.
    Result<QList<ArtifactSummary>> listOwn(const Session &session) const;
    Result<ArtifactDetail> read(const Session &session, const QString &artifactId) const;
    /// Stores a comment (trimmed, at most kMaxFeedbackLength characters) with 1..kMaxStars stars,
    /// or 0 for none; the words may be left out when stars are given.
    Result<ArtifactFeedback> addFeedback(const Session &session, const QString &artifactId, const QString &body,
                                         int stars = 0);
    /// The pupil has opened their own work: its comments count as seen (seen_at set once).
    /// Only the author of the work can do this; returns how many comments were new.
    Result<int> markFeedbackSeen(const Session &session, const QString &artifactId);

private:
    Result<QList<ArtifactSummary>> query(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace stages
