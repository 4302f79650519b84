// The row of coloured notes the music screens draw (answers, choices, a motif's orders): notes of
// one pitch class in different octaves must look different (higher notes drawn higher, octave
// dots above or below), and each note carries its name in the pupil's language.

#include "exercises/music/view/noteappearance.h"
#include "exercises/music/view/noterowwidget.h"

#include <QImage>
#include <QStandardPaths>
#include <QTest>

using stages::music::NoteNaming;
using stages::music::NoteRowWidget;

namespace {

// What the pupil sees of position @p index: the widget's full height over the note's width (so a
// dot above or below, or a different height, counts), as an image.
QImage column(NoteRowWidget &row, int index)
{
    const QImage all = row.grab().toImage();
    const QRectF note = row.noteRect(index);
    return all.copy(QRect(int(note.left()) - 2, 0, int(note.width()) + 4, all.height()));
}

} // namespace

class TestNoteRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void octavesLookDifferent_data()
    {
        QTest::addColumn<QList<int>>("notes");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("E4 G4 E5") << QList<int> { 64, 67, 76 } << 0 << 2;
        QTest::newRow("E5 G4 E4") << QList<int> { 76, 67, 64 } << 2 << 0;
        QTest::newRow("C4 C5 D4") << QList<int> { 60, 72, 62 } << 0 << 1;
        QTest::newRow("C3 E4 C4") << QList<int> { 48, 64, 60 } << 0 << 2;
    }

    void octavesLookDifferent()
    {
        QFETCH(QList<int>, notes);
        QFETCH(int, low);
        QFETCH(int, high);
        NoteRowWidget row;
        row.setNoteNaming(NoteNaming::English);
        row.setNoteSize(44);
        row.setNotes(notes);
        row.resize(row.sizeHint());
        // Same colour and the same name, but what the pupil sees differs...
        QCOMPARE(row.noteLabel(low), row.noteLabel(high));
        QVERIFY(column(row, low) != column(row, high));
        // ...as the higher one is drawn higher, with more dots above (or fewer below).
        QVERIFY(row.noteRect(high).center().y() < row.noteRect(low).center().y());
        QVERIFY(row.octaveDots(high) > row.octaveDots(low));
        // The row is tall enough for all of it: nothing drawn outside.
        for (int i = 0; i < notes.size(); ++i)
            QVERIFY(QRectF(row.rect()).contains(row.noteRect(i)));
    }

    void octaveDots()
    {
        NoteRowWidget row;
        row.setNotes({ 59, 60, 71, 72, 84 });
        QCOMPARE(row.octaveDots(0), -1); // B3: one below
        QCOMPARE(row.octaveDots(1), 0); // the middle octave has none
        QCOMPARE(row.octaveDots(2), 0);
        QCOMPARE(row.octaveDots(3), 1);
        QCOMPARE(row.octaveDots(4), 2);
        // Drums have pads, not octaves.
        row.setDrums(true);
        QCOMPARE(row.octaveDots(4), 0);
        QCOMPARE(row.noteLabel(4), QString());
    }

    void sameNoteSameLook()
    {
        // The same note twice looks the same, wherever it stands.
        NoteRowWidget row;
        row.setNotes({ 64, 67, 64 });
        row.resize(row.sizeHint());
        QCOMPARE(row.noteRect(0).top(), row.noteRect(2).top());
        QCOMPARE(column(row, 0), column(row, 2));
    }

    void sharedRangeKeepsHeight()
    {
        // Rows of one exercise given one range: a note sits at one height in all of them, and an
        // empty row is as tall as a full one (the tune box does not jump as it fills).
        NoteRowWidget empty;
        empty.setPitchRange(64, 76);
        empty.setNotes({}, 3);
        NoteRowWidget full;
        full.setPitchRange(64, 76);
        full.setNotes({ 67, 64, 76 });
        NoteRowWidget other;
        other.setPitchRange(64, 76);
        other.setNotes({ 64, 76, 67 });
        QCOMPARE(empty.sizeHint(), full.sizeHint());
        full.resize(full.sizeHint());
        other.resize(other.sizeHint());
        QCOMPARE(full.noteRect(0).top(), other.noteRect(2).top()); // G4
        QCOMPARE(full.noteRect(2).top(), other.noteRect(1).top()); // E5
    }

    void namesFollowTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("names");
        const auto names = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
        QTest::newRow("english") << QLocale(QLocale::English) << names("C D E F G A B");
        QTest::newRow("czech") << QLocale(QLocale::Czech) << names("C D E F G A H");
        QTest::newRow("italian") << QLocale(QLocale::Italian) << names("do re mi fa sol la si");
    }

    void namesFollowTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, names);
        const QLocale before;
        QLocale::setDefault(locale);
        NoteRowWidget row;
        QLocale::setDefault(before);
        row.setNotes({ 60, 62, 64, 65, 67, 69, 71 });
        QStringList shown;
        for (int i = 0; i < row.notes().size(); ++i)
            shown.append(row.noteLabel(i));
        QCOMPARE(shown, names);
        QCOMPARE(row.noteLabel(7), QString()); // no note there
    }
};

QTEST_MAIN(TestNoteRow)
#include "tst_noterow.moc"
