// The xylophone widget, driven like a pupil would: clicks on bars, keys, drags; the sound output
// is a recorder, everything else is the real widget and its real painting.

#include "tst_instrumentrecorder.h"

#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using stages::music::NoteAppearance;
using stages::music::NoteNaming;
using stages::music::XylophoneWidget;
using Layout = XylophoneWidget::BarLayout;

Q_DECLARE_METATYPE(XylophoneWidget::BarLayout)
Q_DECLARE_METATYPE(stages::music::NoteNaming)

namespace {

// Mean brightness (HSV value) of the middle of a rectangle in an image.
double meanValue(const QImage &image, const QRectF &area)
{
    const QRect inner
        = area.adjusted(area.width() * 0.25, area.height() * 0.05, -area.width() * 0.25, -area.height() * 0.75)
              .toRect();
    double sum = 0;
    int count = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x) {
            sum += QColor(image.pixel(x, y)).valueF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

} // namespace

class TestXylophone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layouts();
    void barLabelsAreNeverNoteNames_data();
    void barLabelsAreNeverNoteNames();
    void clickEachBar_data();
    void clickEachBar();
    void keyMap_data();
    void keyMap();
    void keyHeldIsOneNote();
    void dragPlaysEachNewBar();
    void clickBetweenRailsOutsideBarsIsSilent();
    void customNotes();
    void highlightLightsAndGoesOut();
    void highlightIsSilentAndIgnoresForeignNotes();
    void litBarIsDrawnBrighter();
    void silentWithoutOutput();
    void noteNaming();
    void targetsStayBigAtMinimumSize();
};

void TestXylophone::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestXylophone::layouts()
{
    XylophoneWidget xylophone;
    QCOMPARE(xylophone.barLayout(), Layout::Diatonic);
    QCOMPARE(xylophone.notes(), (QList<int> { 60, 62, 64, 65, 67, 69, 71, 72 }));
    xylophone.setBarLayout(Layout::Pentatonic);
    QCOMPARE(xylophone.notes(), (QList<int> { 60, 62, 64, 67, 69, 72, 74, 76 }));
    // Bars get shorter from left to right (lower notes are longer bars).
    const QList<int> notes = xylophone.notes();
    xylophone.resize(800, 300);
    for (int i = 1; i < notes.size(); ++i)
        QVERIFY2(xylophone.noteRect(notes[i]).height() < xylophone.noteRect(notes[i - 1]).height(),
                 qPrintable(QString::number(notes[i])));
}

void TestXylophone::clickEachBar_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("note");
    for (const Layout layout : { Layout::Diatonic, Layout::Pentatonic }) {
        const char *name = layout == Layout::Diatonic ? "diatonic" : "pentatonic";
        for (const int note : XylophoneWidget::notesOf(layout))
            QTest::addRow("%s %d", name, note) << layout << note;
    }
}

void TestXylophone::clickEachBar()
{
    QFETCH(Layout, layout);
    QFETCH(int, note);
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setBarLayout(layout);
    xylophone.setNoteOutput(&output);
    xylophone.resize(900, 320);
    xylophone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&xylophone));
    QSignalSpy pressed(&xylophone, &XylophoneWidget::notePressed);
    QSignalSpy released(&xylophone, &XylophoneWidget::noteReleased);

    const QPoint centre = xylophone.noteRect(note).center().toPoint();
    QCOMPARE(xylophone.noteAt(centre), note);
    QTest::mousePress(&xylophone, Qt::LeftButton, {}, centre);
    QVERIFY(xylophone.isLit(note));
    QVERIFY(xylophone.isHeld(note));
    QCOMPARE(output.events, QStringList { RecordingNoteOutput::on(0, note) });
    QCOMPARE(pressed.count(), 1);
    QCOMPARE(pressed.at(0).at(0).toInt(), note);

    QTest::mouseRelease(&xylophone, Qt::LeftButton, {}, centre);
    QVERIFY(!xylophone.isHeld(note));
    QVERIFY(!xylophone.isLit(note));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, note), RecordingNoteOutput::off(0, note) }));
    QCOMPARE(released.count(), 1);
    QCOMPARE(released.at(0).at(0).toInt(), note);
    // Only that note lit up and sounded.
    for (const int other : xylophone.notes())
        QVERIFY(!xylophone.isLit(other));
}

void TestXylophone::barLabelsAreNeverNoteNames_data()
{
    QTest::addColumn<QList<int>>("notes");
    QTest::addColumn<NoteNaming>("naming");
    const QList<QList<int>> layouts = { XylophoneWidget::notesOf(Layout::Diatonic),
                                        XylophoneWidget::notesOf(Layout::Pentatonic),
                                        { 64, 67, 76 },
                                        { 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71 } };
    const QList<QPair<const char *, NoteNaming>> namings
        = { { "english", NoteNaming::English }, { "czech", NoteNaming::German }, { "solfege", NoteNaming::Solfege } };
    for (int i = 0; i < layouts.size(); ++i) {
        for (const auto &[name, naming] : namings)
            QTest::addRow("layout %d %s", i, name) << layouts.at(i) << naming;
    }
}

void TestXylophone::barLabelsAreNeverNoteNames()
{
    // A key label printed on a bar must never read as a note's name, in any language: the old
    // home row printed "S" on the D bar and "D" on the E bar; a Czech pupil read "A" on the D bar.
    QFETCH(QList<int>, notes);
    QFETCH(NoteNaming, naming);
    XylophoneWidget xylophone;
    xylophone.setCustomNotes(notes);
    xylophone.setNoteNaming(naming);
    int labelled = 0;
    for (const int note : xylophone.notes()) {
        const QString label = xylophone.keyLabel(note);
        QVERIFY2(!NoteAppearance::isNoteName(label), qPrintable(label));
        if (!label.isEmpty()) {
            bool digit = false;
            QVERIFY(label.toInt(&digit) >= 0 && digit && label.size() == 1);
            ++labelled;
        }
    }
    QCOMPARE(labelled, std::min<int>(int(xylophone.notes().size()), 10));
}

void TestXylophone::keyMap_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("note");
    // The digits are printed on the bars and play them; the old home row keys still play them.
    const QList<int> digits
        = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8 };
    const QList<int> homeRow
        = { Qt::Key_A, Qt::Key_S, Qt::Key_D, Qt::Key_F, Qt::Key_G, Qt::Key_H, Qt::Key_J, Qt::Key_K };
    const QString letters = QStringLiteral("ASDFGHJK");
    for (const Layout layout : { Layout::Diatonic, Layout::Pentatonic }) {
        const char *name = layout == Layout::Diatonic ? "diatonic" : "pentatonic";
        const QList<int> notes = XylophoneWidget::notesOf(layout);
        for (int i = 0; i < digits.size(); ++i) {
            const QString label = QString::number(i + 1);
            QTest::addRow("%s %d", name, i + 1) << layout << digits[i] << label << notes[i];
            QTest::addRow("%s %c", name, letters[i].toLatin1()) << layout << homeRow[i] << label << notes[i];
        }
    }
}

void TestXylophone::keyMap()
{
    QFETCH(Layout, layout);
    QFETCH(int, key);
    QFETCH(QString, label);
    QFETCH(int, note);
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setBarLayout(layout);
    xylophone.setNoteOutput(&output);
    QCOMPARE(xylophone.keyLabel(note), label); // what is printed on the bar

    QTest::keyPress(&xylophone, Qt::Key(key));
    QVERIFY(xylophone.isLit(note));
    QCOMPARE(output.events, QStringList { RecordingNoteOutput::on(0, note) });
    QTest::keyRelease(&xylophone, Qt::Key(key));
    QVERIFY(!xylophone.isLit(note));
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, note), RecordingNoteOutput::off(0, note) }));
}

void TestXylophone::keyHeldIsOneNote()
{
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setNoteOutput(&output);
    QSignalSpy pressed(&xylophone, &XylophoneWidget::notePressed);

    QTest::keyPress(&xylophone, Qt::Key_D);
    // The system repeats a held key as release/press pairs flagged autoRepeat.
    for (int i = 0; i < 5; ++i) {
        QKeyEvent repeatRelease(QEvent::KeyRelease, Qt::Key_D, Qt::NoModifier, QStringLiteral("d"), true);
        QApplication::sendEvent(&xylophone, &repeatRelease);
        QKeyEvent repeatPress(QEvent::KeyPress, Qt::Key_D, Qt::NoModifier, QStringLiteral("d"), true);
        QApplication::sendEvent(&xylophone, &repeatPress);
        QVERIFY(xylophone.isLit(64));
    }
    QTest::keyRelease(&xylophone, Qt::Key_D);
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, 64), RecordingNoteOutput::off(0, 64) }));
    QCOMPARE(pressed.count(), 1);

    // Keys that are not on the map, and shortcuts, do nothing.
    QTest::keyClick(&xylophone, Qt::Key_P);
    QTest::keyClick(&xylophone, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(output.events.size(), 2);
}

void TestXylophone::dragPlaysEachNewBar()
{
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setNoteOutput(&output);
    xylophone.resize(900, 320);
    xylophone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&xylophone));
    QSignalSpy pressed(&xylophone, &XylophoneWidget::notePressed);

    // Drag along the middle of the bars from C to F, staying inside each bar.
    const int y = int(xylophone.noteRect(65).center().y());
    QTest::mousePress(&xylophone, Qt::LeftButton, {}, QPoint(int(xylophone.noteRect(60).center().x()), y));
    for (const int note : { 60, 62, 62, 64, 65 }) {
        QTest::mouseMove(&xylophone, QPoint(int(xylophone.noteRect(note).center().x()), y));
        QVERIFY(xylophone.isLit(note));
    }
    QTest::mouseRelease(&xylophone, Qt::LeftButton, {}, QPoint(int(xylophone.noteRect(65).center().x()), y));

    QList<int> played;
    for (const QList<QVariant> &arguments : pressed)
        played << arguments.at(0).toInt();
    QCOMPARE(played, (QList<int> { 60, 62, 64, 65 }));
    QCOMPARE(
        output.events,
        (QStringList { RecordingNoteOutput::on(0, 60), RecordingNoteOutput::off(0, 60), RecordingNoteOutput::on(0, 62),
                       RecordingNoteOutput::off(0, 62), RecordingNoteOutput::on(0, 64), RecordingNoteOutput::off(0, 64),
                       RecordingNoteOutput::on(0, 65), RecordingNoteOutput::off(0, 65) }));
    for (const int note : xylophone.notes())
        QVERIFY(!xylophone.isLit(note));
}

void TestXylophone::clickBetweenRailsOutsideBarsIsSilent()
{
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setNoteOutput(&output);
    xylophone.resize(900, 320);
    xylophone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&xylophone));
    // Above the short high C bar there is empty space.
    const QRectF highC = xylophone.noteRect(72);
    QVERIFY(highC.top() > 30);
    QTest::mouseClick(&xylophone, Qt::LeftButton, {}, QPoint(int(highC.center().x()), 3));
    QVERIFY(output.events.isEmpty());
}

void TestXylophone::customNotes()
{
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setNoteOutput(&output);
    xylophone.resize(600, 400);
    // Three notes for an arrangement exercise, in the order given; duplicates dropped.
    xylophone.setCustomNotes({ 64, 67, 60, 67 });
    QCOMPARE(xylophone.barLayout(), Layout::Custom);
    QCOMPARE(xylophone.notes(), (QList<int> { 64, 67, 60 }));
    QVERIFY(xylophone.noteRect(64).center().x() < xylophone.noteRect(67).center().x());
    QVERIFY(xylophone.noteRect(67).center().x() < xylophone.noteRect(60).center().x());
    QCOMPARE(xylophone.keyLabel(60), QStringLiteral("3"));
    QTest::keyClick(&xylophone, Qt::Key_3);
    QTest::keyClick(&xylophone, Qt::Key_4); // only three bars: 4 plays nothing
    QTest::keyClick(&xylophone, Qt::Key_F); // nor does the home row's fourth key
    QCOMPARE(output.events, (QStringList { RecordingNoteOutput::on(0, 60), RecordingNoteOutput::off(0, 60) }));
}

void TestXylophone::highlightLightsAndGoesOut()
{
    XylophoneWidget xylophone;
    xylophone.highlight(67, 60);
    QVERIFY(xylophone.isLit(67));
    QVERIFY(!xylophone.isHeld(67));
    QVERIFY(!xylophone.isLit(65));
    QTRY_VERIFY(!xylophone.isLit(67));

    // A long highlight can be put out early, one note or all.
    xylophone.highlight(60, 1000000);
    xylophone.highlight(62, 1000000);
    xylophone.highlight(60, 0);
    QVERIFY(!xylophone.isLit(60));
    QVERIFY(xylophone.isLit(62));
    xylophone.clearHighlights();
    QVERIFY(!xylophone.isLit(62));

    // A note held by the pupil stays lit when its highlight ends.
    xylophone.highlight(64, 30);
    QTest::keyPress(&xylophone, Qt::Key_3);
    QTest::qWait(60);
    QVERIFY(xylophone.isLit(64));
    QTest::keyRelease(&xylophone, Qt::Key_3);
    QTRY_VERIFY(!xylophone.isLit(64));
}

void TestXylophone::highlightIsSilentAndIgnoresForeignNotes()
{
    RecordingNoteOutput output;
    XylophoneWidget xylophone;
    xylophone.setNoteOutput(&output);
    QSignalSpy pressed(&xylophone, &XylophoneWidget::notePressed);
    xylophone.highlight(69, 1000);
    xylophone.highlight(61, 1000); // C sharp: no such bar
    QVERIFY(xylophone.isLit(69));
    QVERIFY(!xylophone.isLit(61));
    QVERIFY(output.events.isEmpty()); // the app's engine plays the melody, not the widget
    QCOMPARE(pressed.count(), 0);
}

void TestXylophone::litBarIsDrawnBrighter()
{
    XylophoneWidget xylophone;
    xylophone.resize(800, 300);
    const QImage before = xylophone.grab().toImage();
    xylophone.highlight(69, 1000000);
    QTest::qWait(250); // let the strike animation finish; the light stays
    const QImage after = xylophone.grab().toImage();
    const QRectF bar = xylophone.noteRect(69);
    const QRectF otherBar = xylophone.noteRect(67);
    QVERIFY2(meanValue(after, bar) > meanValue(before, bar) + 0.05,
             qPrintable(QStringLiteral("%1 -> %2").arg(meanValue(before, bar)).arg(meanValue(after, bar))));
    QCOMPARE(meanValue(after, otherBar), meanValue(before, otherBar));
    // The bar really is painted in its Boomwhackers colour (purple for A): hue near the palette's.
    const QColor pixel = before.pixelColor(bar.center().toPoint() + QPoint(int(bar.width() * 0.3), 0));
    QVERIFY2(qAbs(pixel.hslHue() - NoteAppearance::colour(69).hslHue()) < 20, qPrintable(pixel.name()));
}

void TestXylophone::silentWithoutOutput()
{
    XylophoneWidget xylophone; // no NoteOutput: no SoundFont or no audio device
    QSignalSpy pressed(&xylophone, &XylophoneWidget::notePressed);
    QTest::keyPress(&xylophone, Qt::Key_A);
    QVERIFY(xylophone.isLit(60));
    QTest::keyRelease(&xylophone, Qt::Key_A);
    QCOMPARE(pressed.count(), 1);
}

void TestXylophone::noteNaming()
{
    QCOMPARE(NoteAppearance::name(71, NoteNaming::English), QStringLiteral("B"));
    QCOMPARE(NoteAppearance::name(71, NoteNaming::German), QStringLiteral("H"));
    QCOMPARE(NoteAppearance::name(72, NoteNaming::German), QStringLiteral("C"));
    QCOMPARE(NoteAppearance::namingForLocale(QLocale(QLocale::Czech)), NoteNaming::German);
    QCOMPARE(NoteAppearance::namingForLocale(QLocale(QLocale::English)), NoteNaming::English);
    QCOMPARE(NoteAppearance::namingForLocale(QLocale(QLocale::Italian)), NoteNaming::Solfege);
    QCOMPARE(NoteAppearance::name(67, NoteNaming::Solfege), QStringLiteral("sol"));
    QCOMPARE(NoteAppearance::name(71, NoteNaming::Solfege), QStringLiteral("si"));
    // What counts as a note's name, so it is never printed as a mere label.
    for (const char *name : { "C", "d", "E", "F", "G", "A", "B", "H", "F\u266f", "cis", "es", "do", "Re", "mi", "fa",
                              "sol", "la", "si", "ti" })
        QVERIFY2(NoteAppearance::isNoteName(QString::fromUtf8(name)), name);
    for (const char *label : { "1", "2", "0", "", ";", "Z", "Q", "X" })
        QVERIFY2(!NoteAppearance::isNoteName(QString::fromUtf8(label)), label);
    // Octave marks: the middle octave C4..B4 has none.
    QCOMPARE(NoteAppearance::octaveMarks(60), 0);
    QCOMPARE(NoteAppearance::octaveMarks(71), 0);
    QCOMPARE(NoteAppearance::octaveMarks(72), 1);
    QCOMPARE(NoteAppearance::octaveMarks(88), 2);
    QCOMPARE(NoteAppearance::octaveMarks(59), -1);
    // The Boomwhackers order: C red, D orange, E yellow ... high C red again.
    QCOMPARE(NoteAppearance::colour(60), NoteAppearance::colour(72));
    QVERIFY(NoteAppearance::colour(60).red() > 200 && NoteAppearance::colour(60).green() < 80);
    QVERIFY(NoteAppearance::colour(64).red() > 200 && NoteAppearance::colour(64).green() > 180);
}

void TestXylophone::targetsStayBigAtMinimumSize()
{
    for (const Layout layout : { Layout::Diatonic, Layout::Pentatonic }) {
        XylophoneWidget xylophone;
        xylophone.setBarLayout(layout);
        xylophone.resize(xylophone.minimumSizeHint());
        for (const int note : xylophone.notes()) {
            QVERIFY2(xylophone.noteRect(note).width() >= 64, qPrintable(QString::number(note)));
            QVERIFY2(xylophone.noteRect(note).height() >= 64, qPrintable(QString::number(note)));
        }
    }
}

QTEST_MAIN(TestXylophone)
#include "tst_xylophone.moc"
