#pragma once

#include "core/progress/attemptrecorder.h"
#include "core/progress/attemptservice.h"
#include "exercises/framework/view/domainview.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace stages {

class StageMapWidget;
class TaskScreen;

/// One domain's pupil page, the same for every domain: the stage map with the pupil's mastery,
/// then the screen (DomainView::createScreen) for the exercise the Scheduler picks (unseen
/// variants first), then back to the map. Each finished exercise goes through AttemptRecorder
/// (attempt, mastery and any artifact in one transaction; kept in the pending journal and
/// stored later when the database cannot take it now: the pupil never sees a storage error).
/// The database and the clock of the context must outlive the page.
class DomainPage : public QWidget
{
    Q_OBJECT

public:
    DomainPage(const DomainView &view, PageContext context, QWidget *parent = nullptr);
    ~DomainPage() override;

    const QString &domain() const { return m_domain; }
    StageMapWidget *stageMap() const { return m_map; }
    /// The exercise screen open now, or nullptr on the map.
    TaskScreen *screen() const { return m_screen; }
    /// The last attempt stored from this page (tests, and the map's "new level" greeting).
    const std::optional<RecordedAttempt> &lastRecorded() const { return m_lastRecorded; }

    /// Opens stage @p number with the next exercise the scheduler gives; false when it has none.
    bool openStage(int number);
    /// Opens this exact exercise of the domain (demo, teacher's assignment).
    bool openExercise(const QString &exerciseId);
    void showMap();

signals:
    void attemptRecorded(const RecordedAttempt &recorded);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshMap();
    void openScreen(const Exercise &exercise);
    void record();
    void dropScreen();

    const DomainView &m_view;
    PageContext m_context;
    QString m_domain;
    AttemptService m_attempts;
    AttemptRecorder m_recorder;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_mapPage = nullptr;
    StageMapWidget *m_map = nullptr;
    QLabel *m_mapNote = nullptr;
    QPointer<TaskScreen> m_screen;
    int m_stage = 0;
    std::optional<RecordedAttempt> m_lastRecorded;
};

} // namespace stages
