#include "ui/trainer/signingpassworddialog.h"

#include "ui/widgets/artwork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

SigningPasswordDialog::SigningPasswordDialog(const QString &title, const QString &explanation,
                                             const QString &actionText, Action act, QWidget *parent)
    : QDialog(parent)
    , m_act(std::move(act))
{
    setObjectName(QStringLiteral("signingPasswordDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Artwork::icon(QStringLiteral("lock")).pixmap(40, 40));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("signingExplanation"));
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signingPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your &password:"), m_password);
    //: Screen reader name of the field labelled "Your password:"
    m_password->setAccessibleName(tr("Your password"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #BF360C;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_action = buttons->button(QDialogButtonBox::Ok);
    m_action->setObjectName(QStringLiteral("signingActionButton"));
    m_action->setText(actionText);
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningPasswordDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void SigningPasswordDialog::accept()
{
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Type your password."));
        return;
    }
    const Status done = m_act(m_password->text());
    m_password->clear();
    if (!done) {
        m_message->setText(done.error());
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace stages
