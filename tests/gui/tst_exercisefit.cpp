// Every pupil task of every domain fits a school PC's screen (issue 7): at 1024x600 and at
// 1366x768, inside the pupil's home, on the work page and on the result page, nothing is clipped
// or hidden behind a scroll bar: each visible part lies wholly inside the window, no scroll bar
// shows, labels get the room their text needs, and the window did not have to grow. For each
// (domain, task) the exercise with the most rows is used, the hardest to fit.
//
// With STAGES_SHOT_DIR set, a picture of each work page at 1366x768 is saved there
// (docs/screenshots/fit-<domain>-<task>.png is made that way).

#include "core/progress/warmupservice.h"
#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/feedbackoverlay.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/framework/view/ringcontrols.h"
#include "exercises/framework/view/rowflow.h"
#include "exercises/framework/view/rowshapeview.h"
#include "exercises/framework/view/rulecard.h"
#include "exercises/framework/view/rulechoicepage.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/framework/view/speakbutton.h"
#include "exercises/framework/view/taskscreen.h"
#include "exercises/music/view/soundservice.h"
#include "support/fakespeech.h"
#include "support/testdatabase.h"
#include "core/progress/artifactservice.h"
#include "core/progress/assignmentservice.h"
#include "ui/pupil/badgetile.h"
#include "ui/pupil/pupilfeedbackdialog.h"
#include "ui/pupil/pupilhome.h"
#include "ui/pupil/pupiltaskstrip.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"
#include "ui/shell/theme.h"
#include "ui/warmup/pupilwarmuppage.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QTest>

using namespace stages;

namespace {

/// The height the warm-up leaves its screens at 1024x600, under its bar (any exercise of any
/// domain may come there).
constexpr int kWarmUpScreenHeight = 514;

/// Lends a silent sound service, as the app's context lends its own, and a speaker that works
/// (without sound), so the speaker buttons take their room.
struct SilentServices : ScreenServices
{
    music::SoundService sound { music::SoundService::Options { QString(), false, 10 } };
    Speaker speaker { QStringLiteral("en"),
                      test::fakeSpeech(test::FakeSpeechBackend::Kind::Works, std::make_shared<test::SpeechLog>()) };
    QObject *service(QStringView name) override
    {
        if (name == u"speech")
            return &speaker;
        return name == u"sound" ? &sound : nullptr;
    }
};

/// How hard an exercise is to fit: how many rows it can show, then how long they are.
qint64 weight(const Exercise &e)
{
    return std::min<qint64>(e.structure->count(), 5000) * 100 + e.structure->itemLength();
}

/// " (ring)", " (path)" or " (rhythm)" for rows drawn as a shape, else empty.
QString shapeOf(const Exercise &e)
{
    const QList<SamenessRule> rules = e.structure->rules();
    if (rules.contains(SamenessRule::TurnIsSame) || rules.contains(SamenessRule::TurnOrFlipIsSame))
        return QStringLiteral(" (ring)");
    if (rules.contains(SamenessRule::PathOnGrid))
        return QStringLiteral(" (path)");
    if (rules.contains(SamenessRule::EvenBeats))
        return QStringLiteral(" (rhythm)");
    return {};
}

/// What is wrong with how @p widget shows inside @p window, or empty.
QString problemOf(const QWidget *widget, const QWidget *window)
{
    const QString name
        = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    if (widget->rect().isEmpty())
        return {}; // nothing to see (an empty list)
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow))
        return name + QStringLiteral(" lies outside the window: ") + QString::number(inWindow.x()) + QLatin1Char(',')
            + QString::number(inWindow.y()) + QLatin1Char(' ') + QString::number(inWindow.width()) + QLatin1Char('x')
            + QString::number(inWindow.height());
    if (widget->visibleRegion().boundingRect() != widget->rect())
        return name + QStringLiteral(" is cut off by its parent");
    if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->text().isEmpty()) {
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed)
            return name + QStringLiteral(" has %1 px for text that needs %2").arg(label->height()).arg(needed);
        if (!label->wordWrap() && label->pixmap().isNull() && label->width() < label->sizeHint().width() - 4)
            return name + QStringLiteral(" is too narrow for \"%1\"").arg(label->text());
    }
    return {};
}

} // namespace

class TestExerciseFit : public QObject
{
    Q_OBJECT

private:
    /// STAGES_FIT_DEBUG: what each visible widget needs and has, to see what made a window grow.
    static void dump(const QWidget *widget, int depth = 0)
    {
        if (depth > 9 || !widget->isVisible())
            return;
        qDebug().noquote() << QString(depth * 2, QLatin1Char(' ')) << widget->metaObject()->className()
                           << widget->objectName() << widget->minimumSizeHint() << widget->size();
        for (const QObject *child : widget->children()) {
            if (child->isWidgetType())
                dump(static_cast<const QWidget *>(child), depth + 1);
        }
    }

    std::shared_ptr<const ExerciseContent> m_content;

    /// Checks every visible part of the open screen; returns the first problem.
    static QString checkScreen(const QWidget *window, const QWidget *screen)
    {
        if (window->findChildren<QScrollBar *>().size() > 0) {
            for (const QScrollBar *bar : window->findChildren<QScrollBar *>()) {
                if (bar->isVisible())
                    return QStringLiteral("a scroll bar shows");
            }
        }
        for (const QWidget *widget : screen->findChildren<QWidget *>()) {
            if (!widget->isVisible() || qobject_cast<const FeedbackOverlay *>(widget)
                || widget->parentWidget()->inherits("stages::FeedbackOverlay"))
                continue;
            if (const QString problem = problemOf(widget, window); !problem.isEmpty())
                return problem;
        }
        if (const auto *exercise = qobject_cast<const ExerciseScreen *>(screen)) {
            for (const RowFlow *flow : exercise->rowFlows()) {
                if (flow->isVisible() && !flow->allVisible())
                    return QStringLiteral("rows do not fit in %1").arg(flow->objectName());
            }
        }
        return {};
    }

    /// Answers a framework task right through its run (the screens are driven by clicks in the
    /// other tests; here only the layout of the result matters).
    void answer(ExerciseRun *run)
    {
        QJsonValue solution = Evaluator(m_content->engine()).solve(run->exercise()).answer;
        if (run->exercise().task == QLatin1String("create"))
            solution = CreateTask::itemsOf(run->exercise(), solution);
        auto build = [run](const QJsonArray &row) {
            const auto palette = run->palette();
            for (int position = 0; position < row.size(); ++position) {
                for (const ExerciseRun::PaletteToken &t : palette) {
                    if (t.value == row.at(position).toInt() && (t.position < 0 || t.position == position)) {
                        run->placeAt(position, t);
                        break;
                    }
                }
            }
        };
        switch (run->answerKind()) {
        case AnswerKind::Number:
            run->setNumber(solution.toInt());
            break;
        case AnswerKind::Choice:
            run->choose(solution.toInt());
            break;
        case AnswerKind::Row:
            build(solution.toArray());
            break;
        case AnswerKind::Rows:
            for (const QJsonValue &row : solution.toArray()) {
                build(row.toArray());
                run->submitDraft();
            }
            break;
        case AnswerKind::Custom:
            // A karate combination: one row of moves.
            build(solution.toArray());
            break;
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The app's look (fonts, the style sheet): sizes are judged as a pupil sees them.
        Theme::apply(*qApp);
        m_content = makeExerciseContent();
    }

    void everyTaskFits_data()
    {
        QTest::addColumn<QString>("exerciseId");
        QTest::addColumn<QSize>("size");
        QHash<QString, const Exercise *> hardest; // "domain/task" -> exercise
        QStringList order;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            // Beads on a ring, paths on a grid and rhythms on a circle are laid out differently:
            // the hardest of those too; and a rule to pick from cards first (create): its pages too.
            const bool choose = e.task == QLatin1String("create") && CreateTask::letsChoose(e);
            const QString key = e.domain + QLatin1Char('/') + e.task + shapeOf(e)
                + (choose ? QStringLiteral(" (choose)") : QString());
            if (!hardest.contains(key))
                order.append(key);
            const Exercise *&h = hardest[key];
            if (!h || weight(e) > weight(*h))
                h = &e;
        }
        QVERIFY(order.size() >= 20);
        for (const QString &key : std::as_const(order)) {
            for (const QSize size : { QSize(1024, 600), QSize(1366, 768) }) {
                const QByteArray tag = (key + QStringLiteral(" %1x%2").arg(size.width()).arg(size.height())).toUtf8();
                QTest::newRow(tag.constData()) << hardest.value(key)->id << size;
            }
        }
    }

    void everyTaskFits()
    {
        QFETCH(QString, exerciseId);
        QFETCH(QSize, size);
        const Exercise *exercise = m_content->catalogue().find(exerciseId);
        QVERIFY(exercise);
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        SilentServices services;
        QTRY_VERIFY(services.speaker.isAvailable());
        const PageContext context { *db.db, clock, school.pupil, m_content, &services };

        PupilHome home(school.pupil, 0);
        auto *page = new DomainPage(*findDomainView(exercise->domain), context);
        home.addDomainPage(exercise->domain, QStringLiteral("Domain"), QString(), page);
        home.showDomain(exercise->domain);
        home.resize(size);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        QVERIFY(page->openExercise(exerciseId));
        TaskScreen *screen = page->screen();
        QVERIFY(screen);
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("STAGES_FIT_DEBUG"))
            dump(&home);
        QCOMPARE(home.size(), size); // nothing made the window grow
        // Creative tasks do not come in a warm-up.
        if (size.height() == 600 && !m_content->engine().tasks().creativeKeys().contains(exercise->task)) {
            const int needs = screen->minimumSizeHint().height();
            QVERIFY2(needs <= kWarmUpScreenHeight,
                     qPrintable(QStringLiteral("needs %1 px, more than the warm-up leaves").arg(needs)));
        }
        const QString work = checkScreen(&home, screen);
        QVERIFY2(work.isEmpty(), qPrintable(QStringLiteral("work page: ") + work));
        if (auto *exerciseScreen = qobject_cast<ExerciseScreen *>(screen)) {
            QVERIFY2(!exerciseScreen->ruleLabel()->text().isEmpty(), "every screen states its rule");
            if (RuleChoicePage *choice = exerciseScreen->ruleChoicePage()) {
                // The cards fitted; now the rows under the picked rule (its card in the header).
                QVERIFY(choice->isVisible());
                QVERIFY(choice->cards().size() >= 2);
                QTest::mouseClick(choice->cards().first(), Qt::LeftButton); // the rule solve() follows
                QCoreApplication::processEvents();
                QVERIFY(exerciseScreen->chosenRuleCard() && exerciseScreen->chosenRuleCard()->isVisible());
                const QString building = checkScreen(&home, screen);
                QVERIFY2(building.isEmpty(), qPrintable(QStringLiteral("building page: ") + building));
            }
            // The shapes show (issue 8): a ring the pupil builds can be turned; a path or a rhythm
            // being built or counted is drawn beside the row (checked for clipping above;
            // after the rule is picked where there is one to pick).
            const QString shape = shapeOf(*exercise);
            const bool builds = exerciseScreen->answerRow() != nullptr && exercise->task != QLatin1String("transfer");
            const bool counts = exerciseScreen->run()->answerKind() == AnswerKind::Number;
            if (shape == QLatin1String(" (ring)") && builds)
                QVERIFY(exerciseScreen->ringControls() && exerciseScreen->ringControls()->isVisible());
            if ((shape == QLatin1String(" (path)") || shape == QLatin1String(" (rhythm)")) && (builds || counts))
                QVERIFY(exerciseScreen->shapeView() && exerciseScreen->shapeView()->isVisible());
            QVERIFY2(exerciseScreen->speakButton()->isVisible(), "the speaker button shows");
        }

        const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR");
        if (!shots.isEmpty() && size == QSize(1366, 768)) {
            QDir().mkpath(shots);
            QString shape = shapeOf(*exercise).mid(2);
            shape.chop(1);
            const QString name
                = QStringLiteral("fit-%1-%2%3.png")
                      .arg(exercise->domain, exercise->task, shape.isEmpty() ? QString() : QLatin1Char('-') + shape);
            QVERIFY(home.grab().save(QDir(shots).filePath(name)));
        }

        // The result page: the whole systematic list, or the right answer, fits too.
        if (auto *exerciseScreen = qobject_cast<ExerciseScreen *>(screen)) {
            answer(exerciseScreen->run());
            QTest::mouseClick(exerciseScreen->doneButton(), Qt::LeftButton);
        } else if (auto *run = screen->findChild<ExerciseRun *>()) {
            // A domain's own screen on an ExerciseRun (the karate combination): filled, then done.
            answer(run);
            QCoreApplication::processEvents();
            const QString filled = checkScreen(&home, screen);
            QVERIFY2(filled.isEmpty(), qPrintable(QStringLiteral("filled work page: ") + filled));
            auto *done = screen->findChild<QPushButton *>(QStringLiteral("doneButton"));
            QVERIFY(done && done->isEnabled());
            QTest::mouseClick(done, Qt::LeftButton);
        } else if (auto *done = screen->findChild<QPushButton *>(QStringLiteral("doneButton"));
                   done && done->isEnabled()) {
            QTest::mouseClick(done, Qt::LeftButton);
        }
        if (!screen->showsResult())
            return; // a music task that needs the pupil's playing first: its work page was checked
        QCoreApplication::processEvents();
        QCOMPARE(home.size(), size);
        const QString result = checkScreen(&home, screen);
        QVERIFY2(result.isEmpty(), qPrintable(QStringLiteral("result page: ") + result));
    }

    // The warm-up's bar takes room above the screens: they fit there too, at 1024x600, on the
    // work and on the result page, for the first exercises of the set (any domain's).
    void warmUpScreensFit()
    {
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        SilentServices services;
        QVERIFY(WarmUpService(*db.db, clock).start(school.teacher, school.classId).ok());
        PupilHome home(school.pupil, 0);
        home.resize(1024, 600);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        PupilWarmUpPage *warm
            = PupilWarmUpPage::openIfRunning(home, { *db.db, clock, school.pupil, m_content, &services });
        QVERIFY(warm);
        for (int n = 0; n < 6; ++n) {
            QPointer<TaskScreen> screen = warm->screen();
            QVERIFY(screen);
            QCoreApplication::processEvents();
            if (qEnvironmentVariableIsSet("STAGES_FIT_DEBUG"))
                dump(&home);
            QVERIFY2(home.size() == QSize(1024, 600),
                     qPrintable(screen->toAttempt().exerciseId + QStringLiteral(" grew the window to %1x%2")
                                    .arg(home.width()).arg(home.height())));
            const QString work = checkScreen(&home, screen);
            QVERIFY2(work.isEmpty(),
                     qPrintable(screen->toAttempt().exerciseId + QStringLiteral(" work page: ") + work));
            if (auto *exerciseScreen = qobject_cast<ExerciseScreen *>(screen.data())) {
                answer(exerciseScreen->run());
                QTest::mouseClick(exerciseScreen->doneButton(), Qt::LeftButton);
            } else if (auto *done = screen->findChild<QPushButton *>(QStringLiteral("doneButton"));
                       done && done->isEnabled()) {
                QTest::mouseClick(done, Qt::LeftButton);
            }
            if (!screen->showsResult())
                break; // a music task that needs the pupil's playing: its work page was checked
            QCoreApplication::processEvents();
            QCOMPARE(home.size(), QSize(1024, 600));
            const QString result = checkScreen(&home, screen);
            QVERIFY2(result.isEmpty(),
                     qPrintable(screen->toAttempt().exerciseId + QStringLiteral(" result page: ") + result));
            QTRY_VERIFY(screen->nextButton()->isEnabled());
            QTest::mouseClick(screen->nextButton(), Qt::LeftButton);
            QTRY_VERIFY(warm->screen() != screen);
        }
        // Time's up: the end page with its stars fits too.
        clock.advance(8 * 60'000);
        warm->tick();
        QVERIFY(warm->isOver());
        QCoreApplication::processEvents();
        QCOMPARE(home.size(), QSize(1024, 600));
        const QString end = checkScreen(&home, warm);
        QVERIFY2(end.isEmpty(), qPrintable(QStringLiteral("end page: ") + end));
    }

    // The pupil's home with a full strip of the teacher's tasks and commented work above every
    // domain's tile: nothing clipped, the window does not grow; the comment dialog fits too.
    void homeWithTasksFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x600") << QSize(1024, 600);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void homeWithTasksFits()
    {
        QFETCH(QSize, size);
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school(*db.db, clock);
        SilentServices services;
        AssignmentService assignments(*db.db, clock);
        const QDate tomorrow = clock.now().toLocalTime().date().addDays(1);
        const QStringList domains = availableDomainIds();
        for (int i = 0; i < PupilTaskStrip::kMaxTasks + 1; ++i) {
            const AssignmentItem item{domains.at(i % domains.size()), 10 + i, {}};
            QVERIFY(assignments.create(school.teacher, {school.classId, {}, {item}, i % 2 ? tomorrow : QDate()}).ok());
        }
        AttemptService attempts(*db.db, clock);
        for (int i = 0; i < 3; ++i) {
            AttemptRecord a{{}, QStringLiteral("comb/x/create/s%1").arg(i), domains.first(), 8, 1.0, true, 1000, 0,
                            QJsonArray(), false, {}, {}, {}};
            a.artifact = AttemptRecord::Artifact{QStringLiteral("arrangements"), QStringLiteral("Mine"), {}};
            const QString id = attempts.record(school.pupil, a).value().artifactId;
            QVERIFY(ArtifactService(*db.db, clock)
                        .addFeedback(school.teacher, id, QStringLiteral("Wonderful rows, every one of them different!"), 3)
                        .ok());
        }

        PupilHome home(school.pupil, 0);
        const PageContext context{*db.db, clock, school.pupil, m_content, &services};
        for (const DomainView *view : allDomainViews()) {
            const QList<HomeTile> tiles = view->homeTiles(context);
            if (tiles.isEmpty())
                home.addComingSoon(view->id(), view->module().title(), Artwork::iconPath(view->module().icon()));
            for (const HomeTile &tile : tiles)
                home.addDomainPage(tile.key, tile.title, Artwork::iconPath(tile.icon), tile.page, QColor(tile.color));
        }
        PupilTaskStrip *strip = PupilTaskStrip::install(home, context);
        home.resize(size);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("STAGES_FIT_DEBUG"))
            dump(&home);
        QCOMPARE(strip->taskTiles().size(), PupilTaskStrip::kMaxTasks);
        QCOMPARE(strip->taskTiles().size() + strip->pieceTiles().size(), PupilTaskStrip::kMaxTiles);
        QCOMPARE(home.size(), size);
        const QString problem = checkScreen(&home, &home);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const TileButton *tile : home.findChildren<TileButton *>()) {
            if (tile->isVisible())
                QVERIFY(tile->height() >= 64);
        }
        const QString shots = qEnvironmentVariable("STAGES_SHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(home.grab().save(QDir(shots).filePath(
                QStringLiteral("fit-home-tasks-%1x%2.png").arg(size.width()).arg(size.height()))));
        }

        QString dialogProblem = QStringLiteral("the dialog did not open");
        auto *poll = new QTimer(&home);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, poll, [&, poll, size] {
            if (auto *dialog = qobject_cast<PupilFeedbackDialog *>(QApplication::activeModalWidget())) {
                poll->stop();
                QCoreApplication::processEvents();
                dialogProblem = dialog->width() > size.width() || dialog->height() > size.height()
                                    ? QStringLiteral("the dialog is bigger than the screen")
                                    : checkScreen(dialog, dialog);
                if (const QString dir = qEnvironmentVariable("STAGES_SHOT_DIR"); !dir.isEmpty())
                    dialog->grab().save(QDir(dir).filePath(QStringLiteral("fit-pupil-feedback.png")));
                dialog->accept();
            }
        });
        poll->start();
        strip->openPiece(strip->pieceTiles().first()->objectName().section(QLatin1Char(':'), 1));
        QVERIFY2(dialogProblem.isEmpty(), qPrintable(dialogProblem));
    }
};

QTEST_MAIN(TestExerciseFit)
#include "tst_exercisefit.moc"
