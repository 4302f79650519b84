// A real engine (issue 8, point 8): flite, through Qt TextToSpeech, speaks English into the
// PulseAudio null sink: the Speaker chooses it for English, becomes Ready, then Speaking, then
// Ready again. Skipped (and counted as skipped) when the build has no Qt TextToSpeech, the flite
// plugin is missing, or no sound server can be started.

#include "exercises/framework/speech/qtspeechbackend.h"
#include "exercises/framework/speech/speaker.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace stages;

class TestSpeechFlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QtSpeechBackend::isBuiltIn())
            QSKIP("This build has no Qt TextToSpeech.");
        QProcess script;
        script.start(qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pulse-null-sink"),
                     { QStringLiteral("start") });
        if (!script.waitForFinished(20000) || script.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("No PulseAudio null sink could be started: %1")
                                 .arg(QString::fromLocal8Bit(script.readAllStandardError()).trimmed())));
        qputenv("PULSE_SERVER", script.readAllStandardOutput().trimmed());
    }

    void fliteSpeaksEnglish()
    {
        Speaker speaker(QStringLiteral("en"), [] { return std::make_unique<QtSpeechBackend>(QStringLiteral("flite")); });
        QSignalSpy states(&speaker, &Speaker::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(speaker.state() != Speaker::State::Starting, 10000);
        if (speaker.state() == Speaker::State::Unavailable && speaker.problem().contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(speaker.problem()));
        QVERIFY2(speaker.isAvailable(), qPrintable(speaker.problem()));
        QCOMPARE(speaker.engineName(), QStringLiteral("flite"));
        QVERIFY(!speaker.voiceName().isEmpty());
        speaker.say(QStringLiteral("Make all the different rows"));
        QTRY_COMPARE_WITH_TIMEOUT(speaker.state(), Speaker::State::Speaking, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(speaker.state(), Speaker::State::Ready, 15000);
    }

    // With flite and no voice for Czech (flite has English voices only), flite is not used.
    void fliteHasNoCzech()
    {
        Speaker speaker(QStringLiteral("cs"), [] { return std::make_unique<QtSpeechBackend>(QStringLiteral("flite")); });
        QTRY_VERIFY_WITH_TIMEOUT(speaker.state() != Speaker::State::Starting, 10000);
        if (speaker.problem().contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(speaker.problem()));
        QCOMPARE(speaker.state(), Speaker::State::Unavailable);
        QVERIFY2(speaker.problem().contains(QStringLiteral("no voice")), qPrintable(speaker.problem()));
    }
};

QTEST_GUILESS_MAIN(TestSpeechFlite)
#include "tst_speech_flite.moc"
