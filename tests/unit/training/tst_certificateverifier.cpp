// CertificateVerifier (issue 11, points 3 and 7): the signature round trip; tamper detection for
// every field of the payload, every byte of the payload and every byte of the signature; another
// organisation's key; the verifier with the public key alone; revoked and expired certificates;
// reading the .json export and refusing what is not a certificate.

#include "certificatesample.h"
#include "core/training/certificateverifier.h"
#include "core/training/pdfattachments.h"
#include "pdfbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stages;

namespace {

const QDate kToday(2027, 3, 1);

QByteArray flipped(QByteArray bytes, qsizetype position)
{
    bytes[position] = static_cast<char>(bytes.at(position) ^ 0x01);
    return bytes;
}

/// The dotted paths of every value in @p o ("holder.name", "lineage", ...).
QStringList leafPaths(const QJsonObject &o, const QString &prefix = {})
{
    QStringList paths;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            paths += leafPaths(it.value().toObject(), path);
        else
            paths.append(path);
    }
    return paths;
}

QJsonObject withValue(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        o.insert(path.first(), value);
        return o;
    }
    o.insert(path.first(), withValue(o.value(path.first()).toObject(), path.mid(1), value));
    return o;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestCertificateVerifier : public QObject
{
    Q_OBJECT

private:
    const OrganisationKey m_key = OrganisationKey::generate();
    const OrganisationKey m_otherKey = OrganisationKey::generate();

    SignedCertificate sample() const { return certsample::sign(certsample::payload(m_key.publicKey()), m_key); }

    /// A believable forgery for each field: a neighbouring date, a close name, another key, a
    /// shorter lineage. Every one still reads as a payload, so only the signature can catch it.
    QJsonValue forged(const QString &path) const
    {
        static const QHash<QString, QJsonValue> values {
            { QStringLiteral("format"), 2 },
            { QStringLiteral("id"), QStringLiteral("3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0e") },
            { QStringLiteral("code"), QStringLiteral("7K2M-QX4D-9TBF") },
            { QStringLiteral("holder.id"), QStringLiteral("a1b2c3d4-0000-4000-8000-000000000009") },
            { QStringLiteral("holder.name"), QStringLiteral("Jana Novákova") },
            { QStringLiteral("programme.id"), QStringLiteral("stages-trainer") },
            { QStringLiteral("programme.name"), QStringLiteral("Stages trainer") },
            { QStringLiteral("programme.level"), 2 },
            { QStringLiteral("issued"), QStringLiteral("2026-12-03") },
            { QStringLiteral("expires"), QStringLiteral("2039-12-04") },
            { QStringLiteral("issuer.id"), QStringLiteral("a1b2c3d4-0000-4000-8000-000000000003") },
            { QStringLiteral("issuer.name"), QStringLiteral("Petr Dvorak") },
            { QStringLiteral("lineage"), QJsonArray { QStringLiteral("Petr Dvořák") } },
            { QStringLiteral("organisation"), QStringLiteral("ZŠ Lipová, Praha") },
        };
        if (path == QLatin1String("publicKey"))
            return QString::fromLatin1(m_otherKey.publicKey().toBase64());
        return values.value(path);
    }

private slots:
    void roundTripIsValid()
    {
        const SignedCertificate signedCert = sample();
        // Through the exported envelope and back: the payload bytes are unchanged.
        const Result<SignedCertificate> read = SignedCertificate::fromJson(signedCert.toJson());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->payload, signedCert.payload);
        QCOMPARE(read->signature, signedCert.signature);

        const Verification v = CertificateVerifier::verify(*read, m_key.publicKey(), kToday);
        QCOMPARE(v.outcome, VerificationOutcome::Valid);
        QVERIFY(v.payload.has_value());
        QCOMPARE(v.payload->holderName, QStringLiteral("Jana Nováková"));
        QCOMPARE(v.payload->code, QStringLiteral("7K2M-QX4D-9TBE"));
        QCOMPARE(v.payload->lineage, certsample::payload(m_key.publicKey()).lineage);
        QVERIFY(!v.explanation.isEmpty());
    }

    void keywords()
    {
        QCOMPARE(verificationKeyword(VerificationOutcome::Valid), QStringLiteral("valid"));
        QCOMPARE(verificationKeyword(VerificationOutcome::Invalid), QStringLiteral("invalid"));
        QCOMPARE(verificationKeyword(VerificationOutcome::Revoked), QStringLiteral("revoked"));
        QCOMPARE(verificationKeyword(VerificationOutcome::Expired), QStringLiteral("expired"));
    }

    // One row per field of the payload, taken from the signed JSON itself, so a field added to
    // the payload later gets its row (and fails until it has a forgery above).
    void changedFieldIsInvalid_data()
    {
        QTest::addColumn<QString>("path");
        const QJsonObject signedObject = QJsonDocument::fromJson(sample().payload).object();
        const QStringList paths = leafPaths(signedObject);
        QCOMPARE(paths.size(), 15);
        for (const QString &path : paths)
            QTest::newRow(qPrintable(path)) << path;
    }

    void changedFieldIsInvalid()
    {
        QFETCH(QString, path);
        const SignedCertificate original = sample();
        const QJsonValue value = forged(path);
        QVERIFY2(!value.isUndefined(), qPrintable(QStringLiteral("no forgery for the field ") + path));

        const QJsonObject object = QJsonDocument::fromJson(original.payload).object();
        const QJsonObject changed = withValue(object, path.split(QLatin1Char('.')), value);
        QVERIFY(changed != object);
        SignedCertificate forgery = original;
        forgery.payload = QJsonDocument(changed).toJson(QJsonDocument::Compact);
        // Still a well-formed payload (format aside): the signature alone has to catch it.
        if (path != QLatin1String("format"))
            QVERIFY2(CertificatePayload::fromJson(forgery.payload).ok(), forgery.payload.constData());

        bool lookedUp = false;
        const Verification v = CertificateVerifier::verify(forgery, m_key.publicKey(), kToday, [&](const QString &) {
            lookedUp = true;
            return std::optional<bool>(false);
        });
        QCOMPARE(v.outcome, VerificationOutcome::Invalid);
        QVERIFY(!v.payload.has_value());
        QVERIFY(!lookedUp); // nothing of an unsigned payload is trusted, not even its id
        QCOMPARE(v.explanation,
                 CertificateVerifier::tr("The signature does not match: the certificate was "
                                         "changed, or it was not signed with this key."));
    }

    void everyFlippedPayloadByteIsInvalid()
    {
        const SignedCertificate original = sample();
        for (qsizetype i = 0; i < original.payload.size(); ++i) {
            SignedCertificate forgery = original;
            forgery.payload = flipped(original.payload, i);
            const Verification v = CertificateVerifier::verify(forgery, m_key.publicKey(), kToday);
            QVERIFY2(v.outcome == VerificationOutcome::Invalid, qPrintable(QString::number(i)));
        }
    }

    void everyFlippedSignatureByteIsInvalid()
    {
        const SignedCertificate original = sample();
        QCOMPARE(original.signature.size(), 64);
        for (qsizetype i = 0; i < original.signature.size(); ++i) {
            SignedCertificate forgery = original;
            forgery.signature = flipped(original.signature, i);
            QVERIFY2(CertificateVerifier::verify(forgery, m_key.publicKey(), kToday).outcome
                         == VerificationOutcome::Invalid,
                     qPrintable(QString::number(i)));
        }
    }

    void truncatedOrMissingSignatureIsInvalid()
    {
        SignedCertificate c = sample();
        c.signature.chop(1);
        QCOMPARE(CertificateVerifier::verify(c, m_key.publicKey(), kToday).outcome, VerificationOutcome::Invalid);
        c.signature.clear();
        QCOMPARE(CertificateVerifier::verify(c, m_key.publicKey(), kToday).outcome, VerificationOutcome::Invalid);
        QCOMPARE(CertificateVerifier::verify(sample(), QByteArray(), kToday).outcome, VerificationOutcome::Invalid);
    }

    void anotherOrganisationsCertificateIsInvalid()
    {
        // Signed by the other key and naming it: a good certificate, of someone else.
        const SignedCertificate theirs = certsample::sign(certsample::payload(m_otherKey.publicKey()), m_otherKey);
        QCOMPARE(CertificateVerifier::verify(theirs, m_otherKey.publicKey(), kToday).outcome,
                 VerificationOutcome::Valid);
        QCOMPARE(CertificateVerifier::verify(theirs, m_key.publicKey(), kToday).outcome, VerificationOutcome::Invalid);
        // Signed by the other key but naming ours.
        const SignedCertificate impostor = certsample::sign(certsample::payload(m_key.publicKey()), m_otherKey);
        QCOMPARE(CertificateVerifier::verify(impostor, m_key.publicKey(), kToday).outcome,
                 VerificationOutcome::Invalid);
    }

    void payloadMustNameTheTrustedKey()
    {
        // Our key's signature over a payload that names another key.
        const SignedCertificate c = certsample::sign(certsample::payload(m_otherKey.publicKey()), m_key);
        const Verification v = CertificateVerifier::verify(c, m_key.publicKey(), kToday);
        QCOMPARE(v.outcome, VerificationOutcome::Invalid);
        QVERIFY(!v.payload.has_value());
        QCOMPARE(v.explanation,
                 CertificateVerifier::tr("The certificate names another signing key than the one trusted here."));
    }

    void signedButUnreadableIsInvalid()
    {
        SignedCertificate c;
        c.payload = R"({"format":1,"id":"x"})";
        c.signature = m_key.sign(c.payload);
        const Verification v = CertificateVerifier::verify(c, m_key.publicKey(), kToday);
        QCOMPARE(v.outcome, VerificationOutcome::Invalid);
        QVERIFY(v.explanation.startsWith(
            CertificateVerifier::tr("The signature holds, but the content cannot be read: %1").arg(QString())));
    }

    void publicKeyAloneCannotCheckRevocation()
    {
        const Verification v = CertificateVerifier::verify(sample(), m_key.publicKey(), kToday);
        QCOMPARE(v.outcome, VerificationOutcome::Valid);
        QVERIFY(!v.revocationChecked);
        QCOMPARE(v.explanation,
                 CertificateVerifier::tr("The signature holds and the certificate has not expired. "
                                         "Whether it was revoked is not checked: only the issuing "
                                         "organisation's database knows."));
    }

    void revocationLookup_data()
    {
        QTest::addColumn<int>("answer"); // -1: the database does not know it; 0: not revoked; 1: revoked
        QTest::addColumn<QDate>("today");
        QTest::addColumn<VerificationOutcome>("outcome");
        QTest::addColumn<bool>("checked");

        QTest::newRow("not revoked") << 0 << kToday << VerificationOutcome::Valid << true;
        QTest::newRow("revoked") << 1 << kToday << VerificationOutcome::Revoked << true;
        QTest::newRow("unknown to this database") << -1 << kToday << VerificationOutcome::Valid << false;
        // Revocation is said before expiry: a revoked certificate stays revoked once it expires.
        QTest::newRow("revoked and expired") << 1 << QDate(2030, 1, 1) << VerificationOutcome::Revoked << true;
        QTest::newRow("expired, not revoked") << 0 << QDate(2030, 1, 1) << VerificationOutcome::Expired << true;
    }

    void revocationLookup()
    {
        QFETCH(int, answer);
        QFETCH(QDate, today);
        QFETCH(VerificationOutcome, outcome);
        QFETCH(bool, checked);
        QString askedFor;
        const Verification v = CertificateVerifier::verify(sample(), m_key.publicKey(), today, [&](const QString &id) {
            askedFor = id;
            return answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
        });
        QCOMPARE(askedFor, QStringLiteral("3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d"));
        QCOMPARE(v.outcome, outcome);
        QCOMPARE(v.revocationChecked, checked);
        QVERIFY(v.payload.has_value()); // the details of a revoked or expired certificate can be shown
        QVERIFY(!v.explanation.isEmpty());
    }

    void expiry_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<VerificationOutcome>("outcome");

        QTest::newRow("the day before") << QDate(2029, 12, 4) << QDate(2029, 12, 3) << VerificationOutcome::Valid;
        QTest::newRow("the expiry day") << QDate(2029, 12, 4) << QDate(2029, 12, 4) << VerificationOutcome::Expired;
        QTest::newRow("years later") << QDate(2029, 12, 4) << QDate(2035, 1, 1) << VerificationOutcome::Expired;
        QTest::newRow("never expires") << QDate() << QDate(2200, 1, 1) << VerificationOutcome::Valid;
    }

    void expiry()
    {
        QFETCH(QDate, expires);
        QFETCH(QDate, today);
        QFETCH(VerificationOutcome, outcome);
        CertificatePayload p = certsample::payload(m_key.publicKey());
        p.expires = expires;
        const Verification v = CertificateVerifier::verify(certsample::sign(p, m_key), m_key.publicKey(), today,
                                                           [](const QString &) { return std::optional<bool>(false); });
        QCOMPARE(v.outcome, outcome);
        if (outcome == VerificationOutcome::Expired)
            QCOMPARE(v.explanation,
                     CertificateVerifier::tr("The signature holds, but the certificate expired on %1.")
                         .arg(QStringLiteral("2029-12-04")));
    }

    void readsTheJsonExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jana.json"));
        QVERIFY(writeFile(path, sample().toJson()));
        const Result<SignedCertificate> read = CertificateVerifier::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->payload, sample().payload);
        QCOMPARE(CertificateVerifier::verify(*read, m_key.publicKey(), kToday).outcome, VerificationOutcome::Valid);
    }

    void readsTheCertificateInsideAPdf()
    {
        using namespace testpdf;
        const QByteArray json = sample().toJson();
        const QByteArray compressed = flate(json);
        QList<Object> objects = skeleton("<< /Names [(certificate.json) 5 0 R] >>");
        objects << plain(5, "<< /Type /Filespec /F (certificate.json) /EF << /F 6 0 R >> >>")
                << stream(6, "<< /Filter /FlateDecode /Length " + QByteArray::number(compressed.size()) + " >>",
                          compressed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jana.pdf"));
        QVERIFY(writeFile(path, build(objects)));
        const Result<SignedCertificate> read = CertificateVerifier::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->payload, sample().payload);
        QCOMPARE(read->signature, sample().signature);
    }

    void refusesWhatIsNotACertificate()
    {
        using namespace testpdf;
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!CertificateVerifier::readFile(missing).ok());

        const QString fakePdf = dir.filePath(QStringLiteral("fake.pdf"));
        QVERIFY(writeFile(fakePdf, sample().toJson())); // JSON under a PDF's name
        QCOMPARE(CertificateVerifier::readFile(fakePdf).error(),
                 CertificateVerifier::tr("%1 is not a PDF.").arg(fakePdf));

        QList<Object> objects = skeleton("<< /Names [(other.txt) 5 0 R] >>");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>") << stream(6, "<< /Length 2 >>", "hi");
        const QString otherPdf = dir.filePath(QStringLiteral("other.pdf"));
        QVERIFY(writeFile(otherPdf, build(objects)));
        QCOMPARE(CertificateVerifier::readFile(otherPdf).error(),
                 CertificateVerifier::tr("There is no Stages certificate inside this PDF."));

        const QString notJson = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notJson, "Jana Nováková, certified"));
        QCOMPARE(CertificateVerifier::readFile(notJson).error(),
                 SignedCertificate::tr("This is not a Stages certificate: the file is not valid JSON."));
    }
};

QTEST_GUILESS_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
