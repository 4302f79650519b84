// stages: the desktop program. Parses its options, opens the database (refusing a bad one with
// a dialog), builds the services and shows the main window.
//
//   stages [--db PATH|postgresql://…] [--local-cache PATH] [--kiosk] [--lang cs|en]

#include "core/accounts/role.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/defaultlocation.h"
#include "core/storage/serverpassword.h"
#include "core/storage/serverurl.h"
#include "core/sync/syncworker.h"
#include "ui/shell/firstfetch.h"
#include "i18n/translations.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/databaseopener.h"
#include "ui/shell/kioskguard.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/shell/uisettings.h"
#include "testcommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace stages;

namespace {

/// For the startup benchmark (tests/benchmarks/bench_startup): with STAGES_REPORT_FIRST_PAINT
/// set, print "first-paint" when the window first paints and quit.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stages"));
    QCoreApplication::setApplicationName(QStringLiteral("stages"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGES_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stages"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cz.stages.Stages"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Stages: find all the ways, see the pattern, create."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The database file to use."),
                                      QCoreApplication::translate("main", "PATH"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "Full screen, pupils only; a teacher's password ends it."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the program (cs or en)."),
                                        QCoreApplication::translate("main", "LANGUAGE"));
    const QCommandLineOption cacheOption(
        QStringLiteral("local-cache"),
        QCoreApplication::translate("main", "With a school server: this PC's own copy and outbox."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOptions({ dbOption, kioskOption, langOption, cacheOption });
    parser.process(app);

    i18n::installTranslators(app, UiSettings::effectiveLanguage(parser.value(langOption)));
    Theme::apply(app);

    const QString chosen = DatabaseOpener::chooseLocation(parser.value(dbOption));
    // On a school server the app works on this PC's cache; the worker keeps it and the server in step.
    const bool server = ServerUrl::isServer(chosen);
    const QString location = server ? (parser.isSet(cacheOption) ? parser.value(cacheOption) : defaultLocalCacheLocation())
                                    : chosen;
    auto database = DatabaseOpener::openOrExplain(location);
    if (!database) {
        std::fprintf(stderr, "stages: %s\n", qPrintable(DatabaseOpener::refusalText(location, database.error())));
        return 1;
    }
    const bool reportSession = qEnvironmentVariableIsSet("STAGES_REPORT_SESSION");
    if (server) {
        // The password: PGPASSWORD (libpq takes it), else the one the administrator stored for
        // this server, else ~/.pgpass, else FirstFetch asks when the server wants one.
        ServerPassword::useStoredFor(chosen);
        // Before the sign-in screen: the school on a first start, else a quick pull (bounded).
        auto fetched = FirstFetch::run(**database, chosen);
        if (!fetched) {
            std::fprintf(stderr, "stages: %s\n", qPrintable(fetched.error()));
            return 1;
        }
        if (reportSession) {
            std::fprintf(stdout, "startup-pull: %s\n", qPrintable(FirstFetch::keyOf(*fetched)));
            std::fflush(stdout);
        }
    }

    SystemClock clock;
    AppContext context(std::move(database.value()), clock);
    if (server)
        context.setSync(std::make_unique<SyncWorker>(location, chosen));
    MainWindow window(context, MainWindow::Options { parser.isSet(kioskOption) });
    FirstPaintReporter reporter;
    if (qEnvironmentVariableIsSet("STAGES_REPORT_FIRST_PAINT"))
        window.installEventFilter(&reporter);
    // For tests that drive this program under a real window manager (tests/integration/
    // tst_kiosk_openbox): with STAGES_REPORT_SESSION set, print "session: pupil" (or "none")
    // whenever somebody signs in or out, and "kiosk: reclaimed" whenever the kiosk window is put
    // back in front, so the test knows what happened without reading pixels.
    if (reportSession) {
        QObject::connect(&window, &MainWindow::sessionChanged, &window, [&window] {
            const QString who = window.session() ? roleKey(window.session()->role) : QStringLiteral("none");
            std::fprintf(stdout, "session: %s\n", qPrintable(who));
            std::fflush(stdout);
        });
        if (window.kioskGuard()) {
            QObject::connect(window.kioskGuard(), &KioskGuard::reclaimed, &window, [] {
                std::fputs("kiosk: reclaimed\n", stdout);
                std::fflush(stdout);
            });
        }
    }
    if (window.isKiosk())
        window.showFullScreen();
    else
        window.show();
    // For tests that run this program as a PC in a lab (tests/integration/tst_twopcs).
    std::unique_ptr<TestCommands> commands;
    if (qEnvironmentVariableIsSet("STAGES_TEST_COMMANDS")) {
        commands = std::make_unique<TestCommands>(context);
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
    }
    return app.exec();
}
