#include "cli/command.h"

#include "core/dashboard/attentionrules.h"
#include "core/dashboard/dashboardservice.h"
#include "core/school/classservice.h"
#include "exercises/domains/domains.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stages::cli {

namespace {

QJsonValue rateOrNull(int attempts, double rate)
{
    return attempts > 0 ? QJsonValue(rate) : QJsonValue(QJsonValue::Null);
}

QString percent(int attempts, double rate)
{
    return attempts > 0 ? QString::number(qRound(rate * 100)) + QLatin1Char('%') : QStringLiteral("-");
}

class DashboardCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::DashboardCommand)

public:
    QString name() const override { return QStringLiteral("dashboard"); }
    QString summary() const override
    {
        return tr("What the teacher dashboards show: progress and who needs attention.");
    }
    QStringList verbs() const override
    {
        return { tr("class --class NAME [--since YYYY-MM-DD] [--json]   every pupil of a class"),
                 tr("school [--json]                                  one row per class") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl dashboard ") + verb } + args.mid(1);
        if (verb == QLatin1String("class"))
            return classBoard(ctx, rest);
        if (verb == QLatin1String("school"))
            return school(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int classBoard(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption cls(QStringLiteral("class"), tr("The class name, e.g. 2.A."), tr("NAME"));
        const QCommandLineOption since(QStringLiteral("since"),
                                       tr("Count only attempts from this day on (UTC), e.g. 2026-09-01."), tr("DATE"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOptions({ cls, since, json });
        if (auto code = parseVerb(ctx, parser, args, tr("Shows a class's progress, pupil by pupil."), 0))
            return *code;
        if (!parser.isSet(cls))
            return ctx.fail(tr("--class is required."));
        DashboardFilter filter;
        if (parser.isSet(since)) {
            const QString text = parser.value(since).trimmed();
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            filter.from = QDate::fromString(text, Qt::ISODate);
            if (!shape.match(text).hasMatch() || !filter.from.isValid())
                return ctx.fail(tr("--since takes a day as YYYY-MM-DD, not \"%1\".").arg(text.left(40)));
        }
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        const auto found = ClassService(*db, ctx.clock()).classByName(parser.value(cls));
        if (!found)
            return ctx.fail(found.error());
        if (!found.value())
            return ctx.fail(tr("There is no class called \"%1\".").arg(parser.value(cls).left(80)));
        DashboardService dashboards(*db, ctx.clock());
        dashboards.setDomainTitles(domainTitles());
        const auto board = dashboards.classDashboard(Session::commandLine(), found.value()->id, filter);
        if (!board)
            return ctx.fail(board.error());

        if (parser.isSet(json)) {
            QJsonArray pupils;
            for (const PupilProgressRow &p : board->pupils) {
                QJsonObject mastery;
                for (auto d = p.mastery.cbegin(); d != p.mastery.cend(); ++d) {
                    QJsonObject stages;
                    for (auto s = d.value().cbegin(); s != d.value().cend(); ++s)
                        stages.insert(QString::number(s.key()), int(s.value()));
                    mastery.insert(d.key(), stages);
                }
                QJsonArray reasons;
                QJsonArray words;
                for (const AttentionFlag &f : p.attention) {
                    reasons.append(attentionReasonKey(f.reason));
                    words.append(f.text);
                }
                pupils.append(QJsonObject {
                    { QStringLiteral("id"), p.id },
                    { QStringLiteral("name"), p.name },
                    { QStringLiteral("mastery"), mastery },
                    { QStringLiteral("attempts"), p.attempts },
                    { QStringLiteral("success_rate"), rateOrNull(p.attempts, p.successRate) },
                    { QStringLiteral("last_active"),
                      p.lastActive.isValid() ? QJsonValue(p.lastActive.toUTC().toString(Qt::ISODateWithMs))
                                             : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("attention"), reasons },
                    { QStringLiteral("attention_text"), words },
                });
            }
            ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("class"), board->className },
                                                   { QStringLiteral("pupils"), pupils } })
                           .toJson(QJsonDocument::Indented);
            ctx.out.flush();
            return Success;
        }

        //: column headings of the class table; keep them short
        ctx.out << board->className << '\n'
                << tr("pupil") << '\t' << tr("attempts") << '\t' << tr("success") << '\t' << tr("proficient") << '\t'
                << tr("last active") << '\t' << tr("needs attention") << '\n';
        for (const PupilProgressRow &p : board->pupils) {
            QStringList words;
            for (const AttentionFlag &f : p.attention)
                words.append(f.text);
            ctx.out << p.name << '\t' << p.attempts << '\t' << percent(p.attempts, p.successRate) << '\t'
                    << p.stagesProficient << '\t'
                    << (p.lastActive.isValid() ? p.lastActive.toUTC().toString(Qt::ISODate) : tr("never")) << '\t'
                    << words.join(QStringLiteral("; ")) << '\n';
        }
        ctx.out.flush();
        return Success;
    }

    int school(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(json);
        if (auto code = parseVerb(ctx, parser, args, tr("Shows every class of the school in one table."), 0))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        const auto rows = DashboardService(*db, ctx.clock()).schoolOverview(Session::commandLine());
        if (!rows)
            return ctx.fail(rows.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const ClassOverviewRow &r : rows.value())
                array.append(QJsonObject {
                    { QStringLiteral("id"), r.classId },
                    { QStringLiteral("class"), r.className },
                    { QStringLiteral("pupils"), r.pupils },
                    { QStringLiteral("active_last_week"), r.activeLastWeek },
                    { QStringLiteral("attempts"), r.attempts },
                    { QStringLiteral("success_rate"), rateOrNull(r.attempts, r.successRate) },
                    { QStringLiteral("median_stages_proficient"), r.medianStagesProficient },
                    { QStringLiteral("need_attention"), r.needAttention },
                });
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            ctx.out.flush();
            return Success;
        }
        //: column headings of the school table; keep them short
        ctx.out << tr("class") << '\t' << tr("pupils") << '\t' << tr("active this week") << '\t' << tr("attempts")
                << '\t' << tr("success") << '\t' << tr("median proficient") << '\t' << tr("needs attention") << '\n';
        for (const ClassOverviewRow &r : rows.value())
            ctx.out << r.className << '\t' << r.pupils << '\t' << r.activeLastWeek << '\t' << r.attempts << '\t'
                    << percent(r.attempts, r.successRate) << '\t' << r.medianStagesProficient << '\t' << r.needAttention
                    << '\n';
        ctx.out.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDashboardCommand()
{
    return std::make_unique<DashboardCommand>();
}

} // namespace stages::cli
