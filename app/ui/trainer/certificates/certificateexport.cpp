#include "ui/trainer/certificates/certificateexport.h"

#include "core/training/openbadge.h"
#include "core/training/organisationkey.h"
#include "reports/certificatepdf.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace stages {

Status CertificateExport::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        //: %1 is a file path, %2 the system's reason
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status CertificateExport::writePdf(const CertificateRecord &certificate, const QString &path)
{
    auto payload = CertificatePayload::fromJson(certificate.payload);
    if (!payload)
        return Status::failure(payload.error());
    return CertificatePdf::write(SignedCertificate { certificate.payload, certificate.signature }, payload.value(), path);
}

Status CertificateExport::writeJson(const CertificateRecord &certificate, const QString &path)
{
    return writeFile(path, SignedCertificate { certificate.payload, certificate.signature }.toJson());
}

Status CertificateExport::writeBadge(const CertificateRecord &certificate, const OrganisationKey &key,
                                     const QString &path)
{
    auto payload = CertificatePayload::fromJson(certificate.payload);
    if (!payload)
        return Status::failure(payload.error());
    const QJsonObject credential = OpenBadge::credential(payload.value());
    if (auto s = writeFile(path, QJsonDocument(credential).toJson(QJsonDocument::Indented)); !s)
        return s;
    return writeFile(path + QStringLiteral(".jwt"), OpenBadge::vcJwt(credential, key));
}

QString CertificateExport::suggestedFileName(const CertificateRecord &certificate, const QString &extension)
{
    QString name = certificate.holderName + QStringLiteral(" - ") + certificate.programmeName;
    // Characters some file systems refuse.
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name + QLatin1Char('.') + extension;
}

} // namespace stages
