// The two-octave piano: every key by mouse and by computer key, and black-versus-white hit testing
// where the keys overlap.

#include "tst_instrumentrecorder.h"

#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/pianowidget.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using stages::music::NoteAppearance;
using stages::music::PianoWidget;

class TestPiano : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keys();
    void clickEachKey_data();
    void clickEachKey();
    void hitTesting_data();
    void hitTesting();
    void keyMap_data();
    void keyMap();
    void chordWithKeys();
    void lowestNote();
    void highlightBlackKey();
    void keyLabelsAreNeverNoteNames();
};

void TestPiano::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPiano::keys()
{
    PianoWidget piano;
    QList<int> expected;
    for (int note = 60; note <= 83; ++note)
        expected << note;
    QCOMPARE(piano.notes(), expected);
    // Black keys are narrower and shorter than white keys, and lie over the line between two.
    piano.resize(1000, 340);
    const QRectF c = piano.noteRect(60);
    const QRectF cSharp = piano.noteRect(61);
    const QRectF d = piano.noteRect(62);
    QVERIFY(cSharp.width() < c.width());
    QVERIFY(cSharp.height() < c.height());
    QVERIFY(cSharp.left() < c.right() && cSharp.right() > d.left());
}

void TestPiano::clickEachKey_data()
{
    QTest::addColumn<int>("note");
    for (int note = 60; note <= 83; ++note)
        QTest::addRow("%d", note) << note;
}

void TestPiano::clickEachKey()
{
    QFETCH(int, note);
    RecordingNoteOutput output;
    PianoWidget piano;
    piano.setNoteOutput(&output);
    piano.resize(1000, 340);
    piano.show();
    QVERIFY(QTest::qWaitForWindowExposed(&piano));
    QSignalSpy pressed(&piano, &PianoWidget::notePressed);

    // White keys are played below the black ones, black keys in their middle.
    const QRectF key = piano.noteRect(note);
    const QPoint point = NoteAppearance::isBlackKey(note) ? key.center().toPoint()
                                                          : QPoint(int(key.center().x()), int(key.bottom() - 15));
    QTest::mousePress(&piano, Qt::LeftButton, {}, point);
    QVERIFY(piano.isLit(note));
    QTest::mouseRelease(&piano, Qt::LeftButton, {}, point);
    QVERIFY(!piano.isLit(note));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, note), RecordingNoteOutput::off(0, note) }));
    QCOMPARE(pressed.count(), 1);
    QCOMPARE(pressed.at(0).at(0).toInt(), note);
}

void TestPiano::hitTesting_data()
{
    // Points are given relative to a white key's rectangle: (white key, x fraction, y fraction).
    QTest::addColumn<int>("whiteKey");
    QTest::addColumn<double>("fx");
    QTest::addColumn<double>("fy");
    QTest::addColumn<int>("expected");
    QTest::newRow("C4 middle bottom") << 60 << 0.5 << 0.9 << 60;
    QTest::newRow("C4 top left, no black key there") << 60 << 0.05 << 0.1 << 60;
    QTest::newRow("C4 top right is C#4") << 60 << 0.95 << 0.1 << 61;
    QTest::newRow("C4 right edge low is C4") << 60 << 0.95 << 0.85 << 60;
    QTest::newRow("D4 top left is C#4") << 62 << 0.05 << 0.3 << 61;
    QTest::newRow("D4 top middle is D4") << 62 << 0.5 << 0.1 << 62;
    QTest::newRow("D4 top right is D#4") << 62 << 0.95 << 0.5 << 63;
    QTest::newRow("E4 top right: no black key between E and F") << 64 << 0.97 << 0.1 << 64;
    QTest::newRow("F4 top left: no black key between E and F") << 65 << 0.03 << 0.1 << 65;
    QTest::newRow("F4 top right is F#4") << 65 << 0.9 << 0.2 << 66;
    QTest::newRow("G4 top right is G#4") << 67 << 0.9 << 0.2 << 68;
    QTest::newRow("A4 top right is A#4") << 69 << 0.9 << 0.2 << 70;
    QTest::newRow("B4 top right: no black key between B and C") << 71 << 0.97 << 0.1 << 71;
    QTest::newRow("C5 top left") << 72 << 0.03 << 0.1 << 72;
    QTest::newRow("C5 top right is C#5") << 72 << 0.9 << 0.3 << 73;
    QTest::newRow("A5 top right is A#5") << 81 << 0.9 << 0.3 << 82;
    QTest::newRow("B5 bottom") << 83 << 0.5 << 0.95 << 83;
    QTest::newRow("B5 top right") << 83 << 0.97 << 0.05 << 83;
}

void TestPiano::hitTesting()
{
    QFETCH(int, whiteKey);
    QFETCH(double, fx);
    QFETCH(double, fy);
    QFETCH(int, expected);
    RecordingNoteOutput output;
    PianoWidget piano;
    piano.setNoteOutput(&output);
    piano.resize(1000, 340);
    piano.show();
    QVERIFY(QTest::qWaitForWindowExposed(&piano));
    const QRectF key = piano.noteRect(whiteKey);
    QVERIFY(!NoteAppearance::isBlackKey(whiteKey));
    const QPoint point(int(key.left() + fx * key.width()), int(key.top() + fy * key.height()));
    QCOMPARE(piano.noteAt(point), expected);
    QTest::mouseClick(&piano, Qt::LeftButton, {}, point);
    QCOMPARE(output.events,
             (QStringList { RecordingNoteOutput::on(0, expected), RecordingNoteOutput::off(0, expected) }));
}

void TestPiano::keyMap_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("note");
    QTest::addColumn<QString>("label"); // what is printed on the key
    // The digits play the first ten white keys, C4..E5, and are printed on them.
    const QList<int> whites = { 60, 62, 64, 65, 67, 69, 71, 72, 74, 76 };
    for (int i = 0; i < whites.size(); ++i) {
        const int digit = (i + 1) % 10;
        QTest::addRow("digit %d", digit) << int(Qt::Key_0 + digit) << whites[i] << QString::number(digit);
    }
    // The tracker letters still play, unprinted (the upper black keys lost 2 3 5 6 7 to the digits).
    const QList<int> lower = { Qt::Key_Z, Qt::Key_S, Qt::Key_X, Qt::Key_D, Qt::Key_C, Qt::Key_V,
                               Qt::Key_G, Qt::Key_B, Qt::Key_H, Qt::Key_N, Qt::Key_J, Qt::Key_M };
    const QList<int> upper
        = { Qt::Key_Q, 0, Qt::Key_W, 0, Qt::Key_E, Qt::Key_R, 0, Qt::Key_T, 0, Qt::Key_Y, 0, Qt::Key_U };
    for (int i = 0; i < 12; ++i) {
        const int lowDigit = int(whites.indexOf(60 + i));
        const int highDigit = int(whites.indexOf(72 + i));
        QTest::addRow("lower %d", 60 + i)
            << lower[i] << 60 + i << (lowDigit < 0 ? QString() : QString::number((lowDigit + 1) % 10));
        if (upper[i] != 0)
            QTest::addRow("upper %d", 72 + i)
                << upper[i] << 72 + i << (highDigit < 0 ? QString() : QString::number((highDigit + 1) % 10));
    }
}

void TestPiano::keyMap()
{
    QFETCH(int, key);
    QFETCH(int, note);
    QFETCH(QString, label);
    RecordingNoteOutput output;
    PianoWidget piano;
    piano.setNoteOutput(&output);
    QCOMPARE(piano.keyLabel(note), label);
    QTest::keyPress(&piano, Qt::Key(key));
    QVERIFY(piano.isLit(note));
    QTest::keyRelease(&piano, Qt::Key(key));
    QVERIFY(!piano.isLit(note));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, note), RecordingNoteOutput::off(0, note) }));
}

void TestPiano::chordWithKeys()
{
    RecordingNoteOutput output;
    PianoWidget piano;
    piano.setNoteOutput(&output);
    // C major chord: Z C B held together.
    QTest::keyPress(&piano, Qt::Key_Z);
    QTest::keyPress(&piano, Qt::Key_C);
    QTest::keyPress(&piano, Qt::Key_B);
    QVERIFY(piano.isLit(60) && piano.isLit(64) && piano.isLit(67));
    QTest::keyRelease(&piano, Qt::Key_C);
    QVERIFY(piano.isLit(60) && !piano.isLit(64) && piano.isLit(67));
    piano.releaseAll();
    QVERIFY(!piano.isLit(60) && !piano.isLit(67));
    QCOMPARE(output.events.mid(0, 4),
             (QStringList { RecordingNoteOutput::on(0, 60), RecordingNoteOutput::on(0, 64),
                            RecordingNoteOutput::on(0, 67), RecordingNoteOutput::off(0, 64) }));
    QStringList rest = output.events.mid(4);
    rest.sort();
    QCOMPARE(rest, (QStringList { RecordingNoteOutput::off(0, 60), RecordingNoteOutput::off(0, 67) }));
}

void TestPiano::lowestNote()
{
    PianoWidget piano;
    piano.setLowestNote(50); // D3: moved down to C3
    QCOMPARE(piano.lowestNote(), 48);
    QCOMPARE(piano.notes().first(), 48);
    QCOMPARE(piano.notes().last(), 71);
    QCOMPARE(piano.keyLabel(48), QStringLiteral("1"));
}

void TestPiano::keyLabelsAreNeverNoteNames()
{
    // Letters on piano keys read as note names (the old tracker map printed "C" on E and "D" on
    // D sharp): only digits are printed, and never a note's name in any language.
    for (const int lowest : { 48, 60 }) {
        PianoWidget piano;
        piano.setLowestNote(lowest);
        int labelled = 0;
        for (const int note : piano.notes()) {
            const QString label = piano.keyLabel(note);
            QVERIFY2(!NoteAppearance::isNoteName(label), qPrintable(label));
            if (label.isEmpty())
                continue;
            QVERIFY2(label.size() == 1 && label.at(0).isDigit(), qPrintable(label));
            QVERIFY(!NoteAppearance::isBlackKey(note));
            ++labelled;
        }
        QCOMPARE(labelled, 10);
    }
}

void TestPiano::highlightBlackKey()
{
    PianoWidget piano;
    piano.highlight(66, 50);
    QVERIFY(piano.isLit(66));
    QTRY_VERIFY(!piano.isLit(66));
}

QTEST_MAIN(TestPiano)
#include "tst_piano.moc"
