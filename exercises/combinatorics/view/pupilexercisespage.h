#pragma once

#include "core/accounts/session.h"
#include "core/progress/attemptservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace stages {

class Clock;
class Database;
class ExerciseContent;
class ExerciseScreen;
class StageMapWidget;
struct Exercise;

/// One domain's pupil page: the stage map with the pupil's mastery, then the exercise screen
/// for the exercise the Scheduler picks (unseen variants first), then back to the map with the
/// mastery brought up to date. Each finished exercise is stored with AttemptService::record
/// (attempt, mastery and, for "create", the artifact in one transaction).
/// Holds references to the database and the clock, which must outlive it.
class PupilExercisesPage : public QWidget
{
    Q_OBJECT

public:
    PupilExercisesPage(Database &database, const Clock &clock, const Session &session, const QString &domain,
                       std::shared_ptr<const ExerciseContent> content = {}, QWidget *parent = nullptr);
    ~PupilExercisesPage() override;

    const QString &domain() const { return m_domain; }
    StageMapWidget *stageMap() const { return m_map; }
    ExerciseScreen *exerciseScreen() const;
    /// The last attempt stored from this page (tests, and the map's "new level" greeting).
    const std::optional<RecordedAttempt> &lastRecorded() const { return m_lastRecorded; }

    /// Opens stage @p number with the next exercise the scheduler gives; false when it has none.
    bool openStage(int number);
    /// Opens this exact exercise (demo, teacher's assignment).
    bool openExercise(const QString &exerciseId);
    void showMap();
    /// The stage title of the domain's ladder, for the demo and the map.
    static QString domainTitle(const QString &domain);

signals:
    void attemptRecorded(const RecordedAttempt &recorded);

private:
    void refreshMap();
    void openScreen(const Exercise &exercise);
    void record();

    Database &m_database;
    const Clock &m_clock;
    Session m_session;
    QString m_domain;
    std::shared_ptr<const ExerciseContent> m_content;
    AttemptService m_attempts;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_mapPage = nullptr;
    StageMapWidget *m_map = nullptr;
    QLabel *m_mapNote = nullptr;
    QPointer<ExerciseScreen> m_screen;
    int m_stage = 0;
    std::optional<RecordedAttempt> m_lastRecorded;
};

} // namespace stages
