#include "ui/trainer/certificates/certificatespage.h"

#include "core/clock.h"
#include "core/training/organisationkey.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "ui/shell/appcontext.h"
#include "ui/trainer/certificates/certificateexport.h"
#include "ui/trainer/certificates/certificatefiltermodel.h"
#include "ui/trainer/certificates/certificatetablemodel.h"
#include "ui/trainer/certificates/revokecertificatedialog.h"
#include "ui/trainer/signingpassworddialog.h"
#include "ui/trainer/trainerwidgets.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

namespace stages {

CertificatesPage::CertificatesPage(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    setObjectName(QStringLiteral("certificatesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *top = new QHBoxLayout;
    top->addWidget(trainerui::heading(tr("Certificates"), this), 1);
    m_revoke = trainerui::button(QString(), tr("Revoke…"), QStringLiteral("revokeCertificateButton"), this);
    m_revoke->setToolTip(tr("Revoke the selected certificate, with a reason"));
    connect(m_revoke, &QPushButton::clicked, this, &CertificatesPage::revoke);
    top->addWidget(m_revoke);
    m_pdf = trainerui::button(QStringLiteral("certificate"), tr("Export PDF…"), QStringLiteral("exportPdfButton"), this);
    m_pdf->setToolTip(tr("The certificate page to print, with its QR code and the signed data inside"));
    connect(m_pdf, &QPushButton::clicked, this, &CertificatesPage::exportPdf);
    top->addWidget(m_pdf);
    m_json = trainerui::button(QString(), tr("Export JSON…"), QStringLiteral("exportJsonButton"), this);
    m_json->setToolTip(tr("The signed certificate as a file anyone can verify"));
    connect(m_json, &QPushButton::clicked, this, &CertificatesPage::exportJson);
    top->addWidget(m_json);
    m_badge = trainerui::button(QString(), tr("Export badge…"), QStringLiteral("exportBadgeButton"), this);
    m_badge->setToolTip(tr("An Open Badge 3.0 credential and its signed JWT, for badge wallets"));
    connect(m_badge, &QPushButton::clicked, this, &CertificatesPage::exportBadge);
    top->addWidget(m_badge);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    filters->addWidget(statusLabel);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("certificateStatusFilter"));
    //: Screen reader name of the certificates filter (its label says "Show:")
    m_status->setAccessibleName(tr("Show certificates"));
    statusLabel->setBuddy(m_status);
    using State = CertificateTableModel::State;
    //: Certificates filter: every certificate
    m_status->addItem(tr("All certificates"), -1);
    m_status->addItem(CertificateTableModel::stateName(State::Valid), int(State::Valid));
    //: Certificates filter: renewal reminders
    m_status->addItem(tr("Expiring within %1 days").arg(CertificateTableModel::kReminderDays),
                      int(State::ExpiringSoon));
    m_status->addItem(CertificateTableModel::stateName(State::Expired), int(State::Expired));
    m_status->addItem(CertificateTableModel::stateName(State::Revoked), int(State::Revoked));
    filters->addWidget(m_status);
    filters->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("certificateSearch"));
    //: Screen reader name of the search field of the certificates
    m_search->setAccessibleName(tr("Search certificates"));
    m_search->setPlaceholderText(tr("Search by holder, programme or code"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("certificateCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new CertificateTableModel(this);
    m_proxy = new CertificateFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = trainerui::makeTable(m_proxy, QStringLiteral("certificateTable"), this);
    //: Screen reader name of a table
    m_table->setAccessibleName(tr("Certificates"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CertificateTableModel::IssuedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(CertificateTableModel::HolderColumn, QHeaderView::Stretch);
    header->resizeSection(CertificateTableModel::ProgrammeColumn, 150);
    header->resizeSection(CertificateTableModel::IssuedColumn, 100);
    header->resizeSection(CertificateTableModel::ExpiresColumn, 100);
    header->resizeSection(CertificateTableModel::StatusColumn, 160);
    header->resizeSection(CertificateTableModel::IssuerColumn, 170);
    header->resizeSection(CertificateTableModel::CodeColumn, 140);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPage::updateButtons);
    layout->addWidget(m_table, 1);
    m_message = trainerui::messageLabel(QStringLiteral("certificatesMessage"), this);
    layout->addWidget(m_message);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("certificatesDone"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->setStyleSheet(QStringLiteral("color: #2E7D32;"));
    layout->addWidget(m_done);

    const auto count = [this] {
        //: How many certificates the table shows after the filters, of how many there are
        m_count->setText(tr("%1 of %n", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
        updateButtons();
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, count] {
        const int state = m_status->currentData().toInt();
        m_proxy->setState(state < 0 ? std::nullopt : std::optional(CertificateTableModel::State(state)));
        count();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this, count](const QString &text) {
        m_proxy->setSearchText(text);
        count();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, count);
    reload();
}

void CertificatesPage::reload()
{
    const CertificateRecord *current = selected();
    const QString id = current ? current->id : QString();
    auto certificates = m_context.training().certificates(m_session);
    m_model->setCertificates(certificates ? certificates.value() : QList<CertificateRecord>(),
                             m_context.clock().now().toLocalTime().date());
    trainerui::showMessage(m_message, certificates ? QString() : certificates.error());
    if (!id.isEmpty())
        selectCertificate(id);
    updateButtons();
}

void CertificatesPage::selectCertificate(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (source.data(Qt::UserRole).toString() != id)
            continue;
        QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid()) {
            m_status->setCurrentIndex(0);
            m_search->clear();
            index = m_proxy->mapFromSource(source);
        }
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
        return;
    }
}

void CertificatesPage::showExpiringSoon()
{
    m_status->setCurrentIndex(m_status->findData(int(CertificateTableModel::State::ExpiringSoon)));
}

const CertificateRecord *CertificatesPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->find(rows.first().data(Qt::UserRole).toString());
}

void CertificatesPage::updateButtons()
{
    const CertificateRecord *c = selected();
    m_revoke->setEnabled(c && !c->isRevoked());
    m_pdf->setEnabled(c);
    m_json->setEnabled(c);
    m_badge->setEnabled(c);
}

void CertificatesPage::revoke()
{
    const CertificateRecord *c = selected();
    if (!c)
        return;
    RevokeCertificateDialog dialog(m_context.training(), m_session, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_done->setText(tr("The certificate is revoked."));
    m_table->setFocus();
    emit changed();
}

QString CertificatesPage::askPath(const QString &title, const QString &extension, const QString &filter)
{
    const CertificateRecord *c = selected();
    if (!c)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title,
                                        QDir(folder).filePath(CertificateExport::suggestedFileName(*c, extension)),
                                        filter);
}

void CertificatesPage::reportExport(const Status &status, const QString &path)
{
    trainerui::showMessage(m_message, status ? QString() : status.error());
    //: After an export; %1 is the file
    m_done->setText(status ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : QString());
}

Status CertificatesPage::exportPdfTo(const QString &path)
{
    const CertificateRecord *c = selected();
    if (!c)
        return Status::failure(tr("Choose a certificate first."));
    const Status done = CertificateExport::writePdf(*c, path);
    reportExport(done, path);
    return done;
}

Status CertificatesPage::exportJsonTo(const QString &path)
{
    const CertificateRecord *c = selected();
    if (!c)
        return Status::failure(tr("Choose a certificate first."));
    const Status done = CertificateExport::writeJson(*c, path);
    reportExport(done, path);
    return done;
}

Status CertificatesPage::exportBadgeTo(const QString &path, const QString &password)
{
    const CertificateRecord *c = selected();
    if (!c)
        return Status::failure(tr("Choose a certificate first."));
    auto key = m_context.signingKeys().unlock(m_session, password);
    if (!key)
        return Status::failure(key.error());
    const Status done = CertificateExport::writeBadge(*c, key.value(), path);
    reportExport(done, path);
    return done;
}

void CertificatesPage::exportPdf()
{
    //: File type in the save dialog
    const QString path = askPath(tr("Export certificate as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        (void)exportPdfTo(path);
}

void CertificatesPage::exportJson()
{
    const QString path
        = askPath(tr("Export signed certificate"), QStringLiteral("json"), tr("Signed certificates (*.json)"));
    if (!path.isEmpty())
        (void)exportJsonTo(path);
}

void CertificatesPage::exportBadge()
{
    const QString path = askPath(tr("Export Open Badge"), QStringLiteral("badge.json"), tr("Open Badges (*.json)"));
    if (path.isEmpty())
        return;
    SigningPasswordDialog dialog(tr("Sign the badge"),
                                 tr("The badge's JWT is signed with the organisation's key. Your password unlocks "
                                    "it for this one signature."),
                                 tr("Sign and save"),
                                 [this, path](const QString &password) { return exportBadgeTo(path, password); }, this);
    dialog.exec();
}

} // namespace stages
