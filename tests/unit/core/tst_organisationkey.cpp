#include "core/training/organisationkey.h"
#include "core/training/wrappedkey.h"

#include <QJsonDocument>
#include <QTest>

#include <type_traits>

using namespace stages;

namespace {

// The MIN Argon2 limits keep each wrap and unwrap quick; the default (INTERACTIVE) is checked once.
const WrappedKey::Cost kQuick = WrappedKey::Cost::minimum();
const QString kPassword = QStringLiteral("žluťoučký kůň 2026");

QByteArray flipped(QByteArray bytes, qsizetype position)
{
    bytes[position] = static_cast<char>(bytes.at(position) ^ 0x01);
    return bytes;
}

QList<qsizetype> positionsIn(const QByteArray &bytes)
{
    return { 0, 1, bytes.size() / 2, bytes.size() - 2, bytes.size() - 1 };
}

} // namespace

class TestOrganisationKey : public QObject
{
    Q_OBJECT

private slots:
    void isMoveOnly()
    {
        static_assert(!std::is_copy_constructible_v<OrganisationKey>);
        static_assert(!std::is_copy_assignable_v<OrganisationKey>);
        static_assert(std::is_nothrow_move_constructible_v<OrganisationKey>);
        OrganisationKey key = OrganisationKey::generate();
        const QByteArray publicKey = key.publicKey();
        const OrganisationKey moved = std::move(key);
        QCOMPARE(moved.publicKey(), publicKey);
        QVERIFY(OrganisationKey::verify("moved", moved.sign("moved"), publicKey));
    }

    void generateMakesDistinctKeys()
    {
        const OrganisationKey a = OrganisationKey::generate();
        const OrganisationKey b = OrganisationKey::generate();
        QCOMPARE(a.publicKey().size(), 32);
        QVERIFY(a.publicKey() != b.publicKey());
        // A signature by one key does not verify under the other.
        QVERIFY(!OrganisationKey::verify("payload", a.sign("payload"), b.publicKey()));
    }

    void signVerifyRoundTrip()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const QByteArray payload = R"({"certificate":42,"educator":"Jana Nováková"})";
        const QByteArray signature = key.sign(payload);
        QCOMPARE(signature.size(), 64);
        QVERIFY(OrganisationKey::verify(payload, signature, key.publicKey()));
        QVERIFY(OrganisationKey::verify(QByteArray(), key.sign(QByteArray()), key.publicKey()));
        QVERIFY(!OrganisationKey::verify(payload + ' ', signature, key.publicKey()));
    }

    void flippedByteFailsVerification()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const QByteArray payload = "certificate 42 for Jana Novakova, Stages teacher, 2026-12-04";
        const QByteArray signature = key.sign(payload);
        for (qsizetype i : positionsIn(payload))
            QVERIFY2(!OrganisationKey::verify(flipped(payload, i), signature, key.publicKey()),
                     qPrintable(QStringLiteral("payload byte %1").arg(i)));
        for (qsizetype i : positionsIn(signature))
            QVERIFY2(!OrganisationKey::verify(payload, flipped(signature, i), key.publicKey()),
                     qPrintable(QStringLiteral("signature byte %1").arg(i)));
        for (qsizetype i : positionsIn(key.publicKey()))
            QVERIFY2(!OrganisationKey::verify(payload, signature, flipped(key.publicKey(), i)),
                     qPrintable(QStringLiteral("public key byte %1").arg(i)));
    }

    void malformedInputDoesNotVerify()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const QByteArray signature = key.sign("x");
        QVERIFY(!OrganisationKey::verify("x", signature.left(63), key.publicKey()));
        QVERIFY(!OrganisationKey::verify("x", signature + '\0', key.publicKey()));
        QVERIFY(!OrganisationKey::verify("x", signature, key.publicKey().left(31)));
        QVERIFY(!OrganisationKey::verify("x", QByteArray(), QByteArray()));
    }

    void wrapUnwrapRoundTrip()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.error()));
        QCOMPARE(wrapped->publicKey, key.publicKey());
        QCOMPARE(wrapped->cost, kQuick);
        QCOMPARE(wrapped->ciphertext.size(), 64 + 16);

        const Result<OrganisationKey> opened = OrganisationKey::unwrap(*wrapped, kPassword);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->publicKey(), key.publicKey());
        const QByteArray payload = "signed after unwrapping";
        QVERIFY(OrganisationKey::verify(payload, opened->sign(payload), key.publicKey()));
    }

    void defaultCostIsInteractive()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword);
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.error()));
        QCOMPARE(wrapped->cost, WrappedKey::Cost::interactive());
        QVERIFY(wrapped->cost.memoryBytes > kQuick.memoryBytes);
        const Result<OrganisationKey> opened = OrganisationKey::unwrap(*wrapped, kPassword);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->publicKey(), key.publicKey());
    }

    void ciphertextHoldsNoSecretInTheClear()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        // An Ed25519 secret key ends with its public key: the box must not show it.
        QVERIFY(!wrapped->ciphertext.contains(key.publicKey()));
        const QByteArray json = QJsonDocument(wrapped->toJson()).toJson();
        QVERIFY(!json.contains(kPassword.toUtf8()));
    }

    void wrongPasswordFails_data()
    {
        QTest::addColumn<QString>("tried");
        QTest::newRow("other") << QStringLiteral("correct horse");
        QTest::newRow("case") << kPassword.toUpper();
        QTest::newRow("one more character") << kPassword + QLatin1Char(' ');
        QTest::newRow("empty") << QString();
    }

    void wrongPasswordFails()
    {
        QFETCH(QString, tried);
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        const Result<OrganisationKey> opened = OrganisationKey::unwrap(*wrapped, tried);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("password")), qPrintable(opened.error()));
    }

    void changedByteFails_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : { "salt", "nonce", "ciphertext", "publicKey" })
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void changedByteFails()
    {
        QFETCH(QString, field);
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        const auto member = [&field](WrappedKey &w) -> QByteArray & {
            if (field == QLatin1String("salt"))
                return w.salt;
            if (field == QLatin1String("nonce"))
                return w.nonce;
            if (field == QLatin1String("ciphertext"))
                return w.ciphertext;
            return w.publicKey;
        };
        WrappedKey original = *wrapped;
        for (qsizetype i : positionsIn(member(original))) {
            WrappedKey tampered = *wrapped;
            member(tampered) = flipped(member(tampered), i);
            const Result<OrganisationKey> opened = OrganisationKey::unwrap(tampered, kPassword);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("%1 byte %2 opened").arg(field).arg(i)));
            QVERIFY(!opened.error().isEmpty());
        }
        // The untouched copy still opens, so the failures above come from the changed byte.
        QVERIFY(OrganisationKey::unwrap(original, kPassword).ok());
    }

    void changedCostFails()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        WrappedKey tampered = *wrapped;
        tampered.cost.operations += 1;
        QVERIFY(!OrganisationKey::unwrap(tampered, kPassword).ok());
        tampered = *wrapped;
        tampered.cost.memoryBytes = 1; // below libsodium's minimum: refused before hashing
        QVERIFY(!OrganisationKey::unwrap(tampered, kPassword).ok());
    }

    void rewrapChangesThePassword()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const QString newPassword = QStringLiteral("nové heslo");
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());

        const Result<WrappedKey> refused = OrganisationKey::rewrap(*wrapped, QStringLiteral("guess"), newPassword);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());

        const Result<WrappedKey> rewrapped = OrganisationKey::rewrap(*wrapped, kPassword, newPassword);
        QVERIFY2(rewrapped.ok(), qPrintable(rewrapped.error()));
        QCOMPARE(rewrapped->publicKey, key.publicKey());
        QCOMPARE(rewrapped->cost, wrapped->cost);
        QVERIFY(!OrganisationKey::unwrap(*rewrapped, kPassword).ok());
        const Result<OrganisationKey> opened = OrganisationKey::unwrap(*rewrapped, newPassword);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->publicKey(), key.publicKey());
        QVERIFY(OrganisationKey::verify("after rewrap", opened->sign("after rewrap"), key.publicKey()));
    }

    void jsonRoundTrip()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        const QByteArray text = QJsonDocument(wrapped->toJson()).toJson(QJsonDocument::Compact);
        const Result<WrappedKey> read = WrappedKey::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(*read, *wrapped);
        const Result<OrganisationKey> opened = OrganisationKey::unwrap(*read, kPassword);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->publicKey(), key.publicKey());
    }

    void damagedJsonIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no salt") << QStringLiteral("salt") << QJsonValue();
        QTest::newRow("short nonce") << QStringLiteral("nonce") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("not base64") << QStringLiteral("ciphertext") << QJsonValue(QStringLiteral("***"));
        QTest::newRow("number as key") << QStringLiteral("publicKey") << QJsonValue(7);
        QTest::newRow("huge memory") << QStringLiteral("memlimit") << QJsonValue(QStringLiteral("1099511627776"));
        QTest::newRow("no ops") << QStringLiteral("opslimit") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("other kdf") << QStringLiteral("kdf") << QJsonValue(QStringLiteral("scrypt"));
        QTest::newRow("other version") << QStringLiteral("version") << QJsonValue(2);
    }

    void damagedJsonIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(wrapped.ok());
        QJsonObject json = wrapped->toJson();
        QVERIFY(WrappedKey::fromJson(json).ok());
        if (value.isUndefined() || value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        const Result<WrappedKey> read = WrappedKey::fromJson(json);
        QVERIFY(!read.ok());
        QVERIFY(!read.error().isEmpty());
    }

    void twoWrapsDiffer()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> a = OrganisationKey::wrap(key, kPassword, kQuick);
        const Result<WrappedKey> b = OrganisationKey::wrap(key, kPassword, kQuick);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->salt != b->salt);
        QVERIFY(a->nonce != b->nonce);
        QVERIFY(a->ciphertext != b->ciphertext);
        QCOMPARE(a->publicKey, b->publicKey);
        QVERIFY(OrganisationKey::unwrap(*a, kPassword).ok());
        QVERIFY(OrganisationKey::unwrap(*b, kPassword).ok());
    }

    void unacceptableCostIsRefused()
    {
        const OrganisationKey key = OrganisationKey::generate();
        const Result<WrappedKey> wrapped = OrganisationKey::wrap(key, kPassword, WrappedKey::Cost { 0, 0 });
        QVERIFY(!wrapped.ok());
        QVERIFY(!wrapped.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrganisationKey)
#include "tst_organisationkey.moc"
