#include "ui/teacher/pupil/pupilprogresschart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace stages {

PupilProgressChart::PupilProgressChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("pupilProgressChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_weekly = new QLineSeries(chart);
    //: Chart line: how many stages the pupil brought to "proficient" in each week
    m_weekly->setName(tr("Stages reached that week"));
    m_weekly->setPointsVisible(true);
    m_weekly->setPen(QPen(QColor(0xFB, 0x8C, 0x00), 2));
    m_total = new QLineSeries(chart);
    //: Chart line: all stages the pupil has brought to "proficient" so far
    m_total->setName(tr("All stages reached"));
    m_total->setPen(QPen(QColor(0x2E, 0x7D, 0x32), 4));
    chart->addSeries(m_weekly);
    chart->addSeries(m_total);
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("d MMM"));
    m_count = new QValueAxis(chart);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries *s : { m_weekly, m_total }) {
        s->attachAxis(m_time);
        s->attachAxis(m_count);
    }
    setChart(chart);
    setMinimumHeight(180);
}

void PupilProgressChart::setProgress(const QList<WeeklyProgress> &weeks, int before)
{
    QList<QPointF> weekly;
    QList<QPointF> total;
    int sum = before;
    int top = 0;
    for (const WeeklyProgress &w : weeks) {
        const qreal x = qreal(w.weekStart.startOfDay().toMSecsSinceEpoch());
        sum += w.stages;
        weekly.append(QPointF(x, w.stages));
        total.append(QPointF(x, sum));
        top = std::max({ top, sum, w.stages });
    }
    m_weekly->replace(weekly);
    m_total->replace(total);
    if (weeks.isEmpty()) {
        const QDateTime today = QDate::currentDate().startOfDay();
        m_time->setRange(today.addDays(-7), today);
    } else {
        const QDateTime first = weeks.first().weekStart.startOfDay();
        const QDateTime last = weeks.last().weekStart.startOfDay();
        m_time->setRange(first, last > first ? last : first.addDays(7));
    }
    m_time->setTickCount(std::clamp(int(weeks.size()), 2, 8));
    m_count->setRange(0, std::max(top, 4));
    m_count->applyNiceNumbers(); // whole, round steps (0, 2, 4 …), never 2, 4, 7, 9
}

} // namespace stages
