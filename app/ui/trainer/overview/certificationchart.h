#pragma once

#include "ui/trainer/overview/certificationtimeline.h"

#include <QChartView>

namespace stages {

/// The trainer's chart of certifications over time: certificates issued per month, one stacked
/// bar colour (and a pattern, so it reads without colour) per programme.
class CertificationChart : public QChartView
{
    Q_OBJECT

public:
    explicit CertificationChart(QWidget *parent = nullptr);

    void setTimeline(const CertificationTimeline &timeline);
    const CertificationTimeline &timeline() const { return m_timeline; }

private:
    CertificationTimeline m_timeline;
};

} // namespace stages
