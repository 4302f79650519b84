#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/dashboard/dashboard.h"
#include "core/progress/artifactservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace stages {

class ArtifactDialog;
class ArtifactTableModel;
class AttemptTimelineModel;
class Clock;
class Database;
class ExerciseContent;
class PupilDetailLoader;
class PupilMasteryModel;
class PupilProgressChart;
struct PupilDetailData;

/// The teacher's drill-down into one pupil, a page of the teacher area: avatar, name and class;
/// the mastery of every stage of every domain; the attempts (newest first, 500 at a time); the
/// pupil's creative work to open, play and comment on (ArtifactDialog) with the comments given;
/// and a chart of stages reached per week. A date range narrows attempts, work and chart.
/// Reads run on a worker thread (PupilDetailLoader) behind a busy bar.
///
/// Back and Escape emit backRequested(); "Assign next stage" emits assignRequested() for the
/// domain selected in the grid, the area (or its owner) decides what to do with it.
class PupilDetailPage : public QWidget
{
    Q_OBJECT

public:
    /// Attempts read at a time; "Show more" reads this many more.
    static constexpr int kAttemptPage = 500;

    PupilDetailPage(Database &database, const Clock &clock, const Session &session, QWidget *parent = nullptr);
    ~PupilDetailPage() override;

    /// Shows @p pupil and starts reading their progress (the date range goes back to "all time").
    void setPupil(const Person &pupil);
    const Person &pupil() const { return m_pupil; }
    /// Reads everything again for the same pupil.
    void reload();
    bool isLoading() const;
    /// How many attempts are read at a time (kAttemptPage unless a test wants fewer).
    void setAttemptPageSize(int attempts) { m_pageSize = std::max(1, attempts); }

    QPushButton *backButton() const { return m_back; }
    QPushButton *assignButton() const { return m_assign; }
    QComboBox *rangeBox() const { return m_range; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *classLabel() const { return m_class; }
    QProgressBar *busyBar() const { return m_busy; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *masteryTable() const { return m_masteryTable; }
    PupilMasteryModel *masteryModel() const { return m_mastery; }
    QTableView *timelineTable() const { return m_timelineTable; }
    AttemptTimelineModel *timelineModel() const { return m_timeline; }
    QLabel *attemptCount() const { return m_attemptCount; }
    QPushButton *moreButton() const { return m_more; }
    QTableView *workTable() const { return m_workTable; }
    ArtifactTableModel *workModel() const { return m_work; }
    QPushButton *openWorkButton() const { return m_openWork; }
    QListWidget *feedbackList() const { return m_feedback; }
    PupilProgressChart *progressChart() const { return m_chart; }
    /// Opens the piece with this id (modal: exec()); false when it cannot be read.
    bool openWork(const QString &artifactId);
    /// The piece's dialog while it is open (tests).
    ArtifactDialog *openDialog() const { return m_dialog; }

signals:
    void backRequested();
    /// The teacher asked to give @p personId stage @p nextStage of @p domain (the first stage of
    /// the domain below Proficient).
    void assignRequested(const QString &personId, const QString &domain, int nextStage);
    /// Everything asked for has been read and shown.
    void loaded();

private:
    QWidget *makeAttemptsTab();
    QWidget *makeWorkTab();
    void display(const PupilDetailData &data);
    DashboardFilter filter() const;
    void startLoad();
    void updateAssign();
    void showFeedback();
    void openSelectedWork();
    QString describe(const AttemptEntry &attempt) const;
    QString stageWords(const QString &domain, int stage) const;

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    Person m_pupil;
    ArtifactService m_artifacts;
    std::shared_ptr<const ExerciseContent> m_exercises;
    QHash<QString, QString> m_domainTitles;
    PupilDetailLoader *m_loader = nullptr;
    int m_pageSize = kAttemptPage;
    int m_limit = kAttemptPage;

    QPushButton *m_back = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_class = nullptr;
    QComboBox *m_range = nullptr;
    QPushButton *m_assign = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    PupilMasteryModel *m_mastery = nullptr;
    QTableView *m_masteryTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    AttemptTimelineModel *m_timeline = nullptr;
    QSortFilterProxyModel *m_timelineProxy = nullptr;
    QTableView *m_timelineTable = nullptr;
    QLabel *m_attemptCount = nullptr;
    QPushButton *m_more = nullptr;
    ArtifactTableModel *m_work = nullptr;
    QSortFilterProxyModel *m_workProxy = nullptr;
    QTableView *m_workTable = nullptr;
    QPushButton *m_openWork = nullptr;
    QListWidget *m_feedback = nullptr;
    PupilProgressChart *m_chart = nullptr;
    ArtifactDialog *m_dialog = nullptr;
};

} // namespace stages
