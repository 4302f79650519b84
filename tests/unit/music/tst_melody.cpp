#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/melody.h"

#include <QTest>

using namespace stages::music;

class TestMelody : public QObject
{
    Q_OBJECT

private slots:
    void fromPitches()
    {
        const Melody m = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C4 E4 G4")));
        QCOMPARE(m.notes.size(), 3);
        QCOMPARE(m.notes.at(1), (MelodyNote { 64, 1, 1, 100 }));
        QCOMPARE(m.lengthBeats(), 3.0);
        QCOMPARE(m.beatToSeconds(3), 1.5);
    }

    void fromOrders()
    {
        const QList<Pitch> motif = *Pitch::parseList(QStringLiteral("C4 E4 G4"));
        const Melody m = Melody::fromOrders(motif, { { 0, 1, 2 }, { 2, 1, 0 } }, 0.5);
        QList<int> keys;
        for (const auto &n : m.notes)
            keys.append(n.key);
        QCOMPARE(keys, (QList<int> { 60, 64, 67, 67, 64, 60 }));
        QCOMPARE(m.notes.constLast().beats, 1.0);
        QCOMPARE(m.lengthBeats(), 3.5);
    }

    void fromRhythm()
    {
        const Melody m = Melody::fromRhythm(*EuclideanRhythm::euclid(3, 8), 38, 2, 0.5);
        QCOMPARE(m.instrument, QStringLiteral("drums"));
        QCOMPARE(m.notes.size(), 6);
        QCOMPARE(m.notes.at(3).startBeat, 4.0);
        QCOMPARE(m.notes.at(1).startBeat, 1.5);
        QVERIFY(m.notes.at(0).velocity > m.notes.at(1).velocity);
    }

    void jsonRoundTrip()
    {
        Melody m = Melody::fromPitches(*Pitch::parseList(QStringLiteral("A4 B4 C#5")), 0.75);
        m.tempoBpm = 96;
        m.instrument = QStringLiteral("marimba");
        m.notes[1].velocity = 64;
        auto back = Melody::fromJson(m.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, m);
    }

    void rejectsDamagedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("other format") << QByteArray(R"({"format":"drawing"})");
        QTest::newRow("newer") << QByteArray(R"({"format":"stages-melody","version":2})");
        QTest::newRow("bad key") << QByteArray(
            R"({"format":"stages-melody","version":1,"notes":[{"key":200,"start":0,"beats":1}]})");
        QTest::newRow("bad tempo") << QByteArray(R"({"format":"stages-melody","version":1,"tempo":5})");
    }

    void rejectsDamagedJson()
    {
        QFETCH(QByteArray, json);
        auto m = Melody::fromJson(json);
        QVERIFY(!m.ok());
        QVERIFY(!m.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMelody)
#include "tst_melody.moc"
