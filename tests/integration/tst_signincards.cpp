// Printable sign-in cards (issue 10, point 6): SignInCards' PDF read back with pdftotext holds
// every pupil's name, class and pictures, eight cards a page; and "stagesctl pupil cards" refuses
// without --new-pictures (nothing changes) and with it gives the class new pictures and prints them.
// Skipped, and counted as skipped, when pdftotext (poppler-utils) is not installed.

#include "core/accounts/pupiladmin.h"
#include "core/accounts/signinpictures.h"
#include "core/storage/sqlquery.h"
#include "reports/signincards.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::test;

namespace {

/// The PDF's text, pages separated by form feeds; ligatures the fonts draw ("ﬁ") read back as
/// their letters (NFKC).
QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QMap<QString, QString> pictureHashes(Database &db)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT id, picture_hash FROM person WHERE role = 'pupil'"));
    if (!q.exec())
        qFatal("cannot read picture hashes");
    QMap<QString, QString> hashes;
    while (q.next())
        hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
}

} // namespace

class TestSignInCards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back.");
    }

    void cardsHoldEveryNameClassAndPictureEightAPage()
    {
        QList<SignInCard> cards;
        for (int i = 0; i < 11; ++i)
            cards.append({ QStringLiteral("Pupil Number%1 Žofie").arg(i),
                           QStringLiteral("3.C"),
                           i,
                           { i % 9, (i + 1) % 9, (i + 4) % 9 } });
        const SignInCards writer(cards);
        QCOMPARE(writer.pageCount(), 2);
        const QString pdf = path("cards.pdf");
        const auto written = writer.writePdf(pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 2);
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const QString &page = pages.at(i / (SignInCards::kColumns * SignInCards::kRows));
            QVERIFY2(page.contains(cards.at(i).name), qPrintable(cards.at(i).name));
            for (int picture : cards.at(i).pictures)
                QVERIFY(page.contains(SignInPictures::name(picture)));
        }
        QCOMPARE(text.count(QStringLiteral("Class 3.C")), cards.size());
        QVERIFY(!SignInCards({}).writePdf(path("none.pdf")).ok());
    }

    void stagesctlPrintsAClassOnlyWithNewPictures()
    {
        const QString db = path("cards.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("12"), QStringLiteral("--classes"),
                             QStringLiteral("2") })
                     .exitCode,
                 0);
        QMap<QString, QString> before;
        QList<Person> pupils;
        QString className;
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            ManualClock clock;
            AccountService accounts(*opened.value(), clock);
            before = pictureHashes(*opened.value());
            const QList<Person> everyone
                = accounts.people(Session::commandLine(accounts.schoolId()), Role::Pupil).value();
            className = everyone.first().className;
            for (const Person &p : everyone)
                if (p.className == className)
                    pupils.append(p);
        }
        QVERIFY(pupils.size() >= 2);
        const QString pdf = path("class.pdf");
        const QStringList args { QStringLiteral("--db"),    db,        QStringLiteral("pupil"), QStringLiteral("cards"),
                                 QStringLiteral("--class"), className, QStringLiteral("--out"), pdf };

        // Without --new-pictures: refused, with the reason, and nothing changed or written.
        auto r = stagesctl(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--new-pictures")) && r.err.contains(QStringLiteral("hashes")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
        // Strict parsing: unknown options, a missing class, a class that does not exist.
        QCOMPARE(stagesctl(args + QStringList { QStringLiteral("--new-pictures"), QStringLiteral("--bogus") }).exitCode,
                 2);
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("cards"),
                             QStringLiteral("--out"), pdf, QStringLiteral("--new-pictures") })
                     .exitCode,
                 1);
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("cards"),
                        QStringLiteral("--class"), QStringLiteral("9.Z"), QStringLiteral("--out"), pdf,
                        QStringLiteral("--new-pictures") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.Z")));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("pupil"), QStringLiteral("cards"),
                        QStringLiteral("--class"), className, QStringLiteral("--out"), path("no-such-folder/x.pdf"),
                        QStringLiteral("--new-pictures") });
        QCOMPARE(r.exitCode, 1);
        {
            auto opened = Database::open(db);
            QCOMPARE(pictureHashes(*opened.value()), before);
        }

        // With it: every pupil of the class (and nobody else) has new pictures, all on the cards.
        r = stagesctl(args + QStringList { QStringLiteral("--new-pictures") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        for (const Person &p : std::as_const(pupils))
            QVERIFY2(text.contains(p.displayName), qPrintable(p.displayName));
        QCOMPARE(text.count(QStringLiteral("Class %1").arg(className)), pupils.size());
        auto opened = Database::open(db);
        const QMap<QString, QString> after = pictureHashes(*opened.value());
        int changed = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            changed += after.value(it.key()) != it.value() ? 1 : 0;
        QCOMPARE(changed, pupils.size());
        for (const Person &p : std::as_const(pupils))
            QVERIFY(after.value(p.id) != before.value(p.id));
        SqlQuery audit(opened.value()->sql(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'pupil.pictures'"));
        QCOMPARE(audit.scalar().value().toInt(), pupils.size());
    }
};

QTEST_MAIN(TestSignInCards)
#include "tst_signincards.moc"
