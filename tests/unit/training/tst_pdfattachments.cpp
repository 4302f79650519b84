// PdfAttachments: the embedded files of PDFs shaped in the ways real writers shape them (direct
// and indirect lengths, compressed or not, flat and nested name trees, UTF-16 names,
// incremental updates), and clear errors for what is not a readable PDF.

#include "core/training/pdfattachments.h"
#include "pdfbuilder.h"

#include <QTest>

using namespace stages;
using namespace testpdf;

class TestPdfAttachments : public QObject
{
    Q_OBJECT

private slots:
    void readsAnUncompressedAttachment()
    {
        QList<Object> objects = skeleton("<< /Names [(hello.txt) 5 0 R] >>");
        objects << plain(5, "<< /Type /Filespec /F (hello.txt) /EF << /F 6 0 R >> >>")
                << stream(6, "<< /Type /EmbeddedFile /Length 11 >>", "Hello there");
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->value(QStringLiteral("hello.txt")), QByteArray("Hello there"));
    }

    // As QPdfWriter writes it: FlateDecode, /Length an indirect object written after the stream,
    // the name a UTF-16BE string.
    void readsACompressedAttachmentWithAnIndirectLength()
    {
        const QByteArray content = QByteArray("{\"name\": \"Jana Nov\xc3\xa1kov\xc3\xa1\"}\n").repeated(40);
        const QByteArray compressed = flate(content);
        QList<Object> objects
            = skeleton("<< /Names [<FEFF00630065007200740069006600690063006100740065002E006A0073006F006E> 6 0 R] >>");
        objects << stream(5, "<< /Filter /FlateDecode /Length 7 0 R >>", compressed)
                << plain(6, "<< /F (certificate.json) /EF << /F 5 0 R >> /Type /Filespec >>")
                << plain(7, QByteArray::number(compressed.size()));
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->value(QStringLiteral("certificate.json")), content);
    }

    void followsANestedNameTreeAndReadsEveryFile()
    {
        QList<Object> objects = skeleton("<< /Kids [8 0 R 9 0 R] >>");
        const QByteArray b = flate("bbb");
        objects << plain(5, "<< /Type /Filespec /UF (b.txt) /EF << /UF 6 0 R >> >>")
                << stream(6, "<< /Length " + QByteArray::number(b.size()) + " /Filter [/FlateDecode] >>", b)
                << stream(7, "<< /Length 1 >>", "a")
                << plain(8, "<< /Limits [(a.txt) (a.txt)] /Names [(a.txt) << /F (a.txt) /EF << /F 7 0 R >> >>] >>")
                << plain(9, "<< /Limits [(b.txt) (b.txt)] /Names [(b.txt) 5 0 R] >>");
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->keys(), (QStringList { QStringLiteral("a.txt"), QStringLiteral("b.txt") }));
        QCOMPARE(files->value(QStringLiteral("a.txt")), QByteArray("a"));
        QCOMPARE(files->value(QStringLiteral("b.txt")), QByteArray("bbb"));
    }

    void decodesEscapesInLiteralNames()
    {
        QList<Object> objects = skeleton(R"(<< /Names [(cert\(1\)\056json) 5 0 R] >>)");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>") << stream(6, "<< /Length 2 >>", "{}");
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->keys(), QStringList { QStringLiteral("cert(1).json") });
    }

    // Uncompressed stream data that looks like an object of the file must not replace that object.
    void isNotFooledByObjectsInsideStreams()
    {
        const QByteArray trap = "\n1 0 obj\n<< /Type /Catalog /Names 99 0 R >>\nendobj\n";
        QList<Object> objects = skeleton("<< /Names [(trap.txt) 5 0 R] >>");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>")
                << stream(6, "<< /Length " + QByteArray::number(trap.size()) + " >>", trap);
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->value(QStringLiteral("trap.txt")), trap);
    }

    void takesTheLatestRevisionOfAnIncrementalUpdate()
    {
        QList<Object> objects = skeleton("<< /Names [(note.txt) 5 0 R] >>");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>") << stream(6, "<< /Length 3 >>", "old");
        const auto files = PdfAttachments::read(build(objects, {}, { stream(6, "<< /Length 3 >>", "new") }));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->value(QStringLiteral("note.txt")), QByteArray("new"));
    }

    void aPdfWithoutAttachmentsHasNone()
    {
        const QList<Object> objects { plain(1, "<< /Type /Catalog /Pages 2 0 R >>"),
                                      plain(2, "<< /Type /Pages /Kids [] /Count 0 >>") };
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QVERIFY(files->isEmpty());
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");

        const QString notPdf = PdfAttachments::tr("This file is not a PDF.");
        QTest::newRow("empty") << QByteArray() << notPdf;
        QTest::newRow("json") << QByteArray(R"({"format":"stages-certificate"})") << notPdf;
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n")
                                     << PdfAttachments::tr("This PDF is damaged: its catalog cannot be found.");

        QList<Object> objects = skeleton("<< /Names [(x.txt) 5 0 R] >>");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>") << stream(6, "<< /Length 3 >>", "abc");
        QTest::newRow("encrypted") << build(objects, "/Encrypt << /Filter /Standard >>")
                                   << PdfAttachments::tr(
                                          "This PDF is encrypted, so its attached files cannot be read.");

        objects[5] = stream(6, "<< /Length 9 /Filter /FlateDecode >>", "not zlib!");
        QTest::newRow("bad deflate") << build(objects)
                                     << PdfAttachments::tr("An attached file in this PDF is damaged.");

        const QByteArray shortened = flate(QByteArray("x").repeated(5000));
        objects[5] = stream(6, "<< /Length 10 /Filter /FlateDecode >>", shortened.left(10));
        QTest::newRow("cut deflate") << build(objects)
                                     << PdfAttachments::tr("An attached file in this PDF is damaged.");

        objects[5] = stream(6, "<< /Length 3 /Filter /LZWDecode >>", "abc");
        QTest::newRow("other filter") << build(objects)
                                      << PdfAttachments::tr(
                                             "The attached file %1 is compressed in a way Stages cannot read.")
                                             .arg(QStringLiteral("x.txt"));

        objects.removeAt(5); // the file specification points at a missing stream
        QTest::newRow("missing stream") << build(objects)
                                        << PdfAttachments::tr("An attached file in this PDF is damaged.");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto files = PdfAttachments::read(data);
        QVERIFY(!files.ok());
        QCOMPARE(files.error(), error);
    }

    void refusesACompressedBomb()
    {
        // 17 MiB of zeros compress to a few kilobytes; reading stops at the 16 MiB limit.
        const QByteArray bomb = flate(QByteArray(17 * 1024 * 1024, '\0'));
        QList<Object> objects = skeleton("<< /Names [(zeros.bin) 5 0 R] >>");
        objects << plain(5, "<< /EF << /F 6 0 R >> >>")
                << stream(6, "<< /Filter /FlateDecode /Length " + QByteArray::number(bomb.size()) + " >>", bomb);
        const auto files = PdfAttachments::read(build(objects));
        QVERIFY(!files.ok());
        QCOMPARE(files.error(), PdfAttachments::tr("An attached file in this PDF is too big to read."));
    }
};

QTEST_GUILESS_MAIN(TestPdfAttachments)
#include "tst_pdfattachments.moc"
