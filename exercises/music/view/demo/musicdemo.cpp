// music-demo: the pupil's music screens on a temporary database, for trying them out and for the
// screenshots in docs/screenshots. Not installed.
//
//   music-demo [--screen map|instruments|diagnostics|settings] [--task TASK [--stage N] [--named]]
//              [--exercise ID] [--fill K] [--choose I] [--finish] [--play] [--silent]
//              [--soundfont PATH] [--list]
//   --fill K    play-back: play the first K notes right; compose: add K orders that follow the rule
//   --choose I  listen-identify: pick choice I
//   --play      press Listen/Play and keep the first notes lit (for a shot in the middle of it)
//   --taps      tap-rhythm: tap every onset (a little early or late) and finish

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/music/tasks/playbacktask.h"
#include "exercises/music/view/composescreen.h"
#include "exercises/music/view/instrumentspage.h"
#include "exercises/music/view/instrumentwidget.h"
#include "exercises/music/view/listenidentifyscreen.h"
#include "exercises/music/view/playbackscreen.h"
#include "exercises/music/view/rhythmcirclewidget.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/sounddiagnosticsdialog.h"
#include "exercises/music/view/soundservice.h"
#include "exercises/music/view/soundsettingswidget.h"
#include "exercises/music/view/taprhythmscreen.h"

#include <QAbstractButton>
#include "exercises/framework/view/demo/demopupil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

using namespace stages;
using namespace stages::music;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption screenOption(
        QStringLiteral("screen"), QStringLiteral("map, instruments, diagnostics, settings."), QStringLiteral("NAME"));
    const QCommandLineOption taskOption(QStringLiteral("task"), QStringLiteral("First exercise of this task."),
                                        QStringLiteral("TASK"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), QStringLiteral("Stage."), QStringLiteral("N"));
    const QCommandLineOption namedOption(QStringLiteral("named"), QStringLiteral("A named traditional rhythm."));
    const QCommandLineOption exerciseOption(QStringLiteral("exercise"), QStringLiteral("Exercise id."),
                                            QStringLiteral("ID"));
    const QCommandLineOption fillOption(QStringLiteral("fill"), QStringLiteral("Fill K parts."), QStringLiteral("K"));
    const QCommandLineOption chooseOption(QStringLiteral("choose"), QStringLiteral("Pick choice I."),
                                          QStringLiteral("I"));
    const QCommandLineOption finishOption(QStringLiteral("finish"), QStringLiteral("Press \"I'm done\"."));
    const QCommandLineOption playOption(QStringLiteral("play"), QStringLiteral("Press Listen/Play."));
    const QCommandLineOption tapsOption(QStringLiteral("taps"), QStringLiteral("Tap along (tap-rhythm)."));
    const QCommandLineOption silentOption(QStringLiteral("silent"), QStringLiteral("Never open a sound device."));
    const QCommandLineOption soundFontOption(QStringLiteral("soundfont"), QStringLiteral("SoundFont path."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("Print the matching ids and quit."));
    parser.addOptions({ screenOption, taskOption, stageOption, namedOption, exerciseOption, fillOption, chooseOption,
                        finishOption, playOption, tapsOption, silentOption, soundFontOption, listOption });
    parser.process(app);

    SoundService::Options soundOptions;
    soundOptions.useDevice = !parser.isSet(silentOption);
    soundOptions.soundFontPath = parser.value(soundFontOption);
    SoundService sound(soundOptions);

    const QString screen = parser.value(screenOption);
    if (screen == QLatin1String("instruments")) {
        InstrumentsPage page(sound);
        page.resize(1280, 740);
        page.show();
        return app.exec();
    }
    if (screen == QLatin1String("diagnostics")) {
        SoundDiagnosticsDialog dialog(sound);
        dialog.show();
        return app.exec();
    }
    if (screen == QLatin1String("settings")) {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new SoundSettingsWidget(sound, &window));
        layout->addStretch();
        window.resize(700, 200);
        window.show();
        return app.exec();
    }

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
            if (e.domain == QLatin1String("music") && e.task == parser.value(taskOption)
                && (!parser.isSet(stageOption) || e.stage == parser.value(stageOption).toInt())
                && (!parser.isSet(namedOption) || e.options.contains(QStringLiteral("named")))) {
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

    struct Services : ScreenServices
    {
        QObject *sound = nullptr;
        QObject *service(QStringView name) override { return name == u"sound" ? sound : nullptr; }
    } services;
    services.sound = &sound;
    DomainPage page(*findDomainView(QStringLiteral("music")), { *db, clock, pupil, content, &services });
    page.resize(1280, 740);
    page.setWindowTitle(QStringLiteral("music-demo"));
    if (!id.isEmpty() && !page.openExercise(id)) {
        qCritical("no exercise %s", qPrintable(id));
        return 1;
    }
    page.show();

    auto *task = qobject_cast<MusicTaskScreen *>(page.screen());
    const int fill = parser.value(fillOption).toInt();
    if (auto *playBack = qobject_cast<PlayBackScreen *>(task)) {
        const Item target = PlayBackTask::target(playBack->run().exercise());
        const QList<int> keys = playBack->run().symbolKeys();
        for (int i = 0; i < fill && i < target.size(); ++i)
            emit playBack->instrument()->notePressed(keys.value(target.at(i)));
        if (parser.isSet(playOption)) {
            // Listen, then hold the second note lit for the shot (as if caught while it sounds).
            playBack->listen();
            QTimer::singleShot(700, &app, [&sound, playBack, keys, target] {
                sound.stop();
                playBack->instrument()->highlight(keys.value(target.value(1)), 60000);
            });
        }
    } else if (auto *identify = qobject_cast<ListenIdentifyScreen *>(task)) {
        if (parser.isSet(chooseOption))
            identify->choiceButtons().value(parser.value(chooseOption).toInt())->click();
        if (parser.isSet(playOption))
            identify->choicePlayButtons().value(0)->click();
    } else if (auto *compose = qobject_cast<ComposeScreen *>(task)) {
        const Solution solution = Evaluator(content->engine()).solve(compose->run().exercise());
        const QJsonArray orders = solution.answer.toArray();
        for (int i = 0; i < fill && i < orders.size(); ++i) {
            const Item order = itemFromJson(orders.at(i)).value_or(Item());
            compose->addOrder(int(compose->orders().indexOf(order)));
        }
    } else if (auto *tap = qobject_cast<TapRhythmScreen *>(task)) {
        if (parser.isSet(tapsOption)) {
            // Tap each onset with a made-up human error, so the marks show early and late taps.
            tap->startTapping();
            const QList<double> onsets = tap->onsetTimesMs();
            const QList<double> wobble { -30, 45, -90, 20, 140, -10, 60, -40, 15, -120, 35, 0 };
            for (int i = 0; i < onsets.size(); ++i) {
                if (i == 3)
                    continue; // one missed beat
                const int at = int(tap->countInMs() + onsets.at(i) + wobble.at(i % wobble.size()));
                QTimer::singleShot(at, tap, [tap] { tap->tap(); });
            }
        } else if (parser.isSet(playOption)) {
            tap->listen();
        }
    }
    if (parser.isSet(finishOption) && task && task->doneButton()->isEnabled())
        task->doneButton()->click();
    return app.exec();
}
