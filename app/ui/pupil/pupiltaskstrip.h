#pragma once

#include "core/progress/artifactservice.h"
#include "core/progress/assignmentservice.h"
#include "exercises/framework/view/domainview.h"

#include <QWidget>

class QHBoxLayout;

namespace stages {

class BadgeTile;
class PupilFeedbackDialog;
class PupilHome;

/// The row of picture tiles at the top of the pupil's home: first the tasks a teacher assigned
/// (one tile per stage or exercise of each open assignment: the domain's picture and the stage
/// stone; a calendar when due within two days; a tick when done), then the pupil's own pieces of
/// work a teacher commented on (stars, and a red dot until the pupil opens them). Tapping a task
/// opens that stage (or exercise) in its domain page; tapping a piece shows the comment big and
/// marks it seen. Hidden when there is nothing to show. Reads again each time the home shows.
class PupilTaskStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxTiles = 7; ///< what fits 1024 px
    static constexpr int kMaxTasks = 5;
    static constexpr int kDueSoonDays = 2;

    PupilTaskStrip(PupilHome &home, const PageContext &context, QWidget *parent = nullptr);

    /// Makes the strip and puts it at the top of @p home.
    static PupilTaskStrip *install(PupilHome &home, const PageContext &context);

    void reload();
    const QList<BadgeTile *> &taskTiles() const { return m_taskTiles; }
    const QList<BadgeTile *> &pieceTiles() const { return m_pieceTiles; }
    /// Shows the piece's comments (modal) and marks them seen.
    void openPiece(const QString &artifactId);
    /// The dialog while it is open (tests).
    PupilFeedbackDialog *openDialog() const { return m_dialog; }

signals:
    void taskStarted(const AssignmentItem &item);

private:
    void start(const AssignmentItem &item);
    void clearTiles();
    QString pieceArtwork(const ArtifactSummary &piece) const;

    PupilHome &m_home;
    PageContext m_context;
    AssignmentService m_assignments;
    ArtifactService m_artifacts;
    QHBoxLayout *m_row = nullptr;
    QList<BadgeTile *> m_taskTiles;
    QList<BadgeTile *> m_pieceTiles;
    QWidget *m_gap = nullptr;
    PupilFeedbackDialog *m_dialog = nullptr;
};

} // namespace stages
