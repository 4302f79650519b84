// Issue 10's teacher journey end to end on a real SQLite file, through the real window: Tom signs
// in with his password and lands on the dashboard, where Pia (stuck at a stage) is in the
// needs-attention list without a click; Enter opens her page; her melody opens, plays and takes
// stars and a comment; "Assign next stage" assigns the stage she is stuck at; then Pia signs in
// and finds that task first on her home, with her piece's stars. The database is checked after
// every step that writes, and what the screens show is checked against it after every read.

#include "guifixture.h"

#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/music/melody.h"
#include "ui/pupil/badgetile.h"
#include "ui/pupil/pupilhome.h"
#include "ui/pupil/pupiltaskstrip.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/assignments/assignmentspanel.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/dashboard/needsattentionmodel.h"
#include "ui/teacher/melodyartifactpanel.h"
#include "ui/teacher/pupil/pupildetailpage.h"
#include "ui/teacher/pupil/pupilmasterymodel.h"
#include "ui/teacher/teacherarea.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

constexpr qint64 kMinute = 60'000;

int scalar(GuiSchool &school, const QString &sql)
{
    return SqlQuery(school.context->database().sql(), sql).scalar().value().toInt();
}

} // namespace

class TestTeacherJourney : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::shared_ptr<const ExerciseContent> m_content;

    const Exercise *exercise(const QString &domain, int stage) const
    {
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.domain == domain && e.stage == stage && e.task != QLatin1String("create"))
                return &e;
        }
        return nullptr;
    }

    /// Pia, today: stage 1 of combinatorics proficient (three full successes), then seven failed
    /// tries at stage 2 (stuck), then a tune she made in music. Returns the tune's artifact id.
    QString seed(GuiSchool &school)
    {
        const Session pia = school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
        AttemptService attempts(school.context->database(), school.clock);
        const Exercise *first = exercise(QStringLiteral("combinatorics"), 1);
        const Exercise *second = exercise(QStringLiteral("combinatorics"), 2);
        Q_ASSERT(first && second);
        const auto record = [&](const Exercise *e, double score) {
            AttemptRecord a { {}, e->id, e->domain, e->stage, score, score >= 1.0, 40'000, 0, QJsonArray(), false, {}, {}, {} };
            attempts.record(pia, a).value();
            school.clock.advance(kMinute);
        };
        for (int i = 0; i < 3; ++i)
            record(first, 1.0);
        for (int i = 0; i < 7; ++i)
            record(second, 0.3);
        music::Melody melody = music::Melody::fromPitches(*music::Pitch::parseList(QStringLiteral("C4 E4 G4 C5")), 0.5);
        melody.tempoBpm = 240;
        AttemptRecord tune { {}, QStringLiteral("music/create/s1"), QStringLiteral("music"), 1, 1.0, true, 30'000, 0,
                             QJsonArray(), false, {}, {}, {} };
        tune.artifact = AttemptRecord::Artifact { QStringLiteral("melody"), QStringLiteral("My tune"),
                                                  QJsonDocument::fromJson(melody.toJson()).object() };
        const QString id = attempts.record(pia, tune).value().artifactId;
        school.clock.advance(kMinute);
        return id;
    }

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        m_content = makeExerciseContent();
    }

    void teacherFindsTheStuckPupilListensGivesFeedbackAndAssigns()
    {
        GuiSchool school;
        const QString tuneId = seed(school);
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Tom signs in with his password, by keys.
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->staffPage()));
        flow->staffPage()->selectLogin(QStringLiteral("tom"));
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        TeacherArea *area = window.teacherArea();

        // Step 1, no click: the dashboard is the home and Pia is in the needs-attention list with
        // the reason in words, which agrees with her attempts in the database.
        DashboardPanel *dashboard = area->dashboard();
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->isVisible());
        QTableView *attention = dashboard->attentionTable();
        QTRY_COMPARE(attention->model()->rowCount(), 1);
        QVERIFY(attention->isVisible());
        QCOMPARE(attention->model()->index(0, NeedsAttentionModel::PupilColumn).data().toString(), QStringLiteral("Pia Pupil"));
        const int failedInARow = scalar(school, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE stage = 2 AND success = 0"));
        QCOMPARE(failedInARow, 7);
        const QString why = attention->model()->index(0, NeedsAttentionModel::ReasonsColumn).data().toString();
        QVERIFY2(why.contains(QStringLiteral("%1 failed attempt").arg(failedInARow)) && why.contains(QStringLiteral("stage 2")),
                 qPrintable(why));

        // Step 2: Enter on her row opens her page; its timeline holds every attempt of hers.
        attention->setFocus();
        attention->setCurrentIndex(attention->model()->index(0, 0));
        QTest::keyClick(attention, Qt::Key_Return);
        PupilDetailPage *page = area->pupilDetailPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->timelineTable()->model()->rowCount(),
                 scalar(school, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE person_id = '%1'").arg(school.pupilId)));

        // Step 3: her tune opens, plays (the notes light up) and takes two stars and a comment.
        page->tabs()->setCurrentIndex(1);
        QTableView *work = page->workTable();
        QTRY_VERIFY(work->isVisible());
        QCOMPARE(work->model()->rowCount(), 1);
        QCOMPARE(work->model()->index(0, 0).data(Qt::UserRole).toString(), tuneId);
        work->setFocus();
        work->selectRow(0);
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
            const int two = dialog->starsChoice()->findData(2);
            QVERIFY(two >= 0);
            dialog->starsChoice()->setCurrentIndex(two);
            typeText(dialog->commentField(), QStringLiteral("A happy tune!"));
            click(dialog->saveCommentButton());
            QTRY_COMPARE(dialog->commentList()->count(), 1);
            dialog->reject();
        });
        QTest::keyClick(work, Qt::Key_Return);
        QVERIFY(played);
        SqlQuery feedback(school.context->database().sql(), QStringLiteral("SELECT artifact_id, body, stars, seen_at FROM feedback"));
        QVERIFY(feedback.exec());
        QVERIFY(feedback.next());
        QCOMPARE(feedback.value(0).toString(), tuneId);
        QCOMPARE(feedback.value(1).toString(), QStringLiteral("A happy tune!"));
        QCOMPARE(feedback.value(2).toInt(), 2);
        QVERIFY(feedback.value(3).isNull()); // Pia has not seen it yet
        QVERIFY(!feedback.next());

        // Step 4: "Assign next stage" on combinatorics gives her stage 2, the first below Proficient.
        page->tabs()->setCurrentIndex(0);
        auto *mastery = qobject_cast<PupilMasteryModel *>(page->masteryTable()->model());
        QVERIFY(mastery);
        int comb = -1;
        for (int row = 0; row < mastery->rowCount(); ++row) {
            if (mastery->domainAt(row) == QLatin1String("combinatorics"))
                comb = row;
        }
        QVERIFY(comb >= 0);
        page->masteryTable()->setCurrentIndex(mastery->index(comb, 0));
        QVERIFY(page->assignButton()->isEnabled());
        click(page->assignButton());
        AssignDialog *assign = nullptr;
        QTRY_VERIFY((assign = area->findChild<AssignDialog *>()) && assign->isVisible());
        QVERIFY(assign->somePupilsButton()->isChecked());
        QCOMPARE(assign->request().classId, school.classId);
        click(assign->assignButton());
        QTRY_VERIFY(!area->findChild<AssignDialog *>());
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM assignment WHERE class_id = '%1'").arg(school.classId)), 1);
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM assignment_item WHERE domain = 'combinatorics' AND stage = 2")), 1);
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM assignment_item")), 1);
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM assignment_pupil WHERE person_id = '%1'").arg(school.pupilId)), 1);

        // The Assignments page lists it with Pia not done yet; Enter on her row opens her page.
        area->showSection(QStringLiteral("assignments"));
        QTableView *completion = area->assignmentsPanel()->completionTable();
        area->assignmentsPanel()->table()->selectRow(0);
        QTRY_COMPARE(completion->model()->rowCount(), 1);
        QCOMPARE(completion->model()->index(0, 0).data().toString(), QStringLiteral("Pia Pupil"));
        completion->setFocus();
        completion->setCurrentIndex(completion->model()->index(0, 0));
        QTest::keyClick(completion, Qt::Key_Return);
        QTRY_VERIFY(page->isVisible());

        // Step 5: Pia's home shows the task first, and her tune with the two stars, marked new.
        window.signOut();
        window.enterSession(school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value());
        PupilHome *home = window.pupilHome();
        QVERIFY(home);
        auto *strip = qobject_cast<PupilTaskStrip *>(home->topStrip());
        QVERIFY(strip);
        QTRY_VERIFY(strip->isVisible());
        QCOMPARE(strip->taskTiles().size(), 1);
        QCOMPARE(strip->taskTiles().first()->stageNumber(), 2);
        QVERIFY(!strip->taskTiles().first()->isDone());
        QCOMPARE(strip->pieceTiles().size(), 1);
        QCOMPARE(strip->pieceTiles().first()->stars(), 2);
        QVERIFY(strip->pieceTiles().first()->isNew());
    }
};

QTEST_MAIN(TestTeacherJourney)
#include "tst_teacherjourney.moc"
