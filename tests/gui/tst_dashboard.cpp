// The teacher's dashboard on a real SQLite school with real attempts: after signing in it is the
// home; the attention list shows the stuck pupil with the reason in words, without a click; the
// heat map shows each pupil's level; Enter on a pupil emits pupilActivated with their id; the
// attention rules dialog and the date filter recompute; the Classes page opens a class's
// dashboard. Results come from a worker thread, so the checks wait for them (QTRY_*).

#include "guifixture.h"

#include "core/progress/attemptservice.h"
#include "exercises/domains/domains.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/uisettings.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/dashboard/attentionrulesdialog.h"
#include "ui/teacher/dashboard/classoverviewmodel.h"
#include "ui/teacher/dashboard/dashboardcharts.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/dashboard/heatmapmodel.h"
#include "ui/teacher/dashboard/needsattentionmodel.h"
#include "ui/teacher/teacherarea.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

namespace {

/// The row of @p view whose @p role holds @p id, or -1.
int rowOf(const QTableView *view, int role, const QString &id)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QString m_maxId;

    /// Pia reaches Proficient at music stage 1 and tries stage 2; Max (also 1.A) fails stage 1
    /// seven times in a row. Recorded through AttemptService as the pupils themselves.
    void seed(GuiSchool &school)
    {
        school.clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        AccountService &accounts = school.context->accounts();
        const Session admin
            = accounts.signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword)).value();
        m_maxId = accounts
                      .addPerson(admin, { Role::Pupil, QStringLiteral("Max Moll"), {}, {}, { 1, 2, 3 }, 5,
                                          QStringLiteral("1.A") })
                      .value()
                      .id;
        AttemptService attempts(school.context->database(), school.clock);
        const Session pia = accounts.signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
        const Session max = accounts.signInWithPictures(m_maxId, { 1, 2, 3 }).value();
        const auto record = [&](const Session &who, int stage, double score) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("music/listen/s%1").arg(stage);
            a.domain = QStringLiteral("music");
            a.stage = stage;
            a.score = score;
            a.success = score >= 1.0;
            a.durationMs = 40000;
            QVERIFY2(attempts.record(who, a).ok(), "attempt not recorded");
            school.clock.advance(60'000);
        };
        for (int i = 0; i < 3; ++i)
            record(pia, 1, 1.0);
        record(pia, 2, 0.4);
        for (int i = 0; i < 7; ++i) // the default rule: 6 failures in a row
            record(max, 1, 0.2);
    }

    /// Signs Tom (teacher) in through the real sign-in flow; returns his area.
    TeacherArea *signInAsTeacher(MainWindow &window)
    {
        SignInFlow *flow = window.signInFlow();
        click(flow->startPage()->staffButton());
        StaffSignInPage *staff = flow->staffPage();
        QListWidget *list = staff->staffList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("Tom Teacher")))
                QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                                  list->visualItemRect(list->item(i)).center());
        }
        if (!QTest::qWaitFor([&] { return staff->passwordField()->hasFocus(); }))
            return nullptr;
        QTest::keyClicks(staff->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(staff->passwordField(), Qt::Key_Return);
        (void)QTest::qWaitFor([&] { return window.teacherArea() != nullptr; });
        return window.teacherArea();
    }

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void dashboardIsHomeAndShowsWhoIsStuck()
    {
        GuiSchool school;
        seed(school);
        MainWindow window(*school.context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TeacherArea *area = signInAsTeacher(window);
        QVERIFY(area);
        QCOMPARE(area->currentSection(), QStringLiteral("dashboard"));
        DashboardPanel *panel = area->dashboard();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());

        // No click: the class with a stuck pupil opens by itself, its attention list in view.
        QTableView *attention = panel->attentionTable();
        QTRY_COMPARE(attention->model()->rowCount(), 1);
        QVERIFY(attention->isVisible());
        QVERIFY(!panel->isBusy());
        QVERIFY(!panel->busyIndicator()->isVisible());
        QCOMPARE(panel->currentClassId(), school.classId);
        QVERIFY(panel->attentionTitle()->text().contains(QStringLiteral("1.A")));
        QCOMPARE(attention->model()->index(0, NeedsAttentionModel::PupilColumn).data().toString(),
                 QStringLiteral("Max Moll"));
        const QString why = attention->model()->index(0, NeedsAttentionModel::ReasonsColumn).data().toString();
        QVERIFY2(why.contains(QStringLiteral("7 failed attempt")) && why.contains(QStringLiteral("stage 1"))
                     && why.contains(domainTitles().value(QStringLiteral("music"))),
                 qPrintable(why));

        // The school overview: one class, one pupil needing attention.
        QTableView *overview = panel->overviewTable();
        QTRY_COMPARE(overview->model()->rowCount(), 1);
        QCOMPARE(overview->model()->index(0, ClassOverviewModel::AttentionColumn).data().toInt(), 1);
        QCOMPARE(overview->model()->index(0, ClassOverviewModel::PupilsColumn).data().toInt(), 2);

        // The heat map: Pia proficient at stage 1 and tried stage 2, Max only tried stage 1.
        QTableView *music = panel->heatMapTable(QStringLiteral("music"));
        QVERIFY(music);
        QCOMPARE(music->tabKeyNavigation(), false);
        const int piaRow = rowOf(music, HeatMapModel::PersonIdRole, school.pupilId);
        const int maxRow = rowOf(music, HeatMapModel::PersonIdRole, m_maxId);
        QVERIFY(piaRow >= 0 && maxRow >= 0);
        QCOMPARE(music->model()->index(piaRow, 1).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Proficient));
        QCOMPARE(music->model()->index(piaRow, 1).data().toString(), QStringLiteral("3"));
        QCOMPARE(music->model()->index(piaRow, 2).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Attempted));
        QCOMPARE(music->model()->index(maxRow, 1).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Attempted));
        QCOMPARE(music->model()->index(maxRow, 2).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::NotStarted));
        QVERIFY(music->model()->index(piaRow, 1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Pia")));

        // Levels per stage: at music stage 1 one pupil proficient, one attempted.
        panel->heatMapTabs()->setCurrentWidget(music);
        auto *stacked = qobject_cast<QStackedBarSeries *>(panel->charts()->distributionView()->chart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->barSets().at(int(MasteryLevel::Proficient))->at(0), 1.0);
        QCOMPARE(stacked->barSets().at(int(MasteryLevel::Attempted))->at(0), 1.0);

        // Enter on the attention row and on Pia's heat map cell: pupilActivated with their ids.
        QSignalSpy opened(area, &TeacherArea::pupilActivated);
        attention->setFocus();
        attention->setCurrentIndex(attention->model()->index(0, 0));
        QTest::keyClick(attention, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), m_maxId);
        music->setFocus();
        music->setCurrentIndex(music->model()->index(piaRow, 1));
        QTest::keyClick(music, Qt::Key_Right); // arrows move within the map
        QCOMPARE(music->currentIndex().column(), 2);
        QTest::keyClick(music, Qt::Key_Enter);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), school.pupilId);

        // The pupil list: Enter opens the pupil too (the drill-down is connected).
        area->showSection(QStringLiteral("pupils"));
        QTableView *pupils = area->pupilTable();
        QTRY_VERIFY(pupils->isVisible());
        const int maxInList = rowOf(pupils, Qt::UserRole, m_maxId);
        QVERIFY(maxInList >= 0);
        pupils->setFocus();
        pupils->setCurrentIndex(pupils->model()->index(maxInList, 0));
        QTest::keyClick(pupils, Qt::Key_Return);
        QCOMPARE(opened.count(), 3);
        QCOMPARE(opened.at(2).at(0).toString(), m_maxId);
    }

    void rulesAndDatesRecompute()
    {
        GuiSchool school;
        seed(school);
        TeacherArea area(*school.context, school.context->accounts()
                                              .signInWithPassword(QStringLiteral("tom"),
                                                                  QString::fromLatin1(SmallSchool::kPassword))
                                              .value());
        area.resize(1366, 768);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        DashboardPanel *panel = area.dashboard();
        QTRY_COMPARE(panel->attentionTable()->model()->rowCount(), 1);
        QCOMPARE(panel->dashboard().pupils.size(), 2);
        for (const PupilProgressRow &p : panel->dashboard().pupils)
            QVERIFY(p.attempts > 0);

        // Eight failures in a row before anyone counts as stuck: Max's seven no longer do.
        whenDialogOpens<AttentionRulesDialog>([](AttentionRulesDialog *dialog) {
            dialog->failuresBox()->setValue(8);
            dialog->inactiveBox()->setValue(0); // 0 turns a rule off
            QCOMPARE(dialog->inactiveBox()->text(), QStringLiteral("Off"));
            click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        });
        click(panel->rulesButton());
        QTRY_COMPARE(panel->attentionTable()->model()->rowCount(), 0);
        QTRY_VERIFY(panel->attentionTitle()->text().contains(QStringLiteral("Nobody")));
        QCOMPARE(UiSettings::attentionThresholds().failuresInARow, 8);
        QCOMPARE(UiSettings::attentionThresholds().inactiveDays, 0);
        QCOMPARE(panel->overviewTable()->model()->index(0, ClassOverviewModel::AttentionColumn).data().toInt(), 0);
        UiSettings::setAttentionThresholds({});

        // A range after every attempt: nothing counted, mastery (the standing now) unchanged.
        panel->fromEdit()->setDate(QDate(2026, 11, 10));
        panel->toEdit()->setDate(QDate(2026, 11, 20));
        QTRY_VERIFY(panel->dashboard().pupils.size() == 2 && panel->dashboard().pupils.at(0).attempts == 0
                    && panel->dashboard().pupils.at(1).attempts == 0);
        QTableView *music = panel->heatMapTable(QStringLiteral("music"));
        const int piaRow = rowOf(music, HeatMapModel::PersonIdRole, school.pupilId);
        QCOMPARE(music->model()->index(piaRow, 1).data(HeatMapModel::LevelRole).toInt(), int(MasteryLevel::Proficient));
    }

    void classesPageOpensAClassDashboard()
    {
        GuiSchool school;
        seed(school);
        AccountService &accounts = school.context->accounts();
        const Session admin
            = accounts.signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword)).value();
        const QString otherId = school.context->classes().addClass(admin, QStringLiteral("2.B")).value().id;
        TeacherArea area(*school.context,
                         accounts.signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
                             .value());
        area.resize(1366, 768);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        DashboardPanel *panel = area.dashboard();
        QTRY_COMPARE(panel->dashboard().classId, school.classId); // the class that needs attention

        area.showSection(QStringLiteral("classes"));
        QTableView *classes = area.classTable();
        QTRY_VERIFY(classes->isVisible());
        classes->selectRow(rowOf(classes, Qt::UserRole, otherId));
        click(area.classDashboardButton());
        QCOMPARE(area.currentSection(), QStringLiteral("dashboard"));
        QTRY_COMPARE(panel->dashboard().classId, otherId);
        QCOMPARE(panel->attentionTable()->model()->rowCount(), 0);

        // One click on a class in the overview shows its dashboard.
        QTableView *overview = panel->overviewTable();
        QTRY_COMPARE(overview->model()->rowCount(), 2);
        const int first = rowOf(overview, ClassOverviewModel::ClassIdRole, school.classId);
        QTest::mouseClick(overview->viewport(), Qt::LeftButton, Qt::NoModifier,
                          overview->visualRect(overview->model()->index(first, 0)).center());
        QTRY_COMPARE(panel->dashboard().classId, school.classId);
        QCOMPARE(panel->attentionTable()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
