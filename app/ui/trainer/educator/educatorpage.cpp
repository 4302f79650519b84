#include "ui/trainer/educator/educatorpage.h"

#include "core/clock.h"
#include "core/school/classservice.h"
#include "core/training/trainingservice.h"
#include "ui/shell/appcontext.h"
#include "ui/trainer/educator/evidencedialog.h"
#include "ui/trainer/educator/evidencetablemodel.h"
#include "ui/trainer/educator/progressbardelegate.h"
#include "ui/trainer/educator/requirementprogressmodel.h"
#include "ui/trainer/signingpassworddialog.h"
#include "ui/trainer/trainerwidgets.h"
#include "ui/widgets/artwork.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

namespace stages {

EducatorPage::EducatorPage(AppContext &context, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    setObjectName(QStringLiteral("educatorPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    m_back = trainerui::button(QStringLiteral("back"), tr("Back"), QStringLiteral("educatorBack"), this);
    m_back->setToolTip(tr("Back to the educators (Esc)"));
    connect(m_back, &QPushButton::clicked, this, &EducatorPage::backRequested);
    top->addWidget(m_back);
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    m_name = trainerui::heading(QString(), this);
    who->addWidget(m_name);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("educatorDetails"));
    m_details->setStyleSheet(QStringLiteral("color: #546E7A;"));
    who->addWidget(m_details);
    top->addLayout(who, 1);
    m_record = trainerui::button(QStringLiteral("add"), tr("Record evidence"), QStringLiteral("recordEvidenceButton"), this);
    m_recordMenu = new QMenu(m_record);
    m_recordMenu->setObjectName(QStringLiteral("recordEvidenceMenu"));
    m_record->setMenu(m_recordMenu);
    top->addWidget(m_record);
    m_correct = trainerui::button(QString(), tr("Correct…"), QStringLiteral("correctEvidenceButton"), this);
    m_correct->setToolTip(tr("Correct the selected record; the old values stay in the audit log."));
    connect(m_correct, &QPushButton::clicked, this, &EducatorPage::correctSelected);
    top->addWidget(m_correct);
    m_issue = trainerui::button(QStringLiteral("certificate"), tr("Issue certificate…"),
                                QStringLiteral("issueCertificateButton"), this);
    m_issue->setToolTip(tr("Sign a certificate of this programme; if something is missing you see what."));
    connect(m_issue, &QPushButton::clicked, this, &EducatorPage::issueCertificate);
    top->addWidget(m_issue);
    layout->addLayout(top);

    m_message = trainerui::messageLabel(QStringLiteral("educatorMessage"), this);
    layout->addWidget(m_message);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("educatorDone"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->setStyleSheet(QStringLiteral("color: #2E7D32;"));
    m_done->hide();
    layout->addWidget(m_done);
    m_certificates = new QLabel(this);
    m_certificates->setObjectName(QStringLiteral("educatorCertificates"));
    m_certificates->setWordWrap(true);
    layout->addWidget(m_certificates);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("programmeTabs"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateRecordMenu();
        updateButtons();
    });
    layout->addWidget(m_tabs, 1);
    buildTabs();

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &EducatorPage::backRequested);
}

void EducatorPage::buildTabs()
{
    auto programmes = m_context.training().programmes();
    if (!programmes) {
        trainerui::showMessage(m_message, programmes.error());
        return;
    }
    for (const Programme &programme : programmes.value()) {
        ProgrammeTab tab;
        tab.programme = programme;
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(8, 8, 8, 8);
        tab.prerequisite = new QLabel(page);
        tab.prerequisite->setObjectName(QStringLiteral("prerequisiteLabel"));
        tab.prerequisite->setWordWrap(true);
        tab.prerequisite->setStyleSheet(QStringLiteral("color: #BF360C;"));
        layout->addWidget(tab.prerequisite);
        tab.progress = new RequirementProgressModel(page);
        tab.progressTable = trainerui::makeTable(tab.progress, QStringLiteral("progressTable"), page);
        //: Screen reader name of a table
        tab.progressTable->setAccessibleName(tr("Progress towards the requirements"));
        tab.progressTable->setItemDelegateForColumn(RequirementProgressModel::ProgressColumn,
                                                    new ProgressBarDelegate(tab.progressTable));
        tab.progressTable->verticalHeader()->setDefaultSectionSize(34);
        QHeaderView *header = tab.progressTable->horizontalHeader();
        header->resizeSection(RequirementProgressModel::RequirementColumn, 220);
        header->resizeSection(RequirementProgressModel::ProgressColumn, 330);
        header->setSectionResizeMode(RequirementProgressModel::MissingColumn, QHeaderView::Stretch);
        tab.progressTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tab.progressTable->setFixedHeight(header->height() + 34 * int(std::max<qsizetype>(1, programme.requirements.size())) + 32);
        layout->addWidget(tab.progressTable);
        auto *evidenceTitle = new QLabel(tr("Evidence"), page);
        evidenceTitle->setObjectName(QStringLiteral("sectionTitle"));
        QFont bold = evidenceTitle->font();
        bold.setBold(true);
        evidenceTitle->setFont(bold);
        layout->addWidget(evidenceTitle);
        tab.evidence = new EvidenceTableModel(page);
        tab.evidenceProxy = new QSortFilterProxyModel(page);
        tab.evidenceProxy->setSourceModel(tab.evidence);
        tab.evidenceProxy->setSortRole(EvidenceTableModel::SortRole);
        tab.evidenceTable = trainerui::makeTable(tab.evidenceProxy, QStringLiteral("evidenceTable"), page);
        //: Screen reader name of a table
        tab.evidenceTable->setAccessibleName(tr("Evidence"));
        tab.evidenceTable->setSortingEnabled(true);
        tab.evidenceTable->sortByColumn(EvidenceTableModel::DateColumn, Qt::DescendingOrder);
        QHeaderView *eh = tab.evidenceTable->horizontalHeader();
        eh->resizeSection(EvidenceTableModel::DateColumn, 110);
        eh->resizeSection(EvidenceTableModel::KindColumn, 150);
        eh->resizeSection(EvidenceTableModel::AmountColumn, 200);
        eh->setSectionResizeMode(EvidenceTableModel::NoteColumn, QHeaderView::Stretch);
        eh->resizeSection(EvidenceTableModel::RecordedByColumn, 170);
        tab.evidenceTable->setToolTip(tr("Enter or double-click corrects a record."));
        connect(tab.evidenceTable, &QTableView::activated, this, &EducatorPage::correctSelected);
        connect(tab.evidenceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &EducatorPage::updateButtons);
        layout->addWidget(tab.evidenceTable, 1);
        m_tabs->addTab(page, programme.name);
        m_programmeTabs.append(tab);
    }
    updateRecordMenu();
}

const EducatorPage::ProgrammeTab *EducatorPage::currentTab() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_programmeTabs.size() ? &m_programmeTabs.at(index) : nullptr;
}

QString EducatorPage::currentProgrammeId() const
{
    const ProgrammeTab *tab = currentTab();
    return tab ? tab->programme.id : QString();
}

QTableView *EducatorPage::progressTable() const
{
    return currentTab() ? currentTab()->progressTable : nullptr;
}

RequirementProgressModel *EducatorPage::progressModel() const
{
    return currentTab() ? currentTab()->progress : nullptr;
}

QTableView *EducatorPage::evidenceTable() const
{
    return currentTab() ? currentTab()->evidenceTable : nullptr;
}

EvidenceTableModel *EducatorPage::evidenceModel() const
{
    return currentTab() ? currentTab()->evidence : nullptr;
}

void EducatorPage::showProgramme(const QString &programmeId)
{
    for (int i = 0; i < m_programmeTabs.size(); ++i) {
        if (m_programmeTabs.at(i).programme.id == programmeId)
            m_tabs->setCurrentIndex(i);
    }
}

bool EducatorPage::setEducator(const QString &educatorId)
{
    auto educator = m_context.training().educator(m_session, educatorId);
    if (!educator) {
        trainerui::showMessage(m_message, educator.error());
        return false;
    }
    m_educator = educator.value();
    m_done->hide();
    reload();
    return true;
}

void EducatorPage::reload()
{
    if (m_educator.id.isEmpty())
        return;
    QStringList errors;
    if (auto fresh = m_context.training().educator(m_session, m_educator.id))
        m_educator = fresh.value();
    else
        errors.append(fresh.error());
    m_name->setText(m_educator.displayName);
    QStringList details { educatorStatusName(m_educator.status) };
    if (!m_educator.organisation.isEmpty())
        details.append(m_educator.organisation);
    if (!m_educator.trainedByName.isEmpty())
        //: On the educator page: who trains them
        details.append(tr("trained by %1").arg(m_educator.trainedByName));
    if (m_educator.founding)
        details.append(tr("founding trainer"));
    m_details->setText(details.join(QStringLiteral(" · ")));

    TrainingService::CertificateFilter filter;
    filter.educatorId = m_educator.id;
    const QDate today = m_context.clock().now().toLocalTime().date();
    if (auto certificates = m_context.training().certificates(m_session, filter)) {
        QStringList lines;
        for (const CertificateRecord &c : certificates.value()) {
            if (c.isRevoked())
                //: A revoked certificate on the educator page: programme, date, reason
                lines.append(tr("%1: revoked on %2 (%3)")
                                 .arg(c.programmeName, QLocale().toString(c.revokedAt.toLocalTime().date(), QLocale::ShortFormat),
                                      c.revokeReason));
            else if (!c.isValidOn(today))
                lines.append(tr("%1: expired on %2").arg(c.programmeName, QLocale().toString(c.expiresOn, QLocale::ShortFormat)));
            else if (c.expiresOn.isValid())
                lines.append(tr("%1: valid until %2 (code %3)")
                                 .arg(c.programmeName, QLocale().toString(c.expiresOn, QLocale::ShortFormat), c.code));
            else
                lines.append(tr("%1: valid (code %2)").arg(c.programmeName, c.code));
        }
        m_certificates->setText(lines.isEmpty() ? tr("No certificates yet.")
                                                //: Before the list of an educator's certificates
                                                : tr("Certificates: %1").arg(lines.join(QStringLiteral("; "))));
    } else {
        errors.append(certificates.error());
    }

    for (ProgrammeTab &tab : m_programmeTabs) {
        auto progress = m_context.training().progress(m_session, m_educator.id, tab.programme.id);
        if (progress) {
            tab.progress->setEligibility(progress.value());
            const Eligibility &e = progress.value();
            tab.prerequisite->setText(e.prerequisiteMet ? QString()
                                                        //: The educator cannot enter this programme yet
                                                        : tr("Needs first: %1").arg(e.prerequisiteMissing));
            tab.prerequisite->setVisible(!e.prerequisiteMet);
            m_tabs->setTabText(int(&tab - m_programmeTabs.data()),
                               e.eligible() ?
                                            //: Programme tab of an educator who may be certified now
                                   tr("%1 ✓").arg(tab.programme.name)
                                            : tab.programme.name);
        } else {
            errors.append(progress.error());
        }
        auto evidence = m_context.training().evidence(m_session, m_educator.id, tab.programme.id);
        if (evidence)
            tab.evidence->setEvidence(evidence.value());
        else
            errors.append(evidence.error());
    }
    errors.removeDuplicates();
    trainerui::showMessage(m_message, errors.join(QLatin1Char('\n')));
    updateButtons();
}

void EducatorPage::updateRecordMenu()
{
    m_recordMenu->clear();
    const ProgrammeTab *tab = currentTab();
    if (!tab)
        return;
    for (const Requirement &r : tab->programme.requirements) {
        QAction *action = m_recordMenu->addAction(r.title + QStringLiteral("…"));
        action->setData(int(r.kind));
        action->setObjectName(QStringLiteral("record-") + requirementKindKey(r.kind));
        const RequirementKind kind = r.kind;
        connect(action, &QAction::triggered, this, [this, kind] { recordEvidence(kind); });
    }
}

QAction *EducatorPage::recordAction(RequirementKind kind) const
{
    for (QAction *action : m_recordMenu->actions()) {
        if (action->data().toInt() == int(kind))
            return action;
    }
    return nullptr;
}

void EducatorPage::updateButtons()
{
    const QTableView *table = evidenceTable();
    const bool loaded = !m_educator.id.isEmpty();
    m_record->setEnabled(loaded && currentTab());
    m_issue->setEnabled(loaded && currentTab());
    m_correct->setEnabled(table && table->selectionModel()->hasSelection());
}

void EducatorPage::recordEvidence(RequirementKind kind)
{
    const ProgrammeTab *tab = currentTab();
    if (!tab || m_educator.id.isEmpty())
        return;
    EvidenceDialog dialog(m_context.training(), m_session, m_educator, tab->programme, kind,
                          m_context.classes().classes().value_or({}), m_context.clock().now().toLocalTime().date(),
                          std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_done->hide();
    reload();
    emit changed();
}

void EducatorPage::correctSelected()
{
    const ProgrammeTab *tab = currentTab();
    if (!tab)
        return;
    const QModelIndexList rows = tab->evidenceTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const EvidenceRecord *record = tab->evidence->find(rows.first().data(Qt::UserRole).toString());
    if (!record)
        return;
    EvidenceDialog dialog(m_context.training(), m_session, m_educator, tab->programme, record->evidence.kind,
                          m_context.classes().classes().value_or({}), m_context.clock().now().toLocalTime().date(),
                          *record, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void EducatorPage::issueCertificate()
{
    const ProgrammeTab *tab = currentTab();
    if (!tab || m_educator.id.isEmpty())
        return;
    const Programme programme = tab->programme;
    auto progress = m_context.training().progress(m_session, m_educator.id, programme.id);
    if (!progress) {
        trainerui::showMessage(m_message, progress.error());
        return;
    }
    if (!progress->eligible()) {
        QMessageBox box(QMessageBox::Information, tr("Not ready yet"),
                        //: Before the list of what an educator still needs for a certificate
                        tr("%1 cannot get the %2 certificate yet. Still missing:")
                            .arg(m_educator.displayName, programme.name),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("notEligibleBox"));
        box.setInformativeText(QStringLiteral("• ") + progress->missing().join(QStringLiteral("\n• ")));
        box.exec();
        return;
    }
    CertificateRecord issued;
    SigningPasswordDialog dialog(
        tr("Issue certificate"),
        //: Explanation in the password dialog before a certificate is signed
        tr("%1 will get the %2 certificate, signed with the organisation's key. Your password unlocks the key "
           "for this one signature.")
            .arg(m_educator.displayName, programme.name),
        tr("Sign and issue"),
        [&](const QString &password) -> Status {
            auto done = m_context.training().issueCertificate(m_session, m_educator.id, programme.id, password);
            if (!done)
                return Status::failure(done.error());
            issued = done.value();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    //: After issuing: the verification code printed on the certificate
    m_done->setText(tr("Certificate issued. Its verification code is %1; export it on the Certificates page.")
                        .arg(issued.code));
    m_done->show();
    emit changed();
}

} // namespace stages
