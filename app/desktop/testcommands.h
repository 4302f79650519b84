#pragma once

#include "core/accounts/session.h"

#include <QByteArray>
#include <QObject>

#include <optional>

class QSocketNotifier;

namespace stages {

class AppContext;

/// For tests that run the real program as a PC in a lab (tests/integration/tst_twopcs): with
/// STAGES_TEST_COMMANDS set, the program reads commands from its standard input, one a line,
/// and answers each with one line on standard output. They act through the same services the
/// pupil's screens use, on the program's own database (its cache on a school server), while its
/// sync worker runs as usual:
///
///   signin PERSON-ID P1 P2 P3           picture sign-in → "signed-in ROLE" | "error …"
///   attempt EXERCISE DOMAIN STAGE 0|1   a finished exercise (AttemptRecorder) → "recorded ID saved|kept"
///   mastery DOMAIN STAGE                the signed-in pupil's mastery → "mastery LEVEL ATTEMPTS"
///   status                              changes waiting now, and whether the server answered the
///                                       worker's last round → "status pending=N reachable=0|1"
///   sync                                a sync round now → "sync requested"
///   quit                                ends the program → "bye"
///
/// Never active in normal use: without the variable nothing reads standard input.
class TestCommands : public QObject
{
public:
    explicit TestCommands(AppContext &context, QObject *parent = nullptr);

    /// Runs one command line and returns the answer (without the newline).
    QByteArray run(const QByteArray &line);

private:
    void readInput();

    AppContext &m_context;
    std::optional<Session> m_session;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
};

} // namespace stages
