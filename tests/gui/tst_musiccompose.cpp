// The compose screen end to end: the pupil clicks orders of the motif (an order the rule does not
// allow is refused with a message), plays the tune with each order's notes lit in turn and
// finishes; the attempt and the "melody" artifact are stored in one transaction in a real SQLite
// file, in the format `stagesctl music export-midi --artifact` and the teacher's player read (a
// Melody under "melody"). Pupils never meet a file dialog (the teacher exports from Pupils' work),
// and the orders of a motif with one pitch class in two octaves all look different.

#include "exercises/framework/evaluator.h"
#include "exercises/music/melody.h"
#include "exercises/music/view/composescreen.h"
#include "exercises/music/view/noterowwidget.h"
#include "musicfixture.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

using namespace stages;
using namespace stages::music;

class TestMusicCompose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void composeAndSave_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("neighbour-swap") << QStringLiteral("neighbour-swap");
        QTest::newRow("start-where-ended") << QStringLiteral("start-where-ended");
        QTest::newRow("all-orders") << QStringLiteral("all-orders");
    }

    void composeAndSave()
    {
        QFETCH(QString, rule);
        test::MusicFixture f;
        const Exercise *exercise = nullptr;
        for (const Exercise &e : test::musicContent()->catalogue().exercises()) {
            if (e.task == QLatin1String("compose") && e.options.value(QStringLiteral("motifRule")).toString() == rule) {
                exercise = &e;
                break;
            }
        }
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ComposeScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(!screen->doneButton()->isEnabled());

        QList<MotifOrder> solution;
        for (const QJsonValue &v : Evaluator(test::musicContent()->engine()).solve(*exercise).answer.toArray())
            solution.append(itemFromJson(v).value());
        QCOMPARE(solution.size(), screen->length());
        MotifRule motifRule;
        QVERIFY(MotifRule::fromId(rule, &motifRule));
        const int size = exercise->structure->itemLength();

        for (int i = 0; i < solution.size(); ++i) {
            // Before the right one, try one the rule refuses (when there is one): nothing is added.
            for (int j = 0; j < screen->orders().size(); ++j) {
                if (!motifRule.allowsNext(screen->tune(), screen->orders().at(j), size, screen->length())) {
                    QTest::mouseClick(screen->orderButtons().at(j), Qt::LeftButton);
                    QCOMPARE(screen->tune().size(), i);
                    QVERIFY(!screen->messageLabel()->text().isEmpty());
                    break;
                }
            }
            const int index = int(screen->orders().indexOf(solution.at(i)));
            QVERIFY(index >= 0);
            QTest::mouseClick(screen->orderButtons().at(index), Qt::LeftButton);
            QCOMPARE(screen->tune().size(), i + 1);
            QVERIFY(screen->messageLabel()->text().isEmpty());
        }
        QCOMPARE(screen->tune(), solution);
        QVERIFY(screen->doneButton()->isEnabled());
        QVERIFY(!screen->orderButtons().first()->isEnabled()); // the tune is full

        // Play: each order's row lights its notes in turn, all in the tune's order.
        MUSIC_TRY(!f.sound.isPlaying());
        QList<QPair<int, int>> lit; // (row, note)
        connect(&f.sound, &SoundService::noteSounding, screen, [&] {
            for (int r = 0; r < screen->tuneRows().size(); ++r) {
                if (screen->tuneRows().at(r)->lit() >= 0)
                    lit.append({ r, screen->tuneRows().at(r)->lit() });
            }
        });
        QTest::mouseClick(screen->playButton(), Qt::LeftButton);
        MUSIC_TRY(!f.sound.isPlaying());
        QCOMPARE(lit.size(), solution.size() * size);
        for (int n = 0; n < lit.size(); ++n)
            QCOMPARE(lit.at(n), qMakePair(n / size, n % size));

        const Melody played = screen->run().composedMelody(screen->tune());
        QCOMPARE(played.notes.size(), solution.size() * size);

        f.clock.advance(60'000);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        const auto rows = f.attempts();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().success);
        QCOMPARE(rows.first().score, 1.0);

        // The artifact: kind "melody", the tune under "melody", the pupil's orders.
        SqlQuery q(f.db.db->sql(), QStringLiteral("SELECT kind, content, title FROM artifact"));
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("melody"));
        QVERIFY(!q.value(2).toString().isEmpty());
        const QJsonObject content = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(content.value(QStringLiteral("exercise")).toString(), exercise->id);
        QCOMPARE(content.value(QStringLiteral("orders")).toArray().size(), solution.size());
        const auto melody
            = Melody::fromJson(QJsonDocument(content.value(QStringLiteral("melody")).toObject()).toJson());
        QVERIFY(melody.ok());
        QCOMPARE(melody->notes.size(), solution.size() * size);
        for (int n = 0; n < melody->notes.size(); ++n)
            QCOMPARE(melody->notes.at(n).key, played.notes.at(n).key);
        QVERIFY(!q.next());

        // Play stays on the result page.
        QVERIFY(screen->playButton()->isVisible());
    }

    void pupilsNeverSeeAFileDialog()
    {
        // The pupil's compose screen has no export: whatever a pupil presses, on the work page or
        // the result page, no file dialog opens (a watchdog closes any that does, and tells).
        test::MusicFixture f;
        const Exercise *exercise = test::firstMusicExercise(QStringLiteral("compose"));
        QVERIFY(exercise);
        QVERIFY(f.page.openExercise(exercise->id));
        auto *screen = qobject_cast<ComposeScreen *>(f.page.musicScreen());
        QVERIFY(screen);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));

        QStringList dialogs;
        QTimer watchdog;
        watchdog.setInterval(20);
        connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                    dialogs.append(dialog->windowTitle());
                    dialog->reject();
                }
            }
        });
        watchdog.start();

        const auto pressEverything = [&] {
            for (QPushButton *b : screen->findChildren<QPushButton *>()) {
                if (!b->isVisible() || !b->isEnabled() || b == screen->doneButton() || b == screen->nextButton()
                    || b == screen->mapButton() || screen->orderButtons().contains(b))
                    continue;
                QVERIFY2(!b->text().contains(QLatin1String("MIDI"), Qt::CaseInsensitive), qPrintable(b->text()));
                QVERIFY2(!b->objectName().contains(QLatin1String("export"), Qt::CaseInsensitive),
                         qPrintable(b->objectName()));
                QTest::mouseClick(b, Qt::LeftButton);
                QTest::qWait(60); // room for the watchdog to see a dialog
            }
        };
        const QJsonArray solution = Evaluator(test::musicContent()->engine()).solve(*exercise).answer.toArray();
        const auto fill = [&] {
            for (qsizetype i = screen->tune().size(); i < solution.size(); ++i)
                QVERIFY(screen->addOrder(int(screen->orders().indexOf(itemFromJson(solution.at(i)).value()))));
        };
        fill();
        pressEverything();
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1String(", "))));
        fill(); // Undo took one back
        QVERIFY(screen->doneButton()->isEnabled());
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        MUSIC_TRY(screen->showsResult());
        pressEverything();
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1String(", "))));
        QVERIFY(!screen->findChild<QFileDialog *>());
    }

    void ordersWithOctavesLookDifferent()
    {
        // E4 G4 E5: both E's have the same colour and name, but the six orders must not look
        // like three pairs; each order's row is drawn differently.
        test::MusicFixture f;
        const Exercise *compose = nullptr;
        for (const Exercise &e : test::musicContent()->catalogue().exercises()) {
            if (e.task == QLatin1String("compose") && e.structure->itemLength() == 3
                && e.options.value(QStringLiteral("motifRule")).toString() == QLatin1String("all-orders"))
                compose = &e;
        }
        QVERIFY(compose);
        Exercise exercise = *compose;
        exercise.elements = { 2, 3, 7 }; // the notes skin: E4, G4, E5
        ComposeScreen screen(test::musicContent()->engine(), exercise, f.clock, f.sound);
        QCOMPARE(screen.run().symbolKeys(), (QList<int> { 64, 67, 76 }));
        screen.resize(1280, 740);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QCOMPARE(screen.orderButtons().size(), 6);
        QList<QImage> looks;
        for (QPushButton *button : screen.orderButtons()) {
            auto *row = button->findChild<NoteRowWidget *>();
            QVERIFY(row);
            looks.append(row->grab().toImage());
        }
        for (int i = 0; i < looks.size(); ++i) {
            for (int j = i + 1; j < looks.size(); ++j)
                QVERIFY2(looks.at(i) != looks.at(j),
                         qPrintable(QStringLiteral("orders %1 and %2 look alike").arg(i).arg(j)));
        }
        // In the tune too: E4 G4 E5 then E5 G4 E4 are two different-looking rows.
        QVERIFY(screen.addOrder(int(screen.orders().indexOf(MotifOrder { 0, 1, 2 }))));
        QVERIFY(screen.addOrder(int(screen.orders().indexOf(MotifOrder { 2, 1, 0 }))));
        QVERIFY(screen.tuneRows().at(0)->grab().toImage() != screen.tuneRows().at(1)->grab().toImage());
    }
};

QTEST_MAIN(TestMusicCompose)
#include "tst_musiccompose.moc"
