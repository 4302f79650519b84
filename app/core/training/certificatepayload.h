#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace stages {

/// What a certificate says, as signed. canonicalJson() is the exact byte string the
/// organisation's key signs: compact JSON, keys sorted, UTF-8, no insignificant whitespace.
struct CertificatePayload
{
    static constexpr int kFormat = 1;

    QString id;                 ///< the certificate's id in the issuing database
    QString code;               ///< verification code, printed and in the QR code
    QString holderName;
    QString holderId;           ///< educator id
    QString programmeId;
    QString programmeName;
    int level = 1;
    QDate issued;
    QDate expires;              ///< invalid: never expires
    QString issuerName;         ///< the certifying trainer; the admin's name for a founding trainer
    QString issuerId;           ///< educator id of the certifying trainer; empty for founding
    QStringList lineage;        ///< names from the holder's certifier up to a founding trainer
    QString organisation;       ///< the school or organisation that issued it
    QByteArray publicKey;       ///< raw 32-byte key that signs it (base64 in JSON)

    QByteArray canonicalJson() const;
    /// Reads a payload; refuses missing or mistyped fields and unknown formats.
    static Result<CertificatePayload> fromJson(const QByteArray &json);
    /// A fresh random verification code: 12 characters of Crockford base32 in groups of four
    /// ("7K2M-QX4D-9TBE").
    static QString newCode();
};

/// A payload with its detached signature, as exported to a .json file and embedded in the PDF:
/// {"format":"stages-certificate","payload":"<canonical json>","signature":"<base64>"}. The
/// payload travels as a string, so the signed bytes are exactly the ones verified.
struct SignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(stages::SignedCertificate)

public:
    QByteArray payload;
    QByteArray signature;

    QByteArray toJson() const;
    static Result<SignedCertificate> fromJson(const QByteArray &json);
};

} // namespace stages
