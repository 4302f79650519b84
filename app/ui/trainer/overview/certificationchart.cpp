#include "ui/trainer/overview/certificationchart.h"

#include <QCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace stages {

CertificationChart::CertificationChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("certificationChart"));
    //: Screen reader name of the chart of certificates issued over time
    setAccessibleName(tr("Certificates over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setTimeline({});
}

void CertificationChart::setTimeline(const CertificationTimeline &timeline)
{
    m_timeline = timeline;
    auto *chart = new QChart;
    //: Chart title on the trainer's overview
    chart->setTitle(tr("Certificates issued per month"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    auto *series = new QStackedBarSeries;
    const QList<QColor> colours { QColor(0x21, 0x71, 0xB5), QColor(0xE6, 0x8A, 0x00), QColor(0x2E, 0x7D, 0x32),
                                  QColor(0x8E, 0x24, 0xAA) };
    const QList<Qt::BrushStyle> patterns { Qt::SolidPattern, Qt::Dense3Pattern, Qt::BDiagPattern, Qt::CrossPattern };
    int max = 0;
    QList<int> perMonth(timeline.months.size(), 0);
    for (int p = 0; p < timeline.programmes.size(); ++p) {
        auto *set = new QBarSet(timeline.programmes.at(p));
        set->setBrush(QBrush(colours.at(p % colours.size()), patterns.at(p % patterns.size())));
        set->setPen(QPen(colours.at(p % colours.size()).darker(130)));
        for (int m = 0; m < timeline.months.size(); ++m) {
            set->append(timeline.counts.at(p).at(m));
            perMonth[m] += timeline.counts.at(p).at(m);
        }
        series->append(set);
    }
    for (const int n : perMonth)
        max = std::max(max, n);
    chart->addSeries(series);
    // Bars stand at 0, 1, 2 … (one per month); a label every third (or, over two years, fourth)
    // month keeps them readable down to 1024 pixels.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<qsizetype>(1, timeline.months.size()) - 0.5);
    x->setGridLineVisible(false);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    x->setLabelsFont(small);
    const int step = timeline.months.size() > 18 ? 4 : 3;
    for (int m = 0; m < timeline.months.size(); ++m) {
        if ((timeline.months.size() - 1 - m) % step == 0)
            //: Month label under the bars of the chart, e.g. "Mar 26"
            x->append(QLocale().toString(timeline.months.at(m), tr("MMM yy")), m);
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Certificates"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(4, max));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(!timeline.programmes.isEmpty());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace stages
