#pragma once

#include "core/result.h"
#include "core/training/certificatepayload.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace stages {

/// What `stagesctl cert verify` and the trainer screens say about a certificate file.
enum class VerificationOutcome { Valid, Invalid, Revoked, Expired };

/// The key word printed by stagesctl: "valid", "invalid", "revoked", "expired" (untranslated).
QString verificationKeyword(VerificationOutcome outcome);

struct Verification
{
    VerificationOutcome outcome = VerificationOutcome::Invalid;
    std::optional<CertificatePayload> payload; ///< when the signature holds
    bool revocationChecked = false;            ///< false with a public key alone: say so
    QString explanation;                       ///< translated, one sentence
};

/// Checks a signed certificate: the Ed25519 signature over the exact payload bytes against the
/// trusted public key, then (when a lookup is given) revocation, then expiry on @p today.
/// Any changed byte of the payload or of the signature makes it Invalid.
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(stages::CertificateVerifier)

public:
    /// Revocation lookup: for a certificate id, whether this database revoked it;
    /// std::nullopt when the database does not know the certificate.
    using RevocationLookup = std::function<std::optional<bool>(const QString &certificateId)>;

    static Verification verify(const SignedCertificate &certificate, const QByteArray &trustedPublicKey,
                               const QDate &today, const RevocationLookup &revoked = {});
    /// Reads a .json export or a certificate PDF (its embedded certificate.json).
    static Result<SignedCertificate> readFile(const QString &path);
};

} // namespace stages
