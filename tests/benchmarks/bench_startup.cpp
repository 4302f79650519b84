// Startup benchmark: wall time from starting a process to its main window's first paint,
// for the real `stages` executable and for a bare Qt Widgets window built into this binary,
// measured alternately in the same run. Prints medians and their ratio; never fails on time.
//
//   bench_startup [--runs N]     measure (default 7 runs each)
//   bench_startup --bare         (internal) the bare window child
//
// Both children print "first-paint" on stdout at their first paint and quit; the parent times
// from QProcess::start() to reading that line, so process start-up and library loading count.

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace {

class BareWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_reported) {
            m_reported = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_reported = false;
};

int runBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    BareWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1024, 700);
    window.show();
    return app.exec();
}

/// Milliseconds until the child prints "first-paint", or -1.
double timeToFirstPaint(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start();
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (p.canReadLine()) {
            if (p.readLine().trimmed() == "first-paint") {
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                p.waitForFinished(10000);
                if (p.state() != QProcess::NotRunning)
                    p.kill();
                return ms;
            }
            continue;
        }
        if (!p.waitForReadyRead(30000))
            break;
    }
    p.kill();
    p.waitForFinished();
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--bare") == 0)
            return runBare(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("N"), QStringLiteral("7")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString stages = qEnvironmentVariable("STAGES_BIN_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"))
                           + QStringLiteral("/stages");
    if (!QFile::exists(stages)) {
        std::printf("bench_startup: %s not built; nothing measured\n", qPrintable(stages));
        return 0;
    }

    // A set-up school, so the app opens on its real sign-in page rather than the setup wizard.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    QProcess seed;
    seed.start(QFileInfo(stages).absolutePath() + QStringLiteral("/stagesctl"),
               {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--pupils"),
                QStringLiteral("60"), QStringLiteral("--classes"), QStringLiteral("3")});
    seed.waitForFinished(120000);

    qputenv("STAGES_REPORT_FIRST_PAINT", "1");
    QList<double> bare, full;
    // Warm the page cache once for both, then alternate so drift hits both equally.
    timeToFirstPaint(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")});
    timeToFirstPaint(stages, {QStringLiteral("--db"), db});
    for (int i = 0; i < runs; ++i) {
        bare.append(timeToFirstPaint(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")}));
        full.append(timeToFirstPaint(stages, {QStringLiteral("--db"), db}));
    }
    const double b = median(bare), f = median(full);
    std::printf("startup (platform %s, %d runs, median wall time to first paint)\n", qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::printf("  bare Qt Widgets window: %8.1f ms\n", b);
    std::printf("  stages main window:     %8.1f ms\n", f);
    if (b > 0 && f > 0)
        std::printf("  ratio stages/bare:      %8.2f x  (goal <= 1.50)\n", f / b);
    else
        std::printf("  ratio: not measured (a child did not report its first paint)\n");
    return 0;
}
