// The mastery rules as a table: attempts in, level out.

#include "core/progress/masteryrules.h"

#include <QTest>

using namespace stages;

Q_DECLARE_METATYPE(QList<stages::AttemptOutcome>)

namespace {

// "1" full success, "s" success below 100 % (score .8), "h" half (.5, failed), "0" failure,
// "M" full success in a mixed set, "m" failure in a mixed set.
QList<AttemptOutcome> attempts(const char *pattern)
{
    QList<AttemptOutcome> list;
    for (const char *c = pattern; *c; ++c) {
        switch (*c) {
        case '1':
            list.append({ 1.0, true, false });
            break;
        case 's':
            list.append({ 0.8, true, false });
            break;
        case 'h':
            list.append({ 0.5, false, false });
            break;
        case '0':
            list.append({ 0.0, false, false });
            break;
        case 'M':
            list.append({ 1.0, true, true });
            break;
        case 'm':
            list.append({ 0.0, false, true });
            break;
        }
    }
    return list;
}

} // namespace

class TestMasteryRules : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        QTest::addColumn<QList<AttemptOutcome>>("history");
        QTest::addColumn<MasteryLevel>("level");
        QTest::newRow("nothing") << attempts("") << MasteryLevel::NotStarted;
        QTest::newRow("one failure") << attempts("0") << MasteryLevel::Attempted;
        QTest::newRow("half") << attempts("h") << MasteryLevel::Attempted;
        QTest::newRow("69 % average") << QList<AttemptOutcome> { { 0.69, false, false } } << MasteryLevel::Attempted;
        QTest::newRow("70 % average") << QList<AttemptOutcome> { { 0.70, false, false } } << MasteryLevel::Familiar;
        QTest::newRow("one full success") << attempts("1") << MasteryLevel::Familiar;
        QTest::newRow("two full successes") << attempts("11") << MasteryLevel::Familiar;
        QTest::newRow("three full successes") << attempts("111") << MasteryLevel::Proficient;
        QTest::newRow("three successes below 100 %") << attempts("sss") << MasteryLevel::Familiar;
        QTest::newRow("old failures forgotten") << attempts("00000111") << MasteryLevel::Proficient;
        QTest::newRow("a recent failure ends proficient") << attempts("11110") << MasteryLevel::Familiar;
        QTest::newRow("three of five is 60 %") << attempts("11100") << MasteryLevel::Attempted;
        QTest::newRow("recent window below 70 %") << attempts("111000") << MasteryLevel::Attempted;
        QTest::newRow("mixed-set success before proficient") << attempts("M11") << MasteryLevel::Proficient;
        QTest::newRow("mixed-set success after proficient") << attempts("111M") << MasteryLevel::Mastered;
        QTest::newRow("third success in a mixed set") << attempts("11M") << MasteryLevel::Mastered;
        QTest::newRow("mixed-set failure does not confirm") << attempts("111m") << MasteryLevel::Familiar;
        QTest::newRow("mastered survives a slip") << attempts("111M0") << MasteryLevel::Mastered;
        QTest::newRow("mastered lost when average falls") << attempts("111M000") << MasteryLevel::Attempted;
        QTest::newRow("must confirm again after losing") << attempts("111M000111") << MasteryLevel::Proficient;
        QTest::newRow("confirmed again") << attempts("111M000111M") << MasteryLevel::Mastered;
        QTest::newRow("proficient earlier, slipped, then mixed") << attempts("1110M") << MasteryLevel::Mastered;
        // Hints lower the credit (issue 8, point 3): three full successes with a hint each are
        // not proficient; many hints pull the average down.
        QTest::newRow("three successes with a hint")
            << QList<AttemptOutcome> { { 1.0, true, false, 1 }, { 1.0, true, false, 1 }, { 1.0, true, false, 1 } }
            << MasteryLevel::Familiar;
        QTest::newRow("hint in only the first of four") << QList<AttemptOutcome> {
            { 1.0, true, false, 2 }, { 1.0, true, false, 0 }, { 1.0, true, false, 0 }, { 1.0, true, false, 0 }
        } << MasteryLevel::Proficient;
        QTest::newRow("many hints") << QList<AttemptOutcome> { { 1.0, true, false, 4 }, { 1.0, true, false, 4 } }
                                    << MasteryLevel::Attempted;
    }

    void creditFallsWithHints()
    {
        QCOMPARE(creditedScore({ 1.0, true, false, 0 }), 1.0);
        QCOMPARE(creditedScore({ 1.0, true, false, 1 }), 0.8);
        QCOMPARE(creditedScore({ 0.5, false, false, 2 }), 0.3);
        QCOMPARE(creditedScore({ 1.0, true, false, 9 }), 0.5); // never below half
    }

    void levels()
    {
        QFETCH(QList<AttemptOutcome>, history);
        QFETCH(MasteryLevel, level);
        QCOMPARE(masteryLevel(history), level);
    }

    void keysAreStable()
    {
        QCOMPARE(masteryLevelKey(MasteryLevel::NotStarted), QStringLiteral("not-started"));
        QCOMPARE(masteryLevelKey(MasteryLevel::Mastered), QStringLiteral("mastered"));
        QCOMPARE(int(MasteryLevel::Proficient), 3);
        QVERIFY(!masteryLevelName(MasteryLevel::Familiar).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMasteryRules)
#include "tst_masteryrules.moc"
