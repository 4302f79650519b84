#include "ui/trainer/overview/trainerhomepage.h"

#include "core/clock.h"
#include "core/training/trainingservice.h"
#include "ui/shell/appcontext.h"
#include "ui/trainer/certificates/certificatetablemodel.h"
#include "ui/trainer/overview/certificationchart.h"
#include "ui/trainer/overview/certificationtimeline.h"
#include "ui/trainer/trainerwidgets.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace stages {

namespace {

const QList<EducatorStatus> kStatuses { EducatorStatus::InTraining, EducatorStatus::CertifiedTeacher,
                                        EducatorStatus::Trainer, EducatorStatus::Lapsed };

} // namespace

TrainerHomePage::TrainerHomePage(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    setObjectName(QStringLiteral("trainerHomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(trainerui::heading(tr("Overview"), this));
    auto *counts = new QHBoxLayout;
    counts->setSpacing(12);
    for (int i = 0; i <= kStatuses.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("trainerCount%1").arg(i));
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(56);
        label->setStyleSheet(QStringLiteral("background: #F1F5F9; border-radius: 8px; padding: 6px 12px;"));
        counts->addWidget(label, 1);
        m_counts.append(label);
    }
    layout->addLayout(counts);
    m_message = trainerui::messageLabel(QStringLiteral("trainerHomeMessage"), this);
    layout->addWidget(m_message);

    auto *body = new QHBoxLayout;
    m_chart = new CertificationChart(this);
    body->addWidget(m_chart, 3);
    auto *reminders = new QVBoxLayout;
    auto *title = new QLabel(tr("Expiring within %1 days").arg(CertificateTableModel::kReminderDays), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    reminders->addWidget(title);
    auto *hint = new QLabel(tr("Remind these holders to renew their certificate."), this);
    hint->setObjectName(QStringLiteral("hintSmall"));
    hint->setWordWrap(true);
    reminders->addWidget(hint);
    m_expiringModel = new CertificateTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_expiringModel);
    proxy->setSortRole(CertificateTableModel::SortRole);
    m_expiring = trainerui::makeTable(proxy, QStringLiteral("expiringTable"), this);
    //: Screen reader name of a table
    m_expiring->setAccessibleName(tr("Certificates that expire soon"));
    m_expiring->setSortingEnabled(true);
    m_expiring->sortByColumn(CertificateTableModel::ExpiresColumn, Qt::AscendingOrder);
    for (const int column : { int(CertificateTableModel::IssuedColumn), int(CertificateTableModel::StatusColumn),
                              int(CertificateTableModel::IssuerColumn), int(CertificateTableModel::CodeColumn) })
        m_expiring->hideColumn(column);
    m_expiring->horizontalHeader()->setSectionResizeMode(CertificateTableModel::HolderColumn, QHeaderView::Stretch);
    m_expiring->horizontalHeader()->resizeSection(CertificateTableModel::ProgrammeColumn, 130);
    m_expiring->horizontalHeader()->resizeSection(CertificateTableModel::ExpiresColumn, 100);
    connect(m_expiring, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(Qt::UserRole).toString();
        if (const CertificateRecord *c = m_expiringModel->find(id))
            emit educatorActivated(c->educatorId);
    });
    reminders->addWidget(m_expiring, 1);
    m_expiringEmpty = new QLabel(tr("No certificate expires in the next %1 days.").arg(CertificateTableModel::kReminderDays), this);
    m_expiringEmpty->setObjectName(QStringLiteral("expiringEmpty"));
    m_expiringEmpty->setWordWrap(true);
    reminders->addWidget(m_expiringEmpty);
    m_all = trainerui::button(QStringLiteral("certificate"), tr("All certificates"), QStringLiteral("allCertificatesButton"),
                              this);
    connect(m_all, &QPushButton::clicked, this, &TrainerHomePage::expiringRequested);
    reminders->addWidget(m_all, 0, Qt::AlignLeft);
    body->addLayout(reminders, 2);
    layout->addLayout(body, 1);
    reload();
}

void TrainerHomePage::reload()
{
    QStringList errors;
    const QDate today = m_context.clock().now().toLocalTime().date();
    QList<int> perStatus(kStatuses.size(), 0);
    if (auto educators = m_context.training().educators(m_session)) {
        for (const Educator &e : educators.value())
            ++perStatus[int(kStatuses.indexOf(e.status))];
    } else {
        errors.append(educators.error());
    }
    for (int i = 0; i < kStatuses.size(); ++i)
        //: A count on the trainer's overview: "<big number>" above "Certified teacher"
        m_counts.at(i)->setText(tr("<span style='font-size:22px; font-weight:600'>%1</span><br>%2")
                                    .arg(perStatus.at(i))
                                    .arg(educatorStatusName(kStatuses.at(i)).toHtmlEscaped()));
    auto all = m_context.training().certificates(m_session);
    int valid = 0;
    if (all) {
        for (const CertificateRecord &c : all.value())
            valid += c.isValidOn(today) ? 1 : 0;
        m_chart->setTimeline(CertificationTimeline::build(all.value(), today));
    } else {
        errors.append(all.error());
    }
    m_counts.last()->setText(tr("<span style='font-size:22px; font-weight:600'>%1</span><br>%2")
                                 .arg(valid)
                                 //: Count on the trainer's overview: certificates valid today
                                 .arg(tr("Valid certificates").toHtmlEscaped()));
    TrainingService::CertificateFilter filter;
    filter.expiringWithinDays = CertificateTableModel::kReminderDays;
    auto expiring = m_context.training().certificates(m_session, filter);
    m_expiringModel->setCertificates(expiring ? expiring.value() : QList<CertificateRecord>(), today);
    if (!expiring)
        errors.append(expiring.error());
    m_expiringEmpty->setVisible(m_expiringModel->rowCount() == 0);
    errors.removeDuplicates();
    trainerui::showMessage(m_message, errors.join(QLatin1Char('\n')));
}

} // namespace stages
