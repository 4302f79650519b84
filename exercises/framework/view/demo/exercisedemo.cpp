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
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/framework/view/tokenbutton.h"

#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/view/demo/demopupil.h"
#include "exercises/framework/view/screenservices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
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
    const QCommandLineOption exerciseOption(QStringLiteral("exercise"), QStringLiteral("Exercise id."),
                                            QStringLiteral("ID"));
    const QCommandLineOption taskOption(QStringLiteral("task"), QStringLiteral("First exercise of this task."),
                                        QStringLiteral("TASK"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QStringLiteral("Stage."), QStringLiteral("N"));
    const QCommandLineOption skinOption(QStringLiteral("skin"), QStringLiteral("Skin."), QStringLiteral("SKIN"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Build K right rows first."),
                                        QStringLiteral("K"));
    const QCommandLineOption draftOption(QStringLiteral("draft"), QStringLiteral("Place K tokens of the answer."),
                                         QStringLiteral("K"));
    const QCommandLineOption answerOption(QStringLiteral("answer"),
                                          QStringLiteral("Give the right answer (count, spot-duplicate)."));
    const QCommandLineOption finishOption(QStringLiteral("finish"), QStringLiteral("Press \"I'm done\"."));
    const QCommandLineOption progressOption(QStringLiteral("progress"), QStringLiteral("Record some attempts first."));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("Print the matching ids and quit."));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          QStringLiteral("Domain (default: the exercise's, else the first)."),
                                          QStringLiteral("D"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption speechOption(
        QStringLiteral("speech"),
        QStringLiteral("Read the instruction aloud in language L (en, cs); the speaker buttons show when an engine "
                       "speaks it (STAGES_SPEECH_ENGINE chooses one)."),
        QStringLiteral("L"));
    parser.addOptions({ exerciseOption, taskOption, stageOption, skinOption, rowsOption, draftOption, answerOption,
                        finishOption, progressOption, listOption, domainOption, sizeOption, speechOption });
    parser.process(app);

    demo::DemoPupil demo;
    if (!demo.open())
        return 1;
    Database *db = demo.db.get();
    SystemClock &clock = demo.clock;
    const Session &pupil = demo.pupil;

    const auto content = makeExerciseContent();
    QString id = parser.value(exerciseOption);
    if (id.isEmpty() && parser.isSet(taskOption)) {
        for (const Exercise &e : content->catalogue().exercises()) {
            if (parser.isSet(domainOption) && e.domain != parser.value(domainOption))
                continue;
            if (e.task == parser.value(taskOption)
                && (!parser.isSet(stageOption) || e.stage == parser.value(stageOption).toInt())
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

    QString domain = parser.value(domainOption);
    if (const Exercise *e = content->catalogue().find(id); e && domain.isEmpty())
        domain = e->domain;
    if (domain.isEmpty())
        domain = allDomainViews().first()->id();
    const DomainView *view = findDomainView(domain);
    if (!view) {
        qCritical("no domain %s", qPrintable(domain));
        return 1;
    }

    if (parser.isSet(progressOption)) {
        // Stage 1 mastered up to proficient, stage 2 familiar, stage 3 attempted.
        AttemptService attempts(*db, clock);
        const QList<QPair<int, double>> plan { { 1, 1.0 }, { 1, 1.0 }, { 1, 1.0 }, { 2, 1.0 }, { 2, 0.8 }, { 3, 0.4 } };
        int n = 0;
        for (const auto &[stage, score] : plan) {
            AttemptRecord a;
            a.exerciseId = QStringLiteral("demo/%1").arg(n++);
            a.domain = domain;
            a.stage = stage;
            a.score = score;
            a.success = score >= 1.0;
            a.durationMs = 30000;
            a.answer = QJsonArray();
            (void)attempts.record(pupil, a);
        }
    }

    // Lends a Speaker as the app's context does (nothing else: the demo stays silent otherwise).
    struct SpeechServices : ScreenServices
    {
        std::unique_ptr<Speaker> speaker;
        QObject *service(QStringView name) override { return name == u"speech" ? speaker.get() : nullptr; }
    } services;
    if (parser.isSet(speechOption)) {
        services.speaker = std::make_unique<Speaker>(parser.value(speechOption));
        // Wait for the engine (at most its timeout), so the buttons are there from the start.
        QEventLoop wait;
        QObject::connect(services.speaker.get(), &Speaker::stateChanged, &wait, [&wait](Speaker::State state) {
            if (state != Speaker::State::Starting)
                wait.quit();
        });
        if (services.speaker->state() == Speaker::State::Starting)
            wait.exec();
        if (!services.speaker->isAvailable())
            qWarning("no speech: %s", qPrintable(services.speaker->problem()));
    }
    DomainPage page(*view, { *db, clock, pupil, content, &services });
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    page.resize(size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize(1280, 740));
    page.setWindowTitle(QStringLiteral("exercise-demo"));
    if (!id.isEmpty() && !page.openExercise(id)) {
        qCritical("no exercise %s", qPrintable(id));
        return 1;
    }
    page.show();

    if (auto *screen = qobject_cast<ExerciseScreen *>(page.screen())) {
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
