#pragma once

#include "core/accounts/session.h"
#include "core/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stages {

class AppContext;
class CertificateFilterModel;
class CertificateTableModel;
struct CertificateRecord;

/// The trainer's Certificates page: every certificate (holder, programme, issued, expires,
/// status valid / expiring soon / expired / revoked), filtered by status (one choice is the
/// renewal reminders: valid ones expiring within 90 days) and searched; Revoke… (a reason, then
/// a confirmation), Export PDF…, Export JSON… and Export badge… (the Open Badge and its VC-JWT,
/// signed after the signer's password) on the selected one.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    CertificatesPage(AppContext &context, const Session &session, QWidget *parent = nullptr);

    void reload();
    /// Selects the certificate with @p id (clears the filters when it is hidden).
    void selectCertificate(const QString &id);
    /// Shows only the valid certificates expiring within 90 days.
    void showExpiringSoon();

    /// The exports of the selected certificate, without the file dialog.
    Status exportPdfTo(const QString &path);
    Status exportJsonTo(const QString &path);
    Status exportBadgeTo(const QString &path, const QString &password);

    QTableView *table() const { return m_table; }
    CertificateTableModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *jsonButton() const { return m_json; }
    QPushButton *badgeButton() const { return m_badge; }
    QLabel *message() const { return m_message; }
    QLabel *doneLabel() const { return m_done; }

signals:
    /// A certificate was revoked (the area refreshes its other pages).
    void changed();

private:
    const CertificateRecord *selected() const;
    void updateButtons();
    void revoke();
    void exportPdf();
    void exportJson();
    void exportBadge();
    QString askPath(const QString &title, const QString &extension, const QString &filter);
    void reportExport(const Status &status, const QString &path);

    AppContext &m_context;
    Session m_session;
    CertificateTableModel *m_model = nullptr;
    CertificateFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_json = nullptr;
    QPushButton *m_badge = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_done = nullptr;
};

} // namespace stages
