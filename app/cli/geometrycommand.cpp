#include "cli/command.h"

#include "core/progress/artifactservice.h"
#include "exercises/geometry/drawing.h"
#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/geometryprovider.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/starpolygonsvg.h"

#include <QSaveFile>

#include <numeric>

namespace stages::cli {

namespace {

using namespace stages::geometry;

/// The geometry domain from the command line: a star polygon as SVG, and a pupil's saved drawing
/// (a "drawing" artifact) as SVG.
class GeometryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::GeometryCommand)

public:
    // The geometry domain's command group: "stagesctl geometry ...".
    QString name() const override { return GeometryProvider::domainKey(); }
    QString summary() const override { return tr("Draw star polygons and export pupils' drawings as SVG."); }
    QStringList verbs() const override
    {
        return { tr("star N K --svg FILE   the star polygon {N/K}: one closed polygon per separate figure"),
                 tr("export --artifact ID --svg FILE   a pupil's saved drawing (create-drawing)") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QLatin1String("stagesctl ") + name() + QLatin1Char(' ') + verb }
            + args.mid(1);
        if (verb == QLatin1String("star"))
            return star(ctx, rest);
        if (verb == QLatin1String("export"))
            return exportDrawing(ctx, rest);
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
        const QString path = parser.value(svg);
        if (!writeSvg(ctx, StarPolygonSvg::write(n, k), path))
            return Failure;
        if (path == QLatin1String("-"))
            return Success;
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

    int exportDrawing(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption artifact(QStringLiteral("artifact"), tr("A pupil's saved drawing (artifact id)."),
                                          tr("ID"));
        const QCommandLineOption svg(QStringLiteral("svg"), tr("The SVG file to write (- for standard output)."),
                                     tr("FILE"));
        parser.addOptions({ artifact, svg });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes a pupil's saved drawing (the create-drawing task) as SVG, as the "
                                     "pupil left it."),
                                  0))
            return *code;
        if (!parser.isSet(artifact))
            return ctx.fail(tr("Say which drawing: --artifact ID."));
        if (!parser.isSet(svg))
            return ctx.fail(tr("Say where to write the drawing: --svg FILE."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        // Read through ArtifactService, with its rights (the command line acts as the school's
        // admin), never by SQL of its own.
        const QString id = parser.value(artifact);
        const auto detail = ArtifactService(*db, ctx.clock()).read(Session::commandLine(), id);
        if (!detail) {
            //: %1 an artifact id, %2 why it cannot be read ("This work is no longer there.")
            return ctx.fail(tr("Saved work %1: %2").arg(id, detail.error()));
        }
        if (detail->summary.kind != DrawingArtifact::artifactKind()) {
            //: %1 an artifact id, %2 its kind ("melody", "arrangements"...), not translated
            return ctx.fail(
                tr("The saved work %1 is not a drawing (it is of kind \"%2\").").arg(id, detail->summary.kind));
        }
        QString error;
        const QByteArray document = DrawingArtifact::svg(detail->content, &error);
        if (document.isEmpty()) {
            //: %1 an artifact id, %2 what is wrong with it
            return ctx.fail(tr("The saved drawing %1 cannot be read: %2").arg(id, error));
        }
        const QString path = parser.value(svg);
        if (!writeSvg(ctx, document, path))
            return Failure;
        if (path != QLatin1String("-")) {
            const auto drawing = DrawingArtifact::drawing(detail->content);
            //: %1 the file, %2 the pupil's name, %n lines in the drawing
            ctx.out << tr("%1: %2's drawing, %n line(s).", nullptr, int(drawing->segments().size()))
                           .arg(path, detail->summary.pupilName)
                    << Qt::endl;
        }
        return Success;
    }

    /// Writes @p document to @p path, or to standard output for "-"; says why not and returns false.
    static bool writeSvg(Context &ctx, const QByteArray &document, const QString &path)
    {
        if (path == QLatin1String("-")) {
            ctx.out << QString::fromUtf8(document);
            ctx.out.flush();
            return true;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
            ctx.fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeGeometryCommand()
{
    return std::make_unique<GeometryCommand>();
}

} // namespace stages::cli
