#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace stages {

/// Files and folders only their owner can read. A Stages database holds children's names and
/// the hashes of their picture passwords, which have few combinations by design, so a copy
/// anyone on the PC can read is the real risk. On Unix new files get 0600 and new folders 0700,
/// set explicitly so the umask does not matter (SQLite gives its -wal and -shm files the mode of
/// the database file). On Windows the per-user application-data folder keeps other users out.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(stages::PrivateFiles)

public:
    /// Creates @p folder and its missing parents, each new one private. Existing folders keep
    /// their permissions (a school may share a server folder on purpose).
    static Status makeFolder(const QString &folder);
    /// Creates the empty file @p file, private; fails when it already exists.
    static Status createFile(const QString &file);
    /// Makes an existing file (0600) or folder (0700) private; false when not allowed.
    static bool restrict(const QString &path);
};

} // namespace stages
