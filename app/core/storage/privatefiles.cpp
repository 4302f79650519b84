#include "core/storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace stages {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateFolder = kPrivateFile | QFileDevice::ExeOwner;

} // namespace

Status PrivateFiles::makeFolder(const QString &folder)
{
    // Collect the missing folders from the innermost outwards, then create them top-down.
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, kPrivateFolder) && !QFileInfo(path).isDir())
            return Status::failure(tr("Cannot create the folder %1. Check that this user may write to %2.")
                                       .arg(path, QFileInfo(path).absolutePath()));
        QFile::setPermissions(path, kPrivateFolder); // explicit: mkdir's mode is filtered by the umask
    }
    if (!QFileInfo(folder).isDir())
        return Status::failure(tr("%1 is not a folder.").arg(folder));
    return {};
}

Status PrivateFiles::createFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile))
        return Status::failure(tr("Cannot create %1: %2").arg(file, f.errorString()));
    if (!f.setPermissions(kPrivateFile))
        return Status::failure(tr("Cannot make %1 private: %2").arg(file, f.errorString()));
    return {};
}

bool PrivateFiles::restrict(const QString &path)
{
    return QFile::setPermissions(path, QFileInfo(path).isDir() ? kPrivateFolder : kPrivateFile);
}

} // namespace stages
