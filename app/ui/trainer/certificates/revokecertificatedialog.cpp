#include "ui/trainer/certificates/revokecertificatedialog.h"

#include "core/training/trainingservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

namespace stages {

RevokeCertificateDialog::RevokeCertificateDialog(TrainingService &training, const Session &session,
                                                 const CertificateRecord &certificate, QWidget *parent)
    : QDialog(parent)
    , m_training(training)
    , m_session(session)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("revokeCertificateDialog"));
    setWindowTitle(tr("Revoke certificate"));
    auto *layout = new QVBoxLayout(this);
    //: Revoke dialog: holder, programme, issue date and code of the certificate
    auto *what = new QLabel(tr("%1 · %2, issued on %3 (code %4)")
                                .arg(certificate.holderName, certificate.programmeName,
                                     QLocale().toString(certificate.issuedOn, QLocale::ShortFormat), certificate.code),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *warning = new QLabel(tr("A revoked certificate is no longer valid anywhere it is checked against this "
                                  "database. This cannot be undone."),
                               this);
    warning->setWordWrap(true);
    warning->setObjectName(QStringLiteral("hintSmall"));
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setPlaceholderText(tr("Why, in a few words"));
    form->addRow(tr("&Reason:"), m_reason);
    //: Screen reader name of the field labelled "Reason:"
    m_reason->setAccessibleName(tr("Reason"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #BF360C;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_revoke = buttons->button(QDialogButtonBox::Ok);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setText(tr("Revoke…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevokeCertificateDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void RevokeCertificateDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->setText(tr("Write the reason for revoking."));
        m_reason->setFocus();
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Revoke certificate"),
                        //: Confirmation before revoking: holder and programme
                        tr("Revoke the %1 certificate of %2?").arg(m_certificate.programmeName, m_certificate.holderName),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRevokeBox"));
    confirm.button(QMessageBox::Yes)->setText(tr("Revoke"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    if (auto done = m_training.revokeCertificate(m_session, m_certificate.id, reason); !done) {
        m_message->setText(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace stages
