#include "core/training/wrappedkey.h"

#include <QJsonValue>

#include <sodium.h>

namespace stages {

namespace {

constexpr int kFormatVersion = 1;
const auto kKdf = QLatin1String("argon2id13");

} // namespace

WrappedKey::Cost WrappedKey::Cost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

WrappedKey::Cost WrappedKey::Cost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool WrappedKey::Cost::isAcceptable() const
{
    return operations >= crypto_pwhash_OPSLIMIT_MIN && operations <= crypto_pwhash_OPSLIMIT_SENSITIVE
        && memoryBytes >= crypto_pwhash_MEMLIMIT_MIN && memoryBytes <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

QJsonObject WrappedKey::toJson() const
{
    const auto b64 = [](const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); };
    return {
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("kdf"), kKdf },
        // As strings: a JSON number is a double, and the limits are 64-bit.
        { QStringLiteral("opslimit"), QString::number(cost.operations) },
        { QStringLiteral("memlimit"), QString::number(cost.memoryBytes) },
        { QStringLiteral("salt"), b64(salt) },
        { QStringLiteral("nonce"), b64(nonce) },
        { QStringLiteral("ciphertext"), b64(ciphertext) },
        { QStringLiteral("publicKey"), b64(publicKey) },
    };
}

Result<WrappedKey> WrappedKey::fromJson(const QJsonObject &json)
{
    const auto damaged = [] {
        //: The organisation's signing key, stored encrypted in the database, cannot be read.
        return Result<WrappedKey>::failure(tr("The stored signing key is damaged and cannot be used."));
    };
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion
        || json.value(QStringLiteral("kdf")).toString() != kKdf)
        return damaged();

    const auto bytes = [&json](const char *name, qsizetype expectedSize, bool *ok) {
        const QJsonValue value = json.value(QLatin1String(name));
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!value.isString() || !decoded || decoded.decoded.size() != expectedSize)
            *ok = false;
        return decoded.decoded;
    };
    const auto number = [&json](const char *name, bool *ok) {
        bool parsed = false;
        const quint64 n = json.value(QLatin1String(name)).toString().toULongLong(&parsed);
        if (!parsed)
            *ok = false;
        return n;
    };

    bool ok = true;
    WrappedKey wrapped;
    wrapped.cost.operations = number("opslimit", &ok);
    wrapped.cost.memoryBytes = number("memlimit", &ok);
    wrapped.salt = bytes("salt", crypto_pwhash_SALTBYTES, &ok);
    wrapped.nonce = bytes("nonce", crypto_secretbox_NONCEBYTES, &ok);
    wrapped.ciphertext = bytes("ciphertext", crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, &ok);
    wrapped.publicKey = bytes("publicKey", crypto_sign_PUBLICKEYBYTES, &ok);
    if (!ok || !wrapped.cost.isAcceptable())
        return damaged();
    return wrapped;
}

} // namespace stages
