// Non-readers (issue 8, point 8): the exercise screen reads its instruction and rule aloud once
// when it opens, in the UI language, and has a speaker button beside them; with no speech
// engine the buttons are hidden and the screen works as before.

#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/exercisewords.h"
#include "exercises/framework/speech/qtspeechbackend.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/framework/view/speakbutton.h"
#include "exercises/framework/view/taskscreen.h"
#include "i18n/translations.h"
#include "support/fakespeech.h"
#include "support/testdatabase.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace stages;
using test::FakeSpeechBackend;
using test::SpeechLog;

namespace {

/// Lends a speaker, as the app's context does.
struct SpeechServices : ScreenServices
{
    Speaker *speaker = nullptr;
    QObject *service(QStringView name) override { return name == u"speech" ? speaker : nullptr; }
};

} // namespace

class TestSpeakButtons : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    struct Open
    {
        test::TestDatabase db;
        ManualClock clock;
        test::SmallSchool school { *db.db, clock };
        SpeechServices services;
        std::unique_ptr<DomainPage> page;
        ExerciseScreen *screen = nullptr;
        TaskScreen *taskScreen = nullptr;
    };

    std::unique_ptr<Open> open(const QString &id, Speaker *speaker)
    {
        auto o = std::make_unique<Open>();
        o->services.speaker = speaker;
        const Exercise *exercise = m_content->catalogue().find(id);
        if (!exercise)
            return nullptr;
        o->page = std::make_unique<DomainPage>(
            *findDomainView(exercise->domain),
            PageContext { *o->db.db, o->clock, o->school.pupil, m_content, &o->services });
        o->page->resize(1366, 768);
        o->page->show();
        if (!QTest::qWaitForWindowExposed(o->page.get()) || !o->page->openExercise(id))
            return nullptr;
        o->taskScreen = o->page->screen();
        o->screen = qobject_cast<ExerciseScreen *>(o->taskScreen);
        return o;
    }

    QString firstId(const QString &task, const QString &domain = QStringLiteral("combinatorics")) const
    {
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.domain == domain && e.task == task)
                return e.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = makeExerciseContent();
    }

    void cleanup() { i18n::installTranslators(*qApp, QStringLiteral("en")); }

    void readsOnceOnOpeningAndOnClick()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("en"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        QTRY_VERIFY(speaker.isAvailable());
        auto o = open(firstId(QStringLiteral("build-all")), &speaker);
        QVERIFY(o && o->screen);
        ExerciseScreen *screen = o->screen;

        const QString instruction = screen->findChild<QLabel *>(QStringLiteral("instruction"))->text();
        const QString rule = ExerciseWords::rule(screen->run()->exercise(), true);
        QVERIFY(!rule.isEmpty());
        QVERIFY(!rule.contains(QChar(0x25CF))); // no pictures in what a voice reads
        QTRY_COMPARE(log->said.size(), 1);
        QCOMPARE(log->said.first(), instruction + QLatin1Char('\n') + rule);

        SpeakButton *speak = screen->speakButton();
        QVERIFY(speak->isVisible());
        QVERIFY(!speak->toolTip().isEmpty());
        QVERIFY(!speak->accessibleName().isEmpty());
        QVERIFY(!speak->icon().isNull());
        QVERIFY(speak->width() >= 48 && speak->height() >= 48);
        QCOMPARE(speak->focusPolicy(), Qt::StrongFocus);
        // Beside the instruction and the rule.
        const QRect words = screen->findChild<QLabel *>(QStringLiteral("instruction"))->geometry().united(
            screen->ruleLabel()->geometry());
        QVERIFY(speak->geometry().left() >= words.right());
        QVERIFY(speak->geometry().center().y() >= words.top() && speak->geometry().center().y() <= words.bottom());

        QTest::mouseClick(speak, Qt::LeftButton);
        QTRY_COMPARE(log->said.size(), 2);
        QCOMPARE(log->said.last(), instruction + QLatin1Char('\n') + rule);
        // Keyboard: F1 reads it again, and Space on the focused button.
        screen->activateWindow();
        QTest::keyClick(screen, Qt::Key_F1);
        QTRY_COMPARE(log->said.size(), 3);
        speak->setFocus();
        QTest::keyClick(speak, Qt::Key_Space);
        QTRY_COMPARE(log->said.size(), 4);

        // Coming back to the screen does not read it again by itself.
        screen->hide();
        screen->show();
        QTest::qWait(50);
        QCOMPARE(log->said.size(), 4);
    }

    void domainScreensReadAloudToo_data()
    {
        // The screens a domain makes for its own tasks (music, karate) have the button as well.
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("task");
        QTest::newRow("music play-back") << QStringLiteral("music") << QStringLiteral("play-back");
        QTest::newRow("music listen-identify") << QStringLiteral("music") << QStringLiteral("listen-identify");
        QTest::newRow("music tap-rhythm") << QStringLiteral("music") << QStringLiteral("tap-rhythm");
        QTest::newRow("music compose") << QStringLiteral("music") << QStringLiteral("compose");
        QTest::newRow("karate combination") << QStringLiteral("movement") << QStringLiteral("combination");
    }

    void domainScreensReadAloudToo()
    {
        QFETCH(QString, domain);
        QFETCH(QString, task);
        const QString id = firstId(task, domain);
        QVERIFY2(!id.isEmpty(), qPrintable(task));
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("en"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        QTRY_VERIFY(speaker.isAvailable());
        auto o = open(id, &speaker);
        QVERIFY(o && o->taskScreen);
        QVERIFY(!o->screen); // a domain's own screen, not the framework's
        const QString instruction = o->taskScreen->findChild<QLabel *>(QStringLiteral("instruction"))->text();
        QVERIFY(!instruction.isEmpty());
        QTRY_COMPARE(log->said.size(), 1);
        QVERIFY2(log->said.first().startsWith(instruction), qPrintable(log->said.first()));
        SpeakButton *speak = o->taskScreen->speakButton();
        QVERIFY(speak && speak->isVisible());
        QTest::mouseClick(speak, Qt::LeftButton);
        QTRY_COMPARE(log->said.size(), 2);
        // Without a speaker the button hides and nothing breaks.
        auto silent = open(id, nullptr);
        QVERIFY(silent && silent->taskScreen);
        QVERIFY(!silent->taskScreen->speakButton()->isVisible());
    }

    void readsInTheUiLanguage()
    {
        QVERIFY(i18n::installTranslators(*qApp, QStringLiteral("cs")));
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("cs"), test::fakeSpeech(FakeSpeechBackend::Kind::Works, log));
        auto o = open(firstId(QStringLiteral("build-all")), &speaker); // opened while still Starting
        QVERIFY(o && o->screen);
        QTRY_COMPARE(log->said.size(), 1);
        QCOMPARE(log->opened, QStringList { QStringLiteral("cs") });
        const QString instruction = o->screen->findChild<QLabel *>(QStringLiteral("instruction"))->text();
        QVERIFY2(instruction != QLatin1String("Make all the different rows"), qPrintable(instruction));
        QVERIFY(log->said.first().startsWith(instruction));
        QTRY_VERIFY(o->screen->speakButton()->isVisible());
    }

    void hiddenWithoutAnEngine_data()
    {
        QTest::addColumn<QString>("task");
        for (const char *task : { "build-all", "count", "spot-duplicate", "find-missing" })
            QTest::newRow(task) << QString::fromLatin1(task);
    }

    void hiddenWithoutAnEngine()
    {
        QFETCH(QString, task);
        Speaker speaker(QStringLiteral("en"),
                        [] { return std::make_unique<QtSpeechBackend>(QStringLiteral("no-such-engine")); });
        auto o = open(firstId(task), &speaker);
        QVERIFY(o && o->screen);
        QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
        QCoreApplication::processEvents();
        QVERIFY(!o->screen->speakButton()->isVisible());
        QCOMPARE(speaker.spokenCount(), 0);
        // The screen still works: the first token places into the answer row, or a number types.
        QVERIFY(o->screen->findChild<QLabel *>(QStringLiteral("instruction"))->isVisible());
    }

    void hiddenWithNoSpeaker()
    {
        auto o = open(firstId(QStringLiteral("build-all")), nullptr);
        QVERIFY(o && o->screen);
        QVERIFY(!o->screen->speakButton()->isVisible());
    }

    // A speaker that becomes available later (the engine opens after the screen) shows the buttons then.
    void appearsWhenTheEngineOpens()
    {
        auto log = std::make_shared<SpeechLog>();
        Speaker speaker(QStringLiteral("en"), test::fakeSpeech(FakeSpeechBackend::Kind::Hang, log), 5000);
        auto o = open(firstId(QStringLiteral("build-all")), &speaker);
        QVERIFY(o && o->screen);
        QVERIFY(!o->screen->speakButton()->isVisible());
        // The fake "hangs" until released, then fails: the buttons stay hidden and nothing is read.
        log->release.release();
        QTRY_COMPARE(speaker.state(), Speaker::State::Unavailable);
        QVERIFY(!o->screen->speakButton()->isVisible());
        QVERIFY(log->said.isEmpty());
    }
};

QTEST_MAIN(TestSpeakButtons)
#include "tst_speakbuttons.moc"
