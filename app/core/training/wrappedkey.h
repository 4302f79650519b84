#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace stages {

/// The organisation's signing key as it may be stored: its secret half encrypted (libsodium
/// secretbox) under a key derived with Argon2id from one signer's password, plus everything
/// needed to derive that key again. One WrappedKey per person allowed to sign; the secret itself
/// is never stored in the clear. A plain value: made by OrganisationKey::wrap(), opened by
/// OrganisationKey::unwrap().
class WrappedKey
{
    Q_DECLARE_TR_FUNCTIONS(stages::WrappedKey)

public:
    /// How much work Argon2id does to derive the wrapping key from a password.
    struct Cost
    {
        quint64 operations = 0;
        quint64 memoryBytes = 0;

        /// libsodium's INTERACTIVE limits: the default (see OrganisationKey::wrap for why).
        static Cost interactive();
        /// libsodium's MIN limits: only for tests, which would otherwise spend seconds hashing.
        static Cost minimum();
        /// Whether libsodium accepts these limits and they are no higher than SENSITIVE, so a
        /// damaged or hostile stored row cannot make unwrapping ask for gigabytes.
        bool isAcceptable() const;

        friend bool operator==(const Cost &, const Cost &) = default;
    };

    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    Cost cost;
    QByteArray publicKey;

    /// Base64 fields, for one database row per signer.
    QJsonObject toJson() const;
    /// Refuses a row with missing fields, wrong sizes or unacceptable Argon2 limits.
    static Result<WrappedKey> fromJson(const QJsonObject &json);

    friend bool operator==(const WrappedKey &, const WrappedKey &) = default;
};

} // namespace stages
