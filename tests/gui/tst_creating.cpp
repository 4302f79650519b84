// Creating in the app (issue 8): a pupil on the combinatorics page picks a rule card, makes
// rows that follow it and finishes; on the movement page makes a karate combination, watches
// the figure perform it and finishes. Both are stored through the page's recorder in the
// SQLite file, and the teacher reads them through ArtifactService and opens them: the rows
// with the rule the pupil picked, the combination with its figure.

#include "guifixture.h"

#include "core/progress/artifactservice.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/session/exerciserun.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/rulecard.h"
#include "exercises/framework/view/rulechoicepage.h"
#include "exercises/framework/view/tokenbutton.h"
#include "exercises/movement/view/karateartifactview.h"
#include "exercises/movement/view/karatefigurewidget.h"
#include "exercises/movement/view/karaterun.h"
#include "exercises/movement/view/karatescreen.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifactrowsview.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

using namespace stages;
using namespace stages::test;

namespace {

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

class TestCreating : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::shared_ptr<const ExerciseContent> m_content;

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        m_content = makeExerciseContent();
    }

    void rowsUnderAPickedRuleReachTheTeacher()
    {
        GuiSchool school;
        DomainPage page(*findDomainView(QStringLiteral("combinatorics")),
                        { school.context->database(), school.clock, pupilSession(school), m_content, nullptr });
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Stage 3: two places, three colours; cards "starts with", "in every row", "no twins".
        QVERIFY(page.openExercise(QStringLiteral("comb/seq/n3k2/colors/create/s1")));
        auto *screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        RuleChoicePage *choice = screen->ruleChoicePage();
        QVERIFY(choice && choice->isVisible());
        QCOMPARE(choice->cards().size(), 3);
        QVERIFY(!screen->doneButton()->isVisible()); // nothing to finish before a rule is picked
        QVERIFY(!screen->answerRow()->isVisible());

        click(choice->cards().at(1)); // "In every row" (the first colour)
        QVERIFY(!choice->isVisible());
        QTRY_VERIFY(screen->chosenRuleCard() && screen->chosenRuleCard()->isVisible());
        QCOMPARE(screen->chosenRuleCard()->rule().kind, CreateRule::Kind::Contains);
        QVERIFY(screen->doneButton()->isVisible());
        QVERIFY(screen->answerRow()->isVisible());

        const QList<TokenButton *> tokens = screen->paletteButtons();
        QCOMPARE(tokens.size(), 3);
        auto make = [&](int a, int b) {
            click(tokens.at(a));
            click(tokens.at(b));
        };
        make(1, 2); // no first colour: refused
        QCOMPARE(screen->run()->rows().size(), 0);
        make(0, 1);
        make(2, 0);
        make(0, 0);
        QCOMPARE(screen->run()->rows().size(), 3);

        click(screen->doneButton());
        QTRY_VERIFY(page.lastRecorded());
        const QString artifactId = page.lastRecorded()->artifactId;
        QVERIFY(!artifactId.isEmpty());

        // The teacher's list and the opened work.
        ArtifactService artifacts(school.context->database(), school.clock);
        const Session teacher = teacherSession(school);
        const QList<ArtifactSummary> list = artifacts.list(teacher).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, artifactId);
        QCOMPARE(list.first().kind, QStringLiteral("arrangements"));
        QVERIFY2(list.first().title.contains(QLatin1String("in each")), qPrintable(list.first().title));
        const ArtifactDetail detail = artifacts.read(teacher, artifactId).value();
        QCOMPARE(detail.content.value(QStringLiteral("rule")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("contains"));
        QCOMPARE(detail.content.value(QStringLiteral("items")).toArray().size(), 3);

        ArtifactDialog dialog(artifacts, teacher, detail, m_content);
        QVERIFY(dialog.rowsView());
        QCOMPARE(dialog.rowsView()->rows().size(), 3);
        QVERIFY(dialog.ruleLabel());
        QVERIFY2(dialog.ruleLabel()->text().contains(QLatin1String("picked")), qPrintable(dialog.ruleLabel()->text()));
        const QString firstColour = screen->run()->elements().at(0).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(dialog.ruleLabel()->text().contains(firstColour), qPrintable(dialog.ruleLabel()->text()));
    }

    void moreRowsThanAskedAreCountedWithoutOf()
    {
        // Issue 14, point 12: a fourth row of three asked showed "4 of 3 made".
        GuiSchool school;
        DomainPage page(*findDomainView(QStringLiteral("combinatorics")),
                        { school.context->database(), school.clock, pupilSession(school), m_content, nullptr });
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openExercise(QStringLiteral("comb/seq/n3k2/colors/create/s1")));
        auto *screen = qobject_cast<ExerciseScreen *>(page.screen());
        QVERIFY(screen);
        click(screen->ruleChoicePage()->cards().at(1)); // "In every row" (the first colour)
        QTRY_VERIFY(screen->answerRow()->isVisible());
        const int asked = screen->run()->targetCount();
        QCOMPARE(asked, 3);
        const QList<TokenButton *> tokens = screen->paletteButtons();
        const QList<QPair<int, int>> rows { { 0, 1 }, { 2, 0 }, { 0, 0 }, { 1, 0 }, { 0, 2 } };
        for (int i = 0; i < rows.size(); ++i) {
            click(tokens.at(rows.at(i).first));
            click(tokens.at(rows.at(i).second));
            const int made = i + 1;
            QCOMPARE(screen->run()->rows().size(), made);
            const QString counter = screen->counterLabel()->text();
            if (made <= asked) {
                QCOMPARE(counter, QStringLiteral("%1 of %2 made").arg(made).arg(asked));
            } else {
                QVERIFY2(!counter.contains(QLatin1String(" of ")), qPrintable(counter));
                QCOMPARE(counter, QStringLiteral("%1 made").arg(made));
            }
        }
    }

    void aKarateCombinationIsPerformedAndReachesTheTeacher()
    {
        GuiSchool school;
        DomainPage page(*findDomainView(QStringLiteral("movement")),
                        { school.context->database(), school.clock, pupilSession(school), m_content, nullptr });
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Stage 3: four moves of three, no move twice side by side.
        QVERIFY(page.openExercise(QStringLiteral("move/seq/n3k4/moves/combination/s1")));
        auto *screen = qobject_cast<movement::KarateScreen *>(page.screen());
        QVERIFY(screen);
        QVERIFY(!screen->doneButton()->isEnabled());
        QVERIFY(!screen->watchButton()->isEnabled());
        const QList<TokenButton *> tokens = screen->paletteButtons();
        QCOMPARE(tokens.size(), 3);

        // Twins side by side: the row is full but breaks the rule, nothing is kept.
        for (int i : { 0, 1, 1, 2 })
            click(tokens.at(i));
        QVERIFY(screen->doneButton()->isEnabled());
        click(screen->doneButton());
        QVERIFY(!screen->showsResult());
        QVERIFY(!page.lastRecorded());

        click(screen->findChild<QPushButton *>(QStringLiteral("clearButton")));
        QVERIFY(!screen->doneButton()->isEnabled());
        for (int i : { 0, 1, 2, 0 })
            click(tokens.at(i));
        const QStringList moves = screen->run()->moveKeys();
        QCOMPARE(moves.size(), 4);
        QCOMPARE(moves.first(), moves.last());
        QCOMPARE(screen->figure()->moves(), moves);

        // Watch: the figure performs it, each move lit in turn.
        click(screen->watchButton());
        QVERIFY(screen->figure()->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(screen->figure()->currentMove(), 1, 3000);
        QCOMPARE(screen->answerRow()->highlightedSlot(), 1);
        screen->figure()->stop();

        click(screen->doneButton());
        QVERIFY(screen->showsResult());
        QTRY_VERIFY(page.lastRecorded());
        const QString artifactId = page.lastRecorded()->artifactId;
        QVERIFY(!artifactId.isEmpty());

        ArtifactService artifacts(school.context->database(), school.clock);
        const Session teacher = teacherSession(school);
        const ArtifactDetail detail = artifacts.read(teacher, artifactId).value();
        QCOMPARE(detail.summary.kind, QStringLiteral("karate"));
        QCOMPARE(detail.content.value(QStringLiteral("moves")).toArray(), QJsonArray::fromStringList(moves));

        ArtifactDialog dialog(artifacts, teacher, detail, m_content);
        auto *view = qobject_cast<movement::KarateArtifactView *>(dialog.domainView());
        QVERIFY(view);
        QCOMPARE(view->figure()->moves(), moves);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(view->watchButton());
        QVERIFY(view->figure()->isPlaying());
        view->figure()->stop();
    }
};

QTEST_MAIN(TestCreating)
#include "tst_creating.moc"
