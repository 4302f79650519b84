#include "core/accounts/passwordhasher.h"

#include <QRandomGenerator>
#include <QStringList>

#include <atomic>

#include <sodium.h>

#include <stdexcept>

namespace stages::PasswordHasher {

namespace {

// Argon2id, 2 passes over 19 MiB: the OWASP minimum, about 25 ms here. Sign-in stays instant on
// old school PCs and seeding a demo school of hundreds of pupils takes seconds, while each guess
// offline still costs a full hash; online guessing is throttled by AccountService.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

std::atomic<quint64> g_operations { 0 };

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

QByteArray hash(const QString &secret)
{
    ensureSodium();
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    ++g_operations;
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit, kMemLimit) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QByteArray(out);
}

bool verify(const QByteArray &encodedHash, const QString &secret)
{
    ensureSodium();
    if (encodedHash.isEmpty())
        return false;
    const QByteArray utf8 = secret.toUtf8();
    ++g_operations;
    return crypto_pwhash_str_verify(encodedHash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

const QByteArray &dummyHash()
{
    static const QByteArray dummy = [] {
        QByteArray random(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return dummy;
}

quint64 operationCount()
{
    return g_operations.load();
}

QString pictureSecret(const QList<int> &pictures)
{
    QStringList parts;
    for (int p : pictures)
        parts.append(QString::number(p));
    return QLatin1String("pictures:") + parts.join(QLatin1Char(','));
}

} // namespace stages::PasswordHasher
