#include "core/storage/serverpassword.h"

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
