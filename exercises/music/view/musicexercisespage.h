#pragma once

#include "core/accounts/session.h"
#include "core/progress/attemptservice.h"
#include "exercises/combinatorics/view/exercisescreen.h"
#include "exercises/music/view/musictaskscreen.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace stages {
class Clock;
class Database;
class ExerciseContent;
class ExerciseScreen;
class StageMapWidget;
struct Exercise;
} // namespace stages

namespace stages::music {

class MusicTaskScreen;
class SoundService;

/// The pupil's music page: the stage map of the music ladder (the combinatorics StageMapWidget)
/// with the pupil's mastery, then the exercise the Scheduler picks. Music tasks (play-back,
/// listen-identify, tap-rhythm, compose) open their own screens with sound; the arranging tasks
/// of the music ladder (build-all, count, find-missing ... over notes and drums) open the
/// common ExerciseScreen. Each finished exercise is stored with AttemptService::record (a
/// composed tune as a "melody" artifact in the same transaction). The database, the clock and
/// the sound service must outlive the page.
class MusicExercisesPage : public QWidget
{
    Q_OBJECT

public:
    MusicExercisesPage(Database &database, const Clock &clock, const Session &session, SoundService &sound,
                       std::shared_ptr<const ExerciseContent> content = {}, QWidget *parent = nullptr);
    ~MusicExercisesPage() override;

    StageMapWidget *stageMap() const { return m_map; }
    /// The music task screen open now, or nullptr.
    MusicTaskScreen *musicScreen() const { return m_musicScreen; }
    /// The arranging screen open now, or nullptr.
    ExerciseScreen *exerciseScreen() const { return m_exerciseScreen; }
    const std::optional<RecordedAttempt> &lastRecorded() const { return m_lastRecorded; }

    bool openStage(int number);
    bool openExercise(const QString &exerciseId);
    void showMap();

signals:
    void attemptRecorded(const RecordedAttempt &recorded);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshMap();
    void openScreen(const Exercise &exercise);
    void record(const AttemptRecord &attempt);
    void setResultNote(const QString &text);
    void dropScreen();

    Database &m_database;
    const Clock &m_clock;
    Session m_session;
    SoundService &m_sound;
    std::shared_ptr<const ExerciseContent> m_content;
    AttemptService m_attempts;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_mapPage = nullptr;
    StageMapWidget *m_map = nullptr;
    QLabel *m_mapNote = nullptr;
    QPointer<MusicTaskScreen> m_musicScreen;
    QPointer<ExerciseScreen> m_exerciseScreen;
    int m_stage = 0;
    std::optional<RecordedAttempt> m_lastRecorded;
};

} // namespace stages::music
