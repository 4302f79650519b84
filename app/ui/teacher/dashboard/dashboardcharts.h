#pragma once

#include "core/dashboard/dashboard.h"

#include <QHash>
#include <QTabWidget>

class QChart;
class QChartView;

namespace stages {

/// The class dashboard's charts, one per tab: stages reaching Proficient per week
/// (ClassDashboard::weekly), time on task per domain (timeOnTask) and how many pupils stand at
/// each level in each stage of one domain (distribution, stacked bars). Axis titles and names
/// are translated; patterns repeat the heat map's, so the bars read without colour too.
class DashboardCharts : public QTabWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    /// @p domain: the domain whose stages the distribution shows; @p titles: domain titles by id.
    void setDashboard(const ClassDashboard &dashboard, const QString &domain, const QHash<QString, QString> &titles);
    /// Shows the distribution of @p domain from the last dashboard.
    void setDistributionDomain(const QString &domain);

    QChartView *progressView() const { return m_progress; }
    QChartView *timeView() const { return m_time; }
    QChartView *distributionView() const { return m_distribution; }

private:
    void fillProgress();
    void fillTime();
    void fillDistribution();

    ClassDashboard m_dashboard;
    QString m_domain;
    QHash<QString, QString> m_titles;
    QChartView *m_progress = nullptr;
    QChartView *m_time = nullptr;
    QChartView *m_distribution = nullptr;
};

} // namespace stages
