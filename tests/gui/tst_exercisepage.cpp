// The pupil's exercise page end to end on a real SQLite file: pick stage 1 on the stage map with
// the mouse, build every arrangement of a build-all exercise by clicking palette tokens (one
// duplicate on the way, which is refused), press "I'm done", then check the stored attempt and the
// mastery change, and the map showing the new level. Also keyboard entry and dropping a token.

#include "core/progress/masteryrules.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/stagemapwidget.h"
#include "exercises/framework/view/tokenbutton.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace stages;

class TestExercisePage : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    /// Clicks, with the mouse, the palette tokens that make @p item.
    static void clickRow(ExerciseScreen *screen, const Item &item)
    {
        const auto palette = screen->run()->palette();
        for (int position = 0; position < item.size(); ++position) {
            int index = -1;
            for (int i = 0; i < palette.size() && index < 0; ++i) {
                if (palette.at(i).value == item.at(position)
                    && (palette.at(i).position < 0 || palette.at(i).position == position))
                    index = i;
            }
            QVERIFY(index >= 0);
            TokenButton *token = screen->paletteButtons().at(index);
            QVERIFY(token->isVisible());
            QTest::mouseClick(token, Qt::LeftButton);
        }
    }

    static ItemList solutionItems(const ExerciseContent &content, const Exercise &exercise)
    {
        ItemList items;
        for (const QJsonValue &v : Evaluator(content.engine()).solve(exercise).answer.toArray())
            items.append(itemFromJson(v).value());
        return items;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = makeExerciseContent();
    }

    void buildAllWithTheMouseIsStoredWithMastery()
    {
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        DomainPage page(*findDomainView(QStringLiteral("combinatorics")), { *db.db, clock, school.pupil, m_content });
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        StageMapWidget *map = page.stageMap();
        QCOMPARE(map->stages().size(), 9); // eight + the optional explorer stage
        QCOMPARE(map->stages().first().level, MasteryLevel::NotStarted);
        QCOMPARE(map->current(), 1);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->stoneCenter(1));

        QPointer<ExerciseScreen> screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        QVERIFY(screen->isVisible());
        const Exercise exercise = screen->run()->exercise();
        QCOMPARE(exercise.task, QStringLiteral("build-all"));
        QCOMPARE(exercise.stage, 1);
        const ItemList all = solutionItems(*m_content, exercise);
        QVERIFY2(all.size() >= 2 && all.size() <= 6, "stage 1 starts with a small build-all");
        QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("instruction"))->text(),
                 QStringLiteral("Make all the different rows"));

        // The first row, then the same row again: refused, the twin named, nothing added.
        clickRow(screen, all.first());
        QCOMPARE(screen->run()->rows().size(), 1);
        QCOMPARE(screen->rowWidgets().size(), 1);
        QCOMPARE(screen->counterLabel()->text(), QStringLiteral("1 found"));
        clickRow(screen, all.first());
        QCOMPARE(screen->run()->rows().size(), 1);
        QCOMPARE(screen->feedback()->text(), QStringLiteral("You have this one already!"));
        QVERIFY(screen->feedback()->isVisible());
        QVERIFY(screen->rowWidgets().first()->glow() > 0.0); // the earlier twin lights up

        // The rest, in systematic order.
        for (int i = 1; i < all.size(); ++i)
            clickRow(screen, all.at(i));
        QCOMPARE(screen->run()->rows().size(), all.size());
        QCOMPARE(screen->rowWidgets().size(), all.size());
        QCOMPARE(screen->run()->hintsUsed(), 0);

        clock.advance(42'000);
        QSignalSpy recorded(&page, &DomainPage::attemptRecorded);
        QTest::mouseClick(screen->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(screen->showsResult());
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(screen->resultTitle()->text(), QStringLiteral("Well done!"));
        // The whole systematic list, every one marked found.
        QCOMPARE(screen->resultWidgets().size(), all.size());
        for (ItemRowWidget *row : screen->resultWidgets())
            QCOMPARE(row->mark(), ItemRowWidget::Mark::Found);

        // The attempt row, as stored.
        SqlQuery attempt(db.db->sql(),
                         QStringLiteral("SELECT person_id, exercise_id, domain, stage, score, success, duration_ms,"
                                        " hints_used, answer FROM attempt"));
        QVERIFY(attempt.exec().ok());
        QVERIFY(attempt.next());
        QCOMPARE(attempt.value(0).toString(), school.pupilId);
        QCOMPARE(attempt.value(1).toString(), exercise.id);
        QCOMPARE(attempt.value(2).toString(), QStringLiteral("combinatorics"));
        QCOMPARE(attempt.value(3).toInt(), 1);
        QCOMPARE(attempt.value(4).toDouble(), 1.0);
        QCOMPARE(attempt.value(5).toInt(), 1);
        QCOMPARE(attempt.value(6).toLongLong(), 42'000);
        QCOMPARE(attempt.value(7).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(attempt.value(8).toString().toUtf8()).array(), itemsToJson(all));
        QVERIFY(!attempt.next());

        // Mastery went from "not started" to "familiar" in the same step.
        SqlQuery mastery(db.db->sql(),
                         QStringLiteral("SELECT level, attempts, successes, best_score FROM mastery"
                                        " WHERE person_id = :person AND domain = 'combinatorics' AND stage = 1"));
        mastery.bind(QStringLiteral(":person"), school.pupilId);
        QVERIFY(mastery.exec().ok());
        QVERIFY(mastery.next());
        QCOMPARE(mastery.value(0).toInt(), int(MasteryLevel::Familiar));
        QCOMPARE(mastery.value(1).toInt(), 1);
        QCOMPARE(mastery.value(2).toInt(), 1);
        QCOMPARE(mastery.value(3).toDouble(), 1.0);
        const RecordedAttempt r = recorded.first().first().value<RecordedAttempt>();
        QCOMPARE(r.previousLevel, MasteryLevel::NotStarted);
        QCOMPARE(r.mastery.level, MasteryLevel::Familiar);

        // Back on the map, stone 1 shows the new level; the next visit brings an unseen variant.
        QTest::mouseClick(screen->mapButton(), Qt::LeftButton);
        QTRY_VERIFY(map->isVisible());
        QTRY_VERIFY(!screen);
        QCOMPARE(map->stages().first().level, MasteryLevel::Familiar);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("mapNote"))->text(),
                 QStringLiteral("New level: %1!").arg(masteryLevelName(MasteryLevel::Familiar)));
        QTest::mouseClick(map, Qt::LeftButton, {}, map->stoneCenter(1));
        QVERIFY(qobject_cast<ExerciseScreen *>(page.screen()));
        QVERIFY(qobject_cast<ExerciseScreen *>(page.screen())->run()->exercise().id != exercise.id);
    }

    void keyboardAndDropBuildRows()
    {
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        DomainPage page(*findDomainView(QStringLiteral("combinatorics")), { *db.db, clock, school.pupil, m_content });
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openExercise(QStringLiteral("comb/perm/n3/digits/build-all/s1")));
        ExerciseScreen *screen = qobject_cast<ExerciseScreen *>(page.screen());
        ExerciseRun *run = screen->run();

        // Digits pick palette tokens; a full row is judged at once.
        QTest::keyClick(screen, Qt::Key_2);
        QTest::keyClick(screen, Qt::Key_1);
        QCOMPARE(run->draft(), (Item { 1, 0, -1 }));
        QTest::keyClick(screen, Qt::Key_Backspace);
        QCOMPARE(run->draft(), (Item { 1, -1, -1 }));
        QTest::keyClick(screen, Qt::Key_3);
        QTest::keyClick(screen, Qt::Key_1);
        QCOMPARE(run->rows(), (ItemList { { 1, 2, 0 } }));
        QCOMPARE(run->draft(), (Item { -1, -1, -1 }));

        // A token dropped on a slot fills that slot.
        ItemRowWidget *answer = screen->answerRow();
        auto dropAt = [answer](int slot, int paletteIndex) {
            QMimeData mime;
            mime.setData(TokenButton::mimeType(), QByteArray::number(paletteIndex));
            QDropEvent drop(QPointF(answer->slotCenter(slot)), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            // QApplication routes drops only to the target of a running QDrag, so hand the event
            // to the widget itself, as the drag manager does at the end of a drag.
            static_cast<QObject *>(answer)->event(&drop);
            QVERIFY(drop.isAccepted());
        };
        dropAt(2, 0);
        QCOMPARE(run->draft(), (Item { -1, -1, 0 }));
        // Clicking a filled slot empties it.
        QTest::mouseClick(answer, Qt::LeftButton, {}, answer->slotCenter(2));
        QCOMPARE(run->draft(), (Item { -1, -1, -1 }));

        // An invalid row (the same digit twice) is refused and flagged.
        QTest::keyClick(screen, Qt::Key_1);
        QTest::keyClick(screen, Qt::Key_1);
        QTest::keyClick(screen, Qt::Key_2);
        QCOMPARE(run->rows().size(), 1);
        QCOMPARE(screen->feedback()->mood(), FeedbackOverlay::Mood::TryAgain);

        // The hint shows the first missing row faintly and counts.
        QTest::mouseClick(screen->hintButton(), Qt::LeftButton);
        QCOMPARE(run->hintsUsed(), 1);
        QCOMPARE(run->draft(), (Item { -1, -1, -1 }));
    }
};

QTEST_MAIN(TestExercisePage)
#include "tst_exercisepage.moc"
