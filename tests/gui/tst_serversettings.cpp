// The administrator's "School server" page (issue 13, point 1): the fields, "Test connection"
// against a real server on loopback (success, a wrong password, no server, no Stages schema) in a
// thread while a busy bar shows, "Use this server" storing the address in the settings and the
// password apart in a file only the owner can read, the next start opening the stored server,
// and "Disconnect" after a confirmation.
#include "guifixture.h"

#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/serverconnectionstore.h"
#include "core/storage/serverpassword.h"
#include "core/sync/syncschema.h"
#include "ui/shell/databaseopener.h"
#include "ui/shell/firstfetch.h"
#include "ui/shell/serversettingspage.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/sidebar.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stages;
using test::click;
using test::typeText;

namespace {

constexpr auto kSecret = "stages-pw-secret"; // scripts/pg-cluster's password role
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/// Types @p url's parts into the page's fields, as an administrator would.
void fill(ServerSettingsPage &page, const QUrl &url, const QString &password)
{
    for (QLineEdit *edit : { page.hostEdit(), page.databaseEdit(), page.userEdit(), page.passwordEdit() }) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    typeText(page.hostEdit(), url.host());
    page.portBox()->selectAll();
    typeText(page.portBox(), QString::number(url.port()));
    typeText(page.databaseEdit(), url.path().mid(1));
    typeText(page.userEdit(), url.userName());
    typeText(page.passwordEdit(), password);
}

/// Clicks "Test connection" and waits for its answer; checks the window kept working meanwhile.
bool testConnection(ServerSettingsPage &page)
{
    QSignalSpy finished(&page, &ServerSettingsPage::testFinished);
    click(page.testButton());
    // The test runs in a thread: the page shows the busy bar and stays responsive.
    if (!page.isTesting() || !page.busyBar()->isVisible() || page.testButton()->isEnabled())
        qFatal("the test did not start in the background");
    if (!finished.wait(60000))
        qFatal("the test connection never answered");
    if (page.busyBar()->isVisible() || !page.testButton()->isEnabled())
        qFatal("the busy bar stayed");
    return finished.constFirst().constFirst().toBool();
}

} // namespace

class TestServerSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QString m_database; ///< a migrated database of this test on the test server
    QUrl m_pwUrl; ///< it, as the password role

private slots:
    void initTestCase()
    {
        test::isolateUserFiles(m_settingsDir);
        QVERIFY(ServerConnectionStore::clear().ok());
    }

    void cleanupTestCase()
    {
        QVERIFY(ServerConnectionStore::clear().ok());
        if (!m_database.isEmpty())
            test::TestDatabase::runAsOwner(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                                           false);
    }

    void cleanup() { QVERIFY(ServerConnectionStore::clear().ok()); }

    // The password lives in its own file, 0600 whatever the umask, never in the settings file.
    void passwordFileIsOwnerOnly()
    {
        const QString url = QStringLiteral("postgresql://stages_app@school.example:5433/stages?sslmode=prefer");
        const mode_t old = ::umask(0);
        const Status saved = ServerConnectionStore::save(url, QStringLiteral("s3cret-Word"));
        ::umask(old);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const QString file = ServerConnectionStore::passwordFile();
        QVERIFY(QFileInfo::exists(file));
        const QFileDevice::Permissions permissions = QFile::permissions(file);
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(permissions & QFileDevice::WriteOwner);
        QCOMPARE(permissions & (kOthers | QFileDevice::ExeOwner), QFileDevice::Permissions());
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(ServerConnectionStore::password(), QStringLiteral("s3cret-Word"));
        QCOMPARE(ServerConnectionStore::url(), url);

        // The general settings file holds the address only.
        QSettings settings;
        settings.sync();
        QFile general(settings.fileName());
        QVERIFY2(general.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray content = general.readAll();
        QVERIFY(content.contains("school.example"));
        QVERIFY(!content.contains("s3cret-Word"));

        // The password goes only to the server it belongs to.
        QCOMPARE(
            ServerConnectionStore::passwordFor(QStringLiteral("postgresql://stages_app@school.example:5433/stages")),
            QStringLiteral("s3cret-Word"));
        QVERIFY(ServerConnectionStore::passwordFor(QStringLiteral("postgresql://stages_app@evil.example:5433/stages"))
                    .isEmpty());
        QVERIFY(ServerConnectionStore::passwordFor(QStringLiteral("postgresql://postgres@school.example:5433/stages"))
                    .isEmpty());

        QVERIFY(ServerConnectionStore::clear().ok());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(ServerConnectionStore::url().isEmpty());
    }

    // After a restart the stored server is opened; --db and STAGES_DB still win.
    void restartPicksTheStoredServer()
    {
        const QString local = DatabaseOpener::chooseLocation(QString());
        QVERIFY(!local.startsWith(QLatin1String("postgresql:")));
        const QString url = QStringLiteral("postgresql://stages_app@school.example/stages?sslmode=prefer");
        QVERIFY(ServerConnectionStore::save(url, QString()).ok());
        QVERIFY(!QFileInfo::exists(ServerConnectionStore::passwordFile())); // no password, no file
        QCOMPARE(DatabaseOpener::chooseLocation(QString()), url);
        QCOMPARE(DatabaseOpener::chooseLocation(QStringLiteral("/tmp/other.sqlite")),
                 QStringLiteral("/tmp/other.sqlite"));
        qputenv("STAGES_DB", "/tmp/env.sqlite");
        QCOMPARE(DatabaseOpener::chooseLocation(QString()), QStringLiteral("/tmp/env.sqlite"));
        qunsetenv("STAGES_DB");
        QVERIFY(ServerConnectionStore::clear().ok());
        QCOMPARE(DatabaseOpener::chooseLocation(QString()), local);
    }

    // PGPASSWORD wins over the stored password; without it every connection uses the stored one.
    void passwordOrder()
    {
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        ServerPassword::set(QStringLiteral("stored"));
        QCOMPARE(ServerPassword::effective(), QStringLiteral("stored"));
        qputenv("PGPASSWORD", "from-env");
        QVERIFY(ServerPassword::effective().isEmpty()); // libpq takes PGPASSWORD itself
        ServerPassword::set(QString());
        if (saved.isEmpty())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", saved);
    }

    // Only administrators see the page; a teacher's sidebar has no "School server".
    void onlyAdminsSeeThePage()
    {
        test::GuiSchool school;
        const QString password = QString::fromLatin1(test::SmallSchool::kPassword);
        TeacherArea teacher(*school.context,
                            school.context->accounts().signInWithPassword(QStringLiteral("tom"), password).value());
        QCOMPARE(teacher.sidebar()->indexOf(QStringLiteral("server")), -1);
        QVERIFY(!teacher.findChild<ServerSettingsPage *>());
        TeacherArea admin(*school.context,
                          school.context->accounts().signInWithPassword(QStringLiteral("ada"), password).value());
        admin.resize(1024, 600);
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        QVERIFY(admin.sidebar()->indexOf(QStringLiteral("server")) >= 0);
        admin.showSection(QStringLiteral("server"));
        auto *page = admin.findChild<ServerSettingsPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->stateLabel()->text().contains(QStringLiteral("own database")));
    }

    // Before the sign-in screen, a PC that knows the school pulls once; a server that takes the
    // connection and never answers does not hold the sign-in screen back.
    void quickPullNeverWaitsForASilentServer()
    {
        // A socket that listens and never accepts: the system completes the connection, and
        // nobody ever says a word.
        int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(silent >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(silent, reinterpret_cast<sockaddr *>(&address), length), 0);
        QCOMPARE(::listen(silent, 8), 0);
        QCOMPARE(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const QString url = QStringLiteral("postgresql://stages_app@127.0.0.1:%1/stages").arg(ntohs(address.sin_port));
        QTemporaryDir dir;
        auto cache = Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(cache.ok(), qPrintable(cache.error()));
        QVERIFY(SyncSchema::attach(**cache, url).ok());
        QSqlQuery known((*cache)->sql()); // this cache heard from the server yesterday
        QVERIFY(known.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('last_pull', '%1')")
                               .arg(toDbTime(QDateTime::currentDateTimeUtc().addDays(-1)))));
        const auto outcome = FirstFetch::run(**cache, url, 300);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(*outcome, FirstFetch::Outcome::TimedOut);
        // The round left behind ends on its own once the connection drops.
        ::close(silent);
        QTRY_COMPARE_WITH_TIMEOUT(FirstFetch::roundsRunning(), 0, 60000);

        // Nobody listens at all: the pull fails at once and the PC opens on its cache.
        const auto refused = FirstFetch::run(**cache, url, 60000);
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
        QCOMPARE(*refused, FirstFetch::Outcome::PullFailed);
    }

    // The page offers the defaults and refuses to test without a server name.
    void emptyFields()
    {
        ServerSettingsPage page(QStringLiteral("/tmp/stages.sqlite"));
        page.show();
        QCOMPARE(page.portBox()->value(), 5432);
        QCOMPARE(page.securityBox()->currentData().toString(), QStringLiteral("prefer"));
        QVERIFY(!page.useButton()->isEnabled());
        QVERIFY(!page.disconnectButton()->isEnabled());
        QVERIFY(page.stateLabel()->text().contains(QStringLiteral("own database")));
        click(page.testButton());
        QVERIFY(!page.isTesting());
        QVERIFY(page.resultLabel()->text().contains(QStringLiteral("server's name")));
    }

    // Against the real server: success, then "Use this server" stores it; a wrong password, a
    // closed port and a database without Stages' schema each get their own plain reason.
    void testConnectionAgainstTheServer()
    {
        if (const QString why =
                [] {
                    qputenv("STAGES_TEST_BACKEND", "postgresql");
                    return test::TestBackend::unavailable();
                }();
            !why.isEmpty())
            QSKIP(qPrintable(why));
        qunsetenv("PGPASSWORD");
        m_database = test::TestDatabase::createServerDatabase();
        {
            Database::Options options;
            options.migrateServer = true;
            auto owner = Database::open(test::TestDatabase::serverUrlOf(m_database), options);
            QVERIFY2(owner.ok(), qPrintable(owner.error()));
            SystemClock clock;
            test::SmallSchool school(**owner, clock);
            QSqlQuery grant((*owner)->sql());
            QVERIFY2(grant.exec(QStringLiteral(
                         "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stages_app")),
                     qPrintable(grant.lastError().text()));
        }
        m_pwUrl = QUrl(test::TestDatabase::serverUrlOf(m_database, QStringLiteral("stages_pw")));

        ServerSettingsPage page(QStringLiteral("/tmp/stages.sqlite"));
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // A wrong password.
        fill(page, m_pwUrl, QStringLiteral("not-the-password"));
        QVERIFY(!testConnection(page));
        QVERIFY2(page.resultLabel()->text().contains(QStringLiteral("refused the password")),
                 qPrintable(page.resultLabel()->text()));
        QVERIFY(!page.useButton()->isEnabled());
        click(page.useButton()); // disabled: nothing stored
        QVERIFY(ServerConnectionStore::url().isEmpty());

        // The right one.
        fill(page, m_pwUrl, QString::fromLatin1(kSecret));
        QVERIFY2(testConnection(page), qPrintable(page.resultLabel()->text()));
        QVERIFY2(page.resultLabel()->text().contains(QStringLiteral("Connected")),
                 qPrintable(page.resultLabel()->text()));
        QTRY_VERIFY(page.testButton()->hasFocus()); // the focus came back to the button
        QVERIFY(page.resultLabel()->text().contains(QStringLiteral("School: Test School.")));
        QVERIFY(page.useButton()->isEnabled());
        // Changing a field after the test asks for a new test.
        typeText(page.databaseEdit(), QStringLiteral("x"));
        QVERIFY(!page.useButton()->isEnabled());
        QTest::keyClick(page.databaseEdit(), Qt::Key_Backspace);
        QVERIFY(page.useButton()->isEnabled());

        QSignalSpy stored(&page, &ServerSettingsPage::storedChanged);
        click(page.useButton());
        QCOMPARE(stored.size(), 1);
        const QString url = ServerConnectionStore::url();
        QVERIFY2(url.startsWith(
                     QStringLiteral("postgresql://stages_pw@127.0.0.1:%1/%2").arg(m_pwUrl.port()).arg(m_database)),
                 qPrintable(url));
        QVERIFY(url.endsWith(QStringLiteral("?sslmode=prefer"))); // TLS when the server offers it
        QCOMPARE(ServerConnectionStore::password(), QString::fromLatin1(kSecret));
        QCOMPARE(QFile::permissions(ServerConnectionStore::passwordFile()) & kOthers, QFileDevice::Permissions());
        QVERIFY(page.passwordEdit()->text().isEmpty()); // not left on screen
        QVERIFY(page.stateLabel()->text().contains(QStringLiteral("From the next start: the school server")));
        QVERIFY(page.disconnectButton()->isEnabled());
        // The next start opens it.
        QCOMPARE(DatabaseOpener::chooseLocation(QString()), url);

        // A new page fills in the stored server; an empty password field uses the stored password.
        ServerSettingsPage again(QStringLiteral("/tmp/stages.sqlite"));
        again.show();
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(again.databaseEdit()->text(), m_database);
        QCOMPARE(again.passwordEdit()->placeholderText(), QStringLiteral("(stored)"));
        QVERIFY2(testConnection(again), qPrintable(again.resultLabel()->text()));

        // Nobody listens on the port.
        QUrl closed = m_pwUrl;
        closed.setPort(1);
        fill(page, closed, QString::fromLatin1(kSecret));
        QVERIFY(!testConnection(page));
        QVERIFY2(page.resultLabel()->text().contains(QStringLiteral("does not answer")),
                 qPrintable(page.resultLabel()->text()));

        // A database without Stages' schema: Database::open's own check speaks.
        QUrl empty = m_pwUrl;
        empty.setPath(QStringLiteral("/postgres"));
        fill(page, empty, QString::fromLatin1(kSecret));
        QVERIFY(!testConnection(page));
        QVERIFY2(page.resultLabel()->text().contains(QStringLiteral("no Stages data")),
                 qPrintable(page.resultLabel()->text()));

        if (!qEnvironmentVariableIsEmpty("STAGES_SHOT_DIR")) {
            fill(page, m_pwUrl, QString::fromLatin1(kSecret));
            testConnection(page);
            page.grab().save(qEnvironmentVariable("STAGES_SHOT_DIR") + QStringLiteral("/server-settings.png"));
        }

        // Disconnect asks first; Cancel keeps the server.
        test::whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        click(page.disconnectButton());
        QCOMPARE(ServerConnectionStore::url(), url);
        test::whenDialogOpens<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("serverDisconnectConfirm"));
            box->button(QMessageBox::Yes)->click();
        });
        click(page.disconnectButton());
        QVERIFY(ServerConnectionStore::url().isEmpty());
        QVERIFY(!QFileInfo::exists(ServerConnectionStore::passwordFile()));
        QVERIFY(!page.disconnectButton()->isEnabled());
        QVERIFY(!DatabaseOpener::chooseLocation(QString()).startsWith(QLatin1String("postgresql:")));
    }
};

QTEST_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
