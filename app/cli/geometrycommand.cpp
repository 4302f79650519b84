#include "cli/command.h"

#include "exercises/geometry/geometryprovider.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/starpolygonsvg.h"

#include <QFile>
#include <QSaveFile>

#include <numeric>

namespace stages::cli {

namespace {

using namespace stages::geometry;

/// The geometry domain from the command line: a star polygon as SVG. (Exporting a saved drawing
/// comes with the drawing canvas.)
class GeometryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::GeometryCommand)

public:
    // The geometry domain's command group: "stagesctl geometry ...".
    QString name() const override { return GeometryProvider::domainKey(); }
    QString summary() const override { return tr("Draw star polygons as SVG."); }
    QStringList verbs() const override
    {
        return { tr("star N K --svg FILE   the star polygon {N/K}: one closed polygon per separate figure") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl ") + name() + QLatin1Char(' ') + verb }
            + args.mid(1);
        if (verb == QLatin1String("star"))
            return star(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    int star(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("N"), tr("Points on the circle (%1 to %2).")
                                                              .arg(StarPolygonStructure::kMinPoints)
                                                              .arg(StarPolygonStructure::kMaxPoints));
        parser.addPositionalArgument(QStringLiteral("K"), tr("Join every K-th point (1 to N-1)."));
        const QCommandLineOption svg(QStringLiteral("svg"), tr("The SVG file to write (- for standard output)."),
                                     tr("FILE"));
        parser.addOption(svg);
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes the star polygon {N/K} as SVG: N points on a circle, each joined to "
                                     "the K-th next; gcd(N, K) separate closed figures."),
                                  2))
            return *code;
        bool okN = false;
        bool okK = false;
        const int n = parser.positionalArguments().at(0).toInt(&okN);
        const int k = parser.positionalArguments().at(1).toInt(&okK);
        if (!okN || !okK || n < StarPolygonStructure::kMinPoints || n > StarPolygonStructure::kMaxPoints || k < 1
            || k >= n)
            return ctx.fail(tr("N must be a whole number from %1 to %2 and K one from 1 to N-1.")
                                .arg(StarPolygonStructure::kMinPoints)
                                .arg(StarPolygonStructure::kMaxPoints));
        if (!parser.isSet(svg))
            return ctx.fail(tr("Say where to write the drawing: --svg FILE."));
        const QByteArray document = StarPolygonSvg::write(n, k);
        const QString path = parser.value(svg);
        if (path == QLatin1String("-")) {
            ctx.out << QString::fromUtf8(document);
            ctx.out.flush();
            return Success;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
            return ctx.fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        const int figures = std::gcd(n, k);
        ctx.out << tr("%1: {%2/%3}, %4 separate figure(s) of %5 corners each.")
                       .arg(path)
                       .arg(n)
                       .arg(k)
                       .arg(figures)
                       .arg(n / figures)
                << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeGeometryCommand()
{
    return std::make_unique<GeometryCommand>();
}

} // namespace stages::cli
