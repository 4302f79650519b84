#include "core/accounts/accountservice.h"
#include "core/accounts/role.h"
#include "i18n/translations.h"

#include <QTest>

using namespace stages;

/// The embedded translations load and their contexts match the classes at run time
/// (a context mismatch would silently show English in a Czech UI).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void czechIsUsed_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("czech");
        QTest::newRow("service") << AccountService::tr("Wrong name or password.")
                                 << QStringLiteral("Nesprávné jméno nebo heslo.");
        QTest::newRow("role") << roleDisplayName(Role::Teacher) << QStringLiteral("Učitel");
    }

    void czechIsUsed()
    {
        QFETCH(QString, english);
        QFETCH(QString, czech);
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("cs")));
        // Translate again now that Czech is installed: same call, new language.
        const QString now = english == QLatin1String("Wrong name or password.")
            ? AccountService::tr("Wrong name or password.")
            : roleDisplayName(Role::Teacher);
        QCOMPARE(now, czech);
    }

    // Issue 8, point 9: the Czech a child reads is informal, plain and for every teacher: no
    // formal "you", no jargon, no words that leave out women teachers.
    void czechSpeaksToAChild_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("czech");
        QTest::newRow("teachers are women too") << "stages::AvatarChoicePage"
                                                << "Ask your teacher to add you to this class."
                                                << "Řekni paní učitelce nebo panu učiteli, ať tě do třídy přidá.";
        QTest::newRow("no picture password yet") << "stages::AccountService"
                                                 << "This pupil has no picture password yet. Ask your teacher."
                                                 << "Ještě nemáš obrázkové heslo. Řekni to paní učitelce nebo panu učiteli.";
        QTest::newRow("stage title, not jargon") << "stages::CombinatoricsProvider"
                                                 << "The systematic order"
                                                 << "Pěkně popořadě";
        QTest::newRow("rhythm stage, not jargon") << "stages::music::MusicProvider"
                                                  << "Euclidean rhythms"
                                                  << "Rytmy v kruhu";
        QTest::newRow("one row of many") << "stages::ExerciseScreen"
                                         << "A row looks like this:"
                                         << "Jedna řada může vypadat takhle:";
        QTest::newRow("mastery words") << "stages::MasteryLevel"
                                       << "mastered"
                                       << "umím to jako mistr";
        QTest::newRow("first try") << "stages::MasteryLevel"
                                   << "attempted"
                                   << "zkouším to";
        QTest::newRow("informal") << "stages::music::SoundService"
                                  << "Sound is switched off. The exercises still work, watch the lights."
                                  << "Zvuk je vypnutý. Cvičení fungují i tak, sleduj světýlka.";
        QTest::newRow("not heard, not quiet") << "stages::audio::AudioOutput"
                                              << "No sound output device was found, so music plays silently. Connect "
                                                 "speakers or headphones; the exercises still show every note."
                                              << "Nenašlo se žádné zvukové výstupní zařízení, hudbu proto neuslyšíš. "
                                                 "Připoj reproduktory nebo sluchátka; cvičení i tak ukazují každý tón.";
    }

    void czechSpeaksToAChild()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, czech);
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("cs")));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), czech);
    }

    void czechPluralsHaveThreeForms_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("ending");
        QTest::newRow("1") << 1 << QStringLiteral("1 sekundu.");
        QTest::newRow("3") << 3 << QStringLiteral("3 sekundy.");
        QTest::newRow("7") << 7 << QStringLiteral("7 sekund.");
    }

    void czechPluralsHaveThreeForms()
    {
        QFETCH(int, n);
        QFETCH(QString, ending);
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("cs")));
        const QString text = AccountService::tr("Too many wrong tries. Please wait %n second(s).", nullptr, n);
        QVERIFY2(text.endsWith(ending), qPrintable(text));
    }

    void englishPluralsAreProper()
    {
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(AccountService::tr("Too many wrong tries. Please wait %n second(s).", nullptr, 1),
                 QStringLiteral("Too many wrong tries. Please wait 1 second."));
        QCOMPARE(AccountService::tr("Too many wrong tries. Please wait %n second(s).", nullptr, 20),
                 QStringLiteral("Too many wrong tries. Please wait 20 seconds."));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("xx"));
        QCOMPARE(AccountService::tr("Wrong name or password."), QStringLiteral("Wrong name or password."));
        QVERIFY(i18n::availableLanguages().contains(QStringLiteral("cs")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
