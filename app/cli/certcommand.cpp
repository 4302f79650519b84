#include "cli/trainingcli.h"

#include "core/training/certificateverifier.h"
#include "core/training/openbadge.h"
#include "reports/certificatepdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace stages::cli {

namespace {

/// Certificates (issue 11): issuing and revoking them, exporting them as a signed PDF, JSON or
/// Open Badge, and checking a certificate file with the database or with the public key alone.
class CertCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::CertCommand)

public:
    QString name() const override { return QStringLiteral("cert"); }
    QString summary() const override { return tr("Issue, revoke, export and verify educators' signed certificates."); }
    QStringList verbs() const override
    {
        return { tr("issue --educator ID --programme NAME --as LOGIN   prints the certificate's id"),
                 tr("founding --educator ID --as ADMIN   record a founding trainer of the organisation"),
                 tr("revoke ID --reason TEXT --as LOGIN"),
                 tr("list [--educator ID] [--expiring DAYS] [--json]"),
                 tr("export ID --pdf FILE | --json FILE   the signed certificate"),
                 tr("verify FILE [--public-key FILE]   prints valid, invalid, revoked or expired"),
                 tr("export-badge ID --out FILE --as LOGIN   Open Badge 3.0: FILE and FILE.jwt"),
                 tr("public-key --out FILE   the organisation's Ed25519 public key, base64") };
    }

    int run(Context &ctx, const QStringList &args) override
    {
        const QString verb = args.value(0);
        const QStringList rest = QStringList { QStringLiteral("stagesctl cert ") + verb } + args.mid(1);
        if (verb == QLatin1String("issue"))
            return issue(ctx, rest);
        if (verb == QLatin1String("founding"))
            return founding(ctx, rest);
        if (verb == QLatin1String("revoke"))
            return revoke(ctx, rest);
        if (verb == QLatin1String("list"))
            return list(ctx, rest);
        if (verb == QLatin1String("export"))
            return exportCertificate(ctx, rest);
        if (verb == QLatin1String("verify"))
            return verify(ctx, rest);
        if (verb == QLatin1String("export-badge"))
            return exportBadge(ctx, rest);
        if (verb == QLatin1String("public-key"))
            return publicKey(ctx, rest);
        return groupHelp(ctx, *this, args);
    }

private:
    static bool writeFile(Context &ctx, const QString &path, const QByteArray &bytes)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            ctx.fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
        return true;
    }

    int issue(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption educatorOption(QStringLiteral("educator"), tr("The educator's id (or name)."),
                                                tr("ID"));
        const QCommandLineOption programmeOption(QStringLiteral("programme"), tr("The programme, e.g. stages-teacher."),
                                                 tr("NAME"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ educatorOption, programmeOption, as });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Certifies an educator who meets every requirement of the programme. Needs a "
                                     "certified trainer allowed to sign; their password unlocks the organisation's "
                                     "key. Prints the certificate's id."),
                                  0))
            return *code;
        if (!parser.isSet(educatorOption) || !parser.isSet(programmeOption))
            return ctx.fail(tr("--educator and --programme are required."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;
        const auto educator = cli.educator(actor->session, parser.value(educatorOption));
        if (!educator)
            return Failure;
        const auto programme = cli.programme(parser.value(programmeOption));
        if (!programme)
            return Failure;
        // Say everything that is missing, one line each, before the service refuses.
        const auto progress = cli.training.progress(actor->session, educator->id, programme->id);
        if (!progress)
            return ctx.fail(progress.error());
        if (!progress->eligible()) {
            //: followed by one line per missing item
            ctx.fail(
                tr("%1 cannot be certified as %2 yet. Still missing:").arg(educator->displayName, programme->name));
            for (const QString &line : progress->missing())
                ctx.err << "  - " << line << '\n';
            ctx.err.flush();
            return Failure;
        }
        const auto issued = cli.training.issueCertificate(actor->session, educator->id, programme->id, actor->password);
        if (!issued)
            return ctx.fail(issued.error());
        ctx.out << issued->id << Qt::endl;
        return Success;
    }

    int founding(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption educatorOption(QStringLiteral("educator"), tr("The educator's id (or name)."),
                                                tr("ID"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ educatorOption, as });
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("An administrator records one of the organisation's first trainers: a trainer "
                                     "certificate that needs no evidence, signed with the administrator's copy of the "
                                     "key. Prints the certificate's id."),
                                  0))
            return *code;
        if (!parser.isSet(educatorOption))
            return ctx.fail(tr("--educator is required."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;
        const auto educator = cli.educator(actor->session, parser.value(educatorOption));
        if (!educator)
            return Failure;
        const auto issued = cli.training.recordFoundingTrainer(actor->session, educator->id, actor->password);
        if (!issued)
            return ctx.fail(issued.error());
        ctx.out << issued->id << Qt::endl;
        return Success;
    }

    int revoke(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is revoked (kept in the audit log)."),
                                        tr("TEXT"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ reason, as });
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The certificate's id (see cert list)."));
        if (auto code
            = parseVerb(ctx, parser, args, tr("Revokes a certificate: from now on it verifies as revoked."), 1))
            return *code;
        if (parser.value(reason).trimmed().isEmpty())
            return ctx.fail(tr("--reason is required."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;
        const QString id = parser.positionalArguments().constFirst();
        if (auto s = cli.training.revokeCertificate(actor->session, id, parser.value(reason).trimmed()); !s)
            return ctx.fail(s.error());
        ctx.out << tr("Revoked the certificate %1.").arg(id) << Qt::endl;
        return Success;
    }

    int list(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption educatorOption(QStringLiteral("educator"), tr("Only this educator's."), tr("ID"));
        const QCommandLineOption expiring(QStringLiteral("expiring"),
                                          tr("Only valid certificates that expire within this many days."), tr("DAYS"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ educatorOption, expiring, json, as });
        if (auto code = parseVerb(ctx, parser, args, tr("Lists certificates."), 0))
            return *code;
        TrainingService::CertificateFilter filter;
        if (parser.isSet(expiring)) {
            const auto days = wholeNumber(ctx, parser, expiring, 0, 36500);
            if (!days)
                return UsageError;
            filter.expiringWithinDays = int(*days);
        }
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.reader(parser, as);
        if (!actor)
            return Failure;
        if (parser.isSet(educatorOption)) {
            const auto educator = cli.educator(actor->session, parser.value(educatorOption));
            if (!educator)
                return Failure;
            filter.educatorId = educator->id;
        }
        const auto certificates = cli.training.certificates(actor->session, filter);
        if (!certificates)
            return ctx.fail(certificates.error());
        const QDate today = ctx.clock().now().date();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const CertificateRecord &c : certificates.value())
                array.append(certificateJson(c, today));
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const CertificateRecord &c : certificates.value()) {
                const QJsonObject o = certificateJson(c, today);
                ctx.out << c.id << '\t' << c.holderName << '\t' << c.programmeName << '\t'
                        << c.issuedOn.toString(Qt::ISODate) << '\t'
                        << (c.expiresOn.isValid() ? c.expiresOn.toString(Qt::ISODate) : tr("never")) << '\t'
                        << o.value(QLatin1String("state")).toString() << '\t' << c.code << '\n';
            }
        }
        ctx.out.flush();
        return Success;
    }

    int exportCertificate(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the certificate page as PDF."), tr("FILE"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Write the signed certificate as JSON."), tr("FILE"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ pdf, json, as });
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The certificate's id (see cert list)."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes a signed certificate: a PDF page that carries it, or the JSON file. "
                                     "Both verify with \"stagesctl cert verify\"."),
                                  1))
            return *code;
        if (!parser.isSet(pdf) && !parser.isSet(json))
            return ctx.fail(tr("Give --pdf FILE or --json FILE (or both)."));
        if (parser.isSet(pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return ctx.fail(tr("Writing a PDF needs the graphics libraries, which could not be started."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.reader(parser, as);
        if (!actor)
            return Failure;
        const auto record = cli.training.certificate(actor->session, parser.positionalArguments().constFirst());
        if (!record)
            return ctx.fail(record.error());
        SignedCertificate signedCertificate;
        signedCertificate.payload = record->payload;
        signedCertificate.signature = record->signature;
        if (parser.isSet(json)) {
            if (!writeFile(ctx, parser.value(json), signedCertificate.toJson()))
                return Failure;
            ctx.out << tr("Wrote %1.").arg(parser.value(json)) << Qt::endl;
        }
        if (parser.isSet(pdf)) {
            const auto payload = CertificatePayload::fromJson(record->payload);
            if (!payload)
                return ctx.fail(payload.error());
            if (auto s = CertificatePdf::write(signedCertificate, payload.value(), parser.value(pdf)); !s)
                return ctx.fail(s.error());
            ctx.out << tr("Wrote %1.").arg(parser.value(pdf)) << Qt::endl;
        }
        return Success;
    }

    /// A public key file: one line of base64 (as "cert public-key" writes it) or the raw 32 bytes.
    static std::optional<QByteArray> readPublicKey(Context &ctx, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = file.read(4096);
        const auto decoded = QByteArray::fromBase64Encoding(bytes.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return decoded.decoded;
        if (bytes.size() == 32)
            return bytes;
        ctx.fail(tr("%1 is not a public key: it should hold 32 bytes, base64 on one line.").arg(path));
        return std::nullopt;
    }

    int verify(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption keyOption(QStringLiteral("public-key"),
                                           tr("Trust this public key (from \"stagesctl cert public-key\") instead of "
                                              "the database's; revocation then cannot be checked."),
                                           tr("FILE"));
        parser.addOption(keyOption);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The certificate: its PDF or its JSON file."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Checks a certificate's signature, revocation and expiry. The first line says "
                                     "valid, invalid, revoked or expired; only valid exits with 0."),
                                  1))
            return *code;
        const QString path = parser.positionalArguments().constFirst();
        const QDate today = ctx.clock().now().date();

        // Without --public-key the database is the trust anchor, and it knows about revocation.
        QByteArray trustedKey;
        std::unique_ptr<TrainingCli> cli;
        if (parser.isSet(keyOption)) {
            const auto key = readPublicKey(ctx, parser.value(keyOption));
            if (!key)
                return Failure;
            trustedKey = *key;
        } else {
            Database *db = ctx.existingDatabase();
            if (!db)
                return Failure;
            cli = std::make_unique<TrainingCli>(ctx, *db);
            const auto key = cli->keys.publicKey();
            if (!key)
                return ctx.fail(key.error());
            trustedKey = key.value();
        }

        const auto certificate = CertificateVerifier::readFile(path);
        if (!certificate) {
            ctx.out << verificationKeyword(VerificationOutcome::Invalid) << '\n' << certificate.error() << Qt::endl;
            return Failure;
        }
        CertificateVerifier::RevocationLookup lookup;
        QString lookupError;
        if (cli) {
            lookup = [&cli, &lookupError](const QString &id) -> std::optional<bool> {
                const auto found = cli->training.findCertificate(id);
                if (!found) {
                    lookupError = found.error();
                    return std::nullopt;
                }
                if (!found.value())
                    return std::nullopt;
                return found.value()->isRevoked();
            };
        }
        const Verification result = CertificateVerifier::verify(certificate.value(), trustedKey, today, lookup);
        ctx.out << verificationKeyword(result.outcome) << '\n' << result.explanation << '\n';
        if (result.payload) {
            const CertificatePayload &p = *result.payload;
            ctx.out << tr("Holder: %1").arg(p.holderName)
                    << '\n'
                    //: %1 programme's name, %2 its level
                    << tr("Programme: %1 (level %2)").arg(p.programmeName).arg(p.level) << '\n'
                    << tr("Issued: %1 by %2").arg(p.issued.toString(Qt::ISODate), p.issuerName) << '\n'
                    << tr("Expires: %1").arg(p.expires.isValid() ? p.expires.toString(Qt::ISODate) : tr("never"))
                    << '\n'
                    << tr("Code: %1").arg(p.code) << '\n';
            if (!p.lineage.isEmpty())
                ctx.out << tr("Lineage: %1").arg(p.lineage.join(QStringLiteral(" < "))) << '\n';
        }
        // The explanation says when revocation was not checked (public key alone, or a certificate
        // this database does not know); a failed lookup is worth its own line.
        if (!lookupError.isEmpty())
            ctx.out << tr("Revocation could not be checked: %1").arg(lookupError) << '\n';
        ctx.out.flush();
        return result.outcome == VerificationOutcome::Valid ? Success : Failure;
    }

    int exportBadge(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption out(QStringLiteral("out"), tr("The credential's JSON file; the JWT goes to FILE.jwt."),
                                     tr("FILE"));
        const QCommandLineOption as = TrainingCli::asOption();
        parser.addOptions({ out, as });
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The certificate's id (see cert list)."));
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes the certificate as an Open Badges 3.0 credential (OpenBadgeCredential) "
                                     "and, beside it, as a VC-JWT signed with the organisation's key, which the "
                                     "password of --as unlocks."),
                                  1))
            return *code;
        if (parser.value(out).isEmpty())
            return ctx.fail(tr("--out is required."));
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto actor = cli.actor(parser, as);
        if (!actor)
            return Failure;
        const auto record = cli.training.certificate(actor->session, parser.positionalArguments().constFirst());
        if (!record)
            return ctx.fail(record.error());
        const auto payload = CertificatePayload::fromJson(record->payload);
        if (!payload)
            return ctx.fail(payload.error());
        const auto key = cli.keys.unlock(actor->session, actor->password);
        if (!key)
            return ctx.fail(key.error());
        const QJsonObject credential = OpenBadge::credential(payload.value());
        const QByteArray jwt = OpenBadge::vcJwt(credential, key.value());
        const QString jwtPath = parser.value(out) + QStringLiteral(".jwt");
        if (!writeFile(ctx, parser.value(out), QJsonDocument(credential).toJson(QJsonDocument::Indented))
            || !writeFile(ctx, jwtPath, jwt))
            return Failure;
        ctx.out << tr("Wrote %1 and %2.").arg(parser.value(out), jwtPath) << Qt::endl;
        return Success;
    }

    int publicKey(Context &ctx, const QStringList &args)
    {
        QCommandLineParser parser;
        const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (default: print it)."), tr("FILE"));
        parser.addOption(out);
        if (auto code = parseVerb(ctx, parser, args,
                                  tr("Writes the organisation's Ed25519 public key (32 bytes, base64, one line): "
                                     "with it anyone can check a certificate, without the database."),
                                  0))
            return *code;
        Database *db = ctx.existingDatabase();
        if (!db)
            return Failure;
        TrainingCli cli(ctx, *db);
        const auto key = cli.keys.publicKey();
        if (!key)
            return ctx.fail(key.error());
        const QByteArray line = key->toBase64() + '\n';
        if (!parser.isSet(out)) {
            ctx.out << QString::fromLatin1(line);
            ctx.out.flush();
            return Success;
        }
        if (!writeFile(ctx, parser.value(out), line))
            return Failure;
        ctx.out << tr("Wrote %1.").arg(parser.value(out)) << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCertCommand()
{
    return std::make_unique<CertCommand>();
}

} // namespace stages::cli
