#pragma once

#include "core/result.h"
#include "core/training/training.h"

#include <QCoreApplication>

namespace stages {

class OrganisationKey;

/// Writes a stored certificate to files, exactly as signed: the certificate page as PDF
/// (CertificatePdf, the signed JSON embedded), the signed JSON (SignedCertificate::toJson) and
/// the Open Badge 3.0 credential (PATH) with its VC-JWT beside it (PATH.jwt).
class CertificateExport
{
    Q_DECLARE_TR_FUNCTIONS(stages::CertificateExport)

public:
    static Status writePdf(const CertificateRecord &certificate, const QString &path);
    static Status writeJson(const CertificateRecord &certificate, const QString &path);
    static Status writeBadge(const CertificateRecord &certificate, const OrganisationKey &key, const QString &path);
    /// "Jana Novakova - Stages teacher.pdf": a file name to offer in the save dialog.
    static QString suggestedFileName(const CertificateRecord &certificate, const QString &extension);

private:
    static Status writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace stages
