#include "ui/signin/setupwizard.h"

#include "core/accounts/accountservice.h"
#include "core/training/signingkeys.h"
#include "ui/widgets/artwork.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QStackedWidget>

namespace stages {

SetupWizard::SetupWizard(AccountService &accounts, SigningKeys &keys, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("setupWizard"));
    auto *outer = new QVBoxLayout(this);
    auto *centre = new QHBoxLayout;
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("setupCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    card->setMaximumWidth(640);
    card->setMinimumWidth(520);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    centre->addStretch(1);
    centre->addWidget(card, 3);
    centre->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(14);
    auto *logo = new QLabel(card);
    logo->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("stages")), 72, devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *heading = new QLabel(tr("Welcome to Stages"), card);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    m_stepLabel = new QLabel(card);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setAlignment(Qt::AlignCenter);
    m_stepLabel->setWordWrap(true);
    layout->addWidget(m_stepLabel);

    m_steps = new QStackedWidget(card);
    auto *schoolStep = new QWidget(m_steps);
    auto *schoolForm = new QFormLayout(schoolStep);
    m_school = new QLineEdit(schoolStep);
    m_school->setObjectName(QStringLiteral("schoolField"));
    m_school->setPlaceholderText(tr("e.g. Primary School Green Hill"));
    schoolForm->addRow(tr("School name:"), m_school);
    //: Screen reader name of the field labelled "School name:"
    m_school->setAccessibleName(tr("School name"));
    m_steps->addWidget(schoolStep);

    auto *adminStep = new QWidget(m_steps);
    auto *adminForm = new QFormLayout(adminStep);
    m_name = new QLineEdit(adminStep);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_login = new QLineEdit(adminStep);
    m_login->setObjectName(QStringLiteral("loginField"));
    m_password = new QLineEdit(adminStep);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(adminStep);
    m_repeat->setObjectName(QStringLiteral("repeatField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    adminForm->addRow(tr("Your name:"), m_name);
    //: Screen reader name of the field labelled "Your name:"
    m_name->setAccessibleName(tr("Your name"));
    adminForm->addRow(tr("Login:"), m_login);
    //: Screen reader name of the field labelled "Login:"
    m_login->setAccessibleName(tr("Login"));
    adminForm->addRow(tr("Password:"), m_password);
    //: Screen reader name of the field labelled "Password:"
    m_password->setAccessibleName(tr("Password"));
    adminForm->addRow(tr("Password again:"), m_repeat);
    //: Screen reader name of the field labelled "Password again:"
    m_repeat->setAccessibleName(tr("Password again"));
    m_steps->addWidget(adminStep);
    layout->addWidget(m_steps);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_loginEdited)
            m_login->setText(name.trimmed().isEmpty() ? QString() : m_accounts.suggestLogin(name));
    });
    connect(m_login, &QLineEdit::textEdited, this, [this] { m_loginEdited = true; });
    for (QLineEdit *field : { m_school, m_repeat })
        connect(field, &QLineEdit::returnPressed, this, &SetupWizard::goNext);

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), card);
    m_back->setObjectName(QStringLiteral("setupBack"));
    m_back->setMinimumHeight(44);
    m_next = new QPushButton(card);
    m_next->setObjectName(QStringLiteral("setupNext"));
    m_next->setMinimumHeight(44);
    m_next->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &SetupWizard::goBack);
    connect(m_next, &QPushButton::clicked, this, &SetupWizard::goNext);
    updateButtons();
    setFocusProxy(m_school);
}

int SetupWizard::step() const
{
    return m_steps->currentIndex();
}

void SetupWizard::updateButtons()
{
    const bool first = step() == 0;
    m_back->setVisible(!first);
    m_next->setText(first ? tr("Next") : tr("Create the school"));
    m_stepLabel->setText(first ? tr("Step 1 of 2: what is your school called?")
                               : tr("Step 2 of 2: your administrator account. You will add teachers, classes "
                                    "and pupils with it."));
}

void SetupWizard::goBack()
{
    m_message->clear();
    m_steps->setCurrentIndex(0);
    updateButtons();
    m_school->setFocus();
}

void SetupWizard::goNext()
{
    m_message->clear();
    if (step() == 0) {
        if (m_school->text().trimmed().isEmpty()) {
            m_message->setText(tr("Please give the school a name."));
            return;
        }
        m_steps->setCurrentIndex(1);
        updateButtons();
        m_name->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    NewPerson admin;
    admin.role = Role::Admin;
    admin.displayName = m_name->text();
    admin.login = m_login->text();
    admin.password = m_password->text();
    auto session = m_accounts.setUpSchool(m_school->text(), admin);
    if (!session) {
        m_message->setText(session.error());
        return;
    }
    // The school is set up whatever happens here: without a key now, the admin's next sign-in
    // makes it (AccountService::signInWithPassword).
    if (auto s = m_keys.create(*session, admin.password); !s)
        qWarning("The organisation's signing key could not be made: %s", qPrintable(s.error()));
    emit finished(session.value());
}

} // namespace stages
