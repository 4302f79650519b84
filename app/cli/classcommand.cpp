#include "cli/command.h"

#include "core/school/classservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stages::cli {

namespace {

class ClassCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::ClassCommand)

public:
    QString name() const override { return QStringLiteral("class"); }
    QString summary() const override { return tr("Manage the school's classes."); }
    QStringList verbs() const override
    {
        return {tr("add --name NAME   add a class"), tr("list [--json]     list classes with their pupil counts")};
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList{QLatin1String("stagesctl class ") + verb} + args.mid(1);
        if (verb == QLatin1String("add"))
            return add(ctx, rest);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int add(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption nameOption(QStringLiteral("name"), tr("The class name, e.g. 2.A."), tr("NAME"));
        parser.addOption(nameOption);
        if (auto code = parseVerb(ctx, parser, args, tr("Adds a class."), 0))
            return *code;
        if (!parser.isSet(nameOption))
            return ctx.fail(tr("--name is required."));
        Database *db = ctx.database();
        if (!db)
            return Failure;
        ClassService classes(*db, ctx.clock());
        auto added = classes.addClass(Session::commandLine(), parser.value(nameOption));
        if (!added)
            return ctx.fail(added.error());
        ctx.out << tr("Added class %1 (%2).").arg(added->name, added->id) << Qt::endl;
        return Success;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(json);
        if (auto code = parseVerb(ctx, parser, args, tr("Lists the classes."), 0))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        const auto classes = ClassService(*db, ctx.clock()).classes();
        if (!classes)
            return ctx.fail(classes.error());
        QJsonArray array;
        for (const SchoolClass &c : classes.value()) {
            if (parser.isSet(json))
                array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                         {QStringLiteral("pupils"), c.pupilCount}});
            else
                ctx.out << c.name << '\t' << c.pupilCount << '\t' << c.id << '\n';
        }
        if (parser.isSet(json))
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeClassCommand()
{
    return std::make_unique<ClassCommand>();
}

} // namespace stages::cli
