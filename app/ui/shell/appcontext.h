#pragma once

#include "core/accounts/accountservice.h"
#include "core/progress/attemptrecorder.h"
#include "core/school/classservice.h"
#include "core/training/educatorservice.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "exercises/framework/view/screenservices.h"

#include <memory>

class QTimer;

namespace stages {

class SyncWorker;

class Clock;
class Database;
class Speaker;
namespace music {
class SoundService;
}

/// What the screens work with: the open database and the services built on it.
/// The desktop main (or a test) makes one and passes it down by reference; it owns the
/// database, the clock is the caller's.
class AppContext : public ScreenServices
{
public:
    AppContext(std::unique_ptr<Database> database, const Clock &clock);
    ~AppContext() override;

    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    AccountService &accounts() { return m_accounts; }
    ClassService &classes() { return m_classes; }
    EducatorService &educators() { return m_educators; }
    /// The organisation's signing key (issue 11): grants, and unlocking it to sign.
    SigningKeys &signingKeys() { return m_signingKeys; }
    /// Training of educators: programmes, evidence, certificates, lineage (issue 11).
    TrainingService &training() { return m_training; }
    /// Stores pupils' attempts that could not be saved at once (the pending journal next to
    /// the database): tried when the context is made, at each sign-in and every
    /// kRetryIntervalMs while any wait. Returns how many still wait.
    int retryPendingAttempts();
    /// Attempts kept and not stored yet (staff see a warning while this is not 0).
    int pendingAttempts() const { return m_recorder.pendingCount(); }
    static constexpr int kRetryIntervalMs = 15000;
    /// On a school server: the worker that keeps this PC's cache (database()) and the server in
    /// step; nullptr on a standalone database.
    SyncWorker *sync() const { return m_sync.get(); }
    void setSync(std::unique_ptr<SyncWorker> worker);
    /// The app's one sound engine, made on first use with the SoundFont chosen in the settings.
    music::SoundService &sound();
    /// Reads pupils' instructions aloud in the UI language (made on first use; follows a
    /// language switch).
    Speaker &speaker();
    /// ScreenServices for the domains' screens: "sound" is sound(), "speech" speaker().
    QObject *service(QStringView name) override;

private:
    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    AccountService m_accounts;
    ClassService m_classes;
    EducatorService m_educators;
    SigningKeys m_signingKeys;
    TrainingService m_training;
    AttemptRecorder m_recorder;
    std::unique_ptr<QTimer> m_retry;
    std::unique_ptr<SyncWorker> m_sync;
    std::unique_ptr<music::SoundService> m_sound;
    std::unique_ptr<Speaker> m_speaker;
};

} // namespace stages
