// trainer-demo: the trainer's screens on a demo database, for trying them out and for the
// screenshots in docs/screenshots (not installed).
//
//   trainer-demo --db PATH --show overview|educators|educator|educator-trainer|certificates|expiring|lineage|
//                settings|add-educator|rubric|hours|issue|not-eligible|revoke|change-password
//   trainer-demo --db PATH --export-pdf FILE      (the newest valid certificate's PDF, then exits)
//
// An empty database is filled with the same DemoSeeder as `stagesctl demo seed` (its founding
// trainer may sign). Then, through TrainingService with a clock moved back in time, the trainer
// takes a dozen educators from their first workshop to a certificate over the past months (two
// also through the trainer programme, one revoked, one about to expire), and leaves three in
// training with part of their evidence.

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/demoseeder.h"
#include "core/storage/database.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "i18n/translations.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/theme.h"
#include "ui/trainer/certificates/certificateexport.h"
#include "ui/trainer/certificates/certificatespage.h"
#include "ui/trainer/certificates/revokecertificatedialog.h"
#include "ui/trainer/educator/educatorpage.h"
#include "ui/trainer/educator/evidencedialog.h"
#include "ui/trainer/educator/rubricform.h"
#include "ui/trainer/educators/addeducatordialog.h"
#include "ui/trainer/trainerarea.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

using namespace stages;

namespace {

const QString kPassword = QString::fromLatin1(DemoSeeder::kDemoPassword);

Session signIn(AccountService &accounts, Role role)
{
    for (const Person &p : accounts.staffForSignIn().value_or({})) {
        if (p.role == role) {
            if (auto s = accounts.signInWithPassword(p.login, kPassword))
                return s.value();
        }
    }
    return {};
}

/// Evidence meeting every requirement of @p programme, recorded by @p trainer; with @p partly
/// only some of it (the workshops, one lesson).
void recordEvidence(TrainingService &training, const Session &trainer, const QString &educatorId,
                    const Programme &programme, bool partly, int seed)
{
    for (const Requirement &r : programme.requirements) {
        NewEvidence e;
        e.educatorId = educatorId;
        e.programmeId = programme.id;
        e.kind = r.kind;
        switch (r.kind) {
        case RequirementKind::WorkshopHours:
            e.amount = partly ? r.minimum / 2 : r.minimum;
            e.note = QStringLiteral("Stages workshop");
            (void)training.addEvidence(trainer, e);
            break;
        case RequirementKind::PracticumWeeks:
            if (partly)
                break;
            e.amount = r.minimum;
            e.note = QStringLiteral("Warm-ups with class 3.B");
            (void)training.addEvidence(trainer, e);
            break;
        case RequirementKind::ObservedLessons:
            for (int lesson = 0; lesson < (partly ? 1 : r.minimumCount); ++lesson) {
                e.rubricScores.clear();
                for (int c = 0; c < r.rubricCriteria.size(); ++c)
                    e.rubricScores.append(3 + (seed + lesson + c) % 2);
                e.amount = 1;
                e.note = QStringLiteral("Colours and rhythms, 7 minutes");
                (void)training.addEvidence(trainer, e);
            }
            break;
        case RequirementKind::PortfolioItems:
            if (partly)
                break;
            e.amount = r.minimum;
            (void)training.addEvidence(trainer, e);
            break;
        }
    }
}

/// When the seeder did not make the trainer a founding trainer who may sign (older databases),
/// the admin does it here through the same services.
void ensureFoundingTrainer(AppContext &ctx, const Session &admin, const Session &trainer)
{
    if (ctx.signingKeys().canSign(trainer.personId).value_or(false))
        return;
    if (!ctx.signingKeys().exists().value_or(false))
        (void)ctx.signingKeys().create(admin, kPassword);
    auto educator = ctx.training().educatorForPerson(admin, trainer.personId);
    if (!educator)
        educator = ctx.training().addEducator(admin, { trainer.displayName, trainer.personId, {}, {} });
    if (educator && educator->status != EducatorStatus::Trainer)
        (void)ctx.training().recordFoundingTrainer(admin, educator->id, kPassword);
    (void)ctx.signingKeys().grant(admin, kPassword, trainer.personId, kPassword);
}

void makeHistory(AppContext &ctx, ManualClock &clock)
{
    const Session admin = signIn(ctx.accounts(), Role::Admin);
    const Session trainer = signIn(ctx.accounts(), Role::Trainer);
    ensureFoundingTrainer(ctx, admin, trainer);
    TrainingService &training = ctx.training();
    const QList<Programme> programmes = training.programmes().value_or({});
    const Programme teacher = findProgramme(programmes, QStringLiteral("stages-teacher"));
    const Programme trainerProgramme = findProgramme(programmes, QStringLiteral("stages-trainer"));
    const QStringList names { QStringLiteral("Jana Nováková"), QStringLiteral("Petr Svoboda"),
                              QStringLiteral("Eva Dvořáková"), QStringLiteral("Tomáš Černý"),
                              QStringLiteral("Lucie Procházková"), QStringLiteral("Martin Kučera"),
                              QStringLiteral("Alena Veselá"), QStringLiteral("Jakub Horák"),
                              QStringLiteral("Hana Němcová"), QStringLiteral("Ondřej Marek"),
                              QStringLiteral("Klára Pokorná"), QStringLiteral("David Pospíšil") };
    const QStringList schools { QStringLiteral("ZŠ Lipová"), QString(), QStringLiteral("ZŠ Na Výsluní"), QString() };
    QList<QString> certified;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The first certificate three years ago less a month: it expires soon (a renewal reminder).
    clock.set(now.addMonths(-35));
    for (int i = 0; i < names.size(); ++i) {
        if (i == 1)
            clock.set(now.addMonths(-14));
        auto educator = training.addEducator(trainer, { names.at(i), {}, schools.at(i % schools.size()), {} });
        if (!educator)
            continue;
        recordEvidence(training, trainer, educator->id, teacher, false, i);
        clock.advance(qint64(20 + 9 * (i % 3)) * 24 * 3600 * 1000);
        if (training.issueCertificate(trainer, educator->id, teacher.id, kPassword))
            certified.append(educator->id);
    }
    // Two certified teachers go on to the trainer programme; the first one certifies another.
    for (int i = 0; i < 2 && i + 1 < certified.size(); ++i) {
        recordEvidence(training, trainer, certified.at(i + 1), trainerProgramme, false, i);
        clock.advance(qint64(12) * 24 * 3600 * 1000);
        (void)training.issueCertificate(trainer, certified.at(i + 1), trainerProgramme.id, kPassword);
    }
    // One certificate revoked.
    if (certified.size() > 4) {
        for (const CertificateRecord &c : training.certificates(trainer).value_or({})) {
            if (c.educatorId == certified.at(4)) {
                (void)training.revokeCertificate(trainer, c.id, QStringLiteral("Left the Stages programme"));
                break;
            }
        }
    }
    clock.set(now.addDays(-20));
    // Three in training: two with part of their evidence, the last one ready for a certificate.
    const QStringList learners { QStringLiteral("Marie Benešová"), QStringLiteral("Filip Urban"),
                                 QStringLiteral("Zuzana Kolářová") };
    for (const QString &name : learners) {
        auto educator = training.addEducator(trainer, { name, {}, QStringLiteral("ZŠ Komenského"), {} });
        if (educator)
            recordEvidence(training, trainer, educator->id, teacher, name != learners.last(), int(name.size()));
        clock.advance(qint64(3) * 24 * 3600 * 1000);
    }
    clock.set(now);
}

/// An educator in training with evidence, @p eligible or not yet, for the teacher programme.
QString inTraining(AppContext &ctx, const Session &trainer, bool eligible)
{
    for (const Educator &e : ctx.training().educators(trainer).value_or({})) {
        if (e.status != EducatorStatus::InTraining || ctx.training().evidence(trainer, e.id).value_or({}).isEmpty())
            continue;
        const auto progress = ctx.training().progress(trainer, e.id, QStringLiteral("stages-teacher"));
        if (progress && progress->eligible() == eligible)
            return e.id;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QStringLiteral("overview, educators, educator, educator-trainer, certificates, expiring, lineage, settings, "
                       "add-educator, rubric, hours, issue, not-eligible, revoke or change-password."),
        QStringLiteral("WHAT"), QStringLiteral("overview"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language (en, cs)."),
                                        QStringLiteral("L"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption pdfOption(QStringLiteral("export-pdf"),
                                       QStringLiteral("Write the newest valid certificate as PDF and exit."),
                                       QStringLiteral("FILE"));
    parser.addOptions({ dbOption, showOption, langOption, sizeOption, pdfOption });
    parser.process(app);
    i18n::installTranslators(app, parser.value(langOption));
    Theme::apply(app);

    auto opened = Database::open(parser.value(dbOption));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return 1;
    }
    static ManualClock clock(QDateTime::currentDateTimeUtc());
    AppContext ctx(std::move(opened.value()), clock);
    if (!ctx.accounts().isSetUp().value_or(true)) {
        // The school (and its founding trainer) from 35 months ago: that first certificate expires soon.
        clock.set(QDateTime::currentDateTimeUtc().addMonths(-35));
        if (auto seeded = DemoSeeder(ctx.accounts(), ctx.classes()).seed({ 24, 2, 1, false }); !seeded) {
            qWarning("%s", qPrintable(seeded.error()));
            return 1;
        }
        makeHistory(ctx, clock);
    }
    const Session trainer = signIn(ctx.accounts(), Role::Trainer);
    if (trainer.personId.isEmpty()) {
        qWarning("The demo school has no trainer who can sign in.");
        return 1;
    }
    TrainingService &training = ctx.training();

    if (parser.isSet(pdfOption)) {
        const QDate today = clock.now().toLocalTime().date();
        QList<CertificateRecord> all = training.certificates(trainer).value_or({});
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->isValidOn(today) && !it->founding) {
                const Status written = CertificateExport::writePdf(*it, parser.value(pdfOption));
                if (!written)
                    qWarning("%s", qPrintable(written.error()));
                return written ? 0 : 1;
            }
        }
        qWarning("No valid certificate to export.");
        return 1;
    }

    const QString show = parser.value(showOption);
    const QList<Programme> programmes = training.programmes().value_or({});
    const QString learner = inTraining(ctx, trainer, false);
    auto educator = training.educator(trainer, learner);
    QWidget *window = nullptr;
    QSize size(1366, 768);
    if (show == QLatin1String("add-educator")) {
        auto *dialog = new AddEducatorDialog(training, trainer, ctx.accounts().people(trainer).value_or({}));
        dialog->nameField()->setText(QStringLiteral("Barbora Šimková"));
        dialog->organisationField()->setText(QStringLiteral("ZŠ Lipová"));
        window = dialog;
        size = QSize(480, 230);
    } else if ((show == QLatin1String("rubric") || show == QLatin1String("hours")) && educator) {
        const bool rubric = show == QLatin1String("rubric");
        auto *dialog = new EvidenceDialog(training, trainer, educator.value(), programmes.value(0),
                                          rubric ? RequirementKind::ObservedLessons : RequirementKind::WorkshopHours,
                                          ctx.classes().classes().value_or({}), clock.now().toLocalTime().date());
        if (rubric) {
            QList<int> scores;
            for (int c = 0; c < dialog->rubric()->criterionCount(); ++c)
                scores.append(c == 1 ? 2 : 3 + c % 2);
            dialog->rubric()->setScores(scores);
        }
        dialog->noteField()->setPlainText(rubric ? QStringLiteral("Warm-up with three colours; pupils found all six rows.")
                                                 : QStringLiteral("Spring workshop, Brno"));
        window = dialog;
        size = rubric ? QSize(660, 470) : QSize(460, 300);
    } else if (show == QLatin1String("revoke")) {
        const QList<CertificateRecord> all = training.certificates(trainer).value_or({});
        for (const CertificateRecord &c : all) {
            if (!c.isRevoked() && !c.founding) {
                auto *dialog = new RevokeCertificateDialog(training, trainer, c);
                dialog->reasonField()->setText(QStringLiteral("Issued to the wrong person"));
                window = dialog;
                break;
            }
        }
        size = QSize(500, 230);
    } else if (show == QLatin1String("change-password")) {
        window = new ChangePasswordDialog(ctx.accounts(), trainer);
        size = QSize(460, 220);
    } else {
        auto *area = new TrainerArea(ctx, trainer);
        if (show == QLatin1String("issue") || show == QLatin1String("not-eligible")) {
            // The real flow over the educator page: the password, or the missing list.
            area->showSection(QStringLiteral("educators"));
            area->showEducator(show == QLatin1String("issue") ? inTraining(ctx, trainer, true) : learner);
            EducatorPage *page = area->educatorPage();
            QTimer::singleShot(300, page, [page] { page->issueCertificate(); });
        } else if (show == QLatin1String("educator") || show == QLatin1String("educator-trainer")) {
            area->showSection(QStringLiteral("educators"));
            QString id = learner;
            if (show == QLatin1String("educator-trainer")) {
                for (const Educator &e : training.educators(trainer).value_or({})) {
                    if (e.status == EducatorStatus::Trainer && !e.founding)
                        id = e.id;
                }
            }
            area->showEducator(id);
            area->educatorPage()->tabs()->setCurrentIndex(show == QLatin1String("educator-trainer") ? 1 : 0);
        } else if (show == QLatin1String("expiring")) {
            area->showSection(QStringLiteral("certificates"));
            area->certificatesPage()->showExpiringSoon();
        } else {
            area->showSection(show);
            if (show == QLatin1String("certificates"))
                area->certificatesPage()->table()->selectRow(0);
        }
        window = area;
    }
    if (!window) {
        qWarning("Nothing to show for %s.", qPrintable(show));
        return 1;
    }
    const QStringList wanted = parser.value(sizeOption).split(QLatin1Char('x'));
    window->resize(wanted.size() == 2 ? QSize(wanted.at(0).toInt(), wanted.at(1).toInt()) : size);
    window->show();
    return app.exec();
}
