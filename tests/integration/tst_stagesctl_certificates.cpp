// The trainer's journey through `stagesctl` (issue 11, points 3, 4 and 6), with the real binary
// on a fresh school: an administrator records the founding trainer and lets her sign; she adds
// an educator, records workshop hours, practicum, observed lessons and portfolio items while
// `educator show --json` lists what is still missing; issuing is refused with that list, a
// teacher's --as is refused, then the certificate is issued, exported as PDF and JSON, verified
// with the database and with the public key alone, caught when tampered, revoked, and exported
// as an Open Badge with its VC-JWT. Last, the demo school's founding trainer certifies at once.

#include "core/training/organisationkey.h"
#include "support/stagesctlrun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestStagesctlCertificates : public QObject
{
    Q_OBJECT

    static constexpr const char *kPassword = "secret-123";

    QTemporaryDir m_dir;
    QString m_trainer; ///< educator id of the founding trainer (account tia)
    QString m_eva; ///< educator id of the teacher in training (no account here)
    QString m_workshop; ///< the first workshop evidence, corrected later
    QString m_certificate;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dbPath() const { return path(QStringLiteral("school.sqlite")); }

    /// stagesctl on the school's database; @p input goes to standard input.
    StagesctlRun run(const QStringList &args, const QByteArray &input = {}) const
    {
        return stagesctl(QStringList { QStringLiteral("--db"), dbPath() } + args, input);
    }
    /// As run(), acting as @p login with the shared test password on standard input.
    StagesctlRun runAs(const QString &login, const QStringList &args) const
    {
        return run(args + QStringList { QStringLiteral("--as"), login }, QByteArray(kPassword) + '\n');
    }

    static QJsonDocument json(const StagesctlRun &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(r.out.left(300)));
        return doc;
    }

    /// Eva's progress in the teacher programme, from `educator show --json`.
    QJsonObject evaProgress() const
    {
        const auto r = run({ QStringLiteral("educator"), QStringLiteral("show"), m_eva, QStringLiteral("--json") });
        if (r.exitCode != 0)
            qWarning("educator show failed: %s", qPrintable(r.err));
        const QJsonArray programmes = json(r)[QLatin1String("programmes")].toArray();
        for (const QJsonValue &p : programmes) {
            if (p[QLatin1String("id")].toString() == QLatin1String("stages-teacher"))
                return p.toObject();
        }
        return {};
    }

    static QStringList missingOf(const QJsonObject &progress)
    {
        QStringList lines;
        for (const QJsonValue &v : progress[QLatin1String("missing")].toArray())
            lines.append(v.toString());
        return lines;
    }

    static QString firstLine(const QString &text) { return text.section(QLatin1Char('\n'), 0, 0); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeAll(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    void addEvidence(const QStringList &options)
    {
        const auto r
            = runAs(QStringLiteral("tia"),
                    QStringList { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--educator"),
                                  m_eva, QStringLiteral("--programme"), QStringLiteral("stages-teacher") }
                        + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Recorded ")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("STAGES_BIN_DIR") + QStringLiteral("/stagesctl")));
        QVERIFY(m_dir.isValid());
    }

    void foundingTrainerWhoMaySign()
    {
        auto r = run({ QStringLiteral("school"), QStringLiteral("init"), QStringLiteral("--name"),
                       QStringLiteral("Test School"), QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
                       QStringLiteral("--admin-login"), QStringLiteral("ada"), QStringLiteral("--password-stdin") },
                     QByteArray(kPassword) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto &[role, name, login] :
             { std::tuple { "trainer", "Tia Trainer", "tia" }, std::tuple { "teacher", "Tom Teacher", "tom" } }) {
            r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--role"),
                      QString::fromLatin1(role), QStringLiteral("--name"), QString::fromLatin1(name),
                      QStringLiteral("--login"), QString::fromLatin1(login), QStringLiteral("--password-stdin") },
                    QByteArray(kPassword) + '\n');
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }

        // The programmes the verbs work with.
        r = run({ QStringLiteral("programme"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &p : json(r).array())
            ids.append(p[QLatin1String("id")].toString());
        QCOMPARE(ids, (QStringList { QStringLiteral("stages-teacher"), QStringLiteral("stages-trainer") }));
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("Stages teacher"),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray requirements = json(r)[QLatin1String("requirements")].toArray();
        QStringList kinds;
        for (const QJsonValue &q : requirements)
            kinds.append(q[QLatin1String("kind")].toString());
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("workshop"), QStringLiteral("practicum"), QStringLiteral("observation"),
                                QStringLiteral("portfolio") }));
        QCOMPARE(requirements.at(0)[QLatin1String("minimum")].toDouble(), 16.0);
        QCOMPARE(requirements.at(2)[QLatin1String("minimum_count")].toInt(), 2);
        QCOMPARE(requirements.at(2)[QLatin1String("rubric")].toArray().size(), 4);
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("stages-gardener") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("stages-teacher")));

        // An administrator edits a programme in the JSON that show prints and saves it back; a
        // trainer may not, and a file with an unknown kind changes nothing.
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("stages-teacher"),
                  QStringLiteral("--json") });
        const QJsonObject original = json(r).object();
        QJsonObject edited = original;
        QJsonArray editedRequirements = edited[QLatin1String("requirements")].toArray();
        QJsonObject hours = editedRequirements.at(0).toObject();
        hours.insert(QStringLiteral("minimum"), 12);
        editedRequirements.replace(0, hours);
        edited.insert(QStringLiteral("requirements"), editedRequirements);
        const auto writeJson = [this](const QString &name, const QJsonObject &o) {
            QFile f(path(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(o).toJson());
            return f.fileName();
        };
        const QString editedFile = writeJson(QStringLiteral("teacher-edited.json"), edited);
        r = run({ QStringLiteral("programme"), QStringLiteral("save"), editedFile, QStringLiteral("--as"),
                  QStringLiteral("tia") },
                QByteArray(kPassword) + '\n');
        QVERIFY(r.exitCode != 0);
        QJsonObject broken = edited;
        QJsonArray brokenRequirements = editedRequirements;
        QJsonObject odd = brokenRequirements.at(1).toObject();
        odd.insert(QStringLiteral("kind"), QStringLiteral("gardening"));
        brokenRequirements.replace(1, odd);
        broken.insert(QStringLiteral("requirements"), brokenRequirements);
        r = run({ QStringLiteral("programme"), QStringLiteral("save"),
                  writeJson(QStringLiteral("teacher-broken.json"), broken), QStringLiteral("--as"),
                  QStringLiteral("ada") },
                QByteArray(kPassword) + '\n');
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.isEmpty(), "a bad programme was refused without a reason");
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("stages-teacher"),
                  QStringLiteral("--json") });
        QCOMPARE(json(r).object(), original);
        r = run({ QStringLiteral("programme"), QStringLiteral("save"), editedFile, QStringLiteral("--as"),
                  QStringLiteral("ada") },
                QByteArray(kPassword) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("stages-teacher"),
                  QStringLiteral("--json") });
        QCOMPARE(json(r)[QLatin1String("requirements")].toArray().at(0)[QLatin1String("minimum")].toDouble(), 12.0);
        r = run({ QStringLiteral("programme"), QStringLiteral("save"),
                  writeJson(QStringLiteral("teacher-original.json"), original), QStringLiteral("--as"),
                  QStringLiteral("ada") },
                QByteArray(kPassword) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("stages-teacher"),
                  QStringLiteral("--json") });
        QCOMPARE(json(r).object(), original);

        // The administrator records Tia as a founding trainer and gives her a copy of the key.
        r = runAs(
            QStringLiteral("ada"),
            { QStringLiteral("educator"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("tia") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("educator"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 1);
        m_trainer = json(r)[0][QLatin1String("id")].toString();
        QCOMPARE(json(r)[0][QLatin1String("name")].toString(), QStringLiteral("Tia Trainer"));
        QVERIFY(!m_trainer.isEmpty());

        r = runAs(QStringLiteral("ada"),
                  { QStringLiteral("cert"), QStringLiteral("founding"), QStringLiteral("--educator"), m_trainer });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("educator"), QStringLiteral("allow-signing"), m_trainer, QStringLiteral("--as"),
                  QStringLiteral("ada") },
                QByteArray(kPassword) + '\n' + QByteArray(kPassword) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("educator"), QStringLiteral("show"), m_trainer, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)[QLatin1String("status")].toString(), QStringLiteral("trainer"));
        QCOMPARE(json(r)[QLatin1String("founding")].toBool(), true);
        QCOMPARE(json(r)[QLatin1String("can_sign")].toBool(), true);
    }

    void evidenceUntilNothingIsMissing()
    {
        auto r = runAs(QStringLiteral("tia"),
                       { QStringLiteral("educator"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Eva Educator"), QStringLiteral("--organisation"),
                         QStringLiteral("Other School") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ QStringLiteral("educator"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue &e : json(r).array()) {
            if (e[QLatin1String("name")].toString() == QLatin1String("Eva Educator")) {
                m_eva = e[QLatin1String("id")].toString();
                QCOMPARE(e[QLatin1String("status")].toString(), QStringLiteral("in-training"));
                QCOMPARE(e[QLatin1String("trained_by")][QLatin1String("id")].toString(), m_trainer);
            }
        }
        QVERIFY(!m_eva.isEmpty());

        // Recording needs a trainer or admin who signs in.
        r = run({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--educator"), m_eva,
                  QStringLiteral("--programme"), QStringLiteral("stages-teacher"), QStringLiteral("--kind"),
                  QStringLiteral("workshop"), QStringLiteral("--hours"), QStringLiteral("4") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("--as")));
        r = run({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--educator"), m_eva,
                  QStringLiteral("--programme"), QStringLiteral("stages-teacher"), QStringLiteral("--kind"),
                  QStringLiteral("workshop"), QStringLiteral("--hours"), QStringLiteral("4"), QStringLiteral("--as"),
                  QStringLiteral("tia") },
                "wrong-password\n");
        QVERIFY(r.exitCode != 0);
        // A mistyped amount or an amount of another kind is refused before anything is stored.
        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--educator"), m_eva,
                    QStringLiteral("--programme"), QStringLiteral("stages-teacher"), QStringLiteral("--kind"),
                    QStringLiteral("workshop"), QStringLiteral("--weeks"), QStringLiteral("3") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("--weeks")));
        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--educator"), m_eva,
                    QStringLiteral("--programme"), QStringLiteral("stages-teacher"), QStringLiteral("--kind"),
                    QStringLiteral("observation"), QStringLiteral("--scores"), QStringLiteral("4,5,3,4") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("\"5\"")));
        r = run({ QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--educator"), m_eva,
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 0);

        addEvidence({ QStringLiteral("--kind"), QStringLiteral("workshop"), QStringLiteral("--hours"),
                      QStringLiteral("6"), QStringLiteral("--note"), QStringLiteral("Autumn workshop") });
        QJsonObject progress = evaProgress();
        QCOMPARE(progress[QLatin1String("eligible")].toBool(), false);
        QStringList missing = missingOf(progress);
        QCOMPARE(missing.size(), 4);
        QVERIFY2(missing.at(0).contains(QLatin1String("10 more workshop hours")), qPrintable(missing.join(u'|')));
        QCOMPARE(progress[QLatin1String("requirements")][0][QLatin1String("achieved")].toDouble(), 6.0);

        r = run({ QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--educator"),
                  QStringLiteral("Eva Educator"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 1);
        m_workshop = json(r)[0][QLatin1String("id")].toString();
        QCOMPARE(json(r)[0][QLatin1String("recorded_by")].toString(), QStringLiteral("Tia Trainer"));
        QCOMPARE(json(r)[0][QLatin1String("note")].toString(), QStringLiteral("Autumn workshop"));

        // Corrected: 6 hours were in fact 10; the note stays.
        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("evidence"), QStringLiteral("correct"), m_workshop, QStringLiteral("--hours"),
                    QStringLiteral("10") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        progress = evaProgress();
        QCOMPARE(progress[QLatin1String("requirements")][0][QLatin1String("achieved")].toDouble(), 10.0);
        r = run({ QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--educator"), m_eva,
                  QStringLiteral("--json") });
        QCOMPARE(json(r)[0][QLatin1String("note")].toString(), QStringLiteral("Autumn workshop"));
        QVERIFY(!json(r)[0][QLatin1String("corrected_at")].isNull());

        addEvidence({ QStringLiteral("--kind"), QStringLiteral("workshop"), QStringLiteral("--hours"),
                      QStringLiteral("6"), QStringLiteral("--date"),
                      QDate::currentDate().addDays(-30).toString(Qt::ISODate) });
        addEvidence(
            { QStringLiteral("--kind"), QStringLiteral("practicum"), QStringLiteral("--weeks"), QStringLiteral("8") });
        missing = missingOf(evaProgress());
        QCOMPARE(missing.size(), 2);
        QVERIFY2(missing.at(0).contains(QLatin1String("observed lesson")), qPrintable(missing.join(u'|')));
        QVERIFY2(missing.at(1).contains(QLatin1String("portfolio")), qPrintable(missing.join(u'|')));

        addEvidence({ QStringLiteral("--kind"), QStringLiteral("observation"), QStringLiteral("--scores"),
                      QStringLiteral("4,3,4,3") });
        addEvidence({ QStringLiteral("--kind"), QStringLiteral("observation"), QStringLiteral("--scores"),
                      QStringLiteral("3,3,4,4") });
        progress = evaProgress();
        QCOMPARE(progress[QLatin1String("requirements")][2][QLatin1String("achieved")].toDouble(), 2.0);
        QCOMPARE(progress[QLatin1String("requirements")][2][QLatin1String("average")].toDouble(), 3.5);
        QCOMPARE(missingOf(progress).size(), 1);

        // Not eligible yet: refused, with what is missing.
        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--educator"), m_eva,
                    QStringLiteral("--programme"), QStringLiteral("stages-teacher") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("3 more portfolio items")), qPrintable(r.err));

        addEvidence(
            { QStringLiteral("--kind"), QStringLiteral("portfolio"), QStringLiteral("--items"), QStringLiteral("3") });
        progress = evaProgress();
        QCOMPARE(progress[QLatin1String("eligible")].toBool(), true);
        QCOMPARE(missingOf(progress), QStringList());
    }

    void onlyACertifiedTrainerIssues()
    {
        // Tom is a teacher: his --as is refused, and nothing is issued.
        auto r = runAs(QStringLiteral("tom"),
                       { QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--educator"), m_eva,
                         QStringLiteral("--programme"), QStringLiteral("stages-teacher") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        r = run({ QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--educator"), m_eva,
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 0);

        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--educator"), m_eva,
                    QStringLiteral("--programme"), QStringLiteral("stages-teacher") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_certificate = r.out.trimmed();
        QVERIFY(!m_certificate.isEmpty());
        QVERIFY(!m_certificate.contains(QLatin1Char(' ')));

        r = run({ QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject issued;
        for (const QJsonValue &c : json(r).array()) {
            if (c[QLatin1String("id")].toString() == m_certificate)
                issued = c.toObject();
        }
        QCOMPARE(issued[QLatin1String("holder")].toString(), QStringLiteral("Eva Educator"));
        QCOMPARE(issued[QLatin1String("issuer")].toString(), QStringLiteral("Tia Trainer"));
        QCOMPARE(issued[QLatin1String("state")].toString(), QStringLiteral("valid"));
        const QDate issuedOn = QDate::fromString(issued[QLatin1String("issued")].toString(), Qt::ISODate);
        QCOMPARE(QDate::fromString(issued[QLatin1String("expires")].toString(), Qt::ISODate), issuedOn.addYears(3));
        // Three years away: no renewal reminder yet.
        r = run({ QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--expiring"), QStringLiteral("90"),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 0);

        const QJsonObject eva
            = json(run({ QStringLiteral("educator"), QStringLiteral("show"), m_eva, QStringLiteral("--json") }))
                  .object();
        QCOMPARE(eva[QLatin1String("status")].toString(), QStringLiteral("certified-teacher"));
        QCOMPARE(eva[QLatin1String("certificates")].toArray().size(), 1);
    }

    void exportVerifyTamperRevoke()
    {
        const QString pdf = path(QStringLiteral("eva.pdf"));
        const QString jsonFile = path(QStringLiteral("eva.json"));
        auto r = run({ QStringLiteral("cert"), QStringLiteral("export"), m_certificate, QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--json"), jsonFile });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const QJsonObject exported = QJsonDocument::fromJson(readAll(jsonFile)).object();
        QCOMPARE(exported[QLatin1String("format")].toString(), QStringLiteral("stages-certificate"));
        QVERIFY(exported[QLatin1String("payload")].toString().contains(QLatin1String("Eva Educator")));

        for (const QString &file : { jsonFile, pdf }) {
            r = run({ QStringLiteral("cert"), QStringLiteral("verify"), file });
            QCOMPARE(firstLine(r.out), QStringLiteral("valid"));
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QLatin1String("Eva Educator")));
            QVERIFY(!r.out.contains(QLatin1String("not checked")));
            QVERIFY(r.out.contains(QLatin1String("not revoked")));
        }

        // The public key: 44 base64 characters on one line, 32 bytes.
        const QString keyFile = path(QStringLiteral("organisation.key"));
        r = run({ QStringLiteral("cert"), QStringLiteral("public-key"), QStringLiteral("--out"), keyFile });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray keyText = readAll(keyFile);
        QVERIFY(keyText.endsWith('\n'));
        QCOMPARE(keyText.trimmed().size(), 44);
        QCOMPARE(keyText.count('\n'), 1);
        const auto key = QByteArray::fromBase64Encoding(keyText.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(key);
        QCOMPARE(key.decoded.size(), 32);

        // Elsewhere, with the public key alone: no database is opened (or made).
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(QStringLiteral("eva.json"));
        const QString copiedKey = elsewhere.filePath(QStringLiteral("organisation.key"));
        QVERIFY(QFile::copy(jsonFile, copy));
        QVERIFY(QFile::copy(keyFile, copiedKey));
        const QString noDatabase = elsewhere.filePath(QStringLiteral("none.sqlite"));
        r = stagesctl({ QStringLiteral("--db"), noDatabase, QStringLiteral("cert"), QStringLiteral("verify"), copy,
                        QStringLiteral("--public-key"), copiedKey });
        QCOMPARE(firstLine(r.out), QStringLiteral("valid"));
        QCOMPARE(r.exitCode, 0);
        // The explanation (second line) says that revocation was not checked.
        QVERIFY2(r.out.section(QLatin1Char('\n'), 1, 1).contains(QLatin1String("revoked is not checked")),
                 qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(noDatabase));

        // One byte flipped inside the payload, or inside the signature: invalid.
        const QByteArray original = readAll(copy);
        const qsizetype name = original.indexOf("Eva Educator");
        QVERIFY(name > 0);
        QByteArray tampered = original;
        tampered[name] = 'F';
        QVERIFY(writeAll(copy, tampered));
        r = stagesctl(
            { QStringLiteral("cert"), QStringLiteral("verify"), copy, QStringLiteral("--public-key"), copiedKey });
        QCOMPARE(firstLine(r.out), QStringLiteral("invalid"));
        QVERIFY(r.exitCode != 0);
        r = run({ QStringLiteral("cert"), QStringLiteral("verify"), copy });
        QCOMPARE(firstLine(r.out), QStringLiteral("invalid"));
        QVERIFY(r.exitCode != 0);

        tampered = original;
        const qsizetype signature = original.indexOf("\"signature\"");
        QVERIFY(signature > 0);
        const qsizetype value = original.indexOf('"', signature + 12) + 1; // the first base64 character
        tampered[value] = tampered[value] == 'A' ? 'B' : 'A';
        QVERIFY(writeAll(copy, tampered));
        r = stagesctl(
            { QStringLiteral("cert"), QStringLiteral("verify"), copy, QStringLiteral("--public-key"), copiedKey });
        QCOMPARE(firstLine(r.out), QStringLiteral("invalid"));
        QVERIFY(r.exitCode != 0);

        // Revoked: the database says so; the public key alone cannot know.
        r = runAs(QStringLiteral("tom"),
                  { QStringLiteral("cert"), QStringLiteral("revoke"), m_certificate, QStringLiteral("--reason"),
                    QStringLiteral("Not his to revoke") });
        QVERIFY(r.exitCode != 0);
        r = runAs(QStringLiteral("tia"),
                  { QStringLiteral("cert"), QStringLiteral("revoke"), m_certificate, QStringLiteral("--reason"),
                    QStringLiteral("Issued to the wrong Eva") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &file : { jsonFile, pdf }) {
            r = run({ QStringLiteral("cert"), QStringLiteral("verify"), file });
            QCOMPARE(firstLine(r.out), QStringLiteral("revoked"));
            QVERIFY(r.exitCode != 0);
        }
        r = stagesctl(
            { QStringLiteral("cert"), QStringLiteral("verify"), jsonFile, QStringLiteral("--public-key"), keyFile });
        QCOMPARE(firstLine(r.out), QStringLiteral("valid"));
        QVERIFY(r.out.contains(QLatin1String("revoked is not checked")));
        r = run({ QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--json") });
        bool revokedListed = false;
        for (const QJsonValue &c : json(r).array()) {
            if (c[QLatin1String("id")].toString() == m_certificate) {
                QCOMPARE(c[QLatin1String("state")].toString(), QStringLiteral("revoked"));
                QCOMPARE(c[QLatin1String("revoke_reason")].toString(), QStringLiteral("Issued to the wrong Eva"));
                revokedListed = true;
            }
        }
        QVERIFY(revokedListed);

        // Garbage is invalid, not a crash; a missing file too.
        QVERIFY(writeAll(copy, "{\"format\":\"stages-certificate\"}"));
        r = run({ QStringLiteral("cert"), QStringLiteral("verify"), copy });
        QCOMPARE(firstLine(r.out), QStringLiteral("invalid"));
        QVERIFY(r.exitCode != 0);
        r = run({ QStringLiteral("cert"), QStringLiteral("verify"), path(QStringLiteral("nothing-here.json")) });
        QCOMPARE(firstLine(r.out), QStringLiteral("invalid"));
        QVERIFY(r.exitCode != 0);
    }

    void openBadgeAndItsJwt()
    {
        const QString badge = path(QStringLiteral("eva-badge.json"));
        auto r = run(
            { QStringLiteral("cert"), QStringLiteral("export-badge"), m_certificate, QStringLiteral("--out"), badge });
        QVERIFY(r.exitCode != 0); // signing needs --as
        QVERIFY(!QFileInfo::exists(badge));
        r = runAs(
            QStringLiteral("tia"),
            { QStringLiteral("cert"), QStringLiteral("export-badge"), m_certificate, QStringLiteral("--out"), badge });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QJsonObject credential = QJsonDocument::fromJson(readAll(badge)).object();
        QVERIFY(credential[QLatin1String("type")].toArray().contains(QStringLiteral("OpenBadgeCredential")));
        QVERIFY(credential[QLatin1String("type")].toArray().contains(QStringLiteral("VerifiableCredential")));
        QCOMPARE(credential[QLatin1String("credentialSubject")][QLatin1String("name")].toString(),
                 QStringLiteral("Eva Educator"));
        QVERIFY(credential[QLatin1String("credentialSubject")][QLatin1String("achievement")].isObject());

        const QByteArray jwt = readAll(badge + QStringLiteral(".jwt")).trimmed();
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const auto options
            = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;
        QList<QByteArray> decoded;
        for (const QByteArray &part : parts) {
            QVERIFY(!part.isEmpty());
            const auto d = QByteArray::fromBase64Encoding(part, options);
            QVERIFY2(d, part.constData());
            decoded.append(d.decoded);
        }
        QCOMPARE(QJsonDocument::fromJson(decoded.at(0))[QLatin1String("alg")].toString(), QStringLiteral("EdDSA"));
        QCOMPARE(QJsonDocument::fromJson(decoded.at(1)).object(), credential);
        // Signed by the organisation's key, the one `cert public-key` gives.
        r = run({ QStringLiteral("cert"), QStringLiteral("public-key") });
        QCOMPARE(r.exitCode, 0);
        const QByteArray publicKey = QByteArray::fromBase64(r.out.trimmed().toLatin1());
        QVERIFY(OrganisationKey::verify(parts.at(0) + '.' + parts.at(1), decoded.at(2), publicKey));
        QVERIFY(!OrganisationKey::verify(parts.at(0) + '.' + parts.at(1) + ' ', decoded.at(2), publicKey));
    }

    void demoTrainerCertifiesAtOnce()
    {
        // The demo school's trainer is a founding trainer who may sign: a demo can certify at once.
        const QStringList db { QStringLiteral("--db"), path(QStringLiteral("demo.sqlite")) };
        auto r = stagesctl(db
                           + QStringList { QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--pupils"),
                                           QStringLiteral("6") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray demoPassword = "stages-demo\n";
        const QStringList issue { QStringLiteral("cert"),        QStringLiteral("issue"),
                                  QStringLiteral("--programme"), QStringLiteral("stages-teacher"),
                                  QStringLiteral("--as"),        QStringLiteral("vera.kralova"),
                                  QStringLiteral("--educator") };
        r = stagesctl(db + issue + QStringList { QStringLiteral("Karel Dostál") }, demoPassword);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("more portfolio items")), qPrintable(r.err));
        r = stagesctl(db + issue + QStringList { QStringLiteral("Jana Nováková") }, demoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        const QString file = path(QStringLiteral("jana.json"));
        r = stagesctl(
            db + QStringList { QStringLiteral("cert"), QStringLiteral("export"), id, QStringLiteral("--json"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = stagesctl(db + QStringList { QStringLiteral("cert"), QStringLiteral("verify"), file });
        QCOMPARE(firstLine(r.out), QStringLiteral("valid"));
        QVERIFY(r.out.contains(QStringLiteral("Jana Nováková")));
    }
};

QTEST_GUILESS_MAIN(TestStagesctlCertificates)
#include "tst_stagesctl_certificates.moc"
