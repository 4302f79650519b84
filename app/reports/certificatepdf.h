#pragma once

#include "core/result.h"
#include "core/training/certificatepayload.h"

#include <QCoreApplication>
#include <QImage>

namespace stages {

/// The certificate page (A4 landscape, issue 11): holder, programme and level, dates, issuer,
/// lineage, verification code and a QR code carrying it (libqrencode). The signed certificate
/// (SignedCertificate::toJson) is embedded as the attachment "certificate.json", which
/// CertificateVerifier::readFile and `stagesctl cert verify` read back.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(stages::CertificatePdf)

public:
    static Status write(const SignedCertificate &certificate, const CertificatePayload &payload,
                        const QString &path);
    /// The QR code of @p text as a black-on-white image, @p moduleSize pixels per module,
    /// with the 4-module quiet zone.
    static QImage qrCode(const QByteArray &text, int moduleSize = 8);
};

} // namespace stages
