#include "core/progress/attemptjournal.h"

#include "core/storage/ids.h"
#include "core/storage/privatefiles.h"
#include "core/storage/serverurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace stages {

namespace {

constexpr int kLockWaitMs = 10000;
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString str(const char *key)
{
    return QString::fromLatin1(key);
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

class JournalLock
{
public:
    explicit JournalLock(const QString &journal)
        : m_lock(journal + QLatin1String(".lock"))
    {
        m_locked = m_lock.tryLock(kLockWaitMs);
    }
    bool locked() const { return m_locked; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};

QList<QByteArray> readLines(QFile &file)
{
    QList<QByteArray> lines;
    const QByteArray all = file.readAll();
    for (const QByteArray &line : all.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

AttemptJournal::AttemptJournal(QString path)
    : m_path(std::move(path))
{ }

QString AttemptJournal::pathFor(const QString &databaseLocation)
{
    if (ServerUrl::isServer(databaseLocation)) {
        // A server's journal lives on this PC, in Stages' private folder, one per server address.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        (void)PrivateFiles::makeFolder(folder);
        const QByteArray key = QCryptographicHash::hash(databaseLocation.toUtf8(), QCryptographicHash::Sha256).toHex();
        return QDir(folder).filePath(QLatin1String("server-") + QLatin1String(key.left(16)) + QLatin1String(".pending.jsonl"));
    }
    return databaseLocation + QLatin1String(".pending.jsonl");
}

QByteArray AttemptJournal::toLine(const Entry &entry)
{
    const AttemptRecord &a = entry.attempt;
    QJsonObject o { { str("id"), a.id },
                    { str("finishedAt"), toDbTime(a.finishedAt) },
                    { str("personId"), a.personId.isEmpty() ? entry.session.personId : a.personId },
                    { str("schoolId"), entry.session.schoolId },
                    { str("role"), roleKey(entry.session.role) },
                    { str("name"), entry.session.displayName },
                    { str("exerciseId"), a.exerciseId },
                    { str("domain"), a.domain },
                    { str("stage"), a.stage },
                    { str("score"), a.score },
                    { str("success"), a.success },
                    { str("durationMs"), double(a.durationMs) },
                    { str("hintsUsed"), a.hintsUsed },
                    { str("answer"), QJsonArray { a.answer } },
                    { str("mixedSet"), a.mixedSet } };
    if (a.artifact)
        o.insert(str("artifact"),
                 QJsonObject { { str("kind"), a.artifact->kind },
                               { str("title"), a.artifact->title },
                               { str("content"), a.artifact->content } });
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<AttemptJournal::Entry> AttemptJournal::fromLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Entry e;
    AttemptRecord &a = e.attempt;
    a.id = o.value(str("id")).toString();
    a.finishedAt = fromDbTime(o.value(str("finishedAt")).toString());
    a.personId = o.value(str("personId")).toString();
    const auto role = roleFromKey(o.value(str("role")).toString());
    if (a.id.isEmpty() || a.personId.isEmpty() || !a.finishedAt.isValid() || !role)
        return std::nullopt;
    e.session = Session { a.personId, o.value(str("schoolId")).toString(), *role, o.value(str("name")).toString() };
    a.exerciseId = o.value(str("exerciseId")).toString();
    a.domain = o.value(str("domain")).toString();
    a.stage = o.value(str("stage")).toInt();
    a.score = o.value(str("score")).toDouble();
    a.success = o.value(str("success")).toBool();
    a.durationMs = qint64(o.value(str("durationMs")).toDouble());
    a.hintsUsed = o.value(str("hintsUsed")).toInt();
    a.answer = o.value(str("answer")).toArray().at(0);
    a.mixedSet = o.value(str("mixedSet")).toBool();
    if (o.contains(str("artifact"))) {
        const QJsonObject art = o.value(str("artifact")).toObject();
        a.artifact = AttemptRecord::Artifact { art.value(str("kind")).toString(), art.value(str("title")).toString(),
                                               art.value(str("content")).toObject() };
    }
    return e;
}

Status AttemptJournal::append(const Entry &entry)
{
    if (entry.attempt.id.isEmpty() || !entry.attempt.finishedAt.isValid())
        return Status::failure(tr("An attempt to keep for later needs its id and time."));
    JournalLock lock(m_path);
    if (!lock.locked())
        return Status::failure(tr("The list of answers to save later (%1) is busy.").arg(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly))
        return Status::failure(tr("Cannot keep the answer in %1: %2").arg(m_path, file.errorString()));
    const QByteArray line = toLine(entry);
    // One write of one whole line: a crash leaves at most a cut last line, which is skipped.
    if (file.write(line) != line.size() || !syncToDisk(file))
        return Status::failure(tr("Cannot keep the answer in %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<QList<AttemptJournal::Entry>> AttemptJournal::entries() const
{
    using R = Result<QList<Entry>>;
    QFile file(m_path);
    if (!file.exists())
        return QList<Entry>();
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QList<Entry> list;
    for (const QByteArray &line : readLines(file)) {
        if (auto entry = fromLine(line))
            list.append(*entry);
    }
    return list;
}

Result<int> AttemptJournal::replay(const std::function<bool(const Entry &)> &store)
{
    using R = Result<int>;
    if (!QFile::exists(m_path))
        return 0;
    JournalLock lock(m_path);
    if (!lock.locked())
        return R::failure(tr("The list of answers to save later (%1) is busy.").arg(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    const QList<QByteArray> lines = readLines(file);
    file.close();
    QList<QByteArray> kept;
    for (const QByteArray &line : lines) {
        const auto entry = fromLine(line);
        if (!entry)
            continue; // cut by a crash while it was written: that attempt never got its line
        if (!store(*entry))
            kept.append(line);
    }
    if (kept.isEmpty()) {
        if (!QFile::remove(m_path))
            return R::failure(tr("Cannot remove %1.").arg(m_path));
        return 0;
    }
    if (kept.size() == lines.size())
        return int(kept.size());
    QSaveFile out(m_path); // keeps the file's 0600 permissions; syncs, then renames over it
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot rewrite %1: %2").arg(m_path, out.errorString()));
    for (const QByteArray &line : std::as_const(kept))
        out.write(line + '\n');
    if (!out.commit())
        return R::failure(tr("Cannot rewrite %1: %2").arg(m_path, out.errorString()));
    return int(kept.size());
}

} // namespace stages
