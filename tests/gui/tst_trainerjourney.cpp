// Issue 11's trainer journey end to end on a real SQLite file, through the real window: the demo
// school's founding trainer signs in with her password and lands on the overview; she adds an
// educator, sees the certificate refused with the missing list, records every piece of evidence
// through the dialogs (the rubric form for the observed lessons), corrects a record, issues the
// certificate with her password (a wrong one first), finds it on the Certificates page, exports
// it (PDF through the file dialog, JSON) and verifies both with the public key, sees the new
// holder under herself in the lineage tree, and revokes the certificate with a reason. The
// database is checked after every step that writes. A second test changes the password in
// the settings and signs with the new one.

#include "guifixture.h"

#include "core/school/demoseeder.h"
#include "core/storage/sqlquery.h"
#include "core/training/certificateverifier.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingspanel.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/trainer/certificates/certificatespage.h"
#include "ui/trainer/certificates/certificatetablemodel.h"
#include "ui/trainer/certificates/revokecertificatedialog.h"
#include "ui/trainer/educator/educatorpage.h"
#include "ui/trainer/educator/evidencedialog.h"
#include "ui/trainer/educator/evidencetablemodel.h"
#include "ui/trainer/educator/requirementprogressmodel.h"
#include "ui/trainer/educator/rubricform.h"
#include "ui/trainer/educators/addeducatordialog.h"
#include "ui/trainer/educators/educatorspage.h"
#include "ui/trainer/educators/educatortablemodel.h"
#include "ui/trainer/lineage/lineagepage.h"
#include "ui/trainer/lineage/lineagetreemodel.h"
#include "ui/trainer/overview/trainerhomepage.h"
#include "ui/trainer/signingpassworddialog.h"
#include "ui/trainer/trainerarea.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace stages;
using namespace stages::test;

namespace {

const QString kPassword = QString::fromLatin1(DemoSeeder::kDemoPassword);

int scalar(GuiSchool &school, const QString &sql, const QString &bound = {})
{
    SqlQuery q(school.context->database().sql(), sql);
    if (!bound.isEmpty())
        q.bind(QStringLiteral(":v"), bound);
    return q.scalar().value().toInt();
}

/// The demo school with its trainer's login. When the seeder did not make the trainer a founding
/// trainer who may sign, the admin does it through the services, as an admin would.
QString seedDemoSchool(GuiSchool &school)
{
    AppContext &ctx = *school.context;
    const auto seeded = DemoSeeder(ctx.accounts(), ctx.classes()).seed({ 24, 1, 1, false });
    if (!seeded)
        qFatal("demo seed: %s", qPrintable(seeded.error()));
    QString trainerLogin, adminLogin;
    for (const DemoSeeder::SeededAccount &a : seeded.value()) {
        if (a.role == QLatin1String("trainer") && trainerLogin.isEmpty())
            trainerLogin = a.login;
        if (a.role == QLatin1String("admin") && adminLogin.isEmpty())
            adminLogin = a.login;
    }
    const Session trainer = ctx.accounts().signInWithPassword(trainerLogin, kPassword).value();
    if (!ctx.signingKeys().canSign(trainer.personId).value_or(false)) {
        const Session admin = ctx.accounts().signInWithPassword(adminLogin, kPassword).value();
        if (!ctx.signingKeys().exists().value_or(false))
            ctx.signingKeys().create(admin, kPassword).ok();
        auto educator = ctx.training().educatorForPerson(admin, trainer.personId);
        if (!educator)
            educator = ctx.training().addEducator(admin, { trainer.displayName, trainer.personId, {}, {} });
        ctx.training().recordFoundingTrainer(admin, educator->id, kPassword).ok();
        ctx.signingKeys().grant(admin, kPassword, trainer.personId, kPassword).ok();
    }
    return trainerLogin;
}

/// Clicks a radio button on its round indicator (its hit area is the indicator and the text).
void tick(QRadioButton *button)
{
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

TrainerArea *signIn(MainWindow &window, const QString &login, const QString &password)
{
    SignInFlow *flow = window.signInFlow();
    click(flow->startPage()->staffButton());
    if (flow->currentWidget() != flow->staffPage())
        QTest::qWait(50);
    flow->staffPage()->selectLogin(login);
    QTest::keyClicks(flow->staffPage()->passwordField(), password);
    QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
    for (int i = 0; i < 100 && !window.trainerArea(); ++i)
        QTest::qWait(20);
    return window.trainerArea();
}

} // namespace

class TestTrainerJourney : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    /// Records one piece of evidence of @p kind through its dialog, as a trainer would.
    void record(EducatorPage *page, RequirementKind kind, const Requirement &requirement, int lesson = 0)
    {
        bool filled = false;
        whenDialogOpens<EvidenceDialog>([&](EvidenceDialog *dialog) {
            fillEvidence(dialog, kind, requirement, lesson);
            filled = !dialog->isVisible();
            if (!filled) {
                qWarning("evidence dialog still open: %s", qPrintable(dialog->message()->text()));
                dialog->reject();
            }
        });
        QAction *action = page->recordAction(kind);
        QVERIFY(action);
        action->trigger();
        QVERIFY(filled);
    }

    void fillEvidence(EvidenceDialog *dialog, RequirementKind kind, const Requirement &requirement, int lesson)
    {
            QCOMPARE(dialog->kind(), kind);
            switch (kind) {
            case RequirementKind::WorkshopHours:
                dialog->hoursField()->setValue(requirement.minimum);
                break;
            case RequirementKind::PracticumWeeks:
                dialog->weeksField()->setValue(int(requirement.minimum));
                break;
            case RequirementKind::PortfolioItems:
                dialog->itemsField()->setValue(int(requirement.minimum));
                break;
            case RequirementKind::ObservedLessons: {
                RubricForm *rubric = dialog->rubric();
                QCOMPARE(rubric->criterionCount(), int(requirement.rubricCriteria.size()));
                // Saving with a criterion unscored is refused in the dialog.
                tick(rubric->choice(0, 4));
                click(dialog->saveButton());
                QVERIFY(dialog->isVisible());
                QVERIFY(!dialog->message()->text().isEmpty());
                for (int c = 0; c < rubric->criterionCount(); ++c)
                    tick(rubric->choice(c, (c + lesson) % 2 ? 3 : 4));
                break;
            }
            }
            typeText(dialog->noteField(), QStringLiteral("Observed by the test"));
            click(dialog->saveButton());
    }

private slots:
    void initTestCase() { isolateUserFiles(m_settings); }

    void trainerTakesAnEducatorToASignedCertificate()
    {
        GuiSchool school(false);
        const QString login = seedDemoSchool(school);
        AppContext &ctx = *school.context;
        MainWindow window(ctx);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrainerArea *area = signIn(window, login, kPassword);
        QVERIFY(area);
        const Session trainer = area->session();
        const QString trainerEducator = ctx.training().educatorForPerson(trainer, trainer.personId).value().id;
        QTRY_VERIFY(area->homePage()->isVisible()); // the overview is the home

        // Add an educator from another school.
        area->showSection(QStringLiteral("educators"));
        EducatorsPage *educators = area->educatorsPage();
        const int before = educators->model()->rowCount();
        whenDialogOpens<AddEducatorDialog>([](AddEducatorDialog *dialog) {
            typeText(dialog->nameField(), QStringLiteral("Nina Nováková"));
            typeText(dialog->organisationField(), QStringLiteral("ZŠ Lipová"));
            QTest::keyClick(dialog->organisationField(), Qt::Key_Return);
        });
        click(educators->addButton());
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM educator WHERE display_name = :v"),
                        QStringLiteral("Nina Nováková")),
                 1);
        QCOMPARE(educators->model()->rowCount(), before + 1);
        // The status filter and the search find her.
        educators->statusFilter()->setCurrentIndex(educators->statusFilter()->findData(int(EducatorStatus::InTraining)));
        typeText(educators->searchField(), QStringLiteral("lipov"));
        QTableView *table = educators->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EducatorTableModel::NameColumn).data().toString(), QStringLiteral("Nina Nováková"));
        const QString ninaId = table->model()->index(0, 0).data(Qt::UserRole).toString();

        // Enter opens her page.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        EducatorPage *page = area->educatorPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->educator().id, ninaId);
        page->showProgramme(QStringLiteral("stages-teacher"));
        const Programme programme
            = findProgramme(ctx.training().programmes().value(), QStringLiteral("stages-teacher"));
        QVERIFY(!programme.requirements.isEmpty());
        QCOMPARE(page->progressModel()->rowCount(), programme.requirements.size());

        // Not eligible: the missing list instead of a password.
        const QStringList missing = ctx.training().progress(trainer, ninaId, programme.id).value().missing();
        QVERIFY(!missing.isEmpty());
        QString shown;
        whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
            shown = box->informativeText();
            box->accept();
        });
        click(page->issueButton());
        for (const QString &line : missing)
            QVERIFY2(shown.contains(line), qPrintable(shown));
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM certificate WHERE educator_id = :v"), ninaId), 0);

        // Every requirement through its dialog; observed lessons through the rubric form.
        for (const Requirement &r : programme.requirements) {
            const int times = r.kind == RequirementKind::ObservedLessons ? r.minimumCount : 1;
            for (int i = 0; i < times; ++i) {
                record(page, r.kind, r, i);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        const int records = scalar(school, QStringLiteral("SELECT COUNT(*) FROM evidence WHERE educator_id = :v"), ninaId);
        QCOMPARE(page->evidenceModel()->rowCount(), records);
        const int lessons = scalar(school,
                                   QStringLiteral("SELECT COUNT(*) FROM evidence WHERE educator_id = :v AND kind = 'observation'"),
                                   ninaId);
        for (const Requirement &r : programme.requirements) {
            if (r.kind == RequirementKind::ObservedLessons)
                QCOMPARE(lessons, r.minimumCount);
        }
        for (int row = 0; row < page->progressModel()->rowCount(); ++row)
            QVERIFY(page->progressModel()->index(row, 0).data(RequirementProgressModel::MetRole).toBool());
        SqlQuery scores(ctx.database().sql(),
                        QStringLiteral("SELECT rubric_scores, recorded_by FROM evidence WHERE kind = 'observation' AND educator_id = :e"));
        scores.bind(QStringLiteral(":e"), ninaId);
        QVERIFY(scores.exec());
        QVERIFY(scores.next());
        QVERIFY2(scores.value(0).toString().startsWith(QLatin1String("4,3")), qPrintable(scores.value(0).toString()));
        QCOMPARE(scores.value(1).toString(), trainer.personId);

        // Correct the workshop record (Enter on its row); the old value goes to the audit log.
        QTableView *evidence = page->evidenceTable();
        int workshopRow = -1;
        for (int row = 0; row < evidence->model()->rowCount(); ++row) {
            if (evidence->model()->index(row, EvidenceTableModel::KindColumn).data().toString()
                == EvidenceTableModel::kindName(RequirementKind::WorkshopHours))
                workshopRow = row;
        }
        QVERIFY(workshopRow >= 0);
        const QString workshopId = evidence->model()->index(workshopRow, 0).data(Qt::UserRole).toString();
        double hours = 0;
        whenDialogOpens<EvidenceDialog>([&](EvidenceDialog *dialog) {
            hours = dialog->hoursField()->value() + 2;
            dialog->hoursField()->setValue(hours);
            click(dialog->saveButton());
        });
        evidence->setFocus();
        evidence->setCurrentIndex(evidence->model()->index(workshopRow, 0));
        evidence->selectRow(workshopRow);
        QTest::keyClick(evidence, Qt::Key_Return);
        SqlQuery corrected(ctx.database().sql(), QStringLiteral("SELECT amount, corrected_at FROM evidence WHERE id = :i"));
        corrected.bind(QStringLiteral(":i"), workshopId);
        QVERIFY(corrected.exec() && corrected.next());
        QCOMPARE(corrected.value(0).toDouble(), hours);
        QVERIFY(!corrected.value(1).isNull());
        const auto audit = ctx.training().auditLog(trainer, workshopId).value();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
                            [](const TrainingAuditEntry &e) { return e.action == QLatin1String("evidence.correct"); }));

        // Issue: a wrong password is refused in the dialog, the right one signs.
        bool refused = false;
        whenDialogOpens<SigningPasswordDialog>([&](SigningPasswordDialog *dialog) {
            typeText(dialog->passwordField(), QStringLiteral("not-my-password"));
            click(dialog->actionButton());
            refused = dialog->isVisible() && !dialog->message()->text().isEmpty();
            typeText(dialog->passwordField(), kPassword);
            QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
        });
        click(page->issueButton());
        QVERIFY(refused);
        QCOMPARE(scalar(school, QStringLiteral("SELECT COUNT(*) FROM certificate WHERE educator_id = :v"), ninaId), 1);
        SqlQuery issued(ctx.database().sql(),
                        QStringLiteral("SELECT id, code, issuer_educator_id FROM certificate WHERE educator_id = :e"));
        issued.bind(QStringLiteral(":e"), ninaId);
        QVERIFY(issued.exec() && issued.next());
        const QString certificateId = issued.value(0).toString();
        const QString code = issued.value(1).toString();
        QCOMPARE(issued.value(2).toString(), trainerEducator);
        QVERIFY(page->doneLabel()->text().contains(code));
        QCOMPARE(page->educator().status, EducatorStatus::CertifiedTeacher);

        // Escape returns to the educators.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        page->progressTable()->setFocus();
        QTest::keyClick(page->progressTable(), Qt::Key_Escape);
        QTRY_VERIFY(educators->isVisible());

        // The Certificates page lists it as valid; exports verify with the public key alone.
        area->showSection(QStringLiteral("certificates"));
        CertificatesPage *certificates = area->certificatesPage();
        QVERIFY(certificates->isVisible());
        certificates->selectCertificate(certificateId);
        QCOMPARE(certificates->table()->selectionModel()->selectedRows().size(), 1);
        const QModelIndex row = certificates->table()->selectionModel()->selectedRows().first();
        QCOMPARE(row.siblingAtColumn(CertificateTableModel::HolderColumn).data().toString(), QStringLiteral("Nina Nováková"));
        QCOMPARE(row.siblingAtColumn(CertificateTableModel::CodeColumn).data().toString(), code);
        QCOMPARE(row.siblingAtColumn(CertificateTableModel::StatusColumn).data().toString(),
                 CertificateTableModel::stateName(CertificateTableModel::State::Valid));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("nina.pdf"));
        // The button asks where to save (a save dialog for a .pdf); cancelling writes nothing.
        bool asked = false;
        whenDialogOpens<QFileDialog>([&](QFileDialog *dialog) {
            asked = dialog->acceptMode() == QFileDialog::AcceptSave
                && dialog->selectedFiles().value(0).endsWith(QLatin1String(".pdf"));
            dialog->reject();
        });
        click(certificates->pdfButton());
        QVERIFY(asked);
        QVERIFY(certificates->exportPdfTo(pdf).ok());
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(certificates->message()->text()));
        const QString json = out.filePath(QStringLiteral("nina.json"));
        QVERIFY(certificates->exportJsonTo(json));
        const QByteArray publicKey = ctx.signingKeys().publicKey().value();
        const QDate today = school.clock.now().toLocalTime().date();
        for (const QString &file : { pdf, json }) {
            auto signedCertificate = CertificateVerifier::readFile(file);
            QVERIFY2(signedCertificate, qPrintable(signedCertificate.error()));
            const Verification v = CertificateVerifier::verify(signedCertificate.value(), publicKey, today);
            QCOMPARE(v.outcome, VerificationOutcome::Valid);
            QCOMPARE(v.payload->code, code);
        }

        // The lineage tree shows Nina under the trainer who certified her.
        area->showSection(QStringLiteral("lineage"));
        LineageTreeModel *lineage = area->lineagePage()->model();
        QStandardItem *nina = lineage->itemFor(ninaId);
        QVERIFY(nina);
        QVERIFY(nina->parent());
        QCOMPARE(nina->parent()->data(Qt::UserRole).toString(), trainerEducator);
        QVERIFY(lineage->itemFor(trainerEducator));
        QVERIFY(!lineage->itemFor(trainerEducator)->parent()); // the founding trainer is a root

        // Revoke it: a reason, a confirmation.
        area->showSection(QStringLiteral("certificates"));
        certificates->selectCertificate(certificateId);
        bool confirmed = false;
        whenDialogOpens<RevokeCertificateDialog>([&](RevokeCertificateDialog *dialog) {
            // An empty reason is refused.
            click(dialog->revokeButton());
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->message()->text().isEmpty());
            typeText(dialog->reasonField(), QStringLiteral("Issued by mistake"));
            auto *poll = new QTimer(dialog);
            poll->setInterval(20);
            connect(poll, &QTimer::timeout, dialog, [&confirmed, poll] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    poll->stop();
                    confirmed = true;
                    box->button(QMessageBox::Yes)->click();
                }
            });
            poll->start();
            click(dialog->revokeButton());
        });
        click(certificates->revokeButton());
        QVERIFY(confirmed);
        SqlQuery revoked(ctx.database().sql(),
                         QStringLiteral("SELECT revoked_at, revoke_reason FROM certificate WHERE id = :i"));
        revoked.bind(QStringLiteral(":i"), certificateId);
        QVERIFY(revoked.exec() && revoked.next());
        QVERIFY(!revoked.value(0).isNull());
        QCOMPARE(revoked.value(1).toString(), QStringLiteral("Issued by mistake"));
        certificates->selectCertificate(certificateId);
        QCOMPARE(certificates->table()->selectionModel()->selectedRows().first()
                     .siblingAtColumn(CertificateTableModel::StatusColumn).data().toString(),
                 CertificateTableModel::stateName(CertificateTableModel::State::Revoked));
        QVERIFY(!certificates->revokeButton()->isEnabled());
    }

    void changedPasswordStillSigns()
    {
        GuiSchool school(false);
        const QString login = seedDemoSchool(school);
        AppContext &ctx = *school.context;
        MainWindow window(ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrainerArea *area = signIn(window, login, kPassword);
        QVERIFY(area);
        area->showSection(QStringLiteral("settings"));
        QPushButton *change = area->settingsPanel()->changePasswordButton();
        QVERIFY(change);
        const QString fresh = QStringLiteral("a-new-password-42");
        bool mismatchShown = false;
        whenDialogOpens<ChangePasswordDialog>([&](ChangePasswordDialog *dialog) {
            typeText(dialog->oldField(), kPassword);
            typeText(dialog->newField(), fresh);
            typeText(dialog->repeatField(), QStringLiteral("something-else"));
            click(dialog->changeButton());
            mismatchShown = dialog->isVisible() && !dialog->message()->text().isEmpty();
            typeText(dialog->newField(), fresh);
            typeText(dialog->repeatField(), fresh);
            click(dialog->changeButton());
        });
        click(change);
        QVERIFY(mismatchShown);
        QVERIFY(!ctx.signingKeys().unlock(area->session(), kPassword));
        QVERIFY(ctx.signingKeys().unlock(area->session(), fresh));
        QVERIFY(ctx.accounts().signInWithPassword(login, fresh));
    }
};

QTEST_MAIN(TestTrainerJourney)
#include "tst_trainerjourney.moc"
