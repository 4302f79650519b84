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
        QTest::newRow("service") << AccountService::tr("Wrong name or password.") << QStringLiteral("Nesprávné jméno nebo heslo.");
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
