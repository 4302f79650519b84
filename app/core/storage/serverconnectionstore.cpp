#include "core/storage/serverconnectionstore.h"

#include "core/storage/privatefiles.h"
#include "core/storage/serverurl.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace stages {

namespace {
const QString kUrl = QStringLiteral("server/url");

/// user@host:port/database: what decides whether a password belongs to a server.
QString identity(const QString &serverUrl)
{
    const auto url = ServerUrl::parse(serverUrl);
    return url ? QStringLiteral("%1@%2:%3/%4").arg(url->user, url->host).arg(url->port).arg(url->database) : QString();
}
} // namespace

QString ServerConnectionStore::url()
{
    return QSettings().value(kUrl).toString();
}

QString ServerConnectionStore::passwordFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/server-password");
}

QString ServerConnectionStore::password()
{
    QFile file(passwordFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString ServerConnectionStore::passwordFor(const QString &serverUrl)
{
    const QString stored = url();
    if (stored.isEmpty() || identity(stored).isEmpty() || identity(stored) != identity(serverUrl))
        return {};
    return password();
}

Status ServerConnectionStore::save(const QString &serverUrl, const QString &password)
{
    if (auto parsed = ServerUrl::parse(serverUrl); !parsed)
        return Status::from(parsed);
    const QString path = passwordFile();
    QFile::remove(path);
    if (!password.isEmpty()) {
        if (auto s = PrivateFiles::makeFolder(QFileInfo(path).absolutePath()); !s)
            return s;
        // Created 0600 (never readable by others, whatever the umask), and set again to be sure.
        QFile file(path);
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return Status::failure(tr("Cannot store the server's password in %1: %2").arg(path, file.errorString()));
        if (!file.setPermissions(ownerOnly) || file.write(password.toUtf8()) < 0 || !file.flush()) {
            const QString why = file.errorString();
            file.close();
            QFile::remove(path);
            return Status::failure(tr("Cannot store the server's password in %1: %2").arg(path, why));
        }
    }
    QSettings settings;
    settings.setValue(kUrl, serverUrl);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Status::failure(tr("Cannot save the settings of this computer."));
    return {};
}

Status ServerConnectionStore::clear()
{
    QSettings settings;
    settings.remove(kUrl);
    settings.sync();
    const QString path = passwordFile();
    if (QFile::exists(path) && !QFile::remove(path))
        return Status::failure(tr("Cannot remove the server's password file %1.").arg(path));
    if (settings.status() != QSettings::NoError)
        return Status::failure(tr("Cannot save the settings of this computer."));
    return {};
}

} // namespace stages
