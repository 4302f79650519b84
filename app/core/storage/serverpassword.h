#pragma once

#include <QString>

namespace stages {

/// The school server's password for this process when the environment gives none. libpq takes
/// PGPASSWORD first (and ~/.pgpass); when PGPASSWORD is not set, every server connection the
/// program opens (Database::open, in any thread) sends the password set here: the one the
/// administrator stored on this PC (ServerConnectionStore) or one typed at a prompt. It lives in
/// memory only and is never written to a log or shown.
///
/// Both programs (stages, stagesctl) take the password in the same order: PGPASSWORD, the one
/// stored for that very server (useStoredFor), ~/.pgpass (libpq), and a prompt when the server
/// still wants one (needsAsking).
///
/// A Scoped password overrides it (and PGPASSWORD) for the connections one thread opens while
/// it lives: "Test connection" tries the password the administrator just typed.
class ServerPassword
{
public:
    /// Sets the process-wide password (empty: none). Thread-safe.
    static void set(const QString &password);
    /// At start, before the first connection to @p serverUrl: when PGPASSWORD is not set, sets
    /// the password the administrator stored for this server on this PC (ServerConnectionStore;
    /// one stored for another server is never sent). Returns whether one was set.
    static bool useStoredFor(const QString &serverUrl);
    /// Whether a connection failed with @p problem because the server wants a password and no
    /// source gave one: then, and only then, a program asks at a prompt.
    static bool needsAsking(const QString &problem);
    /// Whether a connection failed with @p problem because the server refused the password.
    static bool refused(const QString &problem);
    /// The password a connection opened by this thread should send, or empty to leave it to
    /// libpq: the Scoped one, else empty when PGPASSWORD is set (it wins), else the one set here.
    static QString effective();

    /// This thread's connections send @p password while the object lives (empty: no override).
    class Scoped
    {
    public:
        explicit Scoped(const QString &password);
        ~Scoped();
        Scoped(const Scoped &) = delete;
        Scoped &operator=(const Scoped &) = delete;

    private:
        QString m_previous;
    };
};

} // namespace stages
