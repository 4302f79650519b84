#include "cli/command.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/pupiladmin.h"
#include "core/privacy/pupildata.h"
#include "core/school/classservice.h"
#include "exercises/domains/domains.h"
#include "reports/pupilreport.h"
#include "reports/signincards.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace stages::cli {

namespace {

/// A parent's rights over their child's data: everything stored, as a file, and erasing it.
class PupilCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::PupilCommand)

public:
    QString name() const override { return QStringLiteral("pupil"); }
    QString summary() const override
    {
        return tr("Export or erase everything stored about a pupil; print a class's sign-in cards.");
    }
    QStringList verbs() const override
    {
        return { tr("export --pupil ID --out FILE.json [--pdf FILE.pdf]   everything stored about the pupil"),
                 tr("erase --pupil ID --yes   delete the pupil and all their data for good"),
                 tr("cards --class NAME --out FILE.pdf --new-pictures   new picture passwords for a class, as "
                    "printable cards") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl pupil ") + verb } + args.mid(1);
        if (verb == QLatin1String("export"))
            return exportPupil(ctx, rest);
        if (verb == QLatin1String("erase"))
            return erase(ctx, rest);
        if (verb == QLatin1String("cards"))
            return cards(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    static QCommandLineOption pupilOption()
    {
        return { QStringLiteral("pupil"), tr("The pupil's id (\"stagesctl user list\" shows it)."), tr("ID") };
    }

    int exportPupil(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption pupil = pupilOption();
        const QCommandLineOption out(QStringLiteral("out"), tr("The JSON file to write."), tr("FILE"));
        const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Also write a readable summary as PDF."), tr("FILE"));
        parser.addOptions({ pupil, out, pdf });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes everything Stages stores about one pupil into one JSON file (and, with "
                                     "--pdf, a summary for parents). Picture passwords are not exported."),
                                  0))
            return *code;
        if (!parser.isSet(pupil) || !parser.isSet(out))
            return ctx.fail(tr("--pupil and --out are required."));
        if (parser.isSet(pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return ctx.fail(tr("Writing a PDF needs the graphics libraries, which could not be started."));

        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        PupilData data(*db, ctx.clock());
        const auto document = data.exportPupil(Session::commandLine(), parser.value(pupil));
        if (!document)
            return ctx.fail(document.error());

        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()));
        file.write(QJsonDocument(document.value()).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return ctx.fail(tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()));
        ctx.out << tr("Wrote %1.").arg(parser.value(out)) << Qt::endl;

        if (parser.isSet(pdf)) {
            const PupilReport report(document.value(), domainTitles());
            if (auto s = report.writePdf(parser.value(pdf)); !s)
                return ctx.fail(s.error());
            ctx.out << tr("Wrote %1.").arg(parser.value(pdf)) << Qt::endl;
        }
        return Success;
    }

    int cards(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption className(QStringLiteral("class"), tr("The class's name."), tr("NAME"));
        const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
        const QCommandLineOption newPictures(QStringLiteral("new-pictures"),
                                             tr("Confirm: every pupil of the class gets new pictures."));
        parser.addOptions({ className, out, newPictures });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Gives every pupil of a class a new picture password and writes their sign-in "
                                     "cards (avatar, name, class and the three pictures in order) as an A4 PDF."),
                                  0))
            return *code;
        if (!parser.isSet(className) || !parser.isSet(out))
            return ctx.fail(tr("--class and --out are required."));
        if (!parser.isSet(newPictures))
            return ctx.fail(tr("Picture passwords are stored only as hashes, so the old pictures cannot be printed. "
                               "Add --new-pictures to give every pupil of the class new pictures and print those; "
                               "their old pictures stop working."));
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return ctx.fail(tr("Writing a PDF needs the graphics libraries, which could not be started."));
        // Check where the PDF goes before the old pictures stop working.
        const QFileInfo outFile(parser.value(out));
        if (!QFileInfo(outFile.absolutePath()).isDir() || !QFileInfo(outFile.absolutePath()).isWritable()
            || (outFile.exists() && !outFile.isWritable()))
            return ctx.fail(tr("Cannot write %1.").arg(parser.value(out)));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        const auto found = ClassService(*db, ctx.clock()).classByName(parser.value(className));
        if (!found)
            return ctx.fail(found.error());
        if (!found.value())
            return ctx.fail(tr("There is no class called \"%1\".").arg(parser.value(className)));
        const SchoolClass schoolClass = *found.value();
        AccountService accounts(*db, ctx.clock());
        const auto made = PupilAdmin(*db, ctx.clock())
                              .resetPicturesOfClass(Session::commandLine(accounts.schoolId()), schoolClass.id);
        if (!made)
            return ctx.fail(made.error());
        QList<SignInCard> cards;
        for (const NewPictures &one : made.value())
            cards.append({ one.pupil.displayName, one.pupil.className, one.pupil.avatar, one.pictures });
        if (auto s = SignInCards(cards).writePdf(parser.value(out)); !s)
            return ctx.fail(tr("The %n pupil(s) of %1 have new pictures, but the cards could not be written: %2 "
                               "Run this again to make new ones.",
                               nullptr, int(cards.size()))
                                .arg(schoolClass.name, s.error()));
        ctx.out << tr("The %n pupil(s) of %1 have new pictures; their cards are in %2.", nullptr, int(cards.size()))
                       .arg(schoolClass.name, parser.value(out))
                << Qt::endl;
        return Success;
    }

    int erase(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption pupil = pupilOption();
        const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm: the data cannot be brought back."));
        parser.addOptions({ pupil, yes });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Deletes the pupil with every answer, level, piece of work and comment. The "
                                     "audit log keeps only that an erase happened, when and by whom."),
                                  0))
            return *code;
        if (!parser.isSet(pupil))
            return ctx.fail(tr("--pupil is required."));
        if (!parser.isSet(yes))
            return ctx.fail(tr("Erasing cannot be undone; add --yes to confirm (export the data first if the parents "
                               "want a copy)."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        PupilData data(*db, ctx.clock());
        if (auto s = data.erasePupil(Session::commandLine(), parser.value(pupil)); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Erased the pupil %1 and all their data.").arg(parser.value(pupil)) << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makePupilCommand()
{
    return std::make_unique<PupilCommand>();
}

} // namespace stages::cli
