#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace stages {

/// Argon2id hashing (libsodium crypto_pwhash_str) for staff passwords and pupils' picture secrets.
/// Only the encoded hash is ever stored; it carries its own salt and cost parameters.
namespace PasswordHasher {

QByteArray hash(const QString &secret);
bool verify(const QByteArray &encodedHash, const QString &secret);

/// A valid hash of a random secret nobody knows, made once per process. Sign-in verifies
/// against it when the login is unknown, so an unknown login takes as long as a known one.
const QByteArray &dummyHash();

/// How many Argon2 computations (hash or verify) this process has run: lets tests prove
/// that a path does or does not pay for a full hash without measuring time.
quint64 operationCount();

/// The text form of a picture password (the pictures' indexes in the order tapped).
QString pictureSecret(const QList<int> &pictures);

/// How many pictures a picture password has, and how many to choose from.
constexpr int kPictureCount = 3;
constexpr int kPictureChoices = 9;

} // namespace PasswordHasher

} // namespace stages
