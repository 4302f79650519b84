#pragma once

#include "core/accounts/session.h"
#include "core/result.h"
#include "core/training/organisationkey.h"

#include <QCoreApplication>

namespace stages {

class Clock;
class Database;

/// The organisation's signing key in the database: its public half, and one WrappedKey per
/// person allowed to sign (admins, and certified trainers once an admin grants it). The secret
/// half exists only in memory, inside an OrganisationKey, while a signature is made.
class SigningKeys
{
    Q_DECLARE_TR_FUNCTIONS(stages::SigningKeys)

public:
    /// @p cost: how hard new wrapped copies are to open by guessing (interactive() in the app;
    /// tests pass WrappedKey::Cost::minimum()). A re-wrap keeps the cost of the copy it replaces.
    SigningKeys(Database &database, const Clock &clock, WrappedKey::Cost cost = WrappedKey::Cost::interactive());

    /// Whether the organisation has a key yet.
    Result<bool> exists() const;
    /// Makes the key pair (once, at setup) and wraps it for @p session (an admin) under
    /// @p password. Refused when a key exists already.
    Status create(const Session &session, const QString &password);
    /// The raw 32-byte public key.
    Result<QByteArray> publicKey() const;
    /// Whether @p personId holds a wrapped copy.
    Result<bool> canSign(const QString &personId) const;
    /// Admin only: wraps the key for @p personId under their password (typed by them; checked
    /// against their account), after unwrapping it with the admin's own password.
    Status grant(const Session &session, const QString &adminPassword, const QString &personId,
                 const QString &personPassword);
    /// Admin only: removes @p personId's wrapped copy.
    Status withdraw(const Session &session, const QString &personId);
    /// Opens the signer's copy: the key, for one signature. A wrong password gives an error.
    Result<OrganisationKey> unlock(const Session &session, const QString &password) const;
    /// A password change: re-wraps @p personId's copy (nothing to do when they hold none).
    /// Called by AccountService::changePassword inside its transaction.
    Status rewrap(const QString &personId, const QString &oldPassword, const QString &newPassword);

private:
    Result<WrappedKey> storedCopy(const QString &personId) const;
    Status checkAccountPassword(const QString &personId, const QString &password) const;

    Database &m_db;
    const Clock &m_clock;
    WrappedKey::Cost m_cost;
};

} // namespace stages
