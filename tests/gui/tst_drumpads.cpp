// The drum pads: GM percussion on channel 9 by click and by number keys, including the Czech
// keyboard's top row.

#include "tst_instrumentrecorder.h"

#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/noteappearance.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using stages::music::DrumPadsWidget;
using stages::music::NoteAppearance;

class TestDrumPads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pads();
    void clickEachPad_data();
    void clickEachPad();
    void numberKeys_data();
    void numberKeys();
    void czechTopRow_data();
    void czechTopRow();
    void fewerPadsGrowBigger();
    void padsAreBigEnough();
    void padLabelsAreDigitsNotNoteNames();
};

void TestDrumPads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDrumPads::pads()
{
    DrumPadsWidget drums;
    QCOMPARE(drums.channel(), 9);
    QCOMPARE(drums.notes(), (QList<int> { 36, 38, 42, 46, 39, 45 }));
    for (const int key : drums.notes())
        QVERIFY(!DrumPadsWidget::padName(key).isEmpty());
    QVERIFY(DrumPadsWidget::padName(38) != DrumPadsWidget::padName(36));
}

void TestDrumPads::clickEachPad_data()
{
    QTest::addColumn<int>("gmKey");
    for (const int key : DrumPadsWidget::defaultPads())
        QTest::addRow("%d", key) << key;
}

void TestDrumPads::clickEachPad()
{
    QFETCH(int, gmKey);
    RecordingNoteOutput output;
    DrumPadsWidget drums;
    drums.setNoteOutput(&output);
    drums.resize(700, 460);
    drums.show();
    QVERIFY(QTest::qWaitForWindowExposed(&drums));
    QSignalSpy pressed(&drums, &DrumPadsWidget::notePressed);
    const QPoint centre = drums.noteRect(gmKey).center().toPoint();
    QTest::mousePress(&drums, Qt::LeftButton, {}, centre);
    QVERIFY(drums.isLit(gmKey));
    QTest::mouseRelease(&drums, Qt::LeftButton, {}, centre);
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(9, gmKey), RecordingNoteOutput::off(9, gmKey) }));
    QCOMPARE(pressed.count(), 1);
    QCOMPARE(pressed.at(0).at(0).toInt(), gmKey);
}

void TestDrumPads::numberKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("gmKey");
    const QList<int> pads = DrumPadsWidget::defaultPads();
    const QList<int> keys = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6 };
    for (int i = 0; i < pads.size(); ++i)
        QTest::addRow("%d", i + 1) << keys[i] << pads[i];
}

void TestDrumPads::numberKeys()
{
    QFETCH(int, key);
    QFETCH(int, gmKey);
    RecordingNoteOutput output;
    DrumPadsWidget drums;
    drums.setNoteOutput(&output);
    QCOMPARE(drums.keyLabel(gmKey), QKeySequence(key).toString());
    QVERIFY(!NoteAppearance::isNoteName(drums.keyLabel(gmKey)));
    QTest::keyClick(&drums, Qt::Key(key));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(9, gmKey), RecordingNoteOutput::off(9, gmKey) }));
}

void TestDrumPads::czechTopRow_data()
{
    QTest::addColumn<int>("qtKey");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("gmKey");
    QTest::newRow("+ is 1") << int(Qt::Key_Plus) << QStringLiteral("+") << 36;
    QTest::newRow("ě is 2") << 0x011A << QStringLiteral("ě") << 38;
    QTest::newRow("š is 3") << 0x0160 << QStringLiteral("š") << 42;
    QTest::newRow("č is 4") << 0x010C << QStringLiteral("č") << 46;
    QTest::newRow("ř is 5") << 0x0158 << QStringLiteral("ř") << 39;
    QTest::newRow("ž is 6") << 0x017D << QStringLiteral("ž") << 45;
}

void TestDrumPads::czechTopRow()
{
    QFETCH(int, qtKey);
    QFETCH(QString, text);
    QFETCH(int, gmKey);
    RecordingNoteOutput output;
    DrumPadsWidget drums;
    drums.setNoteOutput(&output);
    QKeyEvent press(QEvent::KeyPress, qtKey, Qt::NoModifier, text);
    QApplication::sendEvent(&drums, &press);
    QVERIFY(drums.isLit(gmKey));
    QKeyEvent release(QEvent::KeyRelease, qtKey, Qt::NoModifier, text);
    QApplication::sendEvent(&drums, &release);
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(9, gmKey), RecordingNoteOutput::off(9, gmKey) }));
}

void TestDrumPads::fewerPadsGrowBigger()
{
    DrumPadsWidget drums;
    drums.resize(800, 400);
    const qreal sixPads = drums.noteRect(36).width();
    drums.setPads({ 36, 38, 42, 39 });
    QCOMPARE(drums.notes(), (QList<int> { 36, 38, 42, 39 }));
    QVERIFY(drums.noteRect(36).width() >= sixPads);
    QVERIFY(drums.noteRect(46).isEmpty());
    // Pads do not overlap.
    QVERIFY(!drums.noteRect(36).intersects(drums.noteRect(38)));
}

void TestDrumPads::padsAreBigEnough()
{
    DrumPadsWidget drums;
    drums.resize(drums.minimumSizeHint());
    for (const int key : drums.notes())
        QVERIFY2(drums.noteRect(key).width() >= 64, qPrintable(QString::number(drums.noteRect(key).width())));
}

void TestDrumPads::padLabelsAreDigitsNotNoteNames()
{
    // Up to ten pads get the digits 1..9, 0; the rest no key. Never a letter that reads as a note.
    DrumPadsWidget drums;
    drums.setPads({ 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46 });
    QStringList labels;
    for (const int key : drums.notes()) {
        const QString label = drums.keyLabel(key);
        QVERIFY2(!NoteAppearance::isNoteName(label), qPrintable(label));
        labels.append(label);
    }
    QCOMPARE(labels,
             (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                            QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                            QStringLiteral("9"), QStringLiteral("0"), QString(), QString() }));
}

QTEST_MAIN(TestDrumPads)
#include "tst_drumpads.moc"
