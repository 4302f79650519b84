#include "cli/command.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/avatarrule.h"
#include "core/accounts/passwordhasher.h"
#include "core/accounts/signinpictures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

namespace stages::cli {

namespace {

class UserCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override { return tr("Manage pupils, teachers, trainers and administrators."); }
    QStringList verbs() const override
    {
        return { tr("add --role ROLE --name NAME [--class NAME] [--login L] [--password-stdin] [--pictures 1,5,7] "
                    "[--avatar N]"),
                 tr("list [--role ROLE] [--json]"), tr("set-avatar --id ID --avatar N"), tr("passwd LOGIN") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl user ") + verb } + args.mid(1);
        if (verb == QLatin1String("add"))
            return add(ctx, rest);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("set-avatar"))
            return setAvatar(ctx, rest);
        if (verb == QLatin1String("passwd"))
            return passwd(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int add(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption role(QStringLiteral("role"), tr("pupil, teacher, trainer or admin."), tr("ROLE"));
        const QCommandLineOption name(QStringLiteral("name"), tr("Display name."), tr("NAME"));
        const QCommandLineOption cls(QStringLiteral("class"), tr("The pupil's class."), tr("NAME"));
        const QCommandLineOption login(QStringLiteral("login"), tr("Staff login (default: made from the name)."),
                                       tr("LOGIN"));
        const QCommandLineOption avatar(QStringLiteral("avatar"),
                                        tr("Pupil's avatar picture, 0-%1 (default: one nobody in the class has yet).")
                                            .arg(AvatarRule::kAvatarCount - 1),
                                        tr("N"));
        const QCommandLineOption pictures(QStringLiteral("pictures"),
                                          tr("Pupil's picture password: three different pictures 0-8 in order."),
                                          tr("A,B,C"));
        const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                               tr("Read the staff password from standard input."));
        parser.addOptions({ role, name, cls, login, avatar, pictures, passwordStdin });
        if (auto code = parseVerb(ctx, parser, args, tr("Adds a person to the school."), 0))
            return *code;
        const auto parsedRole = roleFromKey(parser.value(role));
        if (!parsedRole)
            return ctx.fail(tr("--role must be pupil, teacher, trainer or admin."));
        if (!parser.isSet(name))
            return ctx.fail(tr("--name is required."));

        NewPerson person;
        person.role = *parsedRole;
        person.displayName = parser.value(name);
        person.className = parser.value(cls);
        person.login = parser.value(login);
        if (parser.isSet(avatar)) {
            bool ok = false;
            person.avatar = parser.value(avatar).toInt(&ok);
            if (!ok)
                return ctx.fail(tr("--avatar takes a whole number."));
        }
        if (person.role == Role::Pupil) {
            if (parser.isSet(pictures)) {
                for (const QString &p : parser.value(pictures).split(QLatin1Char(','))) {
                    bool ok = false;
                    const int picture = p.trimmed().toInt(&ok);
                    if (!ok)
                        return ctx.fail(tr("--pictures takes three different picture numbers from 0 to %1 separated "
                                           "by commas, e.g. 1,5,7; \"%2\" is not a number.")
                                            .arg(PasswordHasher::kPictureChoices - 1)
                                            .arg(p.trimmed().left(40)));
                    person.pictures.append(picture);
                }
            } else {
                while (person.pictures.size() < PasswordHasher::kPictureCount) {
                    const int p = int(QRandomGenerator::system()->bounded(PasswordHasher::kPictureChoices));
                    if (!person.pictures.contains(p))
                        person.pictures.append(p);
                }
            }
        } else {
            if (!parser.isSet(passwordStdin))
                return ctx.fail(tr("Staff need a password: pass --password-stdin and type it on standard input."));
            QTextStream in(stdin);
            person.password = in.readLine();
        }

        Database *db = ctx.database();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        auto added = accounts.addPerson(Session::commandLine(accounts.schoolId()), person);
        if (!added)
            return ctx.fail(added.error());
        if (added->role == Role::Pupil)
            //: %4 is the picture password in words, e.g. "Sun, Fish, Tree"; %5 the avatar's number
            ctx.out << tr("Added pupil %1 to %2 (%3), picture password %4, avatar %5.")
                           .arg(added->displayName, added->className, added->id,
                                SignInPictures::describe(person.pictures), QString::number(added->avatar))
                    << Qt::endl;
        else
            ctx.out << tr("Added %2 (%1) with login %3 (%4).")
                           .arg(roleDisplayName(added->role), added->displayName, added->login, added->id)
                    << Qt::endl;
        return Success;
    }

    int passwd(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("login"), tr("The staff member's login."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Changes a staff member's password: reads the current password, then the new one, "
                                     "one per line from standard input. Their copy of the signing key follows."),
                                  1))
            return *code;
        QTextStream in(stdin);
        const QString oldPassword = in.readLine();
        const QString newPassword = in.readLine();
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        auto session = accounts.signInWithPassword(parser.positionalArguments().constFirst(), oldPassword);
        if (!session)
            return ctx.fail(session.error());
        if (auto s = accounts.changePassword(*session, oldPassword, newPassword); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Changed the password of %1.").arg(session->displayName) << Qt::endl;
        return Success;
    }

    int setAvatar(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption id(QStringLiteral("id"), tr("The pupil's id (see user list)."), tr("ID"));
        const QCommandLineOption avatar(QStringLiteral("avatar"),
                                        tr("The avatar picture, 0-%1.").arg(AvatarRule::kAvatarCount - 1), tr("N"));
        parser.addOptions({ id, avatar });
        if (auto code = parseVerb(ctx, parser, args, tr("Gives a pupil another avatar."), 0))
            return *code;
        bool ok = false;
        const int chosen = parser.value(avatar).toInt(&ok);
        if (!parser.isSet(id) || !ok)
            return ctx.fail(tr("--id and --avatar (a whole number) are required."));
        Database *db = ctx.database();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        if (auto s = accounts.setAvatar(Session::commandLine(accounts.schoolId()), parser.value(id), chosen); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Avatar %1 given to %2.").arg(QString::number(chosen), parser.value(id)) << Qt::endl;
        return Success;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption role(QStringLiteral("role"), tr("Only this role."), tr("ROLE"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOptions({ role, json });
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the people of the school."), 0))
            return *code;
        std::optional<Role> only;
        if (parser.isSet(role)) {
            only = roleFromKey(parser.value(role));
            if (!only)
                return ctx.fail(tr("--role must be pupil, teacher, trainer or admin."));
        }
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        AccountService accounts(*db, ctx.clock());
        auto people = accounts.people(Session::commandLine(accounts.schoolId()), only);
        if (!people)
            return ctx.fail(people.error());
        QJsonArray array;
        for (const Person &p : *people) {
            if (parser.isSet(json)) {
                QJsonObject o { { QStringLiteral("id"), p.id },
                                { QStringLiteral("role"), roleKey(p.role) },
                                { QStringLiteral("name"), p.displayName } };
                if (p.role == Role::Pupil) {
                    o.insert(QStringLiteral("class"), p.className);
                    o.insert(QStringLiteral("avatar"), p.avatar);
                } else {
                    o.insert(QStringLiteral("login"), p.login);
                }
                array.append(o);
            } else {
                ctx.out << roleKey(p.role) << '\t' << p.displayName << '\t'
                        << (p.role == Role::Pupil ? p.className : p.login) << '\t' << p.id << '\n';
            }
        }
        if (parser.isSet(json))
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeUserCommand()
{
    return std::make_unique<UserCommand>();
}

} // namespace stages::cli
