#include "ui/signin/staffsigninpage.h"

#include "core/accounts/accountservice.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/countdownlabel.h"
#include "ui/widgets/pagetitle.h"

#include <QLineEdit>
#include <QListWidget>

namespace stages {

namespace {
QString roleIcon(Role role)
{
    switch (role) {
    case Role::Trainer:
        return QStringLiteral("certificate");
    case Role::Admin:
        return QStringLiteral("settings");
    default:
        return QStringLiteral("teacher");
    }
}
} // namespace

StaffSignInPage::StaffSignInPage(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("staffSignInPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    m_title = new PageTitle(tr("Teachers and trainers"), this);
    connect(m_title, &PageTitle::backClicked, this, &StaffSignInPage::backClicked);
    layout->addWidget(m_title);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addStretch(1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setMinimumWidth(340);
    m_list->setMaximumWidth(440);
    m_list->setAccessibleName(tr("Staff"));
    connect(m_list, &QListWidget::currentRowChanged, this, &StaffSignInPage::personSelected);
    // Arrows move through the names; Enter or a click goes on to the password.
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_password->setFocus(); });
    connect(m_list, &QListWidget::itemClicked, this, [this] { m_password->setFocus(); });
    columns->addWidget(m_list, 3);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("passwordForm"));
    m_form->setMinimumWidth(360);
    auto *form = new QVBoxLayout(m_form);
    form->setSpacing(12);
    m_prompt = new QLabel(m_form);
    m_prompt->setObjectName(QStringLiteral("passwordPrompt"));
    m_prompt->setWordWrap(true);
    form->addWidget(m_prompt);
    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumHeight(48);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffSignInPage::trySignIn);
    form->addWidget(m_password);
    m_signIn = new QPushButton(tr("Sign in"), m_form);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setMinimumHeight(48);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &StaffSignInPage::trySignIn);
    form->addWidget(m_signIn);
    m_message = new QLabel(m_form);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    form->addWidget(m_message);
    m_countdown = new CountdownLabel(m_form);
    connect(m_countdown, &CountdownLabel::countingChanged, this, [this](bool counting) {
        m_password->setEnabled(!counting);
        m_signIn->setEnabled(!counting);
        if (counting)
            m_message->clear();
        else
            m_password->setFocus();
    });
    form->addWidget(m_countdown);
    form->addStretch();
    columns->addWidget(m_form, 3);
    columns->addStretch(1);
    layout->addLayout(columns, 1);
    m_form->setEnabled(false);
}

void StaffSignInPage::reload()
{
    m_list->clear();
    const auto staff = m_accounts.staffForSignIn();
    for (const Person &person : staff ? staff.value() : QList<Person>()) {
        //: A row in the staff sign-in list: %1 name, %2 role ("Jana Nováková — Teacher")
        auto *item = new QListWidgetItem(Artwork::icon(roleIcon(person.role)),
                                         tr("%1 — %2").arg(person.displayName, roleDisplayName(person.role)), m_list);
        item->setData(Qt::UserRole, person.login);
        item->setData(Qt::UserRole + 1, person.displayName);
        item->setSizeHint(QSize(0, 56));
    }
    m_password->clear();
    m_message->setText(staff ? QString() : staff.error());
    m_countdown->stop();
    m_list->setCurrentRow(-1);
    m_form->setEnabled(false);
    m_prompt->setText(tr("Choose your name from the list."));
    m_list->setFocus();
}

void StaffSignInPage::selectLogin(const QString &login)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == login)
            m_list->setCurrentRow(i);
    }
}

QString StaffSignInPage::selectedLogin() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void StaffSignInPage::personSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_password->clear();
    m_message->clear();
    m_countdown->stop();
    m_form->setEnabled(item != nullptr);
    if (!item)
        return;
    //: %1 is the staff member's name
    m_prompt->setText(tr("Password for %1").arg(item->data(Qt::UserRole + 1).toString()));
    m_password->setEnabled(true);
    m_signIn->setEnabled(true);
    const QString personId = m_accounts.personIdForLogin(selectedLogin());
    m_countdown->watch([this, personId] { return m_accounts.waitBeforeNextTry(personId); });
}

void StaffSignInPage::trySignIn()
{
    const QString login = selectedLogin();
    if (login.isEmpty() || m_countdown->isCounting())
        return;
    auto session = m_accounts.signInWithPassword(login, m_password->text());
    m_password->clear();
    if (session) {
        m_message->clear();
        emit signedIn(session.value());
        return;
    }
    m_message->setText(session.error());
    const QString personId = m_accounts.personIdForLogin(login);
    m_countdown->watch([this, personId] { return m_accounts.waitBeforeNextTry(personId); });
}

} // namespace stages
