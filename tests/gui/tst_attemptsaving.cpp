// A pupil's attempt when the database cannot take it: the pupil sees no storage error and loses
// nothing (the pending journal keeps it), staff are warned while it waits, and the app stores
// it at the next sign-in. And a database that cannot be read opens an error page, never the
// setup wizard over a real school.

#include "guifixture.h"

#include "core/progress/attemptjournal.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/taskscreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/storageerrorpage.h"
#include "ui/signin/signinflow.h"
#include "ui/teacher/teacherarea.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace stages;
using namespace stages::test;

namespace {

int attemptsStored(Database &db)
{
    return SqlQuery(db.sql(), QStringLiteral("SELECT COUNT(*) FROM attempt")).scalar().value().toInt();
}

Session pupilSession(GuiSchool &school)
{
    return school.context->accounts().signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
}

Session teacherSession(GuiSchool &school)
{
    return school.context->accounts()
        .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
        .value();
}

} // namespace

class TestAttemptSaving : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void aPupilNeverLosesAnAttemptNorSeesAStorageError()
    {
        GuiSchool school;
        Database &db = school.context->database();
        const Session pupil = pupilSession(school);
        DomainPage page(*findDomainView(QStringLiteral("combinatorics")),
                        { db, school.clock, pupil, makeExerciseContent(), nullptr });
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The disk fails (any insert into attempt is refused) while the pupil works.
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("CREATE TRIGGER no_attempts BEFORE INSERT ON attempt "
                                                  "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
                    .exec());
        QVERIFY(page.openStage(1));
        TaskScreen *screen = page.screen();
        QVERIFY(screen);
        QSignalSpy recorded(&page, &DomainPage::attemptRecorded);
        emit screen->finished();
        const auto *note = screen->findChild<QLabel *>(QStringLiteral("resultNote"));
        QVERIFY(note);
        QVERIFY2(!note->text().contains(QLatin1String("error"), Qt::CaseInsensitive)
                     && !note->text().contains(QLatin1String("disk"), Qt::CaseInsensitive),
                 qPrintable(note->text()));
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(attemptsStored(db), 0);
        // Kept: in the journal next to the database.
        AttemptJournal journal(AttemptJournal::pathFor(db.location()));
        QCOMPARE(journal.entries().value().size(), 1);
        QCOMPARE(school.context->pendingAttempts(), 1);

        // A teacher who signs in meanwhile is told; the pupil was not.
        {
            TeacherArea area(*school.context, teacherSession(school));
            QVERIFY(area.pendingWarning()->isVisibleTo(&area));
            QVERIFY(area.pendingWarning()->text().contains(QLatin1String("1 pupil answer")));
        }

        // Mended: the next sign-in stores it, and the warning is gone.
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("DROP TRIGGER no_attempts")).exec());
        MainWindow window(*school.context);
        window.enterSession(teacherSession(school));
        QCOMPARE(attemptsStored(db), 1);
        QCOMPARE(school.context->pendingAttempts(), 0);
        QVERIFY(window.teacherArea());
        QVERIFY(!window.teacherArea()->pendingWarning()->isVisibleTo(window.teacherArea()));
        SqlQuery q(db.sql(), QStringLiteral("SELECT person_id, domain FROM attempt"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), school.pupilId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("combinatorics"));
    }

    void theRetryTimerStoresWhatWasKept()
    {
        GuiSchool school;
        Database &db = school.context->database();
        const Session pupil = pupilSession(school);
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("CREATE TRIGGER no_attempts BEFORE INSERT ON attempt "
                                                  "BEGIN SELECT RAISE(ABORT, 'database is locked'); END"))
                    .exec());
        AttemptRecord attempt;
        attempt.exerciseId = QStringLiteral("comb/perm/n3/colors/build-all/s1");
        attempt.domain = QStringLiteral("combinatorics");
        attempt.stage = 1;
        attempt.score = 1.0;
        attempt.success = true;
        AttemptRecorder recorder(db, school.clock);
        QVERIFY(!recorder.submit(pupil, attempt).value().saved);
        QCOMPARE(school.context->retryPendingAttempts(), 1);
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("DROP TRIGGER no_attempts")).exec());
        // No sign-in needed: the app's timer comes by.
        QTRY_COMPARE_WITH_TIMEOUT(attemptsStored(db), 1, AppContext::kRetryIntervalMs + 5000);
    }

    void anUnreadableSchoolShowsAnErrorNotTheSetupWizard()
    {
        GuiSchool school;
        Database &db = school.context->database();
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("ALTER TABLE school RENAME TO school_unreadable")).exec());
        MainWindow window(*school.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.setupWizard());
        QVERIFY(!window.signInFlow());
        QVERIFY(window.storageErrorPage());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.storageErrorPage()));
        QVERIFY(window.storageErrorPage()->details()->text().contains(QLatin1String("school")));

        // Readable again: "Try again" leads to the sign-in of the real school.
        QVERIFY(SqlQuery(db.sql(), QStringLiteral("ALTER TABLE school_unreadable RENAME TO school")).exec());
        click(window.storageErrorPage()->retryButton());
        QTRY_VERIFY(window.signInFlow());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.signInFlow()));
        QVERIFY(!window.setupWizard());
    }
};

QTEST_MAIN(TestAttemptSaving)
#include "tst_attemptsaving.moc"
