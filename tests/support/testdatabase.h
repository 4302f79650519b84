#pragma once

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace stages::test {

/// Which database the service tests run on: a real SQLite file (the default), or the loopback
/// PostgreSQL server of tests/CMakeLists.txt when STAGES_TEST_BACKEND=postgresql. The same test
/// binary is registered twice (NAME and NAME_pg): one suite, two backends.
struct TestBackend
{
    static bool server() { return qEnvironmentVariable("STAGES_TEST_BACKEND") == QLatin1String("postgresql"); }

    /// The server's owner URL (scripts/pg-cluster writes it), or empty with @p why set.
    static QString serverUrl(QString *why = nullptr)
    {
        const QString file = qEnvironmentVariable("STAGES_TEST_PG_URL_FILE");
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            if (why)
                *why = QStringLiteral("no PostgreSQL test server could be started (scripts/pg-cluster start failed "
                                      "or PostgreSQL is not installed; see %1)").arg(file);
            return {};
        }
        return QString::fromUtf8(f.readAll()).trimmed();
    }

    /// Empty when the chosen backend can be used; otherwise why not (the caller skips).
    static QString unavailable()
    {
        if (!server())
            return {};
        QString why;
        return serverUrl(&why).isEmpty() ? why : QString();
    }
};

/// Skips the whole test binary (in initTestCase) when its backend is not there.
#define STAGES_SKIP_WITHOUT_TEST_BACKEND()                                                                          \
    do {                                                                                                             \
        if (const QString why = stages::test::TestBackend::unavailable(); !why.isEmpty())                           \
            QSKIP(qPrintable(why));                                                                                  \
    } while (false)

/// A fresh database for one test, opened and migrated: a real SQLite file in a temporary folder,
/// or a new database of its own on the test server (dropped again afterwards).
struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString serverDatabase; ///< on the server: the database made for this test

    TestDatabase()
    {
        if (TestBackend::server()) {
            openOnServer();
            return;
        }
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error()));
        db = std::move(opened.value());
    }
    ~TestDatabase()
    {
        if (serverDatabase.isEmpty())
            return;
        db.reset();
        runAsOwner(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(serverDatabase), false);
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// The SQLite file (SQLite only).
    QString path() const { return dir.filePath(QStringLiteral("stages.sqlite")); }
    /// Where the database is: the file's path or the server's URL.
    QString location() const { return db ? db->location() : path(); }

    /// A new empty database on the test server (owned by the owner role); returns its name.
    static QString createServerDatabase()
    {
        const QString name = QStringLiteral("stages_t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        runAsOwner(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    /// The URL of database @p name on the test server, as @p role (stages_owner or stages_app).
    static QString serverUrlOf(const QString &name, const QString &role = QStringLiteral("stages_owner"))
    {
        QUrl url(TestBackend::serverUrl());
        url.setUserName(role);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }
    /// Runs @p statement on the test server as the owner; a failure is fatal when @p mustWork.
    static void runAsOwner(const QString &statement, bool mustWork = true)
    {
        const QString connection = QStringLiteral("stages-test-owner");
        {
            QSqlDatabase owner = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection)
                                                                    : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            if (!owner.isOpen()) {
                const QUrl url(TestBackend::serverUrl());
                owner.setHostName(url.host());
                owner.setPort(url.port());
                owner.setUserName(url.userName());
                owner.setDatabaseName(url.path().mid(1));
                if (!owner.open())
                    qFatal("cannot reach the test server: %s", qPrintable(owner.lastError().text()));
            }
            QSqlQuery q(owner);
            if (!q.exec(statement) && mustWork)
                qFatal("%s failed: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            else if (q.lastError().isValid())
                qWarning("%s failed: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
    }

private:
    void openOnServer()
    {
        if (TestBackend::serverUrl().isEmpty())
            return; // initTestCase skips
        serverDatabase = createServerDatabase();
        const QString url = serverUrlOf(serverDatabase);
        Database::Options options;
        options.migrateServer = true;
        auto opened = Database::open(url, options);
        if (!opened)
            qFatal("cannot open test database on the server: %s", qPrintable(opened.error()));
        db = std::move(opened.value());
    }
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Sets up a school with an admin, one class "1.A", a teacher, a trainer and a pupil.
struct SmallSchool
{
    Session admin;
    Session teacher;
    Session trainer;
    Session pupil;
    QString classId;
    QString pupilId;
    static constexpr const char *kPassword = "secret-123";
    static QList<int> pupilPictures() { return {4, 0, 7}; }

    SmallSchool(Database &db, const Clock &clock)
    {
        AccountService accounts(db, clock);
        ClassService classes(db, clock);
        const QString password = QString::fromLatin1(kPassword);
        admin = accounts.setUpSchool(QStringLiteral("Test School"),
                                     {Role::Admin, QStringLiteral("Ada Admin"), QStringLiteral("ada"), password, {}, 0, {}}).value();
        classId = classes.addClass(admin, QStringLiteral("1.A")).value().id;
        accounts.addPerson(admin, {Role::Teacher, QStringLiteral("Tom Teacher"), QStringLiteral("tom"), password, {}, 0, {}}).value();
        accounts.addPerson(admin, {Role::Trainer, QStringLiteral("Tia Trainer"), QStringLiteral("tia"), password, {}, 0, {}}).value();
        pupilId = accounts.addPerson(admin, {Role::Pupil, QStringLiteral("Pia Pupil"), {}, {}, pupilPictures(), 3,
                                             QStringLiteral("1.A")}).value().id;
        teacher = accounts.signInWithPassword(QStringLiteral("tom"), password).value();
        trainer = accounts.signInWithPassword(QStringLiteral("tia"), password).value();
        pupil = accounts.signInWithPictures(pupilId, pupilPictures()).value();
    }
};

} // namespace stages::test
