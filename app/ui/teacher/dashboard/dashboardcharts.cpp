#include "ui/teacher/dashboard/dashboardcharts.h"

#include "ui/teacher/dashboard/heatmapdelegate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace stages {

namespace {

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

QChart *freshChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

QValueAxis *countAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(4.0, max));
    axis->applyNiceNumbers();
    return axis;
}

/// The heat map's swatch as a tiled brush: the same colour and pattern as the cells.
QBrush levelBrush(MasteryLevel level)
{
    if (level == MasteryLevel::Mastered) // the cell's frame, tiled, would be a busy grid
        return QBrush(HeatMapDelegate::levelColor(level));
    QPixmap tile(16, 16);
    QPainter painter(&tile);
    HeatMapDelegate::paintLevel(&painter, tile.rect(), level, false);
    return QBrush(tile);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCharts"));
    m_progress = makeView(QStringLiteral("progressChart"), this);
    m_time = makeView(QStringLiteral("timeChart"), this);
    m_distribution = makeView(QStringLiteral("distributionChart"), this);
    //: Chart tab: stages pupils reached week by week
    addTab(m_progress, tr("Progress"));
    addTab(m_time, tr("Time on task"));
    //: Chart tab: how many pupils stand at each level, stage by stage
    addTab(m_distribution, tr("Levels per stage"));
}

void DashboardCharts::setDashboard(const ClassDashboard &dashboard, const QString &domain,
                                   const QHash<QString, QString> &titles)
{
    m_dashboard = dashboard;
    m_domain = domain;
    m_titles = titles;
    fillProgress();
    fillTime();
    fillDistribution();
}

void DashboardCharts::setDistributionDomain(const QString &domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    fillDistribution();
}

void DashboardCharts::fillProgress()
{
    //: Chart title
    QChart *chart = freshChart(tr("Stages reached per week"));
    auto *line = new QLineSeries;
    //: Series name: stages pupils brought to Proficient or better in a week
    line->setName(tr("Stages reached (proficient or better)"));
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    const QColor blue(0x21, 0x71, 0xB5);
    line->setPen(QPen(blue, 2));
    points->setColor(blue);
    points->setBorderColor(blue);
    int max = 0;
    for (const WeeklyProgress &week : m_dashboard.weekly) {
        const qreal x = QDateTime(week.weekStart, QTime(12, 0)).toMSecsSinceEpoch();
        line->append(x, week.stages);
        points->append(x, week.stages);
        max = std::max(max, week.stages);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    //: Axis title: the week (its Monday)
    xAxis->setTitleText(tr("Week"));
    xAxis->setTickCount(std::clamp(int(m_dashboard.weekly.size()), 2, 8));
    if (!m_dashboard.weekly.isEmpty()) {
        xAxis->setRange(QDateTime(m_dashboard.weekly.first().weekStart, QTime(0, 0)),
                        QDateTime(m_dashboard.weekly.last().weekStart, QTime(23, 59)));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    //: Axis title
    QValueAxis *yAxis = countAxis(tr("Stages"), max);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QLegendMarker *marker : chart->legend()->markers(points))
        marker->setVisible(false);
    QChart *old = m_progress->chart();
    m_progress->setChart(chart);
    delete old;
}

void DashboardCharts::fillTime()
{
    //: Chart title
    QChart *chart = freshChart(tr("Time on task per domain"));
    qint64 total = 0;
    for (const DomainTime &t : m_dashboard.timeOnTask)
        total += t.durationMs;
    const bool hours = total >= 3 * 3600 * 1000;
    auto *set = new QBarSet(hours ? tr("Hours") : tr("Minutes"));
    QStringList categories;
    double max = 0;
    for (const DomainTime &t : m_dashboard.timeOnTask) {
        categories.append(m_titles.value(t.domain, t.domain));
        const double value = double(t.durationMs) / (hours ? 3600000.0 : 60000.0);
        set->append(value);
        max = std::max(max, value);
    }
    set->setColor(QColor(0x21, 0x71, 0xB5));
    set->setLabelColor(Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *domains = new QBarCategoryAxis;
    domains->append(categories);
    //: Axis title
    domains->setTitleText(tr("Domain"));
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);
    auto *values = new QValueAxis;
    values->setTitleText(hours ? tr("Hours") : tr("Minutes"));
    values->setRange(0, std::max(1.0, max * 1.15));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    QChart *old = m_time->chart();
    m_time->setChart(chart);
    delete old;
}

void DashboardCharts::fillDistribution()
{
    const QString title = m_titles.value(m_domain, m_domain);
    //: Chart title: %1 domain ("Music")
    QChart *chart = freshChart(tr("Pupils at each level, stage by stage: %1").arg(title));
    auto *series = new QStackedBarSeries;
    std::array<QBarSet *, 5> sets {};
    for (int level = 0; level < 5; ++level) {
        //: Name of a level in the chart's key: %1 number, %2 level name
        sets[level] = new QBarSet(tr("%1 %2").arg(level).arg(masteryLevelName(MasteryLevel(level))));
        sets[level]->setBrush(levelBrush(MasteryLevel(level)));
        sets[level]->setBorderColor(QColor(0x9E, 0x9E, 0x9E));
    }
    QStringList stages;
    int max = 0;
    for (const LevelDistribution &d : m_dashboard.distribution) {
        if (d.domain != m_domain)
            continue;
        stages.append(QString::number(d.stage));
        int sum = 0;
        for (int level = 0; level < 5; ++level) {
            sets[level]->append(d.pupils[level]);
            sum += d.pupils[level];
        }
        max = std::max(max, sum);
    }
    for (QBarSet *set : sets)
        series->append(set);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(stages);
    //: Axis title
    axis->setTitleText(tr("Stage"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    //: Axis title
    QValueAxis *pupils = countAxis(tr("Pupils"), max);
    chart->addAxis(pupils, Qt::AlignLeft);
    series->attachAxis(pupils);
    QChart *old = m_distribution->chart();
    m_distribution->setChart(chart);
    delete old;
}

} // namespace stages
