// OpenBadge (issue 11, point 4): the OpenBadgeCredential field by field, did:key decoded
// independently, and the VC-JWT verified with OpenSSL's Ed25519 (another implementation than the
// libsodium that signs it).

#include "certificatesample.h"
#include "core/training/openbadge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <openssl/evp.h>

#include <memory>

using namespace stages;

namespace {

/// base58btc decoding, written here from the alphabet so the test does not reuse the code it checks.
QByteArray base58Decode(const QByteArray &text)
{
    static const QByteArray alphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    QList<int> bytes; // big-endian, grows at the front
    for (const char c : text) {
        int carry = int(alphabet.indexOf(c));
        if (carry < 0)
            return {};
        for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
            carry += bytes[i] * 58;
            bytes[i] = carry & 0xff;
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.prepend(carry & 0xff);
            carry >>= 8;
        }
    }
    QByteArray out;
    for (const char c : text) {
        if (c != '1')
            break;
        out.append('\0');
    }
    for (const int b : bytes)
        out.append(char(b));
    return out;
}

QByteArray fromBase64Url(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

bool opensslVerifies(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                    size_t(publicKey.size())),
        &EVP_PKEY_free);
    if (!key)
        return false;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

} // namespace

class TestOpenBadge : public QObject
{
    Q_OBJECT

private:
    const OrganisationKey m_key = OrganisationKey::generate();

private slots:
    void didKeyIsTheMulticodecKeyInBase58()
    {
        const QString did = OpenBadge::didKey(m_key.publicKey());
        QVERIFY2(did.startsWith(QStringLiteral("did:key:z6Mk")), qPrintable(did)); // every Ed25519 did:key does
        const QByteArray decoded = base58Decode(did.mid(9).toLatin1());
        QCOMPARE(decoded.size(), 34);
        QCOMPARE(decoded.left(2), QByteArray("\xed\x01", 2));
        QCOMPARE(decoded.mid(2), m_key.publicKey());
        // Leading zero bytes of the key survive (base58 writes each as '1' after the prefix's digits).
        const QByteArray zeros(32, '\0');
        QCOMPARE(base58Decode(OpenBadge::didKey(zeros).mid(9).toLatin1()).mid(2), zeros);
    }

    void credentialFieldByField()
    {
        const CertificatePayload p = certsample::payload(m_key.publicKey());
        const QJsonObject c = OpenBadge::credential(p);

        QCOMPARE(c.value(QStringLiteral("@context")).toArray(),
                 (QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                               QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") }));
        QCOMPARE(c.value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:uuid:3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d"));
        QCOMPARE(c.value(QStringLiteral("type")).toArray(),
                 (QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential") }));

        const QJsonObject issuer = c.value(QStringLiteral("issuer")).toObject();
        QCOMPARE(issuer.value(QStringLiteral("id")).toString(), OpenBadge::didKey(m_key.publicKey()));
        QCOMPARE(issuer.value(QStringLiteral("type")).toArray(), QJsonArray { QStringLiteral("Profile") });
        QCOMPARE(issuer.value(QStringLiteral("name")).toString(), QStringLiteral("ZŠ Lipová, Brno"));

        QCOMPARE(c.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2026-12-04T00:00:00Z"));
        QCOMPARE(c.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2029-12-04T00:00:00Z"));
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Stages teacher"));

        const QJsonObject subject = c.value(QStringLiteral("credentialSubject")).toObject();
        QCOMPARE(subject.value(QStringLiteral("type")).toArray(), QJsonArray { QStringLiteral("AchievementSubject") });
        QCOMPARE(subject.value(QStringLiteral("name")).toString(), QStringLiteral("Jana Nováková"));
        const QJsonObject achievement = subject.value(QStringLiteral("achievement")).toObject();
        QCOMPARE(achievement.value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:stages:achievement:stages-teacher:level-1"));
        QCOMPARE(achievement.value(QStringLiteral("type")).toArray(), QJsonArray { QStringLiteral("Achievement") });
        QCOMPARE(achievement.value(QStringLiteral("name")).toString(), QStringLiteral("Stages teacher"));
        QVERIFY(achievement.value(QStringLiteral("description")).toString().contains(QStringLiteral("Stages teacher")));
        QVERIFY(achievement.value(QStringLiteral("criteria"))
                    .toObject()
                    .value(QStringLiteral("narrative"))
                    .toString()
                    .contains(QStringLiteral("Stages teacher")));

        // Nothing else at the top level than the data model asks for.
        QStringList keys = c.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("@context"), QStringLiteral("credentialSubject"), QStringLiteral("id"),
                                QStringLiteral("issuer"), QStringLiteral("name"), QStringLiteral("type"),
                                QStringLiteral("validFrom"), QStringLiteral("validUntil") }));
    }

    void neverExpiringCertificateHasNoValidUntil()
    {
        CertificatePayload p = certsample::payload(m_key.publicKey());
        p.expires = QDate();
        QVERIFY(!OpenBadge::credential(p).contains(QStringLiteral("validUntil")));
    }

    void credentialIdIsStableForIdsThatAreNotUuids()
    {
        CertificatePayload p = certsample::payload(m_key.publicKey());
        p.id = QStringLiteral("cert-42");
        const QString id = OpenBadge::credential(p).value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("urn:uuid:")));
        QVERIFY(!QUuid(id.mid(9)).isNull());
        QCOMPARE(OpenBadge::credential(p).value(QStringLiteral("id")).toString(), id);
        p.id = QStringLiteral("cert-43");
        QVERIFY(OpenBadge::credential(p).value(QStringLiteral("id")).toString() != id);
    }

    void jwtVerifiesWithOpenSsl()
    {
        const QJsonObject credential = OpenBadge::credential(certsample::payload(m_key.publicKey()));
        const QByteArray jwt = OpenBadge::vcJwt(credential, m_key);
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        for (const QByteArray &part : parts) // base64url without padding: no '+', '/' or '='
            QVERIFY2(!part.contains('+') && !part.contains('/') && !part.contains('='), part.constData());

        const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("vc+jwt"));
        const QString did = OpenBadge::didKey(m_key.publicKey());
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), did + QLatin1Char('#') + did.mid(8));

        QCOMPARE(QJsonDocument::fromJson(fromBase64Url(parts[1])).object(), credential);

        const QByteArray signature = fromBase64Url(parts[2]);
        QCOMPARE(signature.size(), 64);
        const QByteArray signingInput = parts[0] + '.' + parts[1];
        QVERIFY(opensslVerifies(signingInput, signature, m_key.publicKey()));

        // OpenSSL says no to a changed credential, a changed signature and another key.
        QByteArray changed = signingInput;
        changed[changed.size() - 5] = char(changed.at(changed.size() - 5) ^ 0x01);
        QVERIFY(!opensslVerifies(changed, signature, m_key.publicKey()));
        QByteArray badSignature = signature;
        badSignature[10] = char(badSignature.at(10) ^ 0x01);
        QVERIFY(!opensslVerifies(signingInput, badSignature, m_key.publicKey()));
        QVERIFY(!opensslVerifies(signingInput, signature, OrganisationKey::generate().publicKey()));
    }
};

QTEST_GUILESS_MAIN(TestOpenBadge)
#include "tst_openbadge.moc"
