#include "core/storage/serverpassword.h"

#include "core/storage/serverconnectionstore.h"

#include <QMutex>

namespace stages {

namespace {
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}
QString &stored()
{
    static QString password;
    return password;
}
thread_local QString t_scoped;
} // namespace

void ServerPassword::set(const QString &password)
{
    QMutexLocker locker(&lock());
    stored() = password;
}

bool ServerPassword::useStoredFor(const QString &serverUrl)
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return false; // libpq sends it, and it wins
    const QString stored = ServerConnectionStore::passwordFor(serverUrl);
    set(stored);
    return !stored.isEmpty();
}

bool ServerPassword::needsAsking(const QString &problem)
{
    // libpq's words when the server asks and neither PGPASSWORD, ~/.pgpass nor the program gave one.
    return problem.contains(QLatin1String("no password supplied")) && effective().isEmpty()
        && qEnvironmentVariableIsEmpty("PGPASSWORD");
}

bool ServerPassword::refused(const QString &problem)
{
    return problem.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive);
}

QString ServerPassword::effective()
{
    if (!t_scoped.isEmpty())
        return t_scoped;
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return {};
    QMutexLocker locker(&lock());
    return stored();
}

ServerPassword::Scoped::Scoped(const QString &password)
    : m_previous(t_scoped)
{
    t_scoped = password;
}

ServerPassword::Scoped::~Scoped()
{
    t_scoped = m_previous;
}

} // namespace stages
