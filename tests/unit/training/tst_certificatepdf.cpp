// CertificatePdf (issue 11, point 3): the certificate page written, read back with
// CertificateVerifier::readFile and verified; cross-checked with poppler (pdftotext shows the
// holder and the code, pdfdetach extracts certificate.json byte for byte) and with zbar (the QR
// code, as an image and as printed on the page, carries the verification code).
// The checks that need poppler-utils or zbar-tools are skipped, and counted as skipped, without them.
// STAGES_CERTIFICATE_PDF_OUT=FILE keeps a copy of the PDF written (for the screenshot in docs/).

#include "certificatesample.h"
#include "core/training/certificateverifier.h"
#include "core/training/pdfattachments.h"
#include "reports/certificatepdf.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stages;

namespace {

/// Runs @p program; its standard output, or a null array when it could not run or failed.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << arguments << p.readAllStandardError();
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

bool have(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

} // namespace

class TestCertificatePdf : public QObject
{
    Q_OBJECT

private:
    const OrganisationKey m_key = OrganisationKey::generate();
    const CertificatePayload m_payload = certsample::payload(m_key.publicKey());
    const SignedCertificate m_certificate = certsample::sign(m_payload, m_key);
    QTemporaryDir m_dir;
    QString m_pdf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("Jana Nováková.pdf"));
        const Status written = CertificatePdf::write(m_certificate, m_payload, m_pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        if (const QString keep = qEnvironmentVariable("STAGES_CERTIFICATE_PDF_OUT"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(m_pdf, keep));
        }
    }

    void readsBackAndVerifies()
    {
        const Result<SignedCertificate> read = CertificateVerifier::readFile(m_pdf);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->payload, m_certificate.payload);
        QCOMPARE(read->signature, m_certificate.signature);
        const Verification v = CertificateVerifier::verify(*read, m_key.publicKey(), QDate(2027, 1, 1));
        QCOMPARE(v.outcome, VerificationOutcome::Valid);
        QCOMPARE(v.payload->holderName, m_payload.holderName);
    }

    void aChangedByteInTheEmbeddedCertificateIsCaught()
    {
        // Another PDF whose embedded payload names someone else, signed with the original signature.
        CertificatePayload forged = m_payload;
        forged.holderName = QStringLiteral("Jan Novák");
        SignedCertificate forgery = m_certificate;
        forgery.payload = forged.canonicalJson();
        const QString path = m_dir.filePath(QStringLiteral("forged.pdf"));
        QVERIFY(CertificatePdf::write(forgery, forged, path).ok());
        const Result<SignedCertificate> read = CertificateVerifier::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(CertificateVerifier::verify(*read, m_key.publicKey(), QDate(2027, 1, 1)).outcome,
                 VerificationOutcome::Invalid);
    }

    // A cut PDF (a download that stopped) gives an error or, once the attachment is whole, the
    // same certificate: never other bytes, and never a crash.
    void aTruncatedPdfNeverGivesOtherBytes()
    {
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        int failures = 0;
        for (qsizetype n = 0; n < pdf.size(); n += 11) {
            const auto files = PdfAttachments::read(pdf.left(n));
            if (!files || !files->contains(QStringLiteral("certificate.json"))) {
                ++failures;
                continue;
            }
            QCOMPARE(files->value(QStringLiteral("certificate.json")), m_certificate.toJson());
        }
        QVERIFY(failures > 0);
        QCOMPARE(PdfAttachments::read(pdf)->value(QStringLiteral("certificate.json")), m_certificate.toJson());
    }

    void refusesAnUnwritablePath()
    {
        const Status s = CertificatePdf::write(m_certificate, m_payload,
                                               m_dir.filePath(QStringLiteral("no such folder/cert.pdf")));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
    }

    void pdftotextShowsTheCertificate()
    {
        if (!have("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), { m_pdf, QStringLiteral("-") }));
        QVERIFY2(text.contains(QStringLiteral("Jana Nováková")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("7K2M-QX4D-9TBE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stages teacher, level 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ZŠ Lipová, Brno")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Petr Dvořák")), qPrintable(text));
        // The lineage may wrap onto a second line: compare with the line breaks taken out, and
        // the typographic ligatures (the "fi" of "certified") as plain letters.
        const QString flat = text.normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(flat.contains(QStringLiteral("Certified by Petr Dvořák, who was certified by Marie Šťastná.")),
                 qPrintable(flat));
        QVERIFY2(flat.contains(QStringLiteral("4 December 2026")), qPrintable(flat));
        QVERIFY2(flat.contains(QStringLiteral("4 December 2029")), qPrintable(flat));
        QVERIFY2(flat.contains(QStringLiteral("stagesctl cert verify")), qPrintable(flat));
    }

    void pdfdetachExtractsTheSignedCertificate()
    {
        if (!have("pdfdetach"))
            QSKIP("pdfdetach (poppler-utils) is not installed");
        const QString list = QString::fromUtf8(run(QStringLiteral("pdfdetach"), { QStringLiteral("-list"), m_pdf }));
        QVERIFY2(list.contains(QStringLiteral("1 embedded files")) && list.contains(QStringLiteral("certificate.json")),
                 qPrintable(list));
        QTemporaryDir out;
        QVERIFY(
            !run(QStringLiteral("pdfdetach"), { QStringLiteral("-saveall"), QStringLiteral("-o"), out.path(), m_pdf })
                 .isNull());
        QFile json(out.filePath(QStringLiteral("certificate.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), m_certificate.toJson());
    }

    void qrImageCarriesTheCode()
    {
        const QImage qr = CertificatePdf::qrCode(m_payload.code.toUtf8(), 6);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.width() % 6, 0);
        // The quiet zone is white; the finder pattern's corner just inside it is dark.
        QCOMPARE(qGray(qr.pixel(0, 0)), 255);
        QCOMPARE(qGray(qr.pixel(4 * 6 - 1, 4 * 6 - 1)), 255);
        QCOMPARE(qGray(qr.pixel(4 * 6, 4 * 6)), 0);
        QVERIFY(CertificatePdf::qrCode(QByteArray()).isNull());

        if (!have("zbarimg"))
            QSKIP("zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(qr.save(png));
        QCOMPARE(run(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), png }).trimmed(),
                 QByteArray("7K2M-QX4D-9TBE"));
    }

    void printedQrCarriesTheCode()
    {
        if (!have("pdftoppm") || !have("zbarimg"))
            QSKIP("pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("page"));
        QVERIFY(!run(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                       QStringLiteral("-singlefile"), m_pdf, prefix })
                     .isNull());
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY2(page.width() > page.height(), "the certificate is landscape");
        QCOMPARE(run(QStringLiteral("zbarimg"),
                     { QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png") })
                     .trimmed(),
                 QByteArray("7K2M-QX4D-9TBE"));
    }
};

QTEST_MAIN(TestCertificatePdf)
#include "tst_certificatepdf.moc"
