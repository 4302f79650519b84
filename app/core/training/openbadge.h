#pragma once

#include "core/training/certificatepayload.h"

#include <QByteArray>
#include <QJsonObject>

namespace stages {

class OrganisationKey;

/// Open Badges 3.0 for a certificate (issue 11): an OpenBadgeCredential in the W3C Verifiable
/// Credentials data model 2.0, and the same credential as a VC-JWT (JWS compact
/// serialisation, header {"alg":"EdDSA","typ":"vc+jwt"}), signed with the organisation's key.
namespace OpenBadge {

/// @context, id (urn:uuid from the certificate id), type ["VerifiableCredential",
/// "OpenBadgeCredential"], issuer (a Profile: id did:key of the public key, type, name),
/// validFrom, validUntil (omitted when it never expires), name, credentialSubject
/// {type AchievementSubject, name, achievement {id, type Achievement, name, description,
/// criteria {narrative}}}.
QJsonObject credential(const CertificatePayload &payload);

/// base64url(header) "." base64url(credential) "." base64url(Ed25519 signature).
QByteArray vcJwt(const QJsonObject &credential, const OrganisationKey &key);

/// did:key for a raw Ed25519 public key (multicodec 0xed01, base58btc, "z" prefix).
QString didKey(const QByteArray &publicKey);

} // namespace OpenBadge

} // namespace stages
