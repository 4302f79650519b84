#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace stages {

class Database;

/// A PC's start on the school server, before the sign-in screen shows. It attaches the cache
/// and then:
/// - when the cache has never heard from the server, fetches the school (classes, pupils, their
///   progress) in a thread of its own while a progress dialog shows; it fails when the server
///   does not answer, since there is nothing to sign in with;
/// - otherwise does one quick pull, also in a thread, so a pupil who worked on another PC a
///   minute ago sees her progress here. It waits at most @p quickPullMs: a server that does not
///   answer never holds the sign-in screen back (the pull finishes, or fails, in the background;
///   the sync worker brings the news later). Offline, the PC opens on what it has.
class FirstFetch
{
    Q_DECLARE_TR_FUNCTIONS(stages::FirstFetch)

public:
    enum class Outcome {
        Fetched, ///< the first fetch of the school
        Pulled, ///< the quick pull finished in time
        PullFailed, ///< the quick pull ended with an error (server down): the PC opens on its cache
        TimedOut, ///< the quick pull did not finish in time: the PC opens on its cache
    };
    static constexpr int kQuickPullMs = 4000;

    /// Fails, with the message shown in a dialog, only when the cache cannot be attached or
    /// an empty cache cannot reach the server.
    static Result<Outcome> run(Database &cache, const QString &serverUrl, int quickPullMs = kQuickPullMs);
    /// "fetched", "pulled", "pull-failed", "timed-out" (for logs and tests).
    static QString keyOf(Outcome outcome);
    /// Rounds still running in their threads (one left behind by a timeout, until it ends).
    static int roundsRunning();
};

} // namespace stages
