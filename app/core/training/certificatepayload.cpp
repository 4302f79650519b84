#include "core/training/certificatepayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace stages {

namespace {

const QString kEnvelopeFormat = QStringLiteral("stages-certificate");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray CertificatePayload::canonicalJson() const
{
    // QJsonObject keeps its keys sorted and Compact leaves no whitespace: one byte string
    // for one payload, whichever order the fields were set in.
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("holder"), QJsonObject{{QStringLiteral("id"), holderId}, {QStringLiteral("name"), holderName}});
    o.insert(QStringLiteral("programme"), QJsonObject{{QStringLiteral("id"), programmeId},
                                                      {QStringLiteral("name"), programmeName},
                                                      {QStringLiteral("level"), level}});
    o.insert(QStringLiteral("issued"), isoDate(issued));
    o.insert(QStringLiteral("expires"), expires.isValid() ? QJsonValue(isoDate(expires)) : QJsonValue());
    o.insert(QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), issuerId}, {QStringLiteral("name"), issuerName}});
    o.insert(QStringLiteral("lineage"), QJsonArray::fromStringList(lineage));
    o.insert(QStringLiteral("organisation"), organisation);
    o.insert(QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CertificatePayload> CertificatePayload::fromJson(const QByteArray &json)
{
    using R = Result<CertificatePayload>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(SignedCertificate::tr("The certificate's content is not valid JSON."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return R::failure(SignedCertificate::tr("The certificate has a format this version of Stages does not know."));
    const auto text = [&o](const QString &key) { return o.value(key).isString(); };
    const QJsonObject holder = o.value(QStringLiteral("holder")).toObject();
    const QJsonObject programme = o.value(QStringLiteral("programme")).toObject();
    const QJsonObject issuer = o.value(QStringLiteral("issuer")).toObject();
    if (!text(QStringLiteral("id")) || !text(QStringLiteral("code")) || !text(QStringLiteral("issued"))
        || !holder.value(QStringLiteral("name")).isString() || !programme.value(QStringLiteral("id")).isString()
        || !programme.value(QStringLiteral("level")).isDouble() || !issuer.value(QStringLiteral("name")).isString()
        || !o.value(QStringLiteral("lineage")).isArray() || !text(QStringLiteral("publicKey"))
        || !(o.value(QStringLiteral("expires")).isString() || o.value(QStringLiteral("expires")).isNull()))
        return R::failure(SignedCertificate::tr("The certificate's content lacks some of its fields."));

    CertificatePayload p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.code = o.value(QStringLiteral("code")).toString();
    p.holderId = holder.value(QStringLiteral("id")).toString();
    p.holderName = holder.value(QStringLiteral("name")).toString();
    p.programmeId = programme.value(QStringLiteral("id")).toString();
    p.programmeName = programme.value(QStringLiteral("name")).toString();
    p.level = programme.value(QStringLiteral("level")).toInt();
    p.issued = QDate::fromString(o.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    p.expires = QDate::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    p.issuerId = issuer.value(QStringLiteral("id")).toString();
    p.issuerName = issuer.value(QStringLiteral("name")).toString();
    for (const QJsonValue &name : o.value(QStringLiteral("lineage")).toArray())
        p.lineage.append(name.toString());
    p.organisation = o.value(QStringLiteral("organisation")).toString();
    p.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("publicKey")).toString().toLatin1());
    if (!p.issued.isValid())
        return R::failure(SignedCertificate::tr("The certificate's issue date is not a date."));
    return p;
}

QString CertificatePayload::newCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return code;
}

QByteArray SignedCertificate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kEnvelopeFormat);
    o.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SignedCertificate> SignedCertificate::fromJson(const QByteArray &json)
{
    using R = Result<SignedCertificate>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("This is not a Stages certificate: the file is not valid JSON."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kEnvelopeFormat || !o.value(QStringLiteral("payload")).isString()
        || !o.value(QStringLiteral("signature")).isString())
        return R::failure(tr("This is not a Stages certificate: its format, payload or signature is missing."));
    SignedCertificate c;
    c.payload = o.value(QStringLiteral("payload")).toString().toUtf8();
    const QByteArray signature = o.value(QStringLiteral("signature")).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(signature, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return R::failure(tr("The certificate's signature is not base64."));
    c.signature = *decoded;
    return c;
}

} // namespace stages
