// The pupil drill-down against a real SQLite school: attempts recorded through AttemptService
// with a ManualClock and a melody the pupil made. A teacher opens the pupil from the Pupils table
// with Enter: the mastery grid, the attempts (count, score, time) and the piece are shown; the
// piece opens, plays and takes a comment that lands in the database; "Assign next stage" names the
// first stage below Proficient; Escape goes back to the Pupils table.

#include "guifixture.h"

#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/music/melody.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/teacher/melodyartifactpanel.h"
#include "ui/teacher/pupil/attempttimelinemodel.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/pupil/pupildetailpage.h"
#include "ui/teacher/pupil/pupilmasterymodel.h"
#include "ui/teacher/pupil/pupilprogresschart.h"
#include "ui/teacher/teacherarea.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineSeries>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

int rowOf(QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestPupilDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::shared_ptr<const ExerciseContent> m_content;

    const Exercise *exercise(const QString &domain, int stage) const
    {
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.domain == domain && e.stage == stage)
                return &e;
        }
        return nullptr;
    }

    static constexpr qint64 kDay = 24 * 3600 * 1000;

    /// Pia: three full successes, ten days apart, at combinatorics stage 1 (Proficient), one failed try with two
    /// hints at stage 2, then a melody at music stage 1. Returns the melody's artifact id.
    QString seed(GuiSchool &school)
    {
        const Session pia = school.context->accounts()
                                .signInWithPictures(school.pupilId, SmallSchool::pupilPictures())
                                .value();
        AttemptService attempts(school.context->database(), school.clock);
        const Exercise *first = exercise(QStringLiteral("combinatorics"), 1);
        const Exercise *second = exercise(QStringLiteral("combinatorics"), 2);
        Q_ASSERT(first && second);
        for (int i = 0; i < 3; ++i) {
            AttemptRecord a { {}, first->id, first->domain, 1, 1.0, true, 40'000, 0, QJsonArray(), false, {}, {}, {} };
            attempts.record(pia, a).value();
            school.clock.advance(10 * kDay); // ten days apart
        }
        AttemptRecord failed { {}, second->id, second->domain, 2, 0.5, false, 95'000, 2, QJsonArray(), false, {}, {}, {} };
        attempts.record(pia, failed).value();
        school.clock.advance(3600 * 1000);
        music::Melody melody = music::Melody::fromPitches(*music::Pitch::parseList(QStringLiteral("C4 E4 G4 C5")), 0.5);
        melody.tempoBpm = 240;
        AttemptRecord m { {}, QStringLiteral("music/create/s1"), QStringLiteral("music"), 1, 1.0, true, 30'000, 0,
                          QJsonArray(), false, {}, {}, {} };
        m.artifact = AttemptRecord::Artifact { QStringLiteral("melody"), QStringLiteral("My tune"),
                                               QJsonDocument::fromJson(melody.toJson()).object() };
        const QString id = attempts.record(pia, m).value().artifactId;
        school.clock.advance(60'000);
        return id;
    }

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        m_content = makeExerciseContent();
    }

    void teacherOpensAPupilPlaysTheirMelodyAndComments()
    {
        GuiSchool school;
        const QString melodyId = seed(school);
        const Session teacher = school.context->accounts()
                                    .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                                    .value();
        TeacherArea area(*school.context, teacher);
        area.resize(1366, 768);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));

        // Enter on Pia's row in the Pupils table opens her page.
        area.showSection(QStringLiteral("pupils"));
        QTableView *pupils = area.pupilTable();
        QTRY_VERIFY(pupils->isVisible());
        const int pia = rowOf(pupils, QStringLiteral("Pia Pupil"));
        QVERIFY(pia >= 0);
        pupils->setFocus();
        pupils->setCurrentIndex(pupils->model()->index(pia, 0));
        QTest::keyClick(pupils, Qt::Key_Return);
        PupilDetailPage *page = area.pupilDetailPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->nameLabel()->text(), QStringLiteral("Pia Pupil"));
        QVERIFY(page->classLabel()->text().contains(QStringLiteral("1.A")));
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(!page->busyBar()->isVisible());

        // Mastery: combinatorics stage 1 Proficient, stage 2 Attempted, music stage 1 Attempted or better.
        PupilMasteryModel *mastery = page->masteryModel();
        QCOMPARE(mastery->level(QStringLiteral("combinatorics"), 1), MasteryLevel::Proficient);
        QCOMPARE(mastery->level(QStringLiteral("combinatorics"), 2), MasteryLevel::Attempted);
        QCOMPARE(mastery->level(QStringLiteral("combinatorics"), 3), MasteryLevel::NotStarted);
        QVERIFY(mastery->level(QStringLiteral("music"), 1) >= MasteryLevel::Attempted);
        int comb = -1;
        for (int row = 0; row < mastery->rowCount(); ++row) {
            if (mastery->domainAt(row) == QLatin1String("combinatorics"))
                comb = row;
        }
        QVERIFY(comb >= 0);
        QCOMPARE(page->masteryTable()->model()->index(comb, 1).data().toInt(), 3);
        QCOMPARE(page->masteryTable()->model()->index(comb, 2).data().toInt(), 1);

        // The attempts, newest first: the melody, the failed try, then three successes.
        QTableView *timeline = page->timelineTable();
        QAbstractItemModel *rows = timeline->model();
        QCOMPARE(rows->rowCount(), 5);
        QVERIFY(page->attemptCount()->text().contains(QStringLiteral("5")));
        QVERIFY(!page->moreButton()->isVisible());
        using C = AttemptTimelineModel;
        QCOMPARE(rows->index(1, C::ScoreColumn).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(rows->index(1, C::TimeColumn).data().toString(), QStringLiteral("1:35"));
        QCOMPARE(rows->index(1, C::HintsColumn).data().toInt(), 2);
        QCOMPARE(rows->index(1, C::SolvedColumn).data().toString(), QStringLiteral("No"));
        QVERIFY(rows->index(1, C::WhatColumn).data().toString().contains(QStringLiteral("Stage 2")));
        QCOMPARE(rows->index(4, C::ScoreColumn).data().toString(), QStringLiteral("100 %"));
        QCOMPARE(rows->index(4, C::TimeColumn).data().toString(), QStringLiteral("0:40"));
        QVERIFY(rows->index(0, C::WhatColumn).data().toString().startsWith(domainTitles().value(QStringLiteral("music"))));
        // Sortable: by score, lowest first puts the failed try on top.
        timeline->sortByColumn(C::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(rows->index(0, C::ScoreColumn).data().toString(), QStringLiteral("50 %"));
        // Tab leaves the table (arrows move inside it).
        QVERIFY(!timeline->tabKeyNavigation());

        // The chart: one stage reached in the range, the cumulative line ends at 1.
        const QList<QPointF> total = page->progressChart()->totalSeries()->points();
        QVERIFY(!total.isEmpty());
        QCOMPARE(total.last().y(), 1.0);

        // The melody is listed; Enter opens it, Play lights the notes, a comment is saved.
        page->tabs()->setCurrentIndex(1);
        QTableView *work = page->workTable();
        QTRY_VERIFY(work->isVisible());
        QCOMPARE(work->model()->rowCount(), 1);
        QCOMPARE(work->model()->index(0, ArtifactTableModel::KindColumn).data().toString(), QStringLiteral("Melody"));
        QCOMPARE(work->model()->index(0, 0).data(Qt::UserRole).toString(), melodyId);
        work->setFocus();
        work->selectRow(0);
        QTRY_VERIFY(page->openWorkButton()->isEnabled());
        QCOMPARE(page->feedbackList()->count(), 1); // "No comments yet."
        bool played = false;
        whenDialogOpens<ArtifactDialog>([&](ArtifactDialog *dialog) {
            MelodyArtifactPanel *melody = dialog->melodyPanel();
            if (!melody) {
                dialog->reject();
                return;
            }
            click(melody->playButton());
            QTRY_VERIFY(melody->highlightedNote() >= 0);
            played = true;
            QTRY_VERIFY(!melody->isPlaying());
            typeText(dialog->commentField(), QStringLiteral("What a happy tune!"));
            click(dialog->saveCommentButton());
            QTRY_COMPARE(dialog->commentList()->count(), 1);
            dialog->reject();
        });
        QTest::keyClick(work, Qt::Key_Return);
        QVERIFY(played);
        SqlQuery q(school.context->database().sql(),
                   QStringLiteral("SELECT artifact_id, author_id, body FROM feedback"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), melodyId);
        QCOMPARE(q.value(1).toString(), teacher.personId);
        QCOMPARE(q.value(2).toString(), QStringLiteral("What a happy tune!"));
        QVERIFY(!q.next());
        // The page shows the new count and the comment.
        QTRY_COMPARE(work->model()->index(0, ArtifactTableModel::CommentsColumn).data().toInt(), 1);
        QTRY_VERIFY(page->feedbackList()->count() == 1
                    && page->feedbackList()->item(0)->text().contains(QStringLiteral("What a happy tune!")));

        // "Assign next stage" on combinatorics: stage 2, the first below Proficient.
        QSignalSpy assign(page, &PupilDetailPage::assignRequested);
        page->masteryTable()->setCurrentIndex(page->masteryTable()->model()->index(comb, 0));
        QVERIFY(page->assignButton()->isEnabled());
        click(page->assignButton());
        QCOMPARE(assign.count(), 1);
        QCOMPARE(assign.first().at(0).toString(), school.pupilId);
        QCOMPARE(assign.first().at(1).toString(), QStringLiteral("combinatorics"));
        QCOMPARE(assign.first().at(2).toInt(), 2);

        // Escape goes back to the Pupils table (a shortcut: the window must be the active one).
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        page->masteryTable()->setFocus();
        QTest::keyClick(page->masteryTable(), Qt::Key_Escape);
        QTRY_VERIFY(pupils->isVisible());
        QVERIFY(!page->isVisible());
        QCOMPARE(area.currentSection(), QStringLiteral("pupils"));
    }

    void rangeNarrowsAndShowMoreReadsOlderAttempts()
    {
        GuiSchool school;
        seed(school); // successes on days 0, 10, 20; the failed try and the melody on day 30
        const Session teacher = school.context->accounts()
                                    .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                                    .value();
        TeacherArea area(*school.context, teacher);
        area.resize(1024, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(area.showPupil(school.pupilId));
        PupilDetailPage *page = area.pupilDetailPage();
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 5);
        QVERIFY(!area.showPupil(QStringLiteral("nobody")));
        // It fits 1024x600: header, grid and tabs inside the window, every stage column in view,
        // room for several attempts.
        for (QWidget *w : { static_cast<QWidget *>(page->backButton()), static_cast<QWidget *>(page->rangeBox()),
                            static_cast<QWidget *>(page->assignButton()), static_cast<QWidget *>(page->masteryTable()),
                            static_cast<QWidget *>(page->tabs()) }) {
            const QRect r(w->mapTo(&area, QPoint(0, 0)), w->size());
            QVERIFY2(area.rect().contains(r), qPrintable(w->objectName()));
        }
        QVERIFY(!page->masteryTable()->horizontalScrollBar()->isVisible());
        QVERIFY(page->timelineTable()->viewport()->height() >= 5 * 30);
        // The last 7 days: the failed try and the melody; the stage reached before the range is
        // where the chart's total starts.
        page->rangeBox()->setCurrentIndex(page->rangeBox()->findData(7));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 2);
        QCOMPARE(page->workModel()->rowCount(), 1);
        QCOMPARE(page->progressChart()->totalSeries()->points().last().y(), 1.0);
        // The last 30 days: two of the three successes too.
        page->rangeBox()->setCurrentIndex(page->rangeBox()->findData(30));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 4);
        QVERIFY(page->busyBar()->isHidden());

        // Two at a time: "Show more" reads two more, then the rest.
        page->setAttemptPageSize(2);
        page->rangeBox()->setCurrentIndex(0);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 2);
        QVERIFY(page->moreButton()->isVisible());
        click(page->moreButton());
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 4);
        click(page->moreButton());
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(), 5);
        QVERIFY(!page->moreButton()->isVisible());

        // Back returns to where the teacher came from (the dashboard, the home, here).
        click(page->backButton());
        QTRY_VERIFY(area.dashboard()->isVisible());
    }
};

QTEST_MAIN(TestPupilDetail)
#include "tst_pupildetail.moc"
