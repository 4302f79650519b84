#pragma once

#include "core/dashboard/dashboard.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace stages {

/// A pupil's progress over time (Qt Charts): the stages brought to Proficient each week, and a
/// thicker line of all such stages so far. Fed from DashboardService::pupilProgress.
class PupilProgressChart : public QChartView
{
    Q_OBJECT

public:
    explicit PupilProgressChart(QWidget *parent = nullptr);

    /// Weeks oldest first; @p before: stages already reached before the first week shown (so the
    /// cumulative line starts where the pupil stood).
    void setProgress(const QList<WeeklyProgress> &weeks, int before = 0);
    QLineSeries *weeklySeries() const { return m_weekly; }
    QLineSeries *totalSeries() const { return m_total; }

private:
    QLineSeries *m_weekly = nullptr;
    QLineSeries *m_total = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_count = nullptr;
};

} // namespace stages
