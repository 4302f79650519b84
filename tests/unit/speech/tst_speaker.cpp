// The Speaker (issue 8, point 8): it reports whether it can speak, reads in the language it is
// given, keeps what is asked while the engine opens, and never waits for an engine that hangs.

#include "exercises/framework/speech/qtspeechbackend.h"
#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/speech/speechengines.h"
#include "support/fakespeech.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace stages;
using test::FakeSpeechBackend;
using test::SpeechLog;

class TestSpeaker : public QObject
{
    Q_OBJECT

private slots:
    void engineOrder_data()
    {
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QStringList debian { QStringLiteral("speechd"), QStringLiteral("flite") };
        QTest::newRow("en: flite first") << debian << QStringLiteral("en")
                                         << QStringList { QStringLiteral("flite"), QStringLiteral("speechd") };
        QTest::newRow("cs: no flite") << debian << QStringLiteral("cs") << QStringList { QStringLiteral("speechd") };
        QTest::newRow("cs_CZ: no flite") << debian << QStringLiteral("cs_CZ")
                                         << QStringList { QStringLiteral("speechd") };
        QTest::newRow("windows") << QStringList { QStringLiteral("flite"), QStringLiteral("sapi"), QStringLiteral("winrt") }
                                 << QStringLiteral("en")
                                 << QStringList { QStringLiteral("winrt"), QStringLiteral("sapi"), QStringLiteral("flite") };
        QTest::newRow("other engines last") << QStringList { QStringLiteral("mock"), QStringLiteral("speechd") }
                                            << QStringLiteral("cs")
                                            << QStringList { QStringLiteral("speechd"), QStringLiteral("mock") };
        QTest::newRow("none installed") << QStringList {} << QStringLiteral("en") << QStringList {};
    }

    void engineOrder()
    {
        QFETCH(QStringList, installed);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(SpeechEngines::order(installed, language), expected);
    }

    void availableOnceTheEngineOpens()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("cs"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        QSignalSpy available(&speaker, &Speaker::availabilityChanged);
        QCOMPARE(speaker.state(), Speaker::State::Starting);
        QVERIFY(!speaker.isAvailable());
        QTRY_COMPARE(speaker.state(), Speaker::State::Ready);
        QCOMPARE(available.size(), 1);
        QCOMPARE(available.first().first().toBool(), true);
        QCOMPARE(log->opened, QStringList { QStringLiteral("cs") }); // the UI language
        QCOMPARE(speaker.voiceName(), QStringLiteral("voice-cs"));
        speaker.say(QStringLiteral("Ahoj"));
        QTRY_COMPARE(speaker.state(), Speaker::State::Speaking);
        QCOMPARE(log->said, QStringList { QStringLiteral("Ahoj") });
    }

    void keepsTheLastTextWhileStarting()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("en"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        speaker.say(QStringLiteral("first"));
        speaker.say(QStringLiteral("second"));
        QTRY_COMPARE(speaker.state(), Speaker::State::Speaking);
        QCOMPARE(log->said, QStringList { QStringLiteral("second") }); // read once, the latest
        QCOMPARE(speaker.spokenCount(), 1);
    }

    void noVoiceIsUnavailable()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("cs"), test::fakeSpeech(FakeSpeechBackend::Kind::NoVoice, log));
        speaker.say(QStringLiteral("Ahoj"));
        QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
        QVERIFY(speaker.problem().contains(QStringLiteral("no voice")));
        speaker.say(QStringLiteral("Ahoj"));
        QTest::qWait(50);
        QVERIFY(log->said.isEmpty());
        QCOMPARE(speaker.spokenCount(), 0);
    }

    // speech-dispatcher without its daemon can block in QTextToSpeech's constructor: the
    // speaker gives up after its timeout, and neither the GUI thread nor the destructor waits.
    void hangingEngineNeverBlocks()
    {
        auto log = std::make_shared<SpeechLog>();
        QElapsedTimer clock;
        clock.start();
        {
            Speaker speaker(QStringLiteral("cs"), test::fakeSpeech(FakeSpeechBackend::Kind::Hang, log), 300);
            QVERIFY(clock.elapsed() < 200); // the constructor does not wait for the engine
            QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
            QVERIFY(speaker.problem().contains(QStringLiteral("did not answer")));
            QCOMPARE(log->opened.size(), 1);
        }
        QVERIFY2(clock.elapsed() < 2000, "the destructor waited for the hanging engine");
        log->release.release(); // let the left thread end
    }

    void newLanguageOpensANewEngine()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("en"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        QTRY_VERIFY(speaker.isAvailable());
        speaker.setLanguage(QStringLiteral("cs"));
        QCOMPARE(speaker.state(), Speaker::State::Starting);
        QTRY_VERIFY(speaker.isAvailable());
        QCOMPARE(log->opened, (QStringList { QStringLiteral("en"), QStringLiteral("cs") }));
        QCOMPARE(speaker.voiceName(), QStringLiteral("voice-cs"));
    }

    // A real Qt TextToSpeech backend told to use an engine that does not exist: unavailable,
    // quickly, with a reason.
    void missingEngineIsUnavailable()
    {
        Speaker speaker(QStringLiteral("en"),
                        [] { return std::make_unique<QtSpeechBackend>(QStringLiteral("no-such-engine")); });
        QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
        QVERIFY(!speaker.problem().isEmpty());
    }

    void switchedOff()
    {
        Speaker speaker(QStringLiteral("en"), [] { return std::make_unique<QtSpeechBackend>(QStringLiteral("none")); });
        QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSpeaker)
#include "tst_speaker.moc"
