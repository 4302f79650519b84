#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace stages {

/// The readable summary of a pupil's export (PupilData::exportPupil) for parents: who, which
/// class, how far in each domain, the creative work and the teachers' comments, and what the
/// JSON file next to it holds.
class PupilReport
{
    Q_DECLARE_TR_FUNCTIONS(stages::PupilReport)

public:
    /// @p domainTitles: domain id to its title in the UI language ("combinatorics" -> "Arranging").
    PupilReport(QJsonObject exportDocument, QHash<QString, QString> domainTitles);

    /// The summary as HTML (what the PDF shows).
    QString html() const;
    /// Writes the summary as an A4 PDF. Needs a QGuiApplication (fonts).
    Status writePdf(const QString &path) const;

private:
    QJsonObject m_export;
    QHash<QString, QString> m_domainTitles;
};

} // namespace stages
