#include "core/training/signingkeys.h"

#include "core/accounts/passwordhasher.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stages {

namespace {

Status requireAdmin(const Session &session)
{
    if (session.role == Role::Admin && !session.personId.isEmpty())
        return {};
    if (session.role == Role::Admin)
        //: At the command line, signing-key actions need an administrator's own account (--as LOGIN).
        return Status::failure(SigningKeys::tr("Only an administrator signed in with their own account can manage "
                                               "the signing key."));
    return Status::failure(SigningKeys::tr("Only an administrator can manage the signing key."));
}

QString wrappedText(const WrappedKey &wrapped)
{
    return QString::fromUtf8(QJsonDocument(wrapped.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

SigningKeys::SigningKeys(Database &database, const Clock &clock, WrappedKey::Cost cost)
    : m_db(database)
    , m_clock(clock)
    , m_cost(cost)
{ }

Result<bool> SigningKeys::exists() const
{
    auto count = SqlQuery(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM signing_key_public")).scalar();
    if (!count)
        return Result<bool>::failure(count.error());
    return count->toInt() > 0;
}

Result<QByteArray> SigningKeys::publicKey() const
{
    using R = Result<QByteArray>;
    auto key = SqlQuery(m_db.sql(), QStringLiteral("SELECT public_key FROM signing_key_public WHERE id = 1")).scalar();
    if (!key)
        return R::failure(key.error());
    if (key->isNull())
        return R::failure(tr("This school has no signing key yet. An administrator makes one by signing in."));
    const auto decoded
        = QByteArray::fromBase64Encoding(key->toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return R::failure(WrappedKey::tr("The stored signing key is damaged and cannot be used."));
    return decoded.decoded;
}

Result<bool> SigningKeys::canSign(const QString &personId) const
{
    if (personId.isEmpty())
        return false;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM signing_key WHERE person_id = :p"));
    q.bind(QStringLiteral(":p"), personId);
    auto count = q.scalar();
    if (!count)
        return Result<bool>::failure(count.error());
    return count->toInt() > 0;
}

Result<WrappedKey> SigningKeys::storedCopy(const QString &personId) const
{
    using R = Result<WrappedKey>;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT wrapped FROM signing_key WHERE person_id = :p"));
    q.bind(QStringLiteral(":p"), personId);
    auto text = q.scalar();
    if (!text)
        return R::failure(text.error());
    if (text->isNull())
        //: Shown to a trainer who tries to sign a certificate.
        return R::failure(tr("You may not sign certificates yet: an administrator must allow it first."));
    const QJsonDocument doc = QJsonDocument::fromJson(text->toString().toUtf8());
    if (!doc.isObject())
        return R::failure(WrappedKey::tr("The stored signing key is damaged and cannot be used."));
    return WrappedKey::fromJson(doc.object());
}

Status SigningKeys::checkAccountPassword(const QString &personId, const QString &password) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT password_hash FROM person WHERE id = :p AND active = 1"));
    q.bind(QStringLiteral(":p"), personId);
    auto hash = q.scalar();
    if (!hash)
        return Status::failure(hash.error());
    if (hash->isNull() || !PasswordHasher::verify(hash->toString().toLatin1(), password))
        return Status::failure(tr("That is not the password of this account."));
    return {};
}

Status SigningKeys::create(const Session &session, const QString &password)
{
    if (auto s = requireAdmin(session); !s)
        return s;
    if (auto already = exists(); !already || *already)
        return already ? Status::failure(tr("This school has a signing key already.")) : Status::from(already);
    if (auto s = checkAccountPassword(session.personId, password); !s)
        return s;
    // The slow part (Argon2) before the write lock.
    const OrganisationKey key = OrganisationKey::generate();
    auto wrapped = OrganisationKey::wrap(key, password, m_cost);
    if (!wrapped)
        return Status::from(wrapped);

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    if (auto already = exists(); !already || *already)
        return already ? Status::failure(tr("This school has a signing key already.")) : Status::from(already);
    const QString now = toDbTime(m_clock.now());
    SqlQuery pub(m_db.sql(),
                 QStringLiteral("INSERT INTO signing_key_public (id, public_key, created_at) VALUES (1, :k, :at)"));
    pub.bind(QStringLiteral(":k"), QString::fromLatin1(key.publicKey().toBase64())).bind(QStringLiteral(":at"), now);
    if (auto s = pub.exec(); !s)
        return s;
    SqlQuery copy(m_db.sql(),
                  QStringLiteral("INSERT INTO signing_key (person_id, wrapped, granted_by, granted_at) "
                                 "VALUES (:p, :w, :by, :at)"));
    copy.bind(QStringLiteral(":p"), session.personId)
        .bind(QStringLiteral(":w"), wrappedText(*wrapped))
        .bind(QStringLiteral(":by"), session.personId)
        .bind(QStringLiteral(":at"), now);
    if (auto s = copy.exec(); !s)
        return s;
    const QJsonObject detail { { QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64()) } };
    if (auto s
        = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("signing.create"), session.personId,
                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

Status SigningKeys::grant(const Session &session, const QString &adminPassword, const QString &personId,
                          const QString &personPassword)
{
    if (auto s = requireAdmin(session); !s)
        return s;
    SqlQuery who(m_db.sql(), QStringLiteral("SELECT role FROM person WHERE id = :p AND active = 1"));
    who.bind(QStringLiteral(":p"), personId);
    auto role = who.scalar();
    if (!role)
        return Status::from(role);
    if (role->isNull())
        return Status::failure(tr("There is no such account in this school."));
    const auto parsed = roleFromKey(role->toString());
    if (parsed != Role::Trainer && parsed != Role::Admin)
        return Status::failure(tr("Only trainers and administrators may sign certificates."));
    if (auto s = checkAccountPassword(personId, personPassword); !s)
        return s;
    auto own = storedCopy(session.personId);
    if (!own)
        return Status::from(own);
    auto key = OrganisationKey::unwrap(*own, adminPassword);
    if (!key)
        return Status::from(key);
    auto wrapped = OrganisationKey::wrap(*key, personPassword, m_cost);
    if (!wrapped)
        return Status::from(wrapped);

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    SqlQuery remove(m_db.sql(), QStringLiteral("DELETE FROM signing_key WHERE person_id = :p"));
    remove.bind(QStringLiteral(":p"), personId);
    if (auto s = remove.exec(); !s)
        return s;
    SqlQuery copy(m_db.sql(),
                  QStringLiteral("INSERT INTO signing_key (person_id, wrapped, granted_by, granted_at) "
                                 "VALUES (:p, :w, :by, :at)"));
    copy.bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":w"), wrappedText(*wrapped))
        .bind(QStringLiteral(":by"), session.personId)
        .bind(QStringLiteral(":at"), toDbTime(m_clock.now()));
    if (auto s = copy.exec(); !s)
        return s;
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("signing.grant"), personId); !s)
        return s;
    return tx.commit();
}

Status SigningKeys::withdraw(const Session &session, const QString &personId)
{
    if (auto s = requireAdmin(session); !s)
        return s;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto holds = canSign(personId);
    if (!holds)
        return Status::from(holds);
    if (!*holds)
        return Status::failure(tr("This person may not sign certificates anyway."));
    auto copies = SqlQuery(m_db.sql(), QStringLiteral("SELECT COUNT(*) FROM signing_key")).scalar();
    if (!copies)
        return Status::from(copies);
    // The key exists only in these copies: removing the last one would lose it for good.
    if (copies->toInt() <= 1)
        return Status::failure(tr("This is the last copy of the signing key; it cannot be removed."));
    SqlQuery remove(m_db.sql(), QStringLiteral("DELETE FROM signing_key WHERE person_id = :p"));
    remove.bind(QStringLiteral(":p"), personId);
    if (auto s = remove.exec(); !s)
        return s;
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("signing.withdraw"), personId); !s)
        return s;
    return tx.commit();
}

Result<OrganisationKey> SigningKeys::unlock(const Session &session, const QString &password) const
{
    using R = Result<OrganisationKey>;
    if (session.personId.isEmpty())
        return R::failure(tr("Signing needs a trainer or administrator signed in with their own account."));
    auto own = storedCopy(session.personId);
    if (!own)
        return R::failure(own.error());
    auto publicKey = this->publicKey();
    if (!publicKey)
        return R::failure(publicKey.error());
    // A copy of some other key (a row copied from another database) must not sign for this one.
    if (own->publicKey != *publicKey)
        return R::failure(WrappedKey::tr("The stored signing key is damaged and cannot be used."));
    return OrganisationKey::unwrap(*own, password);
}

Status SigningKeys::rewrap(const QString &personId, const QString &oldPassword, const QString &newPassword)
{
    auto holds = canSign(personId);
    if (!holds)
        return Status::from(holds);
    if (!*holds)
        return {};
    auto own = storedCopy(personId);
    if (!own)
        return Status::from(own);
    auto rewrapped = OrganisationKey::rewrap(*own, oldPassword, newPassword);
    if (!rewrapped)
        return Status::from(rewrapped);
    SqlQuery update(m_db.sql(), QStringLiteral("UPDATE signing_key SET wrapped = :w WHERE person_id = :p"));
    update.bind(QStringLiteral(":w"), wrappedText(*rewrapped)).bind(QStringLiteral(":p"), personId);
    return update.exec();
}

} // namespace stages
