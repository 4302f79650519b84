#pragma once

#include "core/accounts/session.h"
#include "core/progress/attemptrecorder.h"
#include "core/progress/attemptservice.h"
#include "core/progress/warmupservice.h"
#include "exercises/framework/view/domainview.h"
#include "exercises/framework/warmup.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace stages {

class Clock;
class Database;
class ExerciseContent;
class ExerciseScreen;
class PupilHome;
class TaskScreen;
class WarmUpClock;

/// The pupil's side of a class warm-up: a friendly countdown to the end of the teacher's window,
/// the exercises of the mixed set (WarmUp::build over every domain, seeded by the warm-up so the
/// class shares it) one after another, each on its domain's screen (DomainView::createScreen,
/// music tasks included), each stored as a mixed-set attempt (which is what confirms mastery),
/// and a cheerful end screen when time is up. Holds references to the database and the clock,
/// which must outlive it.
class PupilWarmUpPage : public QWidget
{
    Q_OBJECT

public:
    PupilWarmUpPage(const PageContext &context, const ClassWarmUp &warmUp, QWidget *parent = nullptr);
    ~PupilWarmUpPage() override;

    /// When a warm-up runs for the pupil's class, adds it to @p home as a "Warm-up" tile and opens
    /// it at once; "Back home" then closes it. Returns the page, or null when none runs.
    static PupilWarmUpPage *openIfRunning(PupilHome &home, const PageContext &context);

    const ClassWarmUp &warmUp() const { return m_warmUp; }
    /// The exercise screen open now (any domain's), or nullptr.
    TaskScreen *screen() const;
    /// The screen open now when it is the shared ExerciseScreen, else nullptr.
    ExerciseScreen *exerciseScreen() const;
    WarmUpClock *clock() const { return m_clockWidget; }
    QPushButton *homeButton() const { return m_home; }
    bool isOver() const { return m_over; }
    int exercisesDone() const { return m_done; }
    const std::optional<RecordedAttempt> &lastRecorded() const { return m_lastRecorded; }
    /// Reads the clock now (the page does it twice a second by itself).
    void tick();

signals:
    void attemptRecorded(const RecordedAttempt &recorded);
    void homeRequested();
    /// The pupil leaves for the home for a moment (the warm-up stays open on its tile).
    void leaveRequested();

private:
    bool openNext();
    void record();
    void showProgress();
    void showEnd();

    PageContext m_context;
    const Clock &m_clock;
    Session m_session;
    ClassWarmUp m_warmUp;
    std::shared_ptr<const ExerciseContent> m_content;
    AttemptService m_attempts;
    AttemptRecorder m_recorder;
    QList<WarmUpItem> m_queue;
    QStringList m_doneIds;
    int m_round = 0;
    int m_done = 0;
    int m_successes = 0;
    bool m_over = false;
    std::optional<RecordedAttempt> m_lastRecorded;

    WarmUpClock *m_clockWidget = nullptr;
    QLabel *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPointer<TaskScreen> m_screen;
    QWidget *m_endPage = nullptr;
    QLabel *m_endTitle = nullptr;
    QLabel *m_endText = nullptr;
    QLabel *m_endStars = nullptr;
    QPushButton *m_home = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace stages
