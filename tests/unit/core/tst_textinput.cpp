// TextInput: the one check for typed names (issue 9, point 11), and the services that use it.

#include "core/text/textinput.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace stages;
using namespace stages::test;
using Kind = TextInput::Kind;

Q_DECLARE_METATYPE(stages::TextInput::Kind)

class TestTextInput : public QObject
{
    Q_OBJECT

private slots:
    void clean_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("Czech name") << Kind::PersonName << QStringLiteral("  Kateřina   Nováková ")
                                    << QStringLiteral("Kateřina Nováková");
        QTest::newRow("combining accent") << Kind::PersonName << QStringLiteral("Zde\u030Cka") << QStringLiteral("Zde\u030Cka");
        QTest::newRow("emoji class") << Kind::ClassName << QStringLiteral("1.A \U0001F680") << QStringLiteral("1.A \U0001F680");
        QTest::newRow("control character") << Kind::PersonName << QStringLiteral("Pia\u0001") << QString();
        QTest::newRow("escape sequence") << Kind::ClassName << QStringLiteral("\u001B[31m1.A") << QString();
        QTest::newRow("zero-width only") << Kind::PersonName << QStringLiteral("\u200B\u200B\u2060") << QString();
        QTest::newRow("marks only") << Kind::ClassName << QStringLiteral("\u0301\u0308") << QString();
        QTest::newRow("bidi marks only") << Kind::SchoolName << QStringLiteral("\u200E\u200F") << QString();
        QTest::newRow("blank") << Kind::PersonName << QStringLiteral(" \t ") << QString();
        QTest::newRow("name at limit") << Kind::PersonName << QString(80, QLatin1Char('a')) << QString(80, QLatin1Char('a'));
        QTest::newRow("name too long") << Kind::PersonName << QString(81, QLatin1Char('a')) << QString();
        QTest::newRow("class too long") << Kind::ClassName << QString(41, QLatin1Char('b')) << QString();
        QTest::newRow("100 kB class") << Kind::ClassName << QString(100000, QLatin1Char('c')) << QString();
        QTest::newRow("100 kB login") << Kind::Login << QString(100000, QLatin1Char('l')) << QString();
        QTest::newRow("login lower-cased") << Kind::Login << QStringLiteral(" Tom.Novak ") << QStringLiteral("tom.novak");
        QTest::newRow("login with a space") << Kind::Login << QStringLiteral("tom novak") << QString();
    }

    void clean()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto result = TextInput::clean(kind, raw);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY(!result.error().isEmpty());
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result.value(), expected);
        }
    }

    void servicesRefuseBadNamesAndStoreNothing()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);
        ClassService classes(*t.db, clock);
        const auto before = accounts.people(school.admin);
        QVERIFY(before.ok());
        QVERIFY(!classes.addClass(school.admin, QString(100000, QLatin1Char('x'))).ok());
        QVERIFY(!classes.addClass(school.admin, QStringLiteral("\u200B")).ok());
        QVERIFY(!accounts.addPerson(school.admin, { Role::Pupil, QStringLiteral("Bo\u0007b"), {}, {}, { 1, 2, 3 }, 0,
                                                    QStringLiteral("1.A") })
                     .ok());
        QVERIFY(!accounts.addPerson(school.admin, { Role::Teacher, QStringLiteral("Tina"), QString(100000, QLatin1Char('t')),
                                                    QStringLiteral("long-enough-1"), {}, 0, {} })
                     .ok());
        QCOMPARE(accounts.people(school.admin)->size(), before->size());
        QCOMPARE(classes.classes()->size(), 1);
        // A good name still works, tidied.
        QCOMPARE(classes.addClass(school.admin, QStringLiteral("  2.B  ")).value().name, QStringLiteral("2.B"));
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
