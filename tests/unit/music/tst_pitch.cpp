#include "exercises/music/pitch.h"

#include <QTest>

using namespace stages::music;

class TestPitch : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("middle C") << "C4" << 60 << "C4";
        QTest::newRow("A4") << "A4" << 69 << "A4";
        QTest::newRow("sharp") << "F#3" << 54 << "F#3";
        QTest::newRow("flat") << "Bb2" << 46 << "A#2";
        QTest::newRow("lower case") << "e4" << 64 << "E4";
        QTest::newRow("B#3 is C4") << "B#3" << 60 << "C4";
        QTest::newRow("Cb4 is B3") << "Cb4" << 59 << "B3";
        QTest::newRow("lowest") << "C-1" << 0 << "C-1";
        QTest::newRow("highest") << "G9" << 127 << "G9";
        QTest::newRow("double sharp") << "C##4" << 62 << "D4";
    }

    void parse()
    {
        QFETCH(QString, name);
        QFETCH(int, key);
        QFETCH(QString, canonical);
        auto p = Pitch::parse(name);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->midiKey(), key);
        QCOMPARE(p->name(), canonical);
        QCOMPARE(Pitch::parse(p->name())->midiKey(), key);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("no octave") << "C";
        QTest::newRow("bad letter") << "H4";
        QTest::newRow("above G9") << "A9";
        QTest::newRow("below C-1") << "Cb-1";
        QTest::newRow("words") << "do re mi";
    }

    void rejects()
    {
        QFETCH(QString, name);
        auto p = Pitch::parse(name);
        QVERIFY(!p.ok());
        QVERIFY(!p.error().isEmpty());
    }

    void frequency_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("hz");
        QTest::newRow("A4") << 69 << 440.0;
        QTest::newRow("A5") << 81 << 880.0;
        QTest::newRow("C4") << 60 << 261.6256;
        QTest::newRow("E4") << 64 << 329.6276;
        QTest::newRow("G4") << 67 << 391.9954;
    }

    void frequency()
    {
        QFETCH(int, key);
        QFETCH(double, hz);
        QVERIFY(qAbs(Pitch(key).frequency() - hz) < 1e-3);
    }

    void parseList()
    {
        auto list = Pitch::parseList(QStringLiteral(" C4 E4,G4  "));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(2).midiKey(), 67);
        QVERIFY(!Pitch::parseList(QStringLiteral("C4 X9")).ok());
        QVERIFY(!Pitch::parseList(QStringLiteral("   ")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPitch)
#include "tst_pitch.moc"
