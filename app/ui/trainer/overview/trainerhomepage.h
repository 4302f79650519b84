#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace stages {

class AppContext;
class CertificateTableModel;
class CertificationChart;

/// The trainer's home: how many educators stand at each status, the chart of certifications
/// over time (per month, by programme), and the renewal reminders: valid certificates expiring
/// within 90 days. Enter on a reminder opens the holder.
class TrainerHomePage : public QWidget
{
    Q_OBJECT

public:
    TrainerHomePage(AppContext &context, const Session &session, QWidget *parent = nullptr);

    void reload();

    /// "In training: 3" … one label per status, then the valid certificates.
    QList<QLabel *> countLabels() const { return m_counts; }
    CertificationChart *chart() const { return m_chart; }
    QTableView *expiringTable() const { return m_expiring; }
    CertificateTableModel *expiringModel() const { return m_expiringModel; }
    QPushButton *allCertificatesButton() const { return m_all; }
    QLabel *message() const { return m_message; }

signals:
    void educatorActivated(const QString &educatorId);
    /// "Show all expiring": the Certificates page with the reminder filter.
    void expiringRequested();

private:
    AppContext &m_context;
    Session m_session;
    QList<QLabel *> m_counts;
    CertificationChart *m_chart = nullptr;
    CertificateTableModel *m_expiringModel = nullptr;
    QTableView *m_expiring = nullptr;
    QLabel *m_expiringEmpty = nullptr;
    QPushButton *m_all = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
