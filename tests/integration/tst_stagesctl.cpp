#include "core/accounts/avatarrule.h"
#include "core/storage/sqlquery.h"
#include "core/training/signingkeys.h"
#include "support/stagesctlrun.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

#include <unistd.h>

using namespace stages::test;

/// Drives the real stagesctl binary as an admin's script would: exit codes, output, files.
class TestStagesctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
    }

    void initCheckAndRefuseSecondInit()
    {
        const QString db = path("init.sqlite");
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("init") });
        QCOMPARE(r.exitCode, 0);
        r = stagesctl({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("ok")));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("init") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
    }

    void refusesGarbageAndNewerFilesWithoutChangingThem()
    {
        const QString garbage = path("garbage.sqlite");
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is a spreadsheet, honest");
        }
        const QByteArray before = fileHash(garbage);
        for (const char *verb : { "check", "migrate" }) {
            auto r = stagesctl({ QStringLiteral("--db"), garbage, QStringLiteral("db"), QString::fromLatin1(verb) });
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains(QLatin1String("not an SQLite file")), qPrintable(r.err));
        }
        auto r = stagesctl({ QStringLiteral("--db"), garbage, QStringLiteral("user"), QStringLiteral("list") });
        QVERIFY(r.exitCode != 0);
        QCOMPARE(fileHash(garbage), before);

        const QString newer = path("newer.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), newer, QStringLiteral("db"), QStringLiteral("init") }).exitCode,
                 0);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(newer).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode=DELETE; INSERT INTO schema_version VALUES (77, 'x', 'future')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray newerBefore = fileHash(newer);
        r = stagesctl({ QStringLiteral("--db"), newer, QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("newer version")) && r.err.contains(QLatin1String("77")),
                 qPrintable(r.err));
        r = stagesctl({ QStringLiteral("--db"), newer, QStringLiteral("class"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("1.A") });
        QVERIFY(r.exitCode != 0);
        QCOMPARE(fileHash(newer), newerBefore);
    }

    void accountsFromTheCommandLine()
    {
        const QString db = path("accounts.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("0"), QStringLiteral("--classes"),
                             QStringLiteral("1") })
                     .exitCode,
                 0);
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("class"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("3.C") });
        QCOMPARE(r.exitCode, 0);
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("class"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("3.C") });
        QVERIFY(r.exitCode != 0);
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--name"),
                        QStringLiteral("Iva Malá"), QStringLiteral("--password-stdin") },
                      "tajneheslo\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("iva.mala")));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--name"),
                        QStringLiteral("Ota"), QStringLiteral("--class"), QStringLiteral("3.C"),
                        QStringLiteral("--pictures"), QStringLiteral("8,0,4") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("wizard"), QStringLiteral("--name"),
                        QStringLiteral("X") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--role")));

        r = stagesctl(
            { QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray people = QJsonDocument::fromJson(r.out.toUtf8()).array();
        bool foundTeacher = false, foundPupil = false;
        for (const auto &v : people) {
            const QJsonObject o = v.toObject();
            foundTeacher = foundTeacher
                || (o.value(QLatin1String("login")).toString() == QLatin1String("iva.mala")
                    && o.value(QLatin1String("role")).toString() == QLatin1String("teacher"));
            foundPupil = foundPupil
                || (o.value(QLatin1String("name")).toString() == QLatin1String("Ota")
                    && o.value(QLatin1String("class")).toString() == QLatin1String("3.C"));
            QVERIFY(!o.contains(QLatin1String("password_hash")));
        }
        QVERIFY(foundTeacher);
        QVERIFY(foundPupil);
    }

    void backupAndRestore()
    {
        const QString db = path("live.sqlite");
        const QString backup = path("backup.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("5") })
                     .exitCode,
                 0);
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(stagesctl({ QStringLiteral("--db"), backup, QStringLiteral("db"), QStringLiteral("check") }).exitCode,
                 0);
        const auto countPeople = [&] {
            auto list = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"),
                                    QStringLiteral("--json") });
            return QJsonDocument::fromJson(list.out.toUtf8()).array().size();
        };
        const auto before = countPeople();
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("3"), QStringLiteral("--into-existing") })
                     .exitCode,
                 0);
        QVERIFY(countPeople() > before);
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("restore"), backup });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(countPeople(), before);

        const QString bad = path("bad-backup.sqlite");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope");
        f.close();
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("restore"), bad });
        QVERIFY(r.exitCode != 0);
        QCOMPARE(countPeople(), before);
    }

    void demoSeedIsDeterministic()
    {
        const auto seeded = [&](const char *name) {
            const QString db = path(name);
            auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                                 QStringLiteral("--pupils"), QStringLiteral("10"), QStringLiteral("--classes"),
                                 QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("42") });
            if (r.exitCode != 0)
                qFatal("seed failed: %s", qPrintable(r.err));
            QJsonArray people = QJsonDocument::fromJson(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"),
                                                                    QStringLiteral("list"), QStringLiteral("--json") })
                                                            .out.toUtf8())
                                    .array();
            QStringList lines;
            for (const auto &v : people) {
                QJsonObject o = v.toObject();
                o.remove(QLatin1String("id"));
                lines.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            }
            return lines;
        };
        const QStringList a = seeded("seed-a.sqlite");
        QCOMPARE(a.size(), 13); // 10 pupils, admin, one teacher per two classes, trainer
        QCOMPARE(seeded("seed-b.sqlite"), a);
    }

    void demoSeedPrintsPicturePasswordsAsNamesAndAvatarsDoNotRepeat()
    {
        // The names the sign-in screen gives the nine pictures, in index order (English run).
        const QStringList names { QStringLiteral("Sun"),  QStringLiteral("Tree"),   QStringLiteral("House"),
                                  QStringLiteral("Star"), QStringLiteral("Fish"),   QStringLiteral("Apple"),
                                  QStringLiteral("Car"),  QStringLiteral("Flower"), QStringLiteral("Moon") };
        const int pupils = stages::AvatarRule::kAvatarCount + 1;
        const QString db = path("names.sqlite");
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QString::number(pupils), QStringLiteral("--classes"),
                             QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        int pupilLines = 0;
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            const QStringList cols = line.split(QLatin1Char('\t'));
            if (cols.value(0) != QLatin1String("pupil"))
                continue;
            ++pupilLines;
            const QStringList pictures = cols.value(3).split(QStringLiteral(", "));
            QCOMPARE(pictures.size(), 3);
            for (const QString &picture : pictures)
                QVERIFY2(names.contains(picture), qPrintable(line)); // "Sun, Fish, Tree", no numbers
            QCOMPARE(QSet<QString>(pictures.cbegin(), pictures.cend()).size(), 3);
        }
        QCOMPARE(pupilLines, pupils);

        // Every avatar once before any repeats.
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"),
                        QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), pupils);
        QSet<int> avatars;
        for (const auto &v : listed)
            avatars.insert(v.toObject().value(QLatin1String("avatar")).toInt());
        QCOMPARE(avatars.size(), stages::AvatarRule::kAvatarCount);

        // JSON gives the names and the indexes; the printed names are the pupil's real password.
        const QString jsonDb = path("names-json.sqlite");
        r = stagesctl({ QStringLiteral("--db"), jsonDb, QStringLiteral("demo"), QStringLiteral("seed"),
                        QStringLiteral("--pupils"), QStringLiteral("3"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<QPair<QString, QList<int>>> secrets;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("role")).toString() != QLatin1String("pupil"))
                continue;
            QList<int> indexes;
            QStringList fromIndexes;
            for (const auto &p : o.value(QLatin1String("pictures")).toArray()) {
                indexes.append(p.toInt());
                fromIndexes.append(names.value(p.toInt()));
            }
            QCOMPARE(o.value(QLatin1String("secret")).toString(), fromIndexes.join(QStringLiteral(", ")));
            secrets.append({ o.value(QLatin1String("name")).toString(), indexes });
        }
        QCOMPARE(secrets.size(), 3);
        auto opened = stages::Database::open(jsonDb);
        QVERIFY(opened.ok());
        stages::ManualClock clock;
        stages::AccountService accounts(*opened.value(), clock);
        const QString classId
            = stages::ClassService(*opened.value(), clock).classByName(QStringLiteral("1.A")).value().value().id;
        for (const auto &[name, pictures] : secrets) {
            bool signedIn = false;
            for (const stages::Person &p : accounts.pupilsForSignIn(classId).value())
                signedIn = signedIn || (p.displayName == name && accounts.signInWithPictures(p.id, pictures).ok());
            QVERIFY2(signedIn, qPrintable(name));
        }
    }

    void pupilAvatarFromTheCommandLine()
    {
        const QString db = path("avatars.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("2") })
                     .exitCode,
                 0); // 1.A: avatars 0 and 1
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--name"),
                             QStringLiteral("Ema Nová"), QStringLiteral("--class"), QStringLiteral("1.A"),
                             QStringLiteral("--pictures"), QStringLiteral("8,0,4") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Moon, Sun, Fish")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("avatar 2")), qPrintable(r.out)); // the first one nobody has
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--name"),
                        QStringLiteral("Bad Avatar"), QStringLiteral("--class"), QStringLiteral("1.A"),
                        QStringLiteral("--avatar"), QString::number(stages::AvatarRule::kAvatarCount) });
        QCOMPARE(r.exitCode, 1);

        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"),
                        QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--json") });
        QString emaId;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == QStringLiteral("Ema Nová"))
                emaId = v.toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(!emaId.isEmpty());
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("set-avatar"),
                        QStringLiteral("--id"), emaId, QStringLiteral("--avatar"), QStringLiteral("17") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list"),
                        QStringLiteral("--role"), QStringLiteral("pupil"), QStringLiteral("--json") });
        bool changed = false;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            changed = changed
                || (o.value(QLatin1String("id")).toString() == emaId && o.value(QLatin1String("avatar")).toInt() == 17);
        }
        QVERIFY(changed);
    }

    void backupWorksWhileAnotherProcessHoldsTheWriteLock()
    {
        const QString db = path("locked.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("3") }).exitCode, 0);
        sqlite3 *app = nullptr; // this test process plays the app, stagesctl is a second process
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &app), SQLITE_OK);
        QCOMPARE(sqlite3_exec(app, "BEGIN IMMEDIATE; DELETE FROM class_member", nullptr, nullptr, nullptr), SQLITE_OK);

        QElapsedTimer timer;
        timer.start();
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list") });
        const qint64 listMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("pupil")), qPrintable(r.out));

        const QString backup = path("locked-backup.sqlite");
        timer.restart();
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), backup });
        const qint64 backupMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("audit log")), qPrintable(r.err)); // noted, not fatal
        QCOMPARE(stagesctl({ QStringLiteral("--db"), backup, QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);

        timer.restart();
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("restore"), backup,
                        QStringLiteral("--wait"), QStringLiteral("1") });
        const qint64 restoreMs = timer.elapsed();
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("busy")) && r.err.contains(QLatin1String("unchanged")), qPrintable(r.err));
        QVERIFY2(restoreMs < 8000, qPrintable(QString::number(restoreMs)));
        qInfo("under a held write lock: user list %lld ms, db backup %lld ms, db restore --wait 1 %lld ms", listMs,
              backupMs, restoreMs);
        sqlite3_exec(app, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(app);
    }

    void readVerbsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("user list") << QStringList { QStringLiteral("user"), QStringLiteral("list") };
        QTest::newRow("class list") << QStringList { QStringLiteral("class"), QStringLiteral("list") };
        QTest::newRow("exercises warmup --class")
            << QStringList { QStringLiteral("exercises"), QStringLiteral("warmup"), QStringLiteral("--class"),
                             QStringLiteral("1.A") };
        QTest::newRow("db check") << QStringList { QStringLiteral("db"), QStringLiteral("check") };
        QTest::newRow("db backup") << QStringList { QStringLiteral("db"), QStringLiteral("backup"), path("never.sqlite") };
    }

    void readVerbsCreateNothing()
    {
        QFETCH(QStringList, args);
        const QString folder = path("typo-folder");
        auto r = stagesctl(QStringList { QStringLiteral("--db"), folder + QStringLiteral("/stages.sqlite") } + args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(path("never.sqlite")));
    }

    void restoreRefusesBadBackupsAndSaysWhy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut off") << QStringLiteral("cut") << QStringLiteral("cut off");
        QTest::newRow("foreign") << QStringLiteral("foreign") << QStringLiteral("another program");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("views only") << QStringLiteral("views") << QStringLiteral("another program");
    }

    void restoreRefusesBadBackupsAndSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString db = path("restore-target.sqlite");
        if (!QFileInfo::exists(db))
            QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                                 QStringLiteral("--pupils"), QStringLiteral("2") }).exitCode, 0);
        const QString bad = path("bad-") + kind + QStringLiteral(".sqlite");
        QFile::remove(bad);
        if (kind == QLatin1String("cut")) {
            QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), bad }).exitCode, 0);
            QFile f(bad);
            QVERIFY(f.resize(f.size() - 10));
        } else {
            if (kind == QLatin1String("newer"))
                QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), bad }).exitCode, 0);
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(bad).constData(), &raw), SQLITE_OK);
            const char *sql = kind == QLatin1String("newer") ? "INSERT INTO schema_version VALUES (99, 'x', 'future')"
                : kind == QLatin1String("views")             ? "CREATE VIEW v AS SELECT 1"
                                                             : "CREATE TABLE photos (id INTEGER PRIMARY KEY)";
            QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(db);
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("restore"), bad });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("cannot be restored")) && r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
        r = stagesctl({ QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }

    void otherProgramsFilesAreLeftAlone()
    {
        const QString other = path("other-program.sqlite");
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; CREATE TABLE schema_version (v INTEGER);"
                                   "INSERT INTO schema_version VALUES (1)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(other);
        for (const QStringList &verb : { QStringList { QStringLiteral("user"), QStringLiteral("list") },
                                         QStringList { QStringLiteral("db"), QStringLiteral("check") },
                                         QStringList { QStringLiteral("db"), QStringLiteral("migrate") },
                                         QStringList { QStringLiteral("class"), QStringLiteral("add"),
                                                       QStringLiteral("--name"), QStringLiteral("1.A") } }) {
            auto r = stagesctl(QStringList { QStringLiteral("--db"), other } + verb);
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains(QLatin1String("another program")), qPrintable(r.err));
        }
        QCOMPARE(fileHash(other), before);

        // A WAL file of another program: check reads it through SQLite, which creates -wal and
        // -shm files; they are removed again when the file is refused.
        const QString wal = path("other-wal.sqlite");
        QCOMPARE(sqlite3_open(QFile::encodeName(wal).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode = WAL; CREATE VIEW v AS SELECT 1", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        QVERIFY(!QFileInfo::exists(wal + QStringLiteral("-wal")));
        auto r = stagesctl({ QStringLiteral("--db"), wal, QStringLiteral("db"), QStringLiteral("check") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFileInfo::exists(wal + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(wal + QStringLiteral("-shm")));
    }

    void healthyDatabaseInAReadOnlyFolderIsReportedAsReadOnly()
    {
        // Root ignores permissions, so as root the verbs run as "nobody" (setpriv, util-linux).
        QStringList asOtherUser;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot test permissions");
            asOtherUser = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups") };
        }
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        const QString db = folder + QStringLiteral("/stages.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("2") }).exitCode, 0);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // closed cleanly
        const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto enter = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), all | enter | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(db, all | (asOtherUser.isEmpty() ? QFileDevice::WriteOwner : QFileDevice::Permissions())));
        QVERIFY(QFile::setPermissions(folder, all | enter));
        const QByteArray before = fileHash(db);

        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("check") }, {}, asOtherUser);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("ok")) && r.out.contains(QLatin1String("read-only")), qPrintable(r.out));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list") }, {}, asOtherUser);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("read-only")) && !r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
        QVERIFY(QFile::setPermissions(folder, all | enter | QFileDevice::WriteOwner));
    }

#ifdef Q_OS_UNIX
    void databaseAndBackupArePrivate()
    {
        const QString db = path("private/stages.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("init") }).exitCode, 0);
        const QString backup = path("private-backups/b.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), backup }).exitCode, 0);
        const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser;
        QCOMPARE(QFile::permissions(db), privateFile);
        QCOMPARE(QFile::permissions(backup), privateFile);
        QCOMPARE(QFile::permissions(path("private")), privateFile | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    }
#endif

    void everyDomainIsListedSolvedAndChecked_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("combinatorics") << QStringLiteral("combinatorics") << 500; // issue 8: variety, not padding
        QTest::newRow("music") << QStringLiteral("music") << 350;
    }

    void everyDomainIsListedSolvedAndChecked()
    {
        QFETCH(QString, domain);
        QFETCH(int, atLeast);
        auto r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--domain"), domain,
                             QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(list.size() >= atLeast, qPrintable(QString::number(list.size())));
        QSet<int> stages;
        for (const auto &v : list) {
            QCOMPARE(v.toObject().value(QLatin1String("domain")).toString(), domain);
            stages.insert(v.toObject().value(QLatin1String("stage")).toInt());
        }
        QVERIFY(stages.size() >= 8);
        // The app's own evaluator accepts the solution of the last exercise of the ladder.
        const QString id = list.last().toObject().value(QLatin1String("id")).toString();
        r = stagesctl({ QStringLiteral("exercises"), QStringLiteral("solve"), id });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject solved = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QByteArray answer = QJsonDocument::fromVariant(solved.value(QLatin1String("answer")).toVariant())
                                      .toJson(QJsonDocument::Compact);
        r = stagesctl(
            { QStringLiteral("exercises"), QStringLiteral("check"), id, QStringLiteral("--answer"),
              QString::fromUtf8(answer.isEmpty() ? solved.value(QLatin1String("answer")).toVariant().toString().toUtf8()
                                                 : answer) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("success")).toBool(), true);
    }

    void schoolInitWithoutTheGui()
    {
        const QString db = path("init-school.sqlite");
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("school"), QStringLiteral("init"),
                             QStringLiteral("--name"), QStringLiteral("ZŠ Horní"), QStringLiteral("--admin-name"),
                             QStringLiteral("Iva IT"), QStringLiteral("--admin-login"), QStringLiteral("iva"),
                             QStringLiteral("--password-stdin") },
                           "it-admin-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("iva")));
        // A second school is refused, and the first is unchanged.
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("school"), QStringLiteral("init"),
                        QStringLiteral("--name"), QStringLiteral("Other"), QStringLiteral("--admin-name"),
                        QStringLiteral("Olga"), QStringLiteral("--admin-login"), QStringLiteral("olga"),
                        QStringLiteral("--password-stdin") },
                      "another-pass\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("already")), qPrintable(r.err));
        // Then the usual verbs work on it.
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("class"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("1.A") })
                     .exitCode,
                 0);
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--role"),
                        QStringLiteral("teacher"), QStringLiteral("--name"), QStringLiteral("Tea Cher"),
                        QStringLiteral("--password-stdin") },
                      "teacher-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        stages::ManualClock clock;
        auto opened = stages::Database::open(db);
        QVERIFY(opened.ok());
        stages::AccountService accounts(*opened.value(), clock);
        QCOMPARE(accounts.schoolName().value(), QStringLiteral("ZŠ Horní"));
        QVERIFY(accounts.signInWithPassword(QStringLiteral("iva"), QStringLiteral("it-admin-pass")).ok());
        QVERIFY(accounts.signInWithPassword(QStringLiteral("tea.cher"), QStringLiteral("teacher-pass")).ok());
        // Missing options are usage errors, not half a school.
        r = stagesctl({ QStringLiteral("--db"), path("half.sqlite"), QStringLiteral("school"), QStringLiteral("init"),
                        QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--password-stdin") },
                      "whatever-pass\n");
        QVERIFY(r.exitCode != 0);
    }

    void schoolInitMakesTheSigningKeyAndPasswdRewrapsIt()
    {
        const QString db = path("keys-school.sqlite");
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("school"), QStringLiteral("init"),
                             QStringLiteral("--name"), QStringLiteral("ZŠ Klíčová"), QStringLiteral("--admin-name"),
                             QStringLiteral("Iva IT"), QStringLiteral("--admin-login"), QStringLiteral("iva"),
                             QStringLiteral("--password-stdin") },
                           "it-admin-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto unlocks = [&db](const QString &password) {
            stages::ManualClock clock;
            auto opened = stages::Database::open(db);
            if (!opened)
                return false;
            stages::AccountService accounts(*opened.value(), clock);
            stages::SigningKeys keys(*opened.value(), clock);
            const QString id = accounts.personIdForLogin(QStringLiteral("iva"));
            return keys.exists().value() && keys.canSign(id).value()
                && keys.unlock({ id, accounts.schoolId(), stages::Role::Admin, QStringLiteral("Iva IT") }, password).ok();
        };
        QVERIFY(unlocks(QStringLiteral("it-admin-pass")));

        // A wrong current password changes nothing.
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("iva") },
                      "not-the-pass\nnew-admin-pass\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY(unlocks(QStringLiteral("it-admin-pass")));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("iva") },
                      "it-admin-pass\nnew-admin-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!unlocks(QStringLiteral("it-admin-pass")));
        QVERIFY(unlocks(QStringLiteral("new-admin-pass")));
    }

    void demoSeedRefusesARealSchoolUnlessAsked()
    {
        const QString db = path("real-school.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("school"), QStringLiteral("init"),
                             QStringLiteral("--name"), QStringLiteral("Real"), QStringLiteral("--admin-name"),
                             QStringLiteral("Ada"), QStringLiteral("--admin-login"), QStringLiteral("ada"),
                             QStringLiteral("--password-stdin") },
                           "real-admin-pass\n")
                     .exitCode,
                 0);
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("3") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("--into-existing")), qPrintable(r.err));
        r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                        QStringLiteral("--pupils"), QStringLiteral("3"), QStringLiteral("--into-existing"),
                        QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        int staff = 0;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("role")).toString() == QLatin1String("pupil"))
                continue;
            ++staff;
            QVERIFY(o.value(QLatin1String("role")).toString() != QLatin1String("admin"));
            QVERIFY(o.value(QLatin1String("secret")).toString() != QLatin1String("stages-demo"));
            QVERIFY(o.value(QLatin1String("secret")).toString().size() >= 12);
        }
        QCOMPARE(staff, 2);
    }

    void demoAttemptsReportsWhatItSaved()
    {
        const QString db = path("attempts.sqlite");
        QCOMPARE(stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("seed"),
                             QStringLiteral("--pupils"), QStringLiteral("6") })
                     .exitCode,
                 0);
        auto r = stagesctl({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("attempts"),
                             QStringLiteral("--pupils"), QStringLiteral("4"), QStringLiteral("--count"),
                             QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QSet<QString> reported;
        QSet<QString> pupils;
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() == 4 && f.at(0) == QLatin1String("saved")) {
                reported.insert(f.at(1));
                pupils.insert(f.at(2));
            }
        }
        QCOMPARE(reported.size(), 25);
        QVERIFY(pupils.size() <= 4);
        stages::ManualClock clock;
        auto opened = stages::Database::open(db);
        QVERIFY(opened.ok());
        stages::SqlQuery q(opened.value()->sql(), QStringLiteral("SELECT id FROM attempt"));
        QVERIFY(q.exec());
        QSet<QString> stored;
        while (q.next())
            stored.insert(q.value(0).toString());
        QCOMPARE(stored, reported);
        stages::SqlQuery m(opened.value()->sql(), QStringLiteral("SELECT SUM(attempts) FROM mastery"));
        QCOMPARE(m.scalar().value().toInt(), 25); // mastery kept in step, as in the app
        // No pupils: a clear error.
        r = stagesctl({ QStringLiteral("--db"), path("no-pupils.sqlite"), QStringLiteral("demo"),
                        QStringLiteral("attempts") });
        QVERIFY(r.exitCode != 0);
    }

    void helpAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("top help") << QStringList { QStringLiteral("--help") } << 0;
        QTest::newRow("no command") << QStringList {} << 2;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2;
        QTest::newRow("unknown verb") << QStringList { QStringLiteral("db"), QStringLiteral("explode") } << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("db"), QStringLiteral("check"),
                                                         QStringLiteral("--loud") }
                                        << 2;
        for (const char *verb : { "db init", "db migrate", "db check", "db backup", "db restore", "class add",
                                  "class list", "user add", "user list", "user set-avatar", "demo seed", "demo attempts",
                                  "school init", "pupil export", "pupil erase" })
            QTest::newRow(verb) << (QString::fromLatin1(verb).split(QLatin1Char(' ')) << QStringLiteral("--help")) << 0;
    }

    void helpAndUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        auto r = stagesctl(QStringList { QStringLiteral("--db"), path("help.sqlite") } + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY((exitCode == 0 ? r.out : r.err).contains(QLatin1String("Usage"))
                || r.err.contains(QLatin1String("stagesctl:")));
    }
};

QTEST_GUILESS_MAIN(TestStagesctl)
#include "tst_stagesctl.moc"
