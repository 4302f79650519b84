// The certification rules of issue 11 (points 1 and 2): a programme and evidence in, progress per
// requirement and what is missing out; the life of a certificate. Pure: no database. No translator
// is installed, so the words are the English source with its plural "(s)".

#include "core/training/certificationrules.h"

#include <QLocale>
#include <QTest>

using namespace stages;

Q_DECLARE_METATYPE(stages::RequirementKind)

namespace {

Programme single(const Requirement &requirement, const QString &prerequisite = {})
{
    Programme p;
    p.id = QStringLiteral("test");
    p.name = QStringLiteral("Test");
    p.requirements = { requirement };
    p.prerequisiteProgrammeId = prerequisite;
    return p;
}

Requirement amount(RequirementKind kind, double minimum)
{
    return { kind, QStringLiteral("r"), minimum, 0, 0.0, {} };
}

Requirement observed(int count, double average)
{
    return { RequirementKind::ObservedLessons, QStringLiteral("o"), 0.0, count, average, {} };
}

Evidence lesson(const QList<int> &scores)
{
    return { RequirementKind::ObservedLessons, 0.0, scores, QDate(2026, 11, 2) };
}

/// "4,3,4,4 3,3,2,3": one lesson per space-separated group.
QList<Evidence> lessons(const QString &spec)
{
    QList<Evidence> list;
    for (const QString &group : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QList<int> scores;
        for (const QString &s : group.split(QLatin1Char(',')))
            scores.append(s.toInt());
        list.append(lesson(scores));
    }
    return list;
}

} // namespace

class TestCertificationRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void amounts_data();
    void amounts();
    void observedLessons_data();
    void observedLessons();
    void otherKindsDoNotCount();
    void prerequisite_data();
    void prerequisite();
    void missingListsEverything();
    void expiry_data();
    void expiry();
    void expiresSoon_data();
    void expiresSoon();
    void defaultProgrammes();
};

void TestCertificationRules::amounts_data()
{
    QTest::addColumn<RequirementKind>("kind");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<QList<double>>("amounts");
    QTest::addColumn<double>("achieved");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QStringList>("ignored");

    const auto hours = RequirementKind::WorkshopHours;
    const auto weeks = RequirementKind::PracticumWeeks;
    const auto items = RequirementKind::PortfolioItems;
    QTest::newRow("hours at") << hours << 16.0 << QList<double> { 10, 6 } << 16.0 << true << QString() << QStringList();
    QTest::newRow("hours above") << hours << 16.0 << QList<double> { 20 } << 20.0 << true << QString() << QStringList();
    QTest::newRow("hours below") << hours << 16.0 << QList<double> { 8, 4 } << 12.0 << false
                                 << QStringLiteral("4 more workshop hour(s)") << QStringList();
    QTest::newRow("hours none") << hours << 16.0 << QList<double> {} << 0.0 << false
                                << QStringLiteral("16 more workshop hour(s)") << QStringList();
    QTest::newRow("hours half left") << hours << 16.0 << QList<double> { 10, 5.5 } << 15.5 << false
                                     << QStringLiteral("0.5 more workshop hours") << QStringList();
    QTest::newRow("hours fractions add up")
        << hours << 1.0 << QList<double> { 0.1, 0.2, 0.7 } << 1.0 << true << QString() << QStringList();
    QTest::newRow("negative ignored") << hours << 16.0 << QList<double> { -3, 16 } << 16.0 << true << QString()
                                      << QStringList { QStringLiteral("1 entry(s) with a negative amount ignored") };
    QTest::newRow("weeks at") << weeks << 8.0 << QList<double> { 8 } << 8.0 << true << QString() << QStringList();
    QTest::newRow("weeks above") << weeks << 8.0 << QList<double> { 5, 5 } << 10.0 << true << QString()
                                 << QStringList();
    QTest::newRow("weeks below") << weeks << 8.0 << QList<double> { 7 } << 7.0 << false
                                 << QStringLiteral("1 more practicum week(s)") << QStringList();
    QTest::newRow("weeks below by a fraction") << weeks << 8.0 << QList<double> { 5.5 } << 5.5 << false
                                               << QStringLiteral("2.5 more practicum weeks") << QStringList();
    QTest::newRow("items at") << items << 3.0 << QList<double> { 1, 1, 1 } << 3.0 << true << QString() << QStringList();
    QTest::newRow("items above") << items << 3.0 << QList<double> { 4 } << 4.0 << true << QString() << QStringList();
    QTest::newRow("items below") << items << 3.0 << QList<double> { 1 } << 1.0 << false
                                 << QStringLiteral("2 more portfolio item(s)") << QStringList();
    QTest::newRow("items half left rounds up") << items << 3.0 << QList<double> { 2.5 } << 2.5 << false
                                               << QStringLiteral("1 more portfolio item(s)") << QStringList();
    QTest::newRow("minimum zero") << items << 0.0 << QList<double> {} << 0.0 << true << QString() << QStringList();
}

void TestCertificationRules::amounts()
{
    QFETCH(RequirementKind, kind);
    QFETCH(double, minimum);
    QFETCH(QList<double>, amounts);
    QFETCH(double, achieved);
    QFETCH(bool, met);
    QFETCH(QString, missing);
    QFETCH(QStringList, ignored);

    QList<Evidence> evidence;
    for (const double a : amounts)
        evidence.append({ kind, a, {}, QDate(2026, 10, 1) });
    const Eligibility e = CertificationRules::evaluate(single(amount(kind, minimum)), evidence, false);
    QCOMPARE(e.requirements.size(), 1);
    const RequirementProgress &p = e.requirements.first();
    QCOMPARE(p.achieved, achieved);
    QCOMPARE(p.needed, minimum);
    QCOMPARE(p.met, met);
    QCOMPARE(p.missing, missing);
    QCOMPARE(p.ignored, ignored);
    QCOMPARE(e.eligible(), met);
    QCOMPARE(e.missing(), missing.isEmpty() ? QStringList() : QStringList { missing });
}

void TestCertificationRules::observedLessons_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("average");
    QTest::addColumn<QString>("scores");
    QTest::addColumn<double>("lessons");
    QTest::addColumn<double>("mean");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QStringList>("ignored");

    // Lesson scores are the mean of their criteria: "4,2" is 3.0; the requirement averages lessons.
    QTest::newRow("at both") << 2 << 3.0 << QStringLiteral("3,3,3,3 4,2,3,3") << 2.0 << 3.0 << true << QString()
                             << QStringList();
    QTest::newRow("above both") << 2 << 3.0 << QStringLiteral("4,4,4,4 4,3,4,4 3,3,3,3") << 3.0
                                << (4.0 + 3.75 + 3.0) / 3 << true << QString() << QStringList();
    QTest::newRow("lessons are averaged, not scores")
        << 2 << 3.0 << QStringLiteral("4 2,2,2,3") << 2.0 << 3.125 << true << QString() << QStringList();
    QTest::newRow("count below") << 2 << 3.0 << QStringLiteral("4,4,4,4") << 1.0 << 4.0 << false
                                 << QStringLiteral("1 more observed lesson(s)") << QStringList();
    QTest::newRow("none") << 2 << 3.0 << QString() << 0.0 << 0.0 << false << QStringLiteral("2 more observed lesson(s)")
                          << QStringList();
    QTest::newRow("average below") << 2 << 3.0 << QStringLiteral("3,3,3,2 3,3,3,2 3,3,2,3 3,3,3,3 3,2,3,3") << 5.0
                                   << 2.8 << false << QStringLiteral("observed lessons average 2.8, needs 3.0")
                                   << QStringList();
    QTest::newRow("average just below shows two decimals")
        << 1 << 3.0 << QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,2") << 1.0 << 71.0 / 24 << false
        << QStringLiteral("observed lessons average 2.95, needs 3.0") << QStringList();
    QTest::newRow("both below") << 2 << 3.5 << QStringLiteral("3,3,3,3") << 1.0 << 3.0 << false
                                << QStringLiteral("1 more observed lesson(s); observed lessons average 3.0, needs 3.5")
                                << QStringList();
    QTest::newRow("invalid scores ignored")
        << 2 << 3.0 << QStringLiteral("4,0,4,4 3,3,5,3") << 2.0 << 3.5 << true << QString()
        << QStringList { QStringLiteral("2 score(s) outside 1 to 4 ignored") };
    QTest::newRow("an invalid score does not pull the average down")
        << 1 << 3.0 << QStringLiteral("3,3,-7,3") << 1.0 << 3.0 << true << QString()
        << QStringList { QStringLiteral("1 score(s) outside 1 to 4 ignored") };
    QTest::newRow("lesson without valid score not counted")
        << 2 << 3.0 << QStringLiteral("4,4,4,4 9,9") << 1.0 << 4.0 << false
        << QStringLiteral("1 more observed lesson(s)")
        << QStringList { QStringLiteral("2 score(s) outside 1 to 4 ignored"),
                         QStringLiteral("1 lesson(s) without a valid score not counted") };
    QTest::newRow("empty lesson not counted") << 1 << 3.0 << QStringLiteral("") << 0.0 << 0.0 << false
                                              << QStringLiteral("1 more observed lesson(s)") << QStringList();
}

void TestCertificationRules::observedLessons()
{
    QFETCH(int, count);
    QFETCH(double, average);
    QFETCH(QString, scores);
    QFETCH(double, lessons);
    QFETCH(double, mean);
    QFETCH(bool, met);
    QFETCH(QString, missing);
    QFETCH(QStringList, ignored);

    const Eligibility e = CertificationRules::evaluate(single(observed(count, average)), ::lessons(scores), false);
    const RequirementProgress &p = e.requirements.first();
    QCOMPARE(p.achieved, lessons);
    QCOMPARE(p.needed, double(count));
    QVERIFY2(qAbs(p.average - mean) < 1e-9, qPrintable(QString::number(p.average)));
    QCOMPARE(p.met, met);
    QCOMPARE(p.missing, missing);
    QCOMPARE(p.ignored, ignored);
    QCOMPARE(e.eligible(), met);
}

void TestCertificationRules::otherKindsDoNotCount()
{
    const QList<Evidence> evidence {
        { RequirementKind::PracticumWeeks, 20.0, {}, {} },
        { RequirementKind::PortfolioItems, 20.0, {}, {} },
        lesson({ 4, 4, 4, 4 }),
        { RequirementKind::WorkshopHours, 2.0, {}, {} },
    };
    const Eligibility e
        = CertificationRules::evaluate(single(amount(RequirementKind::WorkshopHours, 16)), evidence, false);
    QCOMPARE(e.requirements.first().achieved, 2.0);
    QCOMPARE(e.missing(), QStringList { QStringLiteral("14 more workshop hour(s)") });
}

void TestCertificationRules::prerequisite_data()
{
    QTest::addColumn<QString>("prerequisite");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("none needed") << QString() << false << true << QStringList();
    QTest::newRow("none needed, holds one anyway") << QString() << true << true << QStringList();
    QTest::newRow("held") << QStringLiteral("stages-teacher") << true << true << QStringList();
    QTest::newRow("not held (or expired)") << QStringLiteral("stages-teacher") << false << false
                                           << QStringList { QStringLiteral("a valid Stages teacher certificate") };
    QTest::newRow("unknown programme named by its id")
        << QStringLiteral("other") << false << false << QStringList { QStringLiteral("a valid other certificate") };
}

void TestCertificationRules::prerequisite()
{
    QFETCH(QString, prerequisite);
    QFETCH(bool, holds);
    QFETCH(bool, eligible);
    QFETCH(QStringList, missing);

    const Programme p = single(amount(RequirementKind::WorkshopHours, 1), prerequisite);
    const Eligibility e = CertificationRules::evaluate(p, { { RequirementKind::WorkshopHours, 1.0, {}, {} } }, holds);
    QCOMPARE(e.prerequisiteMet, eligible);
    QCOMPARE(e.eligible(), eligible);
    QCOMPARE(e.missing(), missing);
}

void TestCertificationRules::missingListsEverything()
{
    const Programme trainer = findProgramme(stages::defaultProgrammes(), QStringLiteral("stages-trainer"));
    QList<Evidence> evidence { { RequirementKind::WorkshopHours, 20.0, {}, {} },
                               { RequirementKind::PortfolioItems, 5.0, {}, {} } };
    evidence += lessons(QStringLiteral("3,3,3,3"));

    const Eligibility e = CertificationRules::evaluate(trainer, evidence, false);
    QVERIFY(!e.eligible());
    QCOMPARE(
        e.missing(),
        (QStringList { QStringLiteral("a valid Stages teacher certificate"), QStringLiteral("4 more workshop hour(s)"),
                       QStringLiteral("1 more observed lesson(s); observed lessons average 3.0, needs 3.5") }));

    evidence.append({ RequirementKind::WorkshopHours, 4.0, {}, {} });
    evidence += lessons(QStringLiteral("4,4,4,4"));
    const Eligibility done = CertificationRules::evaluate(trainer, evidence, true);
    QVERIFY(done.eligible());
    QVERIFY(done.missing().isEmpty());
    for (const RequirementProgress &r : done.requirements)
        QVERIFY(r.missing.isEmpty());
}

void TestCertificationRules::expiry_data()
{
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("expiry");

    QTest::newRow("three years") << QDate(2026, 12, 4) << 3 << QDate(2029, 12, 4);
    QTest::newRow("leap day to 28 February") << QDate(2024, 2, 29) << 3 << QDate(2027, 2, 28);
    QTest::newRow("leap day to leap day") << QDate(2024, 2, 29) << 4 << QDate(2028, 2, 29);
    QTest::newRow("one year") << QDate(2026, 1, 31) << 1 << QDate(2027, 1, 31);
    QTest::newRow("never expires") << QDate(2026, 1, 31) << 0 << QDate();
}

void TestCertificationRules::expiry()
{
    QFETCH(QDate, issued);
    QFETCH(int, years);
    QFETCH(QDate, expiry);

    Programme p;
    p.validityYears = years;
    QCOMPARE(CertificationRules::expiry(issued, p), expiry);
    QVERIFY(CertificationRules::isValid(CertificationRules::expiry(issued, p), issued));
    if (expiry.isValid()) {
        QVERIFY(CertificationRules::isValid(expiry, expiry.addDays(-1)));
        QVERIFY(!CertificationRules::isValid(expiry, expiry));
    }
}

void TestCertificationRules::expiresSoon_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("soon");

    QTest::newRow("89 days") << 89 << 90 << true;
    QTest::newRow("90 days") << 90 << 90 << true;
    QTest::newRow("91 days") << 91 << 90 << false;
    QTest::newRow("1 day") << 1 << 90 << true;
    QTest::newRow("expires today: already expired") << 0 << 90 << false;
    QTest::newRow("expired last week") << -7 << 90 << false;
    QTest::newRow("30 of a 30-day window") << 30 << 30 << true;
    QTest::newRow("31 of a 30-day window") << 31 << 30 << false;
}

void TestCertificationRules::expiresSoon()
{
    QFETCH(int, daysLeft);
    QFETCH(int, window);
    QFETCH(bool, soon);

    const QDate today(2026, 12, 4);
    QCOMPARE(CertificationRules::expiresSoon(today.addDays(daysLeft), today, window), soon);
    if (window == 90)
        QCOMPARE(CertificationRules::expiresSoon(today.addDays(daysLeft), today), soon);
    QVERIFY(!CertificationRules::expiresSoon(QDate(), today, window));
}

void TestCertificationRules::defaultProgrammes()
{
    const QList<Programme> programmes = stages::defaultProgrammes();
    QCOMPARE(programmes.size(), 2);

    const Programme &teacher = programmes.at(0);
    QCOMPARE(teacher.id, QStringLiteral("stages-teacher"));
    QCOMPARE(teacher.name, QStringLiteral("Stages teacher"));
    QCOMPARE(teacher.level, 1);
    QCOMPARE(teacher.validityYears, 3);
    QVERIFY(teacher.prerequisiteProgrammeId.isEmpty());
    QCOMPARE(teacher.requirements.size(), 4);
    QCOMPARE(teacher.requirements.at(0).kind, RequirementKind::WorkshopHours);
    QCOMPARE(teacher.requirements.at(0).minimum, 16.0);
    QCOMPARE(teacher.requirements.at(1).kind, RequirementKind::PracticumWeeks);
    QCOMPARE(teacher.requirements.at(1).minimum, 8.0);
    QCOMPARE(teacher.requirements.at(2).kind, RequirementKind::ObservedLessons);
    QCOMPARE(teacher.requirements.at(2).minimumCount, 2);
    QCOMPARE(teacher.requirements.at(2).minimumAverage, 3.0);
    QCOMPARE(teacher.requirements.at(2).rubricCriteria,
             (QStringList { QStringLiteral("systematic listing"), QStringLiteral("pupils create"),
                            QStringLiteral("patterns noticed"), QStringLiteral("classroom climate") }));
    QCOMPARE(teacher.requirements.at(3).kind, RequirementKind::PortfolioItems);
    QCOMPARE(teacher.requirements.at(3).minimum, 3.0);

    const Programme &trainer = programmes.at(1);
    QCOMPARE(trainer.id, QStringLiteral("stages-trainer"));
    QCOMPARE(trainer.name, QStringLiteral("Stages trainer"));
    QCOMPARE(trainer.level, 2);
    QCOMPARE(trainer.validityYears, 3);
    QCOMPARE(trainer.prerequisiteProgrammeId, teacher.id);
    QCOMPARE(trainer.requirements.size(), 3);
    QCOMPARE(trainer.requirements.at(0).kind, RequirementKind::WorkshopHours);
    QCOMPARE(trainer.requirements.at(0).minimum, 24.0);
    QCOMPARE(trainer.requirements.at(1).kind, RequirementKind::ObservedLessons);
    QCOMPARE(trainer.requirements.at(1).minimumCount, 2);
    QCOMPARE(trainer.requirements.at(1).minimumAverage, 3.5);
    QCOMPARE(trainer.requirements.at(1).rubricCriteria.size(), 4);
    QCOMPARE(trainer.requirements.at(2).kind, RequirementKind::PortfolioItems);
    QCOMPARE(trainer.requirements.at(2).minimum, 5.0);

    for (const Programme &p : programmes) {
        for (const Requirement &r : p.requirements)
            QVERIFY2(!r.title.isEmpty(), qPrintable(p.id));
        // Nothing recorded: nobody is eligible, and every requirement says what is missing.
        const Eligibility e = CertificationRules::evaluate(p, {}, true);
        QVERIFY(!e.eligible());
        QCOMPARE(e.missing().size(), p.requirements.size());
    }
    QCOMPARE(requirementKindKey(RequirementKind::ObservedLessons), QStringLiteral("observation"));
    QCOMPARE(findProgramme(programmes, QStringLiteral("nope")).id, QString());
}

QTEST_GUILESS_MAIN(TestCertificationRules)
#include "tst_certificationrules.moc"
