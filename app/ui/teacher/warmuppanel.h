#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"
#include "core/progress/warmupservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace stages {

class ClassService;
class WarmUpResultsView;

/// The teacher's "Warm-up" page: one row per class with a big "Start the 7-minute warm-up for
/// 2.A" button. Starting opens a window in the database (WarmUpService); every pupil of the
/// class who signs in during it gets the timed mixed set. A running warm-up shows the time
/// left and can be stopped early. Rights are checked by the service.
class WarmUpPanel : public QWidget
{
    Q_OBJECT

public:
    WarmUpPanel(Database &database, const Clock &clock, ClassService &classes, const Session &session,
                QWidget *parent = nullptr);

    /// Reads the classes and the running warm-ups again.
    void reload();
    QPushButton *startButton(const QString &classId) const;
    QPushButton *stopButton(const QString &classId) const;
    QLabel *statusLabel(const QString &classId) const;
    QLabel *message() const { return m_message; }
    /// Who took part in each warm-up, and how well.
    WarmUpResultsView *results() const { return m_results; }

signals:
    void warmUpStarted(const ClassWarmUp &warmUp);

private:
    struct Row
    {
        SchoolClass schoolClass;
        QLabel *status = nullptr;
        QPushButton *start = nullptr;
        QPushButton *stop = nullptr;
    };

    void start(const QString &classId);
    void stop(const QString &classId);
    void refreshStatus();

    WarmUpService m_service;
    const Clock &m_clock;
    ClassService &m_classes;
    Session m_session;
    QVBoxLayout *m_rowsLayout = nullptr;
    QWidget *m_rowsBox = nullptr;
    QLabel *m_message = nullptr;
    WarmUpResultsView *m_results = nullptr;
    QTimer *m_timer = nullptr;
    QList<Row> m_rows;
    QHash<QString, ClassWarmUp> m_running; ///< by class id
};

} // namespace stages
