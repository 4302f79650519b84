// SigningKeys through a real SQLite file (issue 11): the organisation's key is made once, kept
// only wrapped under signers' passwords, granted and withdrawn by an admin, re-wrapped when a
// password changes, and its secret half never reaches the database file.

#include "core/storage/sqlquery.h"
#include "trainingfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace stages;
using namespace stages::test;

namespace {

QString storedWrapped(Database &db, const QString &personId)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT wrapped FROM signing_key WHERE person_id = :p"));
    q.bind(QStringLiteral(":p"), personId);
    return q.scalar().value().toString();
}

/// The secret key opened straight with libsodium from a stored copy, independently of
/// OrganisationKey, so the test knows the bytes to look for.
QByteArray openIndependently(const QString &wrappedJson, const QString &password)
{
    const QJsonObject o = QJsonDocument::fromJson(wrappedJson.toUtf8()).object();
    const auto field
        = [&o](const char *name) { return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1()); };
    const QByteArray salt = field("salt");
    const QByteArray nonce = field("nonce");
    const QByteArray box = field("ciphertext");
    unsigned char boxKey[crypto_secretbox_KEYBYTES];
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash(boxKey, sizeof boxKey, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      o.value(QStringLiteral("opslimit")).toString().toULongLong(),
                      size_t(o.value(QStringLiteral("memlimit")).toString().toULongLong()),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(secret.data()),
                                   reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()), boxKey)
        != 0)
        return {};
    return secret;
}

/// Every file beside the database (the database, its WAL and shared memory), read whole.
QByteArray everyFileOf(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void theKeyIsMadeOnceByAnAdmin()
    {
        TestDatabase database;
        ManualClock clock;
        SmallSchool school(*database.db, clock);
        SigningKeys keys(*database.db, clock, WrappedKey::Cost::minimum());
        const QString password = QString::fromLatin1(SmallSchool::kPassword);
        QVERIFY(!keys.exists().value());
        QVERIFY(!keys.publicKey().ok());
        QVERIFY(!keys.create(school.trainer, password).ok());
        QVERIFY(!keys.create(Session::commandLine(), password).ok()); // no account to wrap it for
        QVERIFY(!keys.create(school.admin, QStringLiteral("not the password")).ok());
        QVERIFY(!keys.exists().value());
        QVERIFY(keys.create(school.admin, password).ok());
        QVERIFY(keys.exists().value());
        QCOMPARE(keys.publicKey()->size(), 32);
        QVERIFY(!keys.create(school.admin, password).ok()); // once
        QVERIFY(keys.canSign(school.admin.personId).value());
        QVERIFY(!keys.canSign(school.trainer.personId).value());
        auto key = keys.unlock(school.admin, password);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->publicKey(), keys.publicKey().value());
        QVERIFY(!keys.unlock(school.admin, QStringLiteral("wrong")).ok());
        QVERIFY(!keys.unlock(school.trainer, password).ok()); // holds no copy
    }

    void grantsAndWithdrawals()
    {
        TestDatabase database;
        ManualClock clock;
        SmallSchool school(*database.db, clock);
        SigningKeys keys(*database.db, clock, WrappedKey::Cost::minimum());
        const QString password = QString::fromLatin1(SmallSchool::kPassword);
        QVERIFY(keys.create(school.admin, password).ok());
        // The trainer's own password is checked against their account.
        QVERIFY(!keys.grant(school.admin, password, school.trainer.personId, QStringLiteral("guessed")).ok());
        QVERIFY(!keys.grant(school.admin, QStringLiteral("wrong"), school.trainer.personId, password).ok());
        QVERIFY(!keys.grant(school.trainer, password, school.trainer.personId, password).ok());
        QVERIFY(!keys.grant(school.admin, password, school.teacher.personId, password).ok()); // teachers never sign
        QVERIFY(!keys.grant(school.admin, password, school.pupilId, password).ok());
        QVERIFY(keys.grant(school.admin, password, school.trainer.personId, password).ok());
        QVERIFY(keys.canSign(school.trainer.personId).value());
        auto trainerKey = keys.unlock(school.trainer, password);
        QVERIFY2(trainerKey.ok(), qPrintable(trainerKey.error()));
        QCOMPARE(trainerKey->publicKey(), keys.publicKey().value());
        // Each copy has its own salt and nonce.
        QVERIFY(storedWrapped(*database.db, school.trainer.personId)
                != storedWrapped(*database.db, school.admin.personId));

        QVERIFY(!keys.withdraw(school.trainer, school.trainer.personId).ok());
        QVERIFY(keys.withdraw(school.admin, school.trainer.personId).ok());
        QVERIFY(!keys.canSign(school.trainer.personId).value());
        QVERIFY(!keys.unlock(school.trainer, password).ok());
        // The last copy stays: without it the key would be lost.
        QVERIFY(!keys.withdraw(school.admin, school.admin.personId).ok());
        QVERIFY(keys.canSign(school.admin.personId).value());
    }

    void aDamagedCopyUnlocksNothing()
    {
        TestDatabase database;
        ManualClock clock;
        SmallSchool school(*database.db, clock);
        SigningKeys keys(*database.db, clock, WrappedKey::Cost::minimum());
        const QString password = QString::fromLatin1(SmallSchool::kPassword);
        QVERIFY(keys.create(school.admin, password).ok());
        QJsonObject o = QJsonDocument::fromJson(storedWrapped(*database.db, school.admin.personId).toUtf8()).object();
        QByteArray box = QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
        box[5] = char(box.at(5) ^ 0x01);
        o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(box.toBase64()));
        SqlQuery update(database.db->sql(), QStringLiteral("UPDATE signing_key SET wrapped = :w"));
        update.bind(QStringLiteral(":w"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        QVERIFY(update.exec().ok());
        QVERIFY(!keys.unlock(school.admin, password).ok());
    }

    void aPasswordChangeRewrapsTheKey()
    {
        TrainingSchool t;
        AccountService accounts(*t.database.db, t.clock);
        const QString fresh = QStringLiteral("new-secret-456");
        const QString before = storedWrapped(*t.database.db, t.school.trainer.personId);
        QVERIFY(!accounts.changePassword(t.school.trainer, QStringLiteral("wrong-old"), fresh).ok());
        QVERIFY(!accounts.changePassword(t.school.trainer, t.password, QStringLiteral("short")).ok());
        QVERIFY(!accounts.changePassword(t.school.pupil, t.password, fresh).ok());
        QCOMPARE(storedWrapped(*t.database.db, t.school.trainer.personId), before);

        QVERIFY(accounts.changePassword(t.school.trainer, t.password, fresh).ok());
        QVERIFY(storedWrapped(*t.database.db, t.school.trainer.personId) != before);
        QVERIFY(!t.keys.unlock(t.school.trainer, t.password).ok());
        auto key = t.keys.unlock(t.school.trainer, fresh);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->publicKey(), t.keys.publicKey().value());
        // The re-wrapped copy keeps its cost, and the account takes the new password.
        const QJsonObject o
            = QJsonDocument::fromJson(storedWrapped(*t.database.db, t.school.trainer.personId).toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("opslimit")).toString().toULongLong(), WrappedKey::Cost::minimum().operations);
        QVERIFY(!accounts.signInWithPassword(QStringLiteral("tia"), t.password).ok());
        t.clock.advance(60 * 60 * 1000); // past the throttle of the wrong try
        QVERIFY(accounts.signInWithPassword(QStringLiteral("tia"), fresh).ok());
        // She signs with the new password; the admin's copy is untouched.
        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, TrainingSchool::kTeacher, fresh).ok());
        QVERIFY(t.keys.unlock(t.school.admin, t.password).ok());
        // A teacher without a copy changes their password as before.
        QVERIFY(accounts.changePassword(t.school.teacher, t.password, fresh).ok());
        QVERIFY(accounts.signInWithPassword(QStringLiteral("tom"), fresh).ok());
    }

    void theDatabaseNeverHoldsTheSecretKey()
    {
        TrainingSchool t;
        AccountService accounts(*t.database.db, t.clock);
        t.fulfilTeacher(t.tom.id);
        QVERIFY(t.training.issueCertificate(t.school.trainer, t.tom.id, TrainingSchool::kTeacher, t.password).ok());
        QVERIFY(accounts.changePassword(t.school.trainer, t.password, QStringLiteral("another-pass-1")).ok());

        const QByteArray secret = openIndependently(storedWrapped(*t.database.db, t.school.admin.personId), t.password);
        QCOMPARE(secret.size(), int(crypto_sign_SECRETKEYBYTES));
        // It really is the organisation's key: its public half is the stored public key.
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()),
                                     reinterpret_cast<const unsigned char *>(secret.constData()));
        QCOMPARE(publicKey, t.keys.publicKey().value());

        const QByteArray seed = secret.left(32); // the secret part of an Ed25519 secret key
        const QByteArray files = everyFileOf(t.database.dir.path());
        QVERIFY(files.size() > 10000);
        QVERIFY(files.contains(publicKey.toBase64())); // the search finds what is there ...
        for (const QByteArray &needle :
             { secret, seed, secret.toBase64(), seed.toBase64(), secret.toHex(), seed.toHex(),
               seed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) })
            QVERIFY(!files.contains(needle)); // ... and not the secret, in any usual spelling
        sodium_memzero(const_cast<char *>(secret.constData()), size_t(secret.size()));
    }

    void anAdminSigningInMakesTheKeyOfAnOlderDatabase()
    {
        TestDatabase database;
        ManualClock clock;
        SmallSchool school(*database.db, clock); // set up without a key, as before schema 5
        AccountService accounts(*database.db, clock);
        SigningKeys keys(*database.db, clock);
        QVERIFY(!keys.exists().value());
        QVERIFY(accounts.signInWithPassword(QStringLiteral("tia"), QString::fromLatin1(SmallSchool::kPassword)).ok());
        QVERIFY(!keys.exists().value()); // a trainer does not make it
        const Session admin
            = accounts.signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword)).value();
        QVERIFY(keys.exists().value());
        QVERIFY(keys.canSign(admin.personId).value());
        QVERIFY(keys.unlock(admin, QString::fromLatin1(SmallSchool::kPassword)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigningKeys)
#include "tst_signingkeys.moc"
