#include "cli/command.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/signinpictures.h"
#include "core/school/classservice.h"
#include "core/school/demoseeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stages::cli {

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Fill a database with a demo school for trying Stages out."); }
    QStringList verbs() const override
    {
        return { tr("seed --pupils N --classes M [--seed S] [--json]   deterministic demo school") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        if (args.value(0) != QLatin1String("seed"))
            return groupHelp(ctx, *this, args);
        QCommandLineParser parser;
        const QCommandLineOption pupils(QStringLiteral("pupils"), tr("How many pupils (default 24)."), tr("N"),
                                        QStringLiteral("24"));
        const QCommandLineOption classes(QStringLiteral("classes"), tr("How many classes (default 1)."), tr("M"),
                                         QStringLiteral("1"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed gives the same school."),
                                      tr("S"), QStringLiteral("1"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the created accounts as JSON."));
        parser.addOptions({ pupils, classes, seed, json });
        if (auto code
            = parseVerb(ctx, parser, QStringList { QStringLiteral("stagesctl demo seed") } + args.mid(1),
                        tr("Creates a demo school: classes, pupils, teachers and a trainer. Staff password: %1; "
                           "pupils' picture passwords are printed as the names of their pictures.")
                            .arg(QLatin1String(DemoSeeder::kDemoPassword)),
                        0))
            return *code;
        bool okP = false, okC = false, okS = false;
        DemoSeeder::Options options;
        options.pupils = parser.value(pupils).toInt(&okP);
        options.classes = parser.value(classes).toInt(&okC);
        options.seed = parser.value(seed).toUInt(&okS);
        if (!okP || !okC || !okS)
            return ctx.fail(tr("--pupils, --classes and --seed take whole numbers."));

        Database *db = ctx.database();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        ClassService classService(*db, ctx.clock());
        DemoSeeder seeder(accounts, classService);
        auto created = seeder.seed(options);
        if (!created)
            return ctx.fail(created.error());
        // Pupils' picture passwords are printed as the pictures' names ("Sun, Fish, Tree"), the
        // words a teacher reads out to a child; JSON also gives the indexes for scripts.
        const auto shownSecret = [](const DemoSeeder::SeededAccount &a) {
            return a.pictures.isEmpty() ? a.secret : SignInPictures::describe(a.pictures);
        };
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &a : *created) {
                QJsonObject o { { QStringLiteral("role"), a.role },
                                { QStringLiteral("name"), a.name },
                                { QStringLiteral("class"), a.className },
                                { QStringLiteral("login"), a.login },
                                { QStringLiteral("secret"), shownSecret(a) } };
                if (!a.pictures.isEmpty()) {
                    QJsonArray pictures;
                    for (int p : a.pictures)
                        pictures.append(p);
                    o.insert(QStringLiteral("pictures"), pictures);
                }
                array.append(o);
            }
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &a : *created)
                ctx.out << a.role << '\t' << a.name << '\t' << (a.className.isEmpty() ? a.login : a.className) << '\t'
                        << shownSecret(a) << '\n';
            ctx.out << tr("Created %n account(s).", nullptr, int(created->size())) << Qt::endl;
        }
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace stages::cli
