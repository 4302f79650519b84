#pragma once

#include "core/accounts/session.h"
#include "core/training/training.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stages {

class TrainingService;

/// "Revoke…": the reason (required), then a confirmation, then TrainingService::revokeCertificate.
/// The core's errors stay in the dialog.
class RevokeCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    RevokeCertificateDialog(TrainingService &training, const Session &session, const CertificateRecord &certificate,
                            QWidget *parent = nullptr);

    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    TrainingService &m_training;
    Session m_session;
    CertificateRecord m_certificate;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
