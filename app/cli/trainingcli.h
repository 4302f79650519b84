#pragma once

#include "cli/command.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <optional>

namespace stages::cli {

/// What the training verbs (programme, educator, evidence, cert) share: the services, the
/// person acting (--as LOGIN, password on standard input) and the JSON shapes.
class TrainingCli
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::TrainingCli)

public:
    /// The organisation's key and the training service over one database.
    TrainingCli(Context &context, Database &database);

    Context &ctx;
    Database &db;
    SigningKeys keys;
    TrainingService training;

    /// Who acts: a trainer or admin signed in with the password read from standard input
    /// (one line, never echoed), or, for reading verbs without --as, the command line's
    /// administrator session (whoever can open the database file already holds every right).
    struct Actor
    {
        Session session;
        QString password; ///< empty for the command line's session
    };

    /// "--as LOGIN": sign in as a trainer or admin; the password is read from standard input.
    static QCommandLineOption asOption();
    /// One more line of standard input, not echoed on a terminal (after @p prompt on stderr).
    QString readPassword(const QString &prompt);
    /// Signs in as @p login; prints why not and returns std::nullopt on failure.
    std::optional<Actor> signIn(const QString &login);
    /// --as when the verb was given one, the command line's session otherwise.
    std::optional<Actor> reader(const QCommandLineParser &parser, const QCommandLineOption &as);
    /// --as, which the verb needs; prints that it is missing otherwise.
    std::optional<Actor> actor(const QCommandLineParser &parser, const QCommandLineOption &as);

    /// A programme by its id ("stages-teacher") or its name ("Stages teacher", any case).
    std::optional<Programme> programme(const QString &idOrName);
    /// An educator by id, or by name when exactly one has it.
    std::optional<Educator> educator(const Session &session, const QString &idOrName);

    /// A day given as YYYY-MM-DD; prints the error and returns std::nullopt otherwise.
    std::optional<QDate> day(const QCommandLineParser &parser, const QCommandLineOption &option);
};

/// Untranslated key of a status for JSON: in-training, certified-teacher, trainer, lapsed.
QString educatorStatusKey(EducatorStatus status);
/// 16 → "16", 2.5 → "2.5": amounts as people write them.
QString amountText(double amount);

QJsonObject programmeJson(const Programme &programme);
QJsonObject educatorJson(const Educator &educator);
/// Progress per requirement and the missing items of one programme.
QJsonObject eligibilityJson(const Programme &programme, const Eligibility &eligibility);
QJsonObject evidenceJson(const EvidenceRecord &record);
QJsonObject certificateJson(const CertificateRecord &certificate, const QDate &today);

} // namespace stages::cli
