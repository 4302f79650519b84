// exercise-demo: one pupil page on a temporary database, opened on the stage map or on one
// exercise, optionally part-way through (for trying screens out and for screenshots).
//
//   exercise-demo [--exercise ID | --task TASK [--stage N] [--skin SKIN]] [--rows K] [--draft K]
//                 [--answer] [--finish] [--progress] [--list]

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/progress/attemptservice.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"
#include "exercises/combinatorics/view/exercisecontent.h"
#include "exercises/combinatorics/view/exercisescreen.h"
#include "exercises/combinatorics/view/itemrowwidget.h"
#include "exercises/combinatorics/view/pupilexercisespage.h"
#include "exercises/combinatorics/view/tokenbutton.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace stages;

namespace {

/// Clicks the palette tokens that build @p values in the answer row, as a pupil would.
void build(ExerciseScreen *screen, const Item &values)
{
    const QList<ExerciseRun::PaletteToken> tokens = screen->run()->palette();
    for (int position = 0; position < values.size(); ++position) {
        for (int i = 0; i < tokens.size(); ++i) {
            const ExerciseRun::PaletteToken &t = tokens.at(i);
            if (t.value == values.at(position) && (t.position < 0 || t.position == position)) {
                screen->paletteButtons().at(i)->click();
                break;
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption exerciseOption(QStringLiteral("exercise"), QStringLiteral("Exercise id."), QStringLiteral("ID"));
    const QCommandLineOption taskOption(QStringLiteral("task"), QStringLiteral("First exercise of this task."), QStringLiteral("TASK"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QStringLiteral("Stage."), QStringLiteral("N"));
    const QCommandLineOption skinOption(QStringLiteral("skin"), QStringLiteral("Skin."), QStringLiteral("SKIN"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Build K right rows first."), QStringLiteral("K"));
    const QCommandLineOption draftOption(QStringLiteral("draft"), QStringLiteral("Place K tokens of the answer."), QStringLiteral("K"));
    const QCommandLineOption answerOption(QStringLiteral("answer"), QStringLiteral("Give the right answer (count, spot-duplicate)."));
    const QCommandLineOption finishOption(QStringLiteral("finish"), QStringLiteral("Press \"I'm done\"."));
    const QCommandLineOption progressOption(QStringLiteral("progress"), QStringLiteral("Record some attempts first."));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("Print the matching ids and quit."));
    parser.addOptions({exerciseOption, taskOption, stageOption, skinOption, rowsOption, draftOption, answerOption,
                       finishOption, progressOption, listOption});
    parser.process(app);

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!opened) {
        qCritical("%s", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    SystemClock clock;
    AccountService accounts(*db, clock);
    ClassService classes(*db, clock);
    const QString password = QStringLiteral("demo-password-1");
    const Session admin = accounts.setUpSchool(QStringLiteral("Demo School"),
                                               {Role::Admin, QStringLiteral("Ada Admin"), QStringLiteral("ada"), password, {}, 0, {}})
                              .value();
    (void)classes.addClass(admin, QStringLiteral("1.A")).value();
    const QList<int> pictures{1, 2, 3};
    const QString pupilId = accounts.addPerson(admin, {Role::Pupil, QStringLiteral("Pia Pupil"), {}, {}, pictures, 3,
                                                       QStringLiteral("1.A")})
                                .value()
                                .id;
    const Session pupil = accounts.signInWithPictures(pupilId, pictures).value();

    const auto content = ExerciseContent::create();
    QString id = parser.value(exerciseOption);
    if (id.isEmpty() && parser.isSet(taskOption)) {
        for (const Exercise &e : content->catalogue().exercises()) {
            if (e.task == parser.value(taskOption) && (!parser.isSet(stageOption) || e.stage == parser.value(stageOption).toInt())
                && (!parser.isSet(skinOption) || e.skin == parser.value(skinOption))) {
                if (parser.isSet(listOption)) {
                    QTextStream(stdout) << e.id << '\n';
                    continue;
                }
                id = e.id;
                break;
            }
        }
    }
    if (parser.isSet(listOption))
        return 0;

    if (parser.isSet(progressOption)) {
        // Stage 1 mastered up to proficient, stage 2 familiar, stage 3 attempted.
        AttemptService attempts(*db, clock);
        const QList<QPair<int, double>> plan{{1, 1.0}, {1, 1.0}, {1, 1.0}, {2, 1.0}, {2, 0.8}, {3, 0.4}};
        int n = 0;
        for (const auto &[stage, score] : plan) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("demo/%1").arg(n++);
            a.domain = QStringLiteral("combinatorics");
            a.stage = stage;
            a.score = score;
            a.success = score >= 1.0;
            a.durationMs = 30000;
            a.answer = QJsonArray();
            (void)attempts.record(pupil, a);
        }
    }

    PupilExercisesPage page(*db, clock, pupil, QStringLiteral("combinatorics"), content);
    page.resize(1280, 740);
    page.setWindowTitle(QStringLiteral("exercise-demo"));
    if (!id.isEmpty() && !page.openExercise(id)) {
        qCritical("no exercise %s", qPrintable(id));
        return 1;
    }
    page.show();

    if (ExerciseScreen *screen = page.exerciseScreen()) {
        ExerciseRun *run = screen->run();
        const Evaluator evaluator(content->engine());
        const Solution solution = evaluator.solve(run->exercise());
        const int rows = parser.value(rowsOption).toInt();
        if (rows > 0) {
            ItemList items;
            for (const QJsonValue &v : solution.answer.toArray())
                items.append(itemFromJson(v).value_or(Item()));
            for (int i = 0; i < rows && i < items.size(); ++i)
                build(screen, items.at(i));
        }
        const int draft = parser.value(draftOption).toInt();
        if (draft > 0) {
            const Item item = itemFromJson(solution.answer.isArray() && solution.answer.toArray().first().isArray()
                                               ? solution.answer.toArray().first()
                                               : solution.answer)
                                  .value_or(Item());
            build(screen, item.mid(0, draft));
        }
        if (parser.isSet(answerOption)) {
            if (run->answerKind() == ExerciseRun::AnswerKind::Number)
                run->setNumber(int(solution.count));
            else if (run->answerKind() == ExerciseRun::AnswerKind::Choice)
                run->choose(solution.answer.toInt());
        }
        if (parser.isSet(finishOption))
            screen->doneButton()->click();
    }
    return app.exec();
}
