#include "cli/command.h"

#include "core/accounts/accountservice.h"
#include "core/training/signingkeys.h"

#include <cstdio>

namespace stages::cli {

namespace {

/// Setting up a school without the GUI, for IT admins who prepare many PCs by script.
class SchoolCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::SchoolCommand)

public:
    QString name() const override { return QStringLiteral("school"); }
    QString summary() const override { return tr("Set up the school (what the first-run wizard does)."); }
    QStringList verbs() const override
    {
        return { tr("init --name NAME --admin-name NAME --admin-login LOGIN --password-stdin   the school and its "
                    "first administrator") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        if (args.value(0) == QLatin1String("init"))
            return init(ctx, QStringList { QStringLiteral("stagesctl school init") } + args.mid(1));
        return groupHelp(ctx, *this, args);
    }

private:
    int init(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption name(QStringLiteral("name"), tr("The school's name."), tr("NAME"));
        const QCommandLineOption adminName(QStringLiteral("admin-name"), tr("The administrator's display name."),
                                           tr("NAME"));
        const QCommandLineOption adminLogin(QStringLiteral("admin-login"), tr("The administrator's login."),
                                            tr("LOGIN"));
        const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                               tr("Read the administrator's password from standard input."));
        parser.addOptions({ name, adminName, adminLogin, passwordStdin });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Creates the school and its first administrator in one step, as the setup "
                                     "wizard does. Refuses a database that already holds a school."),
                                  0))
            return *code;
        if (!parser.isSet(name) || !parser.isSet(adminName) || !parser.isSet(adminLogin))
            return ctx.fail(tr("--name, --admin-name and --admin-login are required."));
        if (!parser.isSet(passwordStdin))
            return ctx.fail(tr("The administrator needs a password: pass --password-stdin and type it on standard "
                               "input."));
        QTextStream in(stdin);
        const QString password = in.readLine();

        Database *db = ctx.database();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        auto admin = accounts.setUpSchool(parser.value(name),
                                          { Role::Admin, parser.value(adminName), parser.value(adminLogin), password,
                                            {}, std::nullopt, {} });
        if (!admin)
            return ctx.fail(admin.error());
        // The organisation's signing key, wrapped under the administrator's password (issue 11).
        if (auto s = SigningKeys(*db, ctx.clock()).create(*admin, password); !s)
            ctx.err << tr("The school is set up, but its signing key could not be made (it is made at the "
                          "administrator's next sign-in): %1")
                           .arg(s.error())
                    << Qt::endl;
        //: %1 school name, %2 administrator's name, %3 login
        ctx.out << tr("Set up the school %1 with the administrator %2 (login %3).")
                       .arg(parser.value(name).trimmed(), admin->displayName, parser.value(adminLogin).trimmed().toLower())
                << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSchoolCommand()
{
    return std::make_unique<SchoolCommand>();
}

} // namespace stages::cli
