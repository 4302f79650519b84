#pragma once

#include "core/training/training.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace stages {

/// Certificates issued per month and per programme, for the trainer's chart: the months from
/// the first issue (at most kMaxMonths back, at least kMinMonths shown) to @p today's month,
/// every month present even when nothing was issued. Revoked certificates count in the month
/// they were issued (they were issued). QtCore only.
struct CertificationTimeline
{
    static constexpr int kMinMonths = 12;
    static constexpr int kMaxMonths = 24;

    QList<QDate> months;            ///< first day of each month, oldest first
    QStringList programmes;         ///< programme names in the order first met by id
    QList<QList<int>> counts;       ///< counts[programme][month]

    static CertificationTimeline build(const QList<CertificateRecord> &certificates, const QDate &today);
    int total() const;
};

} // namespace stages
