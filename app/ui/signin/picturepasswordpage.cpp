#include "ui/signin/picturepasswordpage.h"

#include "core/accounts/accountservice.h"
#include "i18n/greeting.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/countdownlabel.h"
#include "ui/widgets/pagetitle.h"
#include "ui/widgets/picturepasswordinput.h"

#include <QTimer>

namespace stages {

PicturePasswordPage::PicturePasswordPage(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("picturePasswordPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    m_title = new PageTitle(QString(), this);
    connect(m_title, &PageTitle::backClicked, this, &PicturePasswordPage::backClicked);
    layout->addWidget(m_title);

    auto *who = new QHBoxLayout;
    who->addStretch();
    m_avatar = new QLabel(this);
    m_avatar->setObjectName(QStringLiteral("pupilAvatar"));
    who->addWidget(m_avatar);
    auto *hint = new QLabel(tr("Tap your 3 pictures"), this);
    hint->setObjectName(QStringLiteral("hint"));
    who->addWidget(hint);
    who->addStretch();
    layout->addLayout(who);

    m_input = new PicturePasswordInput(this);
    connect(m_input, &PicturePasswordInput::completed, this, [this](const QList<int> &pictures) {
        // Let the third picture appear in its slot before the (short) check runs.
        QTimer::singleShot(150, this, [this, pictures] { trySignIn(pictures); });
    });
    connect(m_input, &PicturePasswordInput::picturesChanged, this, [this](const QList<int> &pictures) {
        if (!pictures.isEmpty())
            m_message->clear();
    });
    layout->addWidget(m_input);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_countdown = new CountdownLabel(this);
    connect(m_countdown, &CountdownLabel::countingChanged, this, [this](bool counting) {
        m_input->setInputEnabled(!counting);
        if (counting)
            m_message->clear();
        else
            m_input->setFocus();
    });
    layout->addWidget(m_countdown);
    layout->addStretch();
    setFocusProxy(m_input);
}

void PicturePasswordPage::setPupil(const Person &pupil)
{
    m_pupil = pupil;
    m_title->setText(i18n::Greeting::hello(pupil.displayName));
    m_avatar->setPixmap(Artwork::render(Artwork::avatarPath(pupil.avatar), 72, devicePixelRatioF()));
    m_message->clear();
    m_input->clear();
    m_countdown->stop();
    m_input->setInputEnabled(true);
    watchWait();
}

void PicturePasswordPage::watchWait()
{
    const QString id = m_pupil.id;
    m_countdown->watch([this, id] { return m_accounts.waitBeforeNextTry(id); });
}

void PicturePasswordPage::trySignIn(const QList<int> &pictures)
{
    if (m_pupil.id.isEmpty() || m_input->pictures() != pictures)
        return; // the pupil went back or changed the pictures meanwhile
    auto session = m_accounts.signInWithPictures(m_pupil.id, pictures);
    if (session) {
        m_input->clear();
        emit signedIn(session.value());
        return;
    }
    m_message->setText(session.error());
    m_input->shake();
    m_input->clear();
    watchWait();
}

} // namespace stages
