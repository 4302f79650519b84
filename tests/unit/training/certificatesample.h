#pragma once

// One realistic certificate for the certificate tests: a teacher certified by a trainer who was
// certified by a founding trainer, with Czech names (non-ASCII bytes in the payload).

#include "core/training/certificatepayload.h"
#include "core/training/organisationkey.h"

namespace certsample {

inline stages::CertificatePayload payload(const QByteArray &publicKey)
{
    stages::CertificatePayload p;
    p.id = QStringLiteral("3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d");
    p.code = QStringLiteral("7K2M-QX4D-9TBE");
    p.holderName = QStringLiteral("Jana Nováková");
    p.holderId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
    p.programmeId = QStringLiteral("stages-teacher");
    p.programmeName = QStringLiteral("Stages teacher");
    p.level = 1;
    p.issued = QDate(2026, 12, 4);
    p.expires = QDate(2029, 12, 4);
    p.issuerName = QStringLiteral("Petr Dvořák");
    p.issuerId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002");
    p.lineage = { QStringLiteral("Petr Dvořák"), QStringLiteral("Marie Šťastná") };
    p.organisation = QStringLiteral("ZŠ Lipová, Brno");
    p.publicKey = publicKey;
    return p;
}

inline stages::SignedCertificate sign(const stages::CertificatePayload &payload, const stages::OrganisationKey &key)
{
    stages::SignedCertificate c;
    c.payload = payload.canonicalJson();
    c.signature = key.sign(c.payload);
    return c;
}

} // namespace certsample
