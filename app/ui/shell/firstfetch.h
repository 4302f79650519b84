#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace stages {

class Database;

/// A PC's first contact with the school server: attaches its cache and, when the cache has
/// never heard from the server, fetches the school (classes, pupils, their progress) before the
/// window opens, in a thread of its own while a progress dialog shows. A cache that has heard
/// from the server before opens at once (offline too); the worker brings the news.
class FirstFetch
{
    Q_DECLARE_TR_FUNCTIONS(stages::FirstFetch)

public:
    /// Fails, with the message shown in a dialog, only when the cache cannot be attached or
    /// an empty cache cannot reach the server.
    static Status run(Database &cache, const QString &serverUrl);
};

} // namespace stages
