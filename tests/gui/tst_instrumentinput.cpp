// What all instruments share (InstrumentWidget): multi-touch with glissando, keyboard focus by Tab
// with a visible focus ring, no hanging notes when focus leaves, a disabled instrument is silent.
// Each test runs on the xylophone, the piano and the drum pads.

#include "tst_instrumentrecorder.h"

#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/pianowidget.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QApplication>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace stages::music;

namespace {

std::unique_ptr<InstrumentWidget> makeInstrument(const QString &kind)
{
    if (kind == QLatin1String("piano"))
        return std::make_unique<PianoWidget>();
    if (kind == QLatin1String("drums"))
        return std::make_unique<DrumPadsWidget>();
    return std::make_unique<XylophoneWidget>();
}

// A point inside the note's shape that plays nothing else (white piano keys: below the black ones).
QPoint pointOn(const InstrumentWidget &instrument, int note)
{
    const QRectF r = instrument.noteRect(note);
    return QPoint(int(r.center().x()), int(r.bottom() - r.height() * 0.15));
}

// An instrument that asks for letter labels, as the old key maps did.
class LetterLabelledInstrument : public InstrumentWidget
{
public:
    LetterLabelledInstrument()
    {
        setNotes({ 60, 62, 64 });
        setKeyBindings({ { Qt::Key_Z, 60, QStringLiteral("Z") },
                         { Qt::Key_D, 62, QStringLiteral("D") },
                         { Qt::Key_A, 64, QStringLiteral("A") } });
    }
    int noteAt(QPointF) const override { return -1; }
    QRectF noteRect(int) const override { return {}; }
};

} // namespace

class TestInstrumentInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void multiTouch_data();
    void multiTouch();
    void tabReachesInstrumentAndShowsFocusRing_data();
    void tabReachesInstrumentAndShowsFocusRing();
    void focusLossReleasesKeys_data();
    void focusLossReleasesKeys();
    void disabledIsSilent_data();
    void disabledIsSilent();
    void printedKeysAreDigits_data();
    void printedKeysAreDigits();
    void noteNameLabelsAreNeverPrinted();

private:
    void addKinds();
    QPointingDevice *m_touchScreen = nullptr;
};

void TestInstrumentInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_touchScreen = QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen);
}

void TestInstrumentInput::addKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("channel");
    QTest::newRow("xylophone") << QStringLiteral("xylophone") << 0;
    QTest::newRow("piano") << QStringLiteral("piano") << 0;
    QTest::newRow("drums") << QStringLiteral("drums") << 9;
}

void TestInstrumentInput::multiTouch_data()
{
    addKinds();
}

void TestInstrumentInput::multiTouch()
{
    QFETCH(QString, kind);
    QFETCH(int, channel);
    RecordingNoteOutput output;
    const auto instrument = makeInstrument(kind);
    instrument->setNoteOutput(&output);
    instrument->resize(1000, 420);
    instrument->show();
    QVERIFY(QTest::qWaitForWindowExposed(instrument.get()));
    const QList<int> notes = instrument->notes();
    const int a = notes[0];
    const int b = notes[2];
    const int c = notes[3];
    QSignalSpy pressed(instrument.get(), &InstrumentWidget::notePressed);

    // Two fingers down at once: both sound and light.
    QTest::touchEvent(instrument.get(), m_touchScreen)
        .press(0, pointOn(*instrument, a))
        .press(1, pointOn(*instrument, b));
    QVERIFY(instrument->isLit(a));
    QVERIFY(instrument->isLit(b));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(channel, a), RecordingNoteOutput::on(channel, b) }));

    // The second finger slides onto the next note: a glissando; the first stays.
    QTest::touchEvent(instrument.get(), m_touchScreen).stationary(0).move(1, pointOn(*instrument, c));
    QVERIFY(instrument->isLit(a));
    QVERIFY(!instrument->isLit(b));
    QVERIFY(instrument->isLit(c));

    QTest::touchEvent(instrument.get(), m_touchScreen).release(0, pointOn(*instrument, a)).stationary(1);
    QVERIFY(!instrument->isLit(a));
    QVERIFY(instrument->isLit(c));
    QTest::touchEvent(instrument.get(), m_touchScreen).release(1, pointOn(*instrument, c));
    QVERIFY(!instrument->isLit(c));

    QCOMPARE(output.events,
             (QStringList { RecordingNoteOutput::on(channel, a), RecordingNoteOutput::on(channel, b),
                            RecordingNoteOutput::off(channel, b), RecordingNoteOutput::on(channel, c),
                            RecordingNoteOutput::off(channel, a), RecordingNoteOutput::off(channel, c) }));
    QCOMPARE(pressed.count(), 3);
}

void TestInstrumentInput::tabReachesInstrumentAndShowsFocusRing_data()
{
    addKinds();
}

void TestInstrumentInput::tabReachesInstrumentAndShowsFocusRing()
{
    QFETCH(QString, kind);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("before"));
    layout->addWidget(button);
    auto instrumentOwner = makeInstrument(kind);
    InstrumentWidget *instrument = instrumentOwner.release();
    layout->addWidget(instrument);
    window.resize(1000, 500);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    const QImage unfocused = instrument->grab().toImage();

    QTest::keyClick(button, Qt::Key_Tab);
    QTRY_VERIFY(instrument->hasFocus());
    // The ring is drawn in the palette's highlight colour along the edge.
    const QImage focused = instrument->grab().toImage();
    const QColor ring = instrument->palette().color(QPalette::Highlight);
    const QPoint edge(focused.width() / 2, 2);
    QCOMPARE(focused.pixelColor(edge).name(), ring.name());
    QVERIFY(unfocused.pixelColor(edge).name() != ring.name());

    // And the keys now play it.
    QSignalSpy pressed(instrument, &InstrumentWidget::notePressed);
    const QString key = instrument->keyLabel(instrument->notes().first());
    QTest::keyClick(static_cast<QWidget *>(nullptr), QKeySequence(key)[0].key()); // to the focus widget
    QCOMPARE(pressed.count(), 1);
    QCOMPARE(pressed.at(0).at(0).toInt(), instrument->notes().first());
}

void TestInstrumentInput::focusLossReleasesKeys_data()
{
    addKinds();
}

void TestInstrumentInput::focusLossReleasesKeys()
{
    QFETCH(QString, kind);
    QFETCH(int, channel);
    RecordingNoteOutput output;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    InstrumentWidget *instrument = makeInstrument(kind).release();
    layout->addWidget(instrument);
    auto *button = new QPushButton(QStringLiteral("after"));
    layout->addWidget(button);
    instrument->setNoteOutput(&output);
    window.resize(1000, 500);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    instrument->setFocus();
    QTRY_VERIFY(instrument->hasFocus());

    const int note = instrument->notes().first();
    const auto key = QKeySequence(instrument->keyLabel(note))[0].key();
    QTest::keyPress(instrument, key);
    QVERIFY(instrument->isLit(note));
    button->setFocus(); // the key's release will not reach the instrument
    QTRY_VERIFY(!instrument->isLit(note));
    QCOMPARE(output.events,
             (QStringList { RecordingNoteOutput::on(channel, note), RecordingNoteOutput::off(channel, note) }));
}

void TestInstrumentInput::printedKeysAreDigits_data()
{
    addKinds();
}

void TestInstrumentInput::printedKeysAreDigits()
{
    // What is printed on a bar, key or pad is a digit, never a letter a child would read as the
    // note's name (C D E F G A H/B, do re mi fa sol la si/ti), and that digit plays it.
    QFETCH(QString, kind);
    QFETCH(int, channel);
    const auto instrument = makeInstrument(kind);
    RecordingNoteOutput output;
    instrument->setNoteOutput(&output);
    int labelled = 0;
    for (const int note : instrument->notes()) {
        const QString label = instrument->keyLabel(note);
        QVERIFY2(!NoteAppearance::isNoteName(label), qPrintable(label));
        if (label.isEmpty())
            continue;
        QVERIFY2(label.size() == 1 && label.at(0).isDigit(), qPrintable(label));
        ++labelled;
        output.events.clear();
        QTest::keyClick(instrument.get(), Qt::Key(Qt::Key_0 + label.toInt()));
        QCOMPARE(output.events,
                 (QStringList { RecordingNoteOutput::on(channel, note), RecordingNoteOutput::off(channel, note) }));
    }
    QCOMPARE(labelled, std::min<int>(int(instrument->notes().size()), 10));
}

void TestInstrumentInput::noteNameLabelsAreNeverPrinted()
{
    // Whatever a subclass asks for, a label that reads as a note name is not printed; the key plays.
    LetterLabelledInstrument instrument;
    RecordingNoteOutput output;
    instrument.setNoteOutput(&output);
    QCOMPARE(instrument.keyLabel(60), QStringLiteral("Z")); // not a note name in any language
    QCOMPARE(instrument.keyLabel(62), QString());
    QCOMPARE(instrument.keyLabel(64), QString());
    QTest::keyClick(&instrument, Qt::Key_A);
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, 64), RecordingNoteOutput::off(0, 64) }));
}

void TestInstrumentInput::disabledIsSilent_data()
{
    addKinds();
}

void TestInstrumentInput::disabledIsSilent()
{
    QFETCH(QString, kind);
    RecordingNoteOutput output;
    const auto instrument = makeInstrument(kind);
    instrument->setNoteOutput(&output);
    instrument->resize(1000, 420);
    instrument->show();
    QVERIFY(QTest::qWaitForWindowExposed(instrument.get()));
    const int note = instrument->notes().first();
    instrument->setEnabled(false);
    QTest::mouseClick(instrument.get(), Qt::LeftButton, {}, pointOn(*instrument, note));
    QVERIFY(output.events.isEmpty());
    // The app may still show what it plays while the pupil listens.
    instrument->highlight(note, 1000);
    QVERIFY(instrument->isLit(note));
}

QTEST_MAIN(TestInstrumentInput)
#include "tst_instrumentinput.moc"
