#include "ui/trainer/overview/certificationtimeline.h"

namespace stages {

namespace {

QDate monthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

} // namespace

CertificationTimeline CertificationTimeline::build(const QList<CertificateRecord> &certificates, const QDate &today)
{
    CertificationTimeline t;
    const QDate last = monthOf(today);
    QDate first = last.addMonths(-(kMinMonths - 1));
    for (const CertificateRecord &c : certificates) {
        if (c.issuedOn.isValid() && monthOf(c.issuedOn) < first)
            first = monthOf(c.issuedOn);
    }
    if (monthsBetween(first, last) >= kMaxMonths)
        first = last.addMonths(-(kMaxMonths - 1));
    for (QDate m = first; m <= last; m = m.addMonths(1))
        t.months.append(m);
    QStringList ids;
    for (const CertificateRecord &c : certificates) {
        if (!c.issuedOn.isValid())
            continue;
        const int month = monthsBetween(first, monthOf(c.issuedOn));
        if (month < 0 || month >= t.months.size())
            continue;
        int p = int(ids.indexOf(c.programmeId));
        if (p < 0) {
            ids.append(c.programmeId);
            t.programmes.append(c.programmeName);
            t.counts.append(QList<int>(t.months.size(), 0));
            p = int(ids.size()) - 1;
        }
        ++t.counts[p][month];
    }
    return t;
}

int CertificationTimeline::total() const
{
    int sum = 0;
    for (const QList<int> &row : counts) {
        for (const int n : row)
            sum += n;
    }
    return sum;
}

} // namespace stages
