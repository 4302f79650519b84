#include "core/training/openbadge.h"

#include "core/training/organisationkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <vector>

namespace stages {

namespace {

/// Midnight UTC of @p date, as VC data model 2.0 wants its dateTimeStamp ("2026-12-04T00:00:00Z").
QString dateTime(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

/// The credential's id: the certificate's own UUID, or (an id that is not one) a name-based UUID
/// derived from it, so the same certificate always gives the same credential id.
QString credentialId(const QString &certificateId)
{
    QUuid uuid(certificateId);
    if (uuid.isNull())
        uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{6a0f3c1e-8d2b-5f47-9c3e-2b7d1e4a5c60}")), certificateId);
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray base58btc(const QByteArray &bytes)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    // Big-number division by 58, on the digits in base 58, least significant first.
    std::vector<int> digits;
    for (const char byte : bytes) {
        int carry = static_cast<unsigned char>(byte);
        for (int &digit : digits) {
            carry += digit * 256;
            digit = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(carry % 58);
            carry /= 58;
        }
    }
    QByteArray out;
    for (const char byte : bytes) { // each leading zero byte is a leading '1'
        if (byte != 0)
            break;
        out.append('1');
    }
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(alphabet[*it]);
    return out;
}

} // namespace

namespace OpenBadge {

QString didKey(const QByteArray &publicKey)
{
    // multicodec ed25519-pub is 0xed, as an unsigned varint: 0xed 0x01.
    const QByteArray prefixed = QByteArray("\xed\x01", 2) + publicKey;
    return QStringLiteral("did:key:z") + QString::fromLatin1(base58btc(prefixed));
}

QJsonObject credential(const CertificatePayload &payload)
{
    const QString did = didKey(payload.publicKey);

    QJsonObject achievement;
    // The programme at its level is the achievement; a URN keeps it an id without a web server.
    achievement.insert(
        QStringLiteral("id"),
        QStringLiteral("urn:stages:achievement:%1:level-%2").arg(payload.programmeId).arg(payload.level));
    achievement.insert(QStringLiteral("type"), QJsonArray { QStringLiteral("Achievement") });
    achievement.insert(QStringLiteral("name"), payload.programmeName);
    //: Open Badge description; %1 is the programme ("Stages teacher"), %2 its level (1)
    achievement.insert(QStringLiteral("description"),
                       QCoreApplication::translate("stages::OpenBadge",
                                                   "Certified in the %1 programme of the Stages method, level %2.")
                           .arg(payload.programmeName)
                           .arg(payload.level));
    //: Open Badge criteria; %1 is the programme ("Stages teacher")
    achievement.insert(QStringLiteral("criteria"),
                       QJsonObject { { QStringLiteral("narrative"),
                                       QCoreApplication::translate(
                                           "stages::OpenBadge",
                                           "Met every requirement of the %1 programme (workshops, teaching practice, "
                                           "observed lessons and portfolio, as the programme sets them) and was "
                                           "certified by a certified Stages trainer.")
                                           .arg(payload.programmeName) } });

    QJsonObject subject;
    subject.insert(QStringLiteral("type"), QJsonArray { QStringLiteral("AchievementSubject") });
    subject.insert(QStringLiteral("name"), payload.holderName);
    subject.insert(QStringLiteral("achievement"), achievement);

    QJsonObject issuer;
    issuer.insert(QStringLiteral("id"), did);
    issuer.insert(QStringLiteral("type"), QJsonArray { QStringLiteral("Profile") });
    issuer.insert(QStringLiteral("name"), payload.organisation);

    QJsonObject c;
    c.insert(QStringLiteral("@context"),
             QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                          QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") });
    c.insert(QStringLiteral("id"), credentialId(payload.id));
    c.insert(QStringLiteral("type"),
             QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential") });
    c.insert(QStringLiteral("issuer"), issuer);
    c.insert(QStringLiteral("validFrom"), dateTime(payload.issued));
    if (payload.expires.isValid()) // the certificate is no longer valid from its expiry day on
        c.insert(QStringLiteral("validUntil"), dateTime(payload.expires));
    c.insert(QStringLiteral("name"), payload.programmeName);
    c.insert(QStringLiteral("credentialSubject"), subject);
    return c;
}

QByteArray vcJwt(const QJsonObject &credential, const OrganisationKey &key)
{
    // VC-JOSE-COSE (securing VC data model 2.0 with JOSE): the JWS payload is the credential
    // itself, not the VC 1.1 JWT claim set ({"vc": ..., "iss": ..., "nbf": ...}). Its issuer,
    // validFrom and validUntil carry what iss, nbf and exp would. The header names the verification
    // method: did:key's one key is the DID followed by "#" and its own multibase value.
    const QString did = didKey(key.publicKey());
    QJsonObject header;
    header.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    header.insert(QStringLiteral("typ"), QStringLiteral("vc+jwt"));
    header.insert(QStringLiteral("kid"), QString(did + QLatin1Char('#') + did.mid(QStringLiteral("did:key:").size())));
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(credential).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(key.sign(signingInput));
}

} // namespace OpenBadge

} // namespace stages
