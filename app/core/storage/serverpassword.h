#pragma once

#include <QString>

namespace stages {

/// The school server's password for this process when the environment gives none. libpq takes
/// PGPASSWORD first (and ~/.pgpass); when PGPASSWORD is not set, every server connection the
/// program opens (Database::open, in any thread) sends the password set here: the one the
/// administrator stored on this PC (ServerConnectionStore) or one typed at a prompt. It lives in
/// memory only and is never written to a log or shown.
///
/// A Scoped password overrides it (and PGPASSWORD) for the connections one thread opens while
/// it lives: "Test connection" tries the password the administrator just typed.
class ServerPassword
{
public:
    /// Sets the process-wide password (empty: none). Thread-safe.
    static void set(const QString &password);
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
