// stagesctl's answers to a parent's request and to bad input (issue 9, points 11 and 15), driven
// through the real binary: export and erase of a pupil (the PDF read back with pdftotext), and
// every kind of bad input refused with a clear message and the database file unchanged.

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stages::test;

class TestStagesctlInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
    }

    void pupilExportAndErase()
    {
        const QString db = path("privacy.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("3") })
                     .exitCode,
                 0);
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("attempts"),
                             QStringLiteral("--pupils"), QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("6") })
                     .exitCode,
                 0);
        // The pupil who has attempts (demo attempts takes the first pupil).
        stages::ManualClock clock;
        QString pupil;
        QString name;
        {
            auto opened = stages::Database::open(db);
            QVERIFY(opened.ok());
            stages::SqlQuery q(opened.value()->sql(),
                               QStringLiteral("SELECT p.id, p.display_name FROM attempt a JOIN person p ON p.id = a.person_id LIMIT 1"));
            QVERIFY(q.exec());
            QVERIFY(q.next());
            pupil = q.value(0).toString();
            name = q.value(1).toString();
        }
        const QString json = path("pupil.json");
        const QString pdf = path("pupil.pdf");
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("export"),
                             QStringLiteral("--pupil"), pupil, QStringLiteral("--out"), json, QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("stages-pupil-export"));
        const int attempts = int(exported.value(QStringLiteral("tables")).toObject().value(QStringLiteral("attempt")).toArray().size());
        QVERIFY(attempts > 0);
        // The PDF is a real document a parent can read: its text names the pupil and the sections.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(pdfText.contains(name), qPrintable(pdfText));
        QVERIFY(pdfText.contains(QStringLiteral("Progress")));
        QVERIFY(pdfText.contains(QStringLiteral("%1 exercises done in all").arg(attempts)));

        // Erase needs --yes and an existing pupil; then nothing about the pupil is left.
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("erase"), QStringLiteral("--pupil"), pupil });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("erase"), QStringLiteral("--pupil"),
                        pupil, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            auto opened = stages::Database::open(db);
            QVERIFY(opened.ok());
            for (const char *sql : { "SELECT COUNT(*) FROM person WHERE id = :p", "SELECT COUNT(*) FROM attempt WHERE person_id = :p",
                                     "SELECT COUNT(*) FROM mastery WHERE person_id = :p",
                                     "SELECT COUNT(*) FROM audit_log WHERE subject = :p" }) {
                stages::SqlQuery q(opened.value()->sql(), QString::fromLatin1(sql));
                q.bind(QStringLiteral(":p"), pupil);
                QCOMPARE(q.scalar().value().toInt(), 0);
            }
            stages::SqlQuery erased(opened.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'pupil.erase'"));
            QCOMPARE(erased.scalar().value().toInt(), 1);
        }
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("export"), QStringLiteral("--pupil"),
                        pupil, QStringLiteral("--out"), path("again.json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("again.json")));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("errorPart");
        const QString pupil = QStringLiteral("user add --role pupil --class 1.A");
        auto words = [](const QString &line) { return line.split(QLatin1Char(' ')); };
        QTest::newRow("pictures 1,2,x3") << (words(pupil) << QStringLiteral("--name") << QStringLiteral("Bob")
                                                          << QStringLiteral("--pictures") << QStringLiteral("1,2,x3"))
                                         << QByteArray() << QStringLiteral("\"x3\" is not a number");
        QTest::newRow("control character in a name")
            << (words(pupil) << QStringLiteral("--name") << QStringLiteral("Bo\u0001b")) << QByteArray()
            << QStringLiteral("control characters");
        QTest::newRow("zero-width name") << (words(pupil) << QStringLiteral("--name") << QStringLiteral("\u200B\u200B"))
                                         << QByteArray() << QStringLiteral("no visible letters");
        QTest::newRow("100 kB class name") << (words(QStringLiteral("class add --name")) << QString(100000, QLatin1Char('c')))
                                           << QByteArray() << QStringLiteral("too long");
        QTest::newRow("100 kB login")
            << (words(QStringLiteral("user add --role teacher --name Tina --password-stdin --login"))
                << QString(100000, QLatin1Char('t')))
            << QByteArray("long-enough-1\n") << QStringLiteral("too long");
        QTest::newRow("tempo nan") << (words(QStringLiteral("music render --notes C4 --tempo nan --wav"))
                                       << path("nan.wav"))
                                   << QByteArray() << QStringLiteral("tempo must be a number");
        QTest::newRow("minutes overflow") << words(QStringLiteral("exercises warmup --minutes 99999999999"))
                                          << QByteArray() << QStringLiteral("--minutes takes a whole number from 1 to 60");
        QTest::newRow("minutes not a number") << words(QStringLiteral("exercises warmup --minutes 7x")) << QByteArray()
                                              << QStringLiteral("--minutes takes a whole number");
        QTest::newRow("empty answer") << (words(QStringLiteral("exercises check some/id --answer")) << QString())
                                      << QByteArray() << QStringLiteral("the answer is empty");
        QString manyNotes;
        for (int i = 0; i < 400; ++i)
            manyNotes += QStringLiteral("C4 ");
        QTest::newRow("render too long") << (words(QStringLiteral("music render --tempo 20 --wav")) << path("long.wav")
                                             << QStringLiteral("--notes") << manyNotes.trimmed())
                                         << QByteArray() << QStringLiteral("at most 10 minutes");
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, errorPart);
        const QString db = path("bad-input.sqlite");
        if (!QFile::exists(db))
            QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                                 QStringLiteral("--pupils"), QStringLiteral("2"), QStringLiteral("--classes"), QStringLiteral("1") })
                         .exitCode,
                     0);
        const QByteArray before = stages::test::fileHash(db);
        const auto r = stagesctl(QStringList { QStringLiteral("--db"), db } + args, input);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(errorPart), qPrintable(r.err.left(400)));
        QVERIFY(r.err.size() < 2000); // the message, not the 100 kB echoed back
        QCOMPARE(stages::test::fileHash(db), before); // nothing half-done
        QVERIFY(!QFile::exists(path("nan.wav")) && !QFile::exists(path("long.wav")));
    }
};

QTEST_GUILESS_MAIN(TestStagesctlInput)
#include "tst_stagesctl_input.moc"
