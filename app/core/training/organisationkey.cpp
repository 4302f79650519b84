#include "core/training/organisationkey.h"

#include <sodium.h>

#include <new>
#include <stdexcept>

namespace stages {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

/// The password as UTF-8, wiped when this goes out of scope (the QString itself is beyond reach).
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString &password)
        : m_utf8(password.toUtf8())
    { }
    ~PasswordBytes() { sodium_memzero(m_utf8.data(), static_cast<size_t>(m_utf8.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;

    const char *data() const { return m_utf8.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_utf8.size()); }

private:
    QByteArray m_utf8;
};

} // namespace

void OrganisationKey::SecureFree::operator()(unsigned char *p) const
{
    sodium_free(p); // wipes the memory before releasing it
}

OrganisationKey::SecretBuffer OrganisationKey::allocateSecret()
{
    ensureSodium();
    auto *memory = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!memory)
        throw std::bad_alloc();
    return SecretBuffer(memory);
}

OrganisationKey::OrganisationKey(SecretBuffer secret, QByteArray publicKey)
    : m_secret(std::move(secret))
    , m_publicKey(std::move(publicKey))
{ }

OrganisationKey::~OrganisationKey() = default;

OrganisationKey OrganisationKey::generate()
{
    SecretBuffer secret = allocateSecret();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.get());
    return OrganisationKey(std::move(secret), std::move(publicKey));
}

QByteArray OrganisationKey::sign(const QByteArray &payload) const
{
    Q_ASSERT_X(m_secret, "OrganisationKey::sign", "signing with a moved-from key");
    if (!m_secret)
        return {}; // an empty signature never verifies
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(payload),
                         static_cast<unsigned long long>(payload.size()), m_secret.get());
    return signature;
}

bool OrganisationKey::verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(payload),
                                       static_cast<unsigned long long>(payload.size()), bytes(publicKey))
        == 0;
}

Result<WrappedKey> OrganisationKey::wrap(const OrganisationKey &key, const QString &password, WrappedKey::Cost cost)
{
    ensureSodium();
    // INTERACTIVE by default (2 passes over 64 MiB, a fraction of a second): the key is unwrapped
    // whenever a trainer signs, on old school PCs with little memory, so MODERATE (256 MiB) or
    // SENSITIVE (1 GiB) could fail or stall there. It is already more than the account's own
    // password hash costs (PasswordHasher), which an attacker holding the database could try
    // instead, so a higher cost here would not make guessing the password slower.
    if (!cost.isAcceptable())
        return Result<WrappedKey>::failure(tr("The key protection settings are not allowed."));
    Q_ASSERT_X(key.m_secret, "OrganisationKey::wrap", "wrapping a moved-from key");
    if (!key.m_secret)
        return Result<WrappedKey>::failure(tr("There is no signing key to protect."));

    WrappedKey wrapped;
    wrapped.cost = cost;
    wrapped.publicKey = key.m_publicKey;
    wrapped.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(wrapped.salt.data(), static_cast<size_t>(wrapped.salt.size()));
    wrapped.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(wrapped.nonce.data(), static_cast<size_t>(wrapped.nonce.size()));

    const SecretBuffer boxKey(static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES)));
    if (!boxKey)
        throw std::bad_alloc();
    const PasswordBytes utf8(password);
    if (crypto_pwhash(boxKey.get(), crypto_secretbox_KEYBYTES, utf8.data(), utf8.size(), bytes(wrapped.salt),
                      cost.operations, static_cast<size_t>(cost.memoryBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<WrappedKey>::failure(tr("There is not enough memory to protect the signing key."));

    wrapped.ciphertext.resize(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()), key.m_secret.get(),
                          crypto_sign_SECRETKEYBYTES, bytes(wrapped.nonce), boxKey.get());
    return wrapped;
}

Result<OrganisationKey> OrganisationKey::unwrap(const WrappedKey &wrapped, const QString &password)
{
    ensureSodium();
    const auto damaged = [] {
        return Result<OrganisationKey>::failure(
            WrappedKey::tr("The stored signing key is damaged and cannot be used."));
    };
    if (wrapped.salt.size() != crypto_pwhash_SALTBYTES || wrapped.nonce.size() != crypto_secretbox_NONCEBYTES
        || wrapped.ciphertext.size() != crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES
        || wrapped.publicKey.size() != crypto_sign_PUBLICKEYBYTES || !wrapped.cost.isAcceptable())
        return damaged();

    const SecretBuffer boxKey(static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES)));
    if (!boxKey)
        throw std::bad_alloc();
    {
        const PasswordBytes utf8(password);
        if (crypto_pwhash(boxKey.get(), crypto_secretbox_KEYBYTES, utf8.data(), utf8.size(), bytes(wrapped.salt),
                          wrapped.cost.operations, static_cast<size_t>(wrapped.cost.memoryBytes),
                          crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return Result<OrganisationKey>::failure(tr("There is not enough memory to open the signing key."));
    }

    SecretBuffer secret = allocateSecret();
    // The secretbox tag covers the ciphertext; a changed salt or limit derives another key and a
    // changed nonce opens nothing, so every one of those fails here, like a wrong password.
    if (crypto_secretbox_open_easy(secret.get(), bytes(wrapped.ciphertext),
                                   static_cast<unsigned long long>(wrapped.ciphertext.size()), bytes(wrapped.nonce),
                                   boxKey.get())
        != 0)
        //: Shown when a trainer types a password to sign a certificate.
        return Result<OrganisationKey>::failure(tr("That password does not unlock the signing key."));

    // The public key is stored beside the box, outside its tag: it must be the secret key's own.
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()), secret.get());
    if (sodium_memcmp(publicKey.constData(), wrapped.publicKey.constData(), crypto_sign_PUBLICKEYBYTES) != 0)
        return damaged();
    return OrganisationKey(std::move(secret), std::move(publicKey));
}

Result<WrappedKey> OrganisationKey::rewrap(const WrappedKey &wrapped, const QString &oldPassword,
                                           const QString &newPassword)
{
    Result<OrganisationKey> key = unwrap(wrapped, oldPassword);
    if (!key)
        return Result<WrappedKey>::failure(key.error());
    return wrap(key.value(), newPassword, wrapped.cost);
}

} // namespace stages
