#pragma once

#include "core/result.h"
#include "core/training/wrappedkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace stages {

/// The organisation's Ed25519 key pair, which signs certificates (issue 11). The secret half
/// lives only in memory from sodium_malloc (guarded pages, wiped when freed) and leaves this
/// class only encrypted, as a WrappedKey under a signer's password. Move-only, so the secret is
/// never copied; a moved-from key holds nothing and must not sign.
class OrganisationKey
{
    Q_DECLARE_TR_FUNCTIONS(stages::OrganisationKey)

public:
    /// A fresh key pair (crypto_sign_keypair), made once when the organisation is set up.
    static OrganisationKey generate();

    OrganisationKey(OrganisationKey &&) noexcept = default;
    OrganisationKey &operator=(OrganisationKey &&) noexcept = default;
    OrganisationKey(const OrganisationKey &) = delete;
    OrganisationKey &operator=(const OrganisationKey &) = delete;
    ~OrganisationKey();

    /// The raw 32-byte Ed25519 public key.
    QByteArray publicKey() const { return m_publicKey; }

    /// The 64-byte detached Ed25519 signature of @p payload.
    QByteArray sign(const QByteArray &payload) const;
    /// Whether @p signature is @p publicKey's signature of exactly @p payload; false for
    /// malformed input (wrong sizes) rather than an error.
    static bool verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey);

    /// Encrypts the secret key under a key derived from @p password (fresh salt and nonce).
    static Result<WrappedKey> wrap(const OrganisationKey &key, const QString &password,
                                   WrappedKey::Cost cost = WrappedKey::Cost::interactive());
    /// Opens a wrapped key. A wrong password or any changed byte gives an error, never a key.
    static Result<OrganisationKey> unwrap(const WrappedKey &wrapped, const QString &password);
    /// For a password change: unwrap with the old password, wrap with the new one (same cost).
    static Result<WrappedKey> rewrap(const WrappedKey &wrapped, const QString &oldPassword, const QString &newPassword);

private:
    struct SecureFree
    {
        void operator()(unsigned char *p) const;
    };
    using SecretBuffer = std::unique_ptr<unsigned char, SecureFree>;

    OrganisationKey(SecretBuffer secret, QByteArray publicKey);
    static SecretBuffer allocateSecret();

    SecretBuffer m_secret;
    QByteArray m_publicKey;
};

} // namespace stages
