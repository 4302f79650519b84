#include "audio/midifilereader.h"

#include <QTest>

using namespace stages::audio;

namespace {

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex).replace(' ', ""));
}

} // namespace

/// Hand-made files, byte by byte, for what our writer never produces: running status, note-off as
/// note-on with velocity 0, format 1 with a tempo track, and damaged files.
class TestMidiFileReader : public QObject
{
    Q_OBJECT

private slots:
    void runningStatusAndVelocityZero()
    {
        // Format 0, 96 ticks/beat; tempo 500000 us (120 BPM); program 5; C4 on, E4 on (running
        // status), then both off as note-on velocity 0 (running status), end of track.
        const QByteArray file = fromHex("4d546864 00000006 0000 0001 0060"
                                        "4d54726b 0000001b"
                                        "00 ff5103 07a120"
                                        "00 c005"
                                        "00 903c64 00 4050"
                                        "60 3c00 30 4000"
                                        "00 ff2f00");
        auto content = MidiFileReader::parse(file);
        QVERIFY2(content.ok(), qPrintable(content.error()));
        QCOMPARE(content->ticksPerBeat, 96);
        QCOMPARE(content->tempoBpm, 120.0);
        QCOMPARE(content->programs.size(), 1);
        QCOMPARE(content->programs.constFirst().program, 5);
        QCOMPARE(content->notes.size(), 2);
        QCOMPARE(content->notes.at(0), (MidiFileContent::Note { 0, 60, 100, 0, 96 }));
        QCOMPARE(content->notes.at(1), (MidiFileContent::Note { 0, 64, 80, 0, 144 }));
    }

    void formatOneWithTempoTrack()
    {
        const QByteArray file = fromHex("4d546864 00000006 0001 0002 01e0"
                                        "4d54726b 0000000b 00 ff5103 0927c0 00 ff2f00"
                                        "4d54726b 0000000d 00 993864 8360 893800 00 ff2f00");
        auto content = MidiFileReader::parse(file);
        QVERIFY2(content.ok(), qPrintable(content.error()));
        QCOMPARE(content->format, 1);
        QCOMPARE(content->tempoBpm, 100.0);
        QCOMPARE(content->notes.size(), 1);
        QCOMPARE(content->notes.constFirst(), (MidiFileContent::Note { 9, 56, 100, 0, 480 }));
    }

    void rejectsDamaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello world, no midi here");
        QTest::newRow("truncated track") << fromHex("4d546864 00000006 0000 0001 0060 4d54726b 000000ff 00903c64");
        QTest::newRow("format 2") << fromHex("4d546864 00000006 0002 0001 0060");
        QTest::newRow("smpte") << fromHex("4d546864 00000006 0000 0001 e728");
        QTest::newRow("data without status") << fromHex("4d546864 00000006 0000 0001 0060 4d54726b 00000004 003c6400");
    }

    void rejectsDamaged()
    {
        QFETCH(QByteArray, bytes);
        auto content = MidiFileReader::parse(bytes);
        QVERIFY(!content.ok());
        QVERIFY(!content.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMidiFileReader)
#include "tst_midifilereader.moc"
