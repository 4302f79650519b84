// Czech for children (issue 8, point 9): a pupil is greeted with the name in the vocative
// ("Ahoj, Filipe!"), never in the nominative ("Ahoj, Filip!"); a name the rules are not sure
// of is left out ("Ahoj!").

#include "i18n/czechvocative.h"
#include "i18n/greeting.h"
#include "i18n/translations.h"

#include <QTest>

using namespace stages;

class TestGreeting : public QObject
{
    Q_OBJECT

private slots:
    void vocative_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("vocative");
        const QList<QPair<const char *, const char *>> names {
            { "Filip", "Filipe" },       { "Jan", "Jane" },           { "Petr", "Petře" },
            { "Tomáš", "Tomáši" },       { "Marek", "Marku" },        { "Jakub", "Jakube" },
            { "Lukáš", "Lukáši" },       { "Ondřej", "Ondřeji" },     { "Jiří", "Jiří" },
            { "Honza", "Honzo" },        { "Eva", "Evo" },            { "Anna", "Anno" },
            { "Marie", "Marie" },        { "Lucie", "Lucie" },        { "Kateřina", "Kateřino" },
            { "Nikola", "Nikolo" },      { "Tereza", "Terezo" },      { "Adéla", "Adélo" },
            { "Karolína", "Karolíno" },  { "Vojtěch", "Vojtěchu" },   { "Dominik", "Dominiku" },
            { "Matěj", "Matěji" },       { "Adam", "Adame" },         { "David", "Davide" },
            { "Šimon", "Šimone" },       { "Vít", "Víte" },           { "Kryštof", "Kryštofe" },
            { "Viktor", "Viktore" },     { "Alexandr", "Alexandře" }, { "Radek", "Radku" },
            { "Zdeněk", "Zdeňku" },      { "Pavel", "Pavle" },        { "Daniel", "Danieli" },
            { "Matyáš", "Matyáši" },     { "Denis", "Denisi" },       { "Natálie", "Natálie" },
            { "Max", "Maxi" },
            // Patterns the rules are not sure of: no guess.
            { "Tobias", "" },            { "Klaus", "" },             { "Ester", "" },
            { "Hynec", "" },             { "X", "" },                 { "R2D2", "" },
            { "", "" },
        };
        for (const auto &[name, vocative] : names)
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(vocative);
    }

    void vocative()
    {
        QFETCH(QString, name);
        QFETCH(QString, vocative);
        QCOMPARE(i18n::czechVocative(name), vocative);
    }

    void czechGreetingUsesTheVocative()
    {
        const QLocale czech(QLocale::Czech);
        const QString filip = i18n::Greeting::hello(QStringLiteral("Filip Novák"), czech);
        QVERIFY2(filip.contains(QStringLiteral("Filipe")), qPrintable(filip));
        QVERIFY(!filip.contains(QStringLiteral("Filip!")));
        const QString eva = i18n::Greeting::hello(QStringLiteral("Eva"), czech);
        QVERIFY2(eva.contains(QStringLiteral("Evo")), qPrintable(eva));
        // Not sure of the form: greeted without the name.
        const QString tobias = i18n::Greeting::hello(QStringLiteral("Tobias K."), czech);
        QVERIFY2(!tobias.contains(QStringLiteral("Tobias")), qPrintable(tobias));
        QVERIFY(!tobias.isEmpty());
    }

    void englishGreetingUsesTheName()
    {
        QCOMPARE(i18n::Greeting::hello(QStringLiteral("Filip Novák"), QLocale(QLocale::English)),
                 QStringLiteral("Hello, Filip!"));
        QCOMPARE(i18n::Greeting::hello(QStringLiteral("Tobias"), QLocale(QLocale::English)),
                 QStringLiteral("Hello, Tobias!"));
    }

    // The default: the UI language installTranslators chose.
    void followsTheUiLanguage()
    {
        i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("cs"));
        QVERIFY(i18n::Greeting::hello(QStringLiteral("Petr")).contains(QStringLiteral("Petře")));
        i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(i18n::Greeting::hello(QStringLiteral("Petr")), QStringLiteral("Hello, Petr!"));
    }
};

QTEST_GUILESS_MAIN(TestGreeting)
#include "tst_greeting.moc"
