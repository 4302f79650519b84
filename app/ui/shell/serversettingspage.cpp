#include "ui/shell/serversettingspage.h"

#include "core/storage/serverconnectionstore.h"
#include "core/storage/serverurl.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace stages {

namespace {
/// What "Use this server" is allowed for: the fields and the password of a successful test.
QString testKey(const QString &url, const QString &password)
{
    return url + QChar(0x1f) + password;
}

QLabel *note(const QString &text, QWidget *parent, const QString &name = QStringLiteral("hintSmall"))
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServerSettingsPage::ServerSettingsPage(const QString &openLocation, QWidget *parent)
    : QWidget(parent)
    , m_openLocation(openLocation)
{
    setObjectName(QStringLiteral("serverSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("School server"), this);
    title->setObjectName(QStringLiteral("areaTitle"));
    layout->addWidget(title);
    layout->addWidget(note(tr("With a school server, a pupil's progress follows her from PC to PC and teachers see "
                              "every PC's work. Each PC keeps its own copy, so pupils keep working when the network "
                              "drops."),
                           this, QString()));
    m_state = note(QString(), this, QStringLiteral("serverState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    layout->addWidget(m_state);

    // The fields and buttons in a column of a readable width, not stretched across a wide screen.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 8, 0, 0);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    //: Screen reader name of the field with the school server's name or address
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("e.g. server.school.local"));
    //: Settings row: the school server's name or IP address
    form->addRow(tr("Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    //: Screen reader name of the school server's port number
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setMaximumWidth(120);
    //: Settings row: the network port of the school server (a number, 5432 by default)
    form->addRow(tr("Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    //: Screen reader name of the field with the name of the database on the school server
    m_database->setAccessibleName(tr("Database"));
    //: Settings row: the name of the database on the school server
    form->addRow(tr("Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    //: Screen reader name of the field with the user name the PCs use on the school server
    m_user->setAccessibleName(tr("User"));
    //: Settings row: the user name the PCs use on the school server (not a pupil or a teacher)
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    //: Screen reader name of the field with the school server's password
    m_password->setAccessibleName(tr("Server password"));
    m_password->setEchoMode(QLineEdit::Password);
    //: Settings row: the password of the user on the school server
    form->addRow(tr("Password:"), m_password);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("serverSecurity"));
    //: Screen reader name of the choice of encryption for the school server
    m_security->setAccessibleName(tr("Encryption"));
    //: Encryption choice (sslmode=prefer): TLS when the server offers it
    m_security->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    //: Encryption choice (sslmode=require)
    m_security->addItem(tr("Always encrypt"), QStringLiteral("require"));
    //: Encryption choice (sslmode=verify-full): TLS and the server's certificate and name are checked
    m_security->addItem(tr("Always encrypt and check the server's certificate"), QStringLiteral("verify-full"));
    //: Encryption choice (sslmode=disable)
    m_security->addItem(tr("Never encrypt"), QStringLiteral("disable"));
    //: Settings row: whether the connection to the school server is encrypted (TLS)
    form->addRow(tr("Encryption:"), m_security);
    columnLayout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("serverTestButton"));
    m_test->setMinimumHeight(36);
    m_use = new QPushButton(tr("Use this server"), this);
    m_use->setObjectName(QStringLiteral("serverUseButton"));
    m_use->setMinimumHeight(36);
    m_use->setToolTip(tr("Offered after a successful test of these settings."));
    m_disconnect = new QPushButton(tr("Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("serverDisconnectButton"));
    m_disconnect->setMinimumHeight(36);
    m_disconnect->setToolTip(tr("From the next start, this PC works on its own database again."));
    buttons->addWidget(m_test);
    buttons->addWidget(m_use);
    buttons->addStretch();
    buttons->addWidget(m_disconnect);
    columnLayout->addLayout(buttons);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("serverBusy"));
    //: Screen reader name of the bar shown while the connection is tested
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    columnLayout->addWidget(m_busy);
    m_result = note(QString(), this, QStringLiteral("serverTestResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    columnLayout->addWidget(m_result);
    layout->addWidget(column);
    layout->addSpacing(12);
    layout->addWidget(note(tr("The password is kept apart, in a file only this computer account can read. A new "
                              "choice is used from the next start of Stages. The PCs connect as a user that may read "
                              "and write the school's data but not change the database itself."),
                           this));
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &ServerSettingsPage::startTest);
    connect(m_use, &QPushButton::clicked, this, &ServerSettingsPage::useServer);
    connect(m_disconnect, &QPushButton::clicked, this, &ServerSettingsPage::disconnectServer);
    for (QLineEdit *edit : { m_host, m_database, m_user, m_password })
        connect(edit, &QLineEdit::textEdited, this, &ServerSettingsPage::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerSettingsPage::fieldsEdited);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerSettingsPage::fieldsEdited);

    const QString stored = ServerConnectionStore::url();
    fillFrom(!stored.isEmpty() ? stored : ServerUrl::isServer(openLocation) ? openLocation : QString());
    updateState();
}

ServerSettingsPage::~ServerSettingsPage()
{
    // A test ends within the connection timeout; its result is not wanted any more.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

void ServerSettingsPage::fillFrom(const QString &serverUrl)
{
    const auto url = ServerUrl::parse(serverUrl);
    if (!url)
        return;
    m_host->setText(url->host);
    m_port->setValue(url->port);
    m_database->setText(url->database);
    m_user->setText(url->user);
    const int security = m_security->findData(url->sslMode.isEmpty() ? QStringLiteral("prefer") : url->sslMode);
    if (security >= 0)
        m_security->setCurrentIndex(security);
    if (!ServerConnectionStore::passwordFor(serverUrl).isEmpty())
        //: In the empty password field: a password is stored and is used unless a new one is typed
        m_password->setPlaceholderText(tr("(stored)"));
}

QString ServerSettingsPage::fieldsUrl(QString *problem) const
{
    const auto missing = [problem](const QString &what) {
        if (problem)
            *problem = what;
        return QString();
    };
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty())
        return missing(tr("Type the server's name or address."));
    if (database.isEmpty())
        return missing(tr("Type the name of the database on the server."));
    if (user.isEmpty())
        return missing(tr("Type the user the PCs connect as."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_security->currentData().toString());
    url.setQuery(query);
    const QString text = url.toString();
    if (auto parsed = ServerUrl::parse(text); !parsed)
        return missing(parsed.error());
    return text;
}

void ServerSettingsPage::fieldsEdited()
{
    m_use->setEnabled(!m_testedUrl.isEmpty() && m_testedUrl == testKey(fieldsUrl(), m_password->text()));
}

void ServerSettingsPage::startTest()
{
    if (m_thread)
        return;
    QString problem;
    const QString url = fieldsUrl(&problem);
    if (url.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    // An empty field means the stored password (or PGPASSWORD, ~/.pgpass).
    const QString password
        = m_password->text().isEmpty() ? ServerConnectionStore::passwordFor(url) : m_password->text();
    const QString typed = m_password->text();
    // Disabling the focused button would send the keyboard focus elsewhere: it comes back.
    const bool hadFocus = m_test->hasFocus();
    auto result = std::make_shared<std::optional<Result<ServerProbe::Report>>>();
    m_thread = QThread::create([result, url, password] { *result = ServerProbe::check(url, password); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, result, url, typed, hadFocus] {
        m_thread = nullptr;
        m_busy->hide();
        m_test->setEnabled(true);
        if (hadFocus)
            m_test->setFocus(Qt::OtherFocusReason);
        if (result->value().ok())
            m_testedUrl = testKey(url, typed);
        showTestResult(result->value());
        fieldsEdited();
        emit testFinished(result->value().ok());
    });
    m_test->setEnabled(false);
    m_use->setEnabled(false);
    m_busy->show();
    //: While "Test connection" runs; %1 is the server's name
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    m_thread->start();
}

void ServerSettingsPage::showTestResult(const Result<ServerProbe::Report> &result)
{
    if (!result) {
        //: Test connection failed; %1 is the reason in plain words
        m_result->setText(tr("✗ No connection. %1").arg(result.error()));
        return;
    }
    const ServerProbe::Report &report = *result;
    const QString school = report.schoolName.isEmpty() ? tr("The server holds no school yet.")
                                                       //: %1 is the school's name on the server
                                                       : tr("School: %1.").arg(report.schoolName);
    const QString encrypted = report.encrypted ? tr("The connection is encrypted (TLS).")
                                               : tr("The connection is not encrypted: the server offers no TLS.");
    //: Test connection succeeded; %1 the school, %2 the schema number, %3 whether it is encrypted
    m_result->setText(tr("✓ Connected. %1 Database schema %2. %3 \"Use this server\" stores these settings.")
                          .arg(school)
                          .arg(report.schemaVersion)
                          .arg(encrypted));
}

void ServerSettingsPage::useServer()
{
    QString problem;
    const QString url = fieldsUrl(&problem);
    if (url.isEmpty() || m_testedUrl != testKey(url, m_password->text())) {
        m_result->setText(url.isEmpty() ? problem : tr("Test the connection first."));
        return;
    }
    const QString password
        = m_password->text().isEmpty() ? ServerConnectionStore::passwordFor(url) : m_password->text();
    if (auto s = ServerConnectionStore::save(url, password); !s) {
        m_result->setText(s.error());
        return;
    }
    m_password->clear();
    m_testedUrl.clear();
    fillFrom(url);
    m_result->setText(tr("Saved. Stages opens on the school server from its next start."));
    updateState();
    emit storedChanged();
}

void ServerSettingsPage::disconnectServer()
{
    QMessageBox box(QMessageBox::Question, tr("Disconnect from the school server?"),
                    tr("From the next start, this PC works on its own database again, and the pupils' work done here "
                       "no longer reaches the school server. Work that waits to be sent stays in this PC's copy and is "
                       "sent when the PC is connected again.\n\nDisconnect?"),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("serverDisconnectConfirm"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto s = ServerConnectionStore::clear(); !s) {
        m_result->setText(s.error());
        return;
    }
    m_password->setPlaceholderText(QString());
    m_result->setText(tr("Disconnected. Stages opens on this PC's own database from its next start."));
    updateState();
    emit storedChanged();
}

void ServerSettingsPage::updateState()
{
    const QString stored = ServerConnectionStore::url();
    const bool onServer = ServerUrl::isServer(m_openLocation);
    QString text;
    if (onServer)
        //: %1: the school server's address (without password)
        text = tr("Now: this PC works on the school server %1.").arg(m_openLocation);
    else
        text = tr("Now: this PC works on its own database.");
    if (stored != (onServer ? m_openLocation : QString()))
        text += QLatin1Char('\n')
            + (stored.isEmpty() ? tr("From the next start: its own database.")
                                //: %1: the school server's address chosen on this page
                                : tr("From the next start: the school server %1.").arg(stored));
    m_state->setText(text);
    m_disconnect->setEnabled(!stored.isEmpty());
    fieldsEdited();
}

} // namespace stages
