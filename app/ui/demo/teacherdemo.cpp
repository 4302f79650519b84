// teacher-demo: the teacher's warm-up, pupils' work and assignments screens on a demo database, for trying
// them out and for the screenshots in docs/screenshots (not installed).
//
//   teacher-demo --db PATH --show dashboard|warmup|work|assignments|assign|artifact|melody|pupil-warmup|pupil-home|pupil-feedback|pupil [--tab N]
//
// An empty database is filled with the same DemoSeeder as `stagesctl demo seed` (2 classes);
// then a few pupils save creative work through AttemptService, a teacher comments on one, and a
// warm-up is started for the first class through WarmUpService. The pupil who made the melody
// gets ten weeks of attempts (--show pupil opens their drill-down).

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/progress/artifactservice.h"
#include "core/progress/assignmentservice.h"
#include "core/progress/attemptservice.h"
#include "core/progress/warmupservice.h"
#include "core/school/demoseeder.h"
#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/music/melody.h"
#include "exercises/music/musicprovider.h"
#include "i18n/translations.h"
#include "ui/pupil/pupilhome.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/pupil/pupilfeedbackdialog.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/assignments/assigndialog.h"
#include "ui/teacher/dashboard/dashboardpanel.h"
#include "ui/teacher/pupil/pupildetailpage.h"
#include "ui/teacher/teacherarea.h"
#include "ui/warmup/pupilwarmuppage.h"

#include <QApplication>
#include <QTabWidget>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace stages;

namespace {

Session pupilSession(AccountService &accounts, const DemoSeeder::SeededAccount &a, const QString &classId)
{
    for (const Person &p : accounts.pupilsForSignIn(classId).value_or({})) {
        if (p.displayName == a.name) {
            QList<int> pictures;
            for (const QString &n : a.secret.split(QLatin1Char(',')))
                pictures.append(n.toInt());
            if (auto s = accounts.signInWithPictures(p.id, pictures))
                return s.value();
        }
    }
    return {};
}

/// Ten weeks of practice, oldest first, through AttemptService with past finishing times: in
/// each domain the pupil tries the next stage, misses once with a hint, then succeeds three times.
void makeHistory(AppContext &ctx, const Session &pupil)
{
    const auto content = makeExerciseContent();
    AttemptService attempts(ctx.database(), ctx.clock());
    const QDateTime start = ctx.clock().now().addDays(-70);
    // The first domain of the home furthest, the next ones less far.
    QList<std::pair<QString, int>> reach;
    const QList<int> stagesReached { 6, 3, 2 };
    for (const QString &domain : availableDomainIds()) {
        if (reach.size() < stagesReached.size())
            reach.append({ domain, stagesReached.at(reach.size()) });
    }
    int step = 0;
    for (int stage = 1; stage <= 6; ++stage) {
        for (const auto &[domain, stages] : reach) {
            if (stage > stages + 1)
                continue;
            const Exercise *e = nullptr;
            for (const Exercise &candidate : content->catalogue().exercises()) {
                if (candidate.domain == domain && candidate.stage == stage && candidate.task != QLatin1String("create")) {
                    e = &candidate;
                    break;
                }
            }
            if (!e)
                continue;
            // The stage after the last one reached is only begun (two misses).
            const QList<double> scores = stage > stages ? QList<double> { 0.4, 0.6 } : QList<double> { 0.6, 1, 1, 1 };
            for (const double score : scores) {
                AttemptRecord r { {}, e->id, e->domain, e->stage, score, score >= 1.0, 30000 + 7000 * (step % 9),
                                  score < 1.0 ? 1 : 0, QJsonArray(), false, {}, {}, {} };
                r.finishedAt = start.addSecs(qint64(step) * 30 * 3600);
                (void)attempts.record(pupil, r);
                ++step;
            }
        }
    }
}

/// Pupils of the first class save rows and move sequences, one of the second class a melody.
void makeWork(AppContext &ctx, const QList<DemoSeeder::SeededAccount> &accounts, const Session &teacher)
{
    const auto content = makeExerciseContent();
    const QList<SchoolClass> classes = ctx.classes().classes().value_or({});
    AttemptService attempts(ctx.database(), ctx.clock());
    QList<const Exercise *> creates;
    for (const Exercise &e : content->catalogue().exercises()) {
        if (e.task == QLatin1String("create")
            && (creates.size() < 2 ? e.skin == QLatin1String("colors") : e.skin == QLatin1String("moves")))
            creates.append(&e);
        if (creates.size() == 3)
            break;
    }
    int rows = 0;
    bool melody = false;
    for (const DemoSeeder::SeededAccount &a : accounts) {
        const auto cls = ctx.classes().classByName(a.className).value_or(std::nullopt);
        if (a.role != QLatin1String("pupil") || !cls)
            continue;
        const bool firstClass = cls->id == classes.first().id;
        if ((firstClass && rows >= 3) || (!firstClass && melody))
            continue;
        const Session pupil = pupilSession(ctx.accounts(), a, cls->id);
        if (pupil.personId.isEmpty())
            continue;
        if (firstClass) {
            const Exercise &e = *creates.at(rows % creates.size());
            QJsonArray answer = Evaluator(content->engine()).solve(e).answer.toArray();
            while (answer.size() > 4 + rows)
                answer.removeLast();
            AttemptRecord r { {}, e.id, e.domain, e.stage, 1.0, true, 95000, 0, answer, false, {}, {}, {} };
            r.artifact = AttemptRecord::Artifact { QStringLiteral("arrangements"), QStringLiteral("My rows"),
                                                   CreateTask::artifactContent(e, content->engine(), answer) };
            if (auto done = attempts.record(pupil, r); done && rows == 0)
                (void)ArtifactService(ctx.database(), ctx.clock())
                    .addFeedback(teacher, done->artifactId, QStringLiteral("Every row is different – well done!"), 3);
            ++rows;
        } else {
            music::Melody m
                = music::Melody::fromPitches(*music::Pitch::parseList(QStringLiteral("C4 E4 G4 E4 D4 F4 A4 C5")), 0.5);
            AttemptRecord r { {},
                              QStringLiteral("mus8/compose/s1"),
                              music::MusicProvider::domainKey(),
                              4,
                              1.0,
                              true,
                              60000,
                              0,
                              QJsonArray(),
                              false,
                              {},
                              {},
                              {} };
            r.artifact = AttemptRecord::Artifact { QStringLiteral("melody"), QStringLiteral("My melody"),
                                                   QJsonDocument::fromJson(m.toJson()).object() };
            makeHistory(ctx, pupil);
            (void)attempts.record(pupil, r);
            melody = true;
        }
    }
}

/// Two assignments for the first class (stages of colours and shapes due tomorrow, a music stage
/// for three pupils); the pupil with the commented work already did the first stage.
void makeAssignments(AppContext &ctx, const Session &teacher, const SchoolClass &cls)
{
    AssignmentService service(ctx.database(), ctx.clock());
    const QDate tomorrow = ctx.clock().now().toLocalTime().date().addDays(1);
    const QString domain = availableDomainIds().constFirst();
    (void)service.create(teacher, { cls.id, {}, { { domain, 1, {} }, { domain, 2, {} } }, tomorrow });
    QStringList some;
    for (const Person &p : ctx.accounts().pupilsForSignIn(cls.id).value_or({}).mid(0, 3))
        some.append(p.id);
    (void)service.create(teacher, { cls.id, some, { { music::MusicProvider::domainKey(), 2, {} } }, {} });
    const auto content = makeExerciseContent();
    const auto work = ArtifactService(ctx.database(), ctx.clock()).list(teacher, cls.id).value_or({});
    for (const ArtifactSummary &a : work) {
        if (a.feedbackCount == 0)
            continue;
        const Exercise *e = content->catalogue().select(domain, 1).value(0);
        AttemptRecord r { a.personId, e->id, domain, 1, 1.0, true, 40000, 0, QJsonArray(), false, {}, {}, {} };
        // Recorded as the pupil (only a pupil writes their own attempts).
        const Session pupil { a.personId, teacher.schoolId, Role::Pupil, a.pupilName };
        (void)AttemptService(ctx.database(), ctx.clock()).record(pupil, r);
    }
}

/// The pupil whose work has a comment (the pupil-home screenshot shows their badges), or the
/// fourth pupil of @p cls.
Person homePupil(AppContext &ctx, const Session &teacher, const SchoolClass &cls)
{
    const QList<Person> pupils = ctx.accounts().pupilsForSignIn(cls.id).value_or({});
    for (const ArtifactSummary &a : ArtifactService(ctx.database(), ctx.clock()).list(teacher, cls.id).value_or({})) {
        for (const Person &p : pupils) {
            if (a.feedbackCount > 0 && p.id == a.personId)
                return p;
        }
    }
    return pupils.value(3);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        QStringLiteral("warmup, work, assignments, assign, artifact, melody, pupil-warmup, pupil-home, pupil-feedback or pupil."),
                                        QStringLiteral("WHAT"), QStringLiteral("warmup"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language (en, cs)."),
                                        QStringLiteral("L"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("With dashboard or pupil: the tab to show (0 first)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ dbOption, showOption, langOption, sizeOption, tabOption });
    parser.process(app);
    i18n::installTranslators(app, parser.value(langOption));
    Theme::apply(app);

    auto opened = Database::open(parser.value(dbOption));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return 1;
    }
    static SystemClock clock;
    AppContext ctx(std::move(opened.value()), clock);
    const bool fresh = !ctx.accounts().isSetUp().value_or(true);
    QList<DemoSeeder::SeededAccount> accounts;
    if (fresh) {
        auto seeded = DemoSeeder(ctx.accounts(), ctx.classes(), ctx.training(), ctx.signingKeys()).seed({ 24, 2, 1, false });
        if (!seeded) {
            qWarning("%s", qPrintable(seeded.error()));
            return 1;
        }
        accounts = seeded.value();
    }
    QString teacherLogin;
    for (const Person &p : ctx.accounts().staffForSignIn().value_or({})) {
        if (p.role == Role::Teacher && teacherLogin.isEmpty())
            teacherLogin = p.login;
    }
    const Session teacher
        = ctx.accounts().signInWithPassword(teacherLogin, QString::fromLatin1(DemoSeeder::kDemoPassword)).value();
    const SchoolClass first = ctx.classes().classes().value_or({}).first();
    WarmUpService warmUps(ctx.database(), clock);
    if (fresh) {
        makeWork(ctx, accounts, teacher);
        makeAssignments(ctx, teacher, first);
        (void)warmUps.start(teacher, first.id);
    }

    const QString show = parser.value(showOption);
    QWidget *window = nullptr;
    if (show == QLatin1String("pupil-warmup")) {
        Person pupil = ctx.accounts().pupilsForSignIn(first.id).value_or({}).value(3);
        Session session { pupil.id, ctx.accounts().schoolId(), Role::Pupil, pupil.displayName };
        auto *home = new PupilHome(session, pupil.avatar);
        PupilWarmUpPage::openIfRunning(*home, { ctx.database(), clock, session, makeExerciseContent(), &ctx });
        window = home;
    } else if (show == QLatin1String("pupil-home")) {
        // The real main window, as after a pupil's sign-in (every domain's tile, the teacher's tasks).
        Person pupil = homePupil(ctx, teacher, first);
        if (const auto running = warmUps.activeWarmUp(teacher, first.id); running && running.value())
            (void)warmUps.stop(teacher, running.value()->id);
        auto *main = new MainWindow(ctx);
        main->enterSession({ pupil.id, ctx.accounts().schoolId(), Role::Pupil, pupil.displayName });
        window = main;
    } else if (show == QLatin1String("assign")) {
        // The dialog as "assign the next stage" opens it: class, pupils, domain and stage chosen.
        auto *dialog = new AssignDialog(ctx, teacher);
        const QList<Person> pupils = ctx.accounts().pupilsForSignIn(first.id).value_or({});
        dialog->preselect(first.id, { pupils.value(0).id, pupils.value(2).id }, availableDomainIds().constFirst(), { 3 });
        dialog->dueCheck()->setChecked(true);
        window = dialog;
    } else if (show == QLatin1String("pupil-feedback")) {
        // What the pupil sees on opening their commented piece from the home.
        static ArtifactService service(ctx.database(), clock);
        for (const ArtifactSummary &a : service.list(teacher).value_or({})) {
            if (a.feedbackCount > 0) {
                window = new PupilFeedbackDialog(service.read(teacher, a.id).value(), &ctx.speaker());
                break;
            }
        }
    } else if (show == QLatin1String("artifact") || show == QLatin1String("melody")) {
        static ArtifactService service(ctx.database(), clock);
        const auto list = service.list(teacher).value();
        const QString kind
            = show == QLatin1String("melody") ? QStringLiteral("melody") : QStringLiteral("arrangements");
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (it->kind == kind) {
                window = new ArtifactDialog(service, teacher, service.read(teacher, it->id).value(),
                                            makeExerciseContent());
                break;
            }
        }
    } else if (show == QLatin1String("pupil")) {
        // The drill-down of the pupil who made the melody, opened from the Pupils page.
        auto *area = new TeacherArea(ctx, teacher);
        area->showSection(QStringLiteral("pupils"));
        for (const ArtifactSummary &a : ArtifactService(ctx.database(), clock).list(teacher).value_or({})) {
            if (a.kind == QLatin1String("melody"))
                area->showPupil(a.personId);
        }
        area->pupilDetailPage()->tabs()->setCurrentIndex(parser.value(tabOption).toInt());
        window = area;
    } else {
        auto *area = new TeacherArea(ctx, teacher);
        area->showSection(show);
        if (show == QLatin1String("dashboard") && area->dashboard())
            area->dashboard()->classViews()->setCurrentIndex(parser.value(tabOption).toInt());
        window = area;
    }
    if (!window)
        return 1;
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    window->resize(size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt())
                       : show == QLatin1String("artifact") || show == QLatin1String("melody") ? QSize(760, 620)
                       : show == QLatin1String("assign")                                       ? QSize(620, 660)
                       : show == QLatin1String("pupil-feedback")                               ? QSize(600, 380)
                                                                                              : QSize(1300, 740));
    window->show();
    return app.exec();
}
