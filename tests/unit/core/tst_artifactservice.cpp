// ArtifactService on a real SQLite file: the teacher's list of pupils' work (all, by class),
// reading one with its comments, writing comments, and what pupils may and may not see.

#include "core/progress/artifactservice.h"
#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

QString saveWork(AttemptService &attempts, const Session &pupil, const QString &kind, const QJsonObject &content)
{
    AttemptRecord a;
    a.exerciseId = QStringLiteral("comb/perm/n3/colors/create/s1");
    a.domain = QStringLiteral("combinatorics");
    a.stage = 8;
    a.score = 1.0;
    a.success = true;
    a.answer = content.value(QStringLiteral("items"));
    a.artifact = AttemptRecord::Artifact{kind, QStringLiteral("My work"), content};
    auto r = attempts.record(pupil, a);
    if (!r)
        qFatal("record failed: %s", qPrintable(r.error()));
    return r->artifactId;
}

} // namespace

class TestArtifactService : public QObject
{
    Q_OBJECT

    struct School
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool small{*t.db, clock};
        Session other;
        QString otherId;
        QString otherClassId;
        QString piaWork;
        QString olgaWork;

        School()
        {
            AccountService accounts(*t.db, clock);
            ClassService classes(*t.db, clock);
            otherClassId = classes.addClass(small.admin, QStringLiteral("2.B")).value().id;
            otherId = accounts.addPerson(small.admin, {Role::Pupil, QStringLiteral("Olga Other"), {}, {}, {1, 2, 3}, 0,
                                                       QStringLiteral("2.B")}).value().id;
            other = accounts.signInWithPictures(otherId, {1, 2, 3}).value();
            AttemptService attempts(*t.db, clock);
            piaWork = saveWork(attempts, small.pupil, QStringLiteral("arrangements"),
                               {{QStringLiteral("items"), QJsonArray{QJsonArray{0, 1, 2}}}});
            clock.advance(60000);
            olgaWork = saveWork(attempts, other, QStringLiteral("melody"),
                                {{QStringLiteral("format"), QStringLiteral("stages-melody")}});
        }
    };

private slots:
    void initTestCase() { STAGES_SKIP_WITHOUT_TEST_BACKEND(); }
    void teacherListsEveryonesWorkNewestFirst()
    {
        School s;
        ArtifactService service(*s.t.db, s.clock);
        auto all = service.list(s.small.teacher);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, s.olgaWork);
        QCOMPARE(all->at(0).pupilName, QStringLiteral("Olga Other"));
        QCOMPARE(all->at(0).className, QStringLiteral("2.B"));
        QCOMPARE(all->at(0).kind, QStringLiteral("melody"));
        QCOMPARE(all->at(1).id, s.piaWork);
        QCOMPARE(all->at(1).className, QStringLiteral("1.A"));
        QCOMPARE(all->at(1).exerciseId, QStringLiteral("comb/perm/n3/colors/create/s1"));
        QCOMPARE(all->at(1).createdAt, s.clock.now().addSecs(-60));

        auto oneClass = service.list(s.small.teacher, s.small.classId);
        QVERIFY(oneClass.ok());
        QCOMPARE(oneClass->size(), 1);
        QCOMPARE(oneClass->at(0).id, s.piaWork);
        QCOMPARE(service.list(s.small.admin, s.otherClassId)->size(), 1);
    }

    void listRights_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("mayList");
        QTest::newRow("teacher") << QStringLiteral("teacher") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("pupil") << QStringLiteral("pupil") << false;
        QTest::newRow("trainer") << QStringLiteral("trainer") << false;
    }

    void listRights()
    {
        QFETCH(QString, who);
        QFETCH(bool, mayList);
        School s;
        const Session session = who == QLatin1String("teacher") ? s.small.teacher
                              : who == QLatin1String("admin")   ? s.small.admin
                              : who == QLatin1String("pupil")   ? s.small.pupil
                                                                : s.small.trainer;
        ArtifactService service(*s.t.db, s.clock);
        QCOMPARE(service.list(session).ok(), mayList);
        QCOMPARE(service.list(session, s.small.classId).ok(), mayList);
        QCOMPARE(service.read(session, s.olgaWork).ok(), mayList);
        QCOMPARE(service.listForPupil(session, s.otherId).ok(), mayList);
        QCOMPARE(service.addFeedback(session, s.piaWork, QStringLiteral("Nice!")).ok(), mayList);
    }

    void teacherListsOnePupilsWork()
    {
        School s;
        ArtifactService service(*s.t.db, s.clock);
        AttemptService attempts(*s.t.db, s.clock);
        s.clock.advance(60000);
        const QString second = saveWork(attempts, s.other, QStringLiteral("arrangements"),
                                        {{QStringLiteral("items"), QJsonArray{QJsonArray{2, 1, 0}}}});
        auto olga = service.listForPupil(s.small.teacher, s.otherId);
        QVERIFY2(olga.ok(), qPrintable(olga.error()));
        QCOMPARE(olga->size(), 2);
        QCOMPARE(olga->at(0).id, second); // newest first
        QCOMPARE(olga->at(1).id, s.olgaWork);
        QCOMPARE(olga->at(1).pupilName, QStringLiteral("Olga Other"));
        auto pia = service.listForPupil(s.small.teacher, s.small.pupilId);
        QCOMPARE(pia->size(), 1);
        QCOMPARE(pia->at(0).id, s.piaWork);
        // A pupil may ask for their own work only.
        QCOMPARE(service.listForPupil(s.other, s.otherId)->size(), 2);
        QVERIFY(!service.listForPupil(s.other, s.small.pupilId).ok());
    }

    void pupilSeesOnlyOwnWork()
    {
        School s;
        ArtifactService service(*s.t.db, s.clock);
        auto own = service.listOwn(s.small.pupil);
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->at(0).id, s.piaWork);
        QVERIFY(service.read(s.small.pupil, s.piaWork).ok());
        QVERIFY(!service.read(s.small.pupil, s.olgaWork).ok());
        QVERIFY(!service.read(s.other, s.piaWork).ok());
    }

    void readsContentAndComments()
    {
        School s;
        ArtifactService service(*s.t.db, s.clock);
        auto first = service.addFeedback(s.small.teacher, s.piaWork, QStringLiteral("  Lovely order!  "));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->body, QStringLiteral("Lovely order!"));
        s.clock.advance(1000);
        QVERIFY(service.addFeedback(s.small.admin, s.piaWork, QStringLiteral("Agreed.")).ok());

        auto detail = service.read(s.small.teacher, s.piaWork);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->summary.pupilName, QStringLiteral("Pia Pupil"));
        QCOMPARE(detail->summary.feedbackCount, 2);
        QCOMPARE(detail->content.value(QStringLiteral("items")).toArray(), (QJsonArray{QJsonArray{0, 1, 2}}));
        QCOMPARE(detail->feedback.size(), 2);
        QCOMPARE(detail->feedback.at(0).body, QStringLiteral("Lovely order!"));
        QCOMPARE(detail->feedback.at(0).authorName, QStringLiteral("Tom Teacher"));
        QCOMPARE(detail->feedback.at(1).authorName, QStringLiteral("Ada Admin"));

        // Stored in the feedback table, and the pupil can read comments on their own work.
        const int rows = SqlQuery(s.t.db->sql(), QStringLiteral("SELECT COUNT(*) FROM feedback WHERE artifact_id = :a"))
                             .bind(QStringLiteral(":a"), s.piaWork).scalar().value().toInt();
        QCOMPARE(rows, 2);
        QCOMPARE(service.read(s.small.pupil, s.piaWork)->feedback.size(), 2);
        QCOMPARE(service.list(s.small.teacher)->at(1).feedbackCount, 2);
    }

    void refusesEmptyLongOrLostComments_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("knownWork");
        QTest::addColumn<bool>("ok");
        QTest::newRow("words") << QStringLiteral("Well done") << true << true;
        QTest::newRow("blank") << QStringLiteral("   ") << true << false;
        QTest::newRow("longest") << QString(ArtifactService::kMaxFeedbackLength, QLatin1Char('a')) << true << true;
        QTest::newRow("too long") << QString(ArtifactService::kMaxFeedbackLength + 1, QLatin1Char('a')) << true << false;
        QTest::newRow("no such work") << QStringLiteral("Hello") << false << false;
    }

    void refusesEmptyLongOrLostComments()
    {
        QFETCH(QString, body);
        QFETCH(bool, knownWork);
        QFETCH(bool, ok);
        School s;
        ArtifactService service(*s.t.db, s.clock);
        auto r = service.addFeedback(s.small.teacher, knownWork ? s.piaWork : QStringLiteral("gone"), body);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QVERIFY(!r.error().isEmpty());
    }

    void starsAndSeen_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("stars");
        QTest::addColumn<bool>("ok");
        QTest::newRow("words, no stars") << QStringLiteral("Nice") << 0 << true;
        QTest::newRow("one star") << QStringLiteral("Nice") << 1 << true;
        QTest::newRow("three stars, no words") << QString() << 3 << true;
        QTest::newRow("four stars") << QStringLiteral("Nice") << 4 << false;
        QTest::newRow("negative") << QStringLiteral("Nice") << -1 << false;
        QTest::newRow("nothing at all") << QStringLiteral(" ") << 0 << false;
    }

    void starsAndSeen()
    {
        QFETCH(QString, body);
        QFETCH(int, stars);
        QFETCH(bool, ok);
        School s;
        ArtifactService service(*s.t.db, s.clock);
        auto r = service.addFeedback(s.small.teacher, s.piaWork, body, stars);
        QCOMPARE(r.ok(), ok);
        auto own = service.listOwn(s.small.pupil);
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
        if (!ok) {
            QCOMPARE(own->at(0).feedbackCount, 0);
            return;
        }
        QCOMPARE(r->stars, stars);
        QCOMPARE(own->at(0).stars, stars);
        QCOMPARE(own->at(0).unseenFeedback, 1);
        QCOMPARE(service.read(s.small.pupil, s.piaWork)->feedback.at(0).stars, stars);
        QVERIFY(!service.read(s.small.pupil, s.piaWork)->feedback.at(0).seenAt.isValid());

        // Neither the teacher nor another pupil makes it seen; the pupil's own opening does, once.
        QVERIFY(!service.markFeedbackSeen(s.small.teacher, s.piaWork).ok());
        QVERIFY(!service.markFeedbackSeen(s.other, s.piaWork).ok());
        QCOMPARE(service.listOwn(s.small.pupil)->at(0).unseenFeedback, 1);
        s.clock.advance(5000);
        const QDateTime openedAt = s.clock.now();
        auto seen = service.markFeedbackSeen(s.small.pupil, s.piaWork);
        QVERIFY2(seen.ok(), qPrintable(seen.error()));
        QCOMPARE(seen.value(), 1);
        s.clock.advance(5000);
        QCOMPARE(service.markFeedbackSeen(s.small.pupil, s.piaWork).value(), 0);
        QCOMPARE(service.listOwn(s.small.pupil)->at(0).unseenFeedback, 0);
        QCOMPARE(service.read(s.small.pupil, s.piaWork)->feedback.at(0).seenAt, openedAt);
        const QVariant dbStars = SqlQuery(s.t.db->sql(), QStringLiteral("SELECT stars FROM feedback")).scalar().value();
        QCOMPARE(dbStars.isNull(), stars == 0);
    }

    void newestStarsShow()
    {
        School s;
        ArtifactService service(*s.t.db, s.clock);
        QVERIFY(service.addFeedback(s.small.teacher, s.piaWork, QStringLiteral("Good"), 2).ok());
        s.clock.advance(1000);
        QVERIFY(service.addFeedback(s.small.teacher, s.piaWork, QStringLiteral("Better now"), 3).ok());
        s.clock.advance(1000);
        QVERIFY(service.addFeedback(s.small.teacher, s.piaWork, QStringLiteral("Just words")).ok());
        QCOMPARE(service.list(s.small.teacher)->at(1).stars, 3);
        QCOMPARE(service.listOwn(s.small.pupil)->at(0).unseenFeedback, 3);
    }
};

QTEST_GUILESS_MAIN(TestArtifactService)
#include "tst_artifactservice.moc"
