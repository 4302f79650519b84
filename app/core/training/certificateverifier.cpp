#include "core/training/certificateverifier.h"

#include "core/training/certificationrules.h"
#include "core/training/organisationkey.h"
#include "core/training/pdfattachments.h"

#include <QFile>
#include <QFileInfo>

namespace stages {

namespace {

/// The name CertificatePdf gives the signed certificate inside the PDF.
const QString kAttachmentName = QStringLiteral("certificate.json");

/// A certificate export is a few kilobytes; a PDF with it, some dozens. Anything far bigger is
/// not one of ours and is not read into memory whole.
constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

} // namespace

QString verificationKeyword(VerificationOutcome outcome)
{
    switch (outcome) {
    case VerificationOutcome::Valid:
        return QStringLiteral("valid");
    case VerificationOutcome::Invalid:
        break;
    case VerificationOutcome::Revoked:
        return QStringLiteral("revoked");
    case VerificationOutcome::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("invalid");
}

Verification CertificateVerifier::verify(const SignedCertificate &certificate, const QByteArray &trustedPublicKey,
                                         const QDate &today, const RevocationLookup &revoked)
{
    Verification result;
    // The signature first, over the payload bytes exactly as they travel: nothing of the payload
    // is read before it holds. OrganisationKey::verify is false for keys or signatures of a wrong size.
    if (!OrganisationKey::verify(certificate.payload, certificate.signature, trustedPublicKey)) {
        result.explanation
            = tr("The signature does not match: the certificate was changed, or it was not signed with this key.");
        return result;
    }
    Result<CertificatePayload> payload = CertificatePayload::fromJson(certificate.payload);
    if (!payload) {
        //: %1 says what is wrong with the certificate's content
        result.explanation = tr("The signature holds, but the content cannot be read: %1").arg(payload.error());
        return result;
    }
    // A certificate names the key that signed it; a signature by the trusted key over a payload
    // naming another key is not a certificate this organisation issued as it stands. The payload
    // is given only with an outcome other than Invalid, so no screen shows an invalid one's details.
    if (payload->publicKey != trustedPublicKey) {
        result.explanation = tr("The certificate names another signing key than the one trusted here.");
        return result;
    }
    result.payload = payload.value();

    std::optional<bool> isRevoked;
    if (revoked)
        isRevoked = revoked(payload->id);
    result.revocationChecked = isRevoked.has_value();
    if (isRevoked.value_or(false)) {
        result.outcome = VerificationOutcome::Revoked;
        result.explanation = tr("The signature holds, but the organisation has revoked this certificate.");
        return result;
    }
    if (!CertificationRules::isValid(payload->expires, today)) {
        result.outcome = VerificationOutcome::Expired;
        //: %1 is the expiry date (2029-09-01)
        result.explanation
            = tr("The signature holds, but the certificate expired on %1.").arg(payload->expires.toString(Qt::ISODate));
        return result;
    }
    result.outcome = VerificationOutcome::Valid;
    if (!revoked) {
        result.explanation = tr("The signature holds and the certificate has not expired. Whether it was revoked "
                                "is not checked: only the issuing organisation's database knows.");
    } else if (!isRevoked) {
        result.explanation = tr("The signature holds and the certificate has not expired. This database does not "
                                "know the certificate, so it cannot say whether it was revoked.");
    } else {
        result.explanation = tr("The signature holds, the certificate has not expired and it was not revoked.");
    }
    return result;
}

Result<SignedCertificate> CertificateVerifier::readFile(const QString &path)
{
    using R = Result<SignedCertificate>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path, %2 the system's reason
        return R::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return R::failure(tr("%1 is too big to be a certificate.").arg(path));
    const QByteArray data = file.readAll();

    const bool pdfName = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    if (!PdfAttachments::looksLikePdf(data)) {
        if (pdfName)
            return R::failure(tr("%1 is not a PDF.").arg(path));
        return SignedCertificate::fromJson(data);
    }
    Result<QMap<QString, QByteArray>> attachments = PdfAttachments::read(data);
    if (!attachments)
        return R::failure(attachments.error());
    const auto it = attachments->constFind(kAttachmentName);
    if (it == attachments->constEnd())
        return R::failure(tr("There is no Stages certificate inside this PDF."));
    return SignedCertificate::fromJson(*it);
}

} // namespace stages
