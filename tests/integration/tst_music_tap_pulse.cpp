// Tap-rhythm timing against the sound as it is heard (issue 7, defect 11): the real
// TapRhythmScreen plays its count-in and rhythm through a real PulseAudio null sink while the
// sink's monitor is recorded with parec. The onsets are found blind in the recording and put on
// the test's clock; the pupil here listens to the four count-in clicks, learns from them when a
// scheduled note is heard, and taps the Space bar when each beat of the rhythm sounds. Afterwards
// each tap is checked against the onset it was meant for in the recording, and the screen must
// judge every beat a hit at the strictest tap stage. Skips, saying why, without PulseAudio,
// parec or a SoundFont.

#include "audio/synth.h"
#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/music/exercisemelody.h"
#include "exercises/music/tapscorer.h"
#include "exercises/music/view/rhythmgridwidget.h"
#include "exercises/music/view/soundservice.h"
#include "exercises/music/view/taprhythmscreen.h"
#include "unit/audio/audioanalysis.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

#include <signal.h>

using namespace stages;
using namespace stages::music;

namespace {

constexpr int kRate = 48000;
constexpr int kStallMs = 120;

/// The test's one clock (CLOCK_MONOTONIC), in ms.
QElapsedTimer &wall()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

double nowMs()
{
    return double(wall().nsecsElapsed()) / 1e6;
}

/// Records the null sink's monitor (mono, 48 kHz) and puts each sample on the test's clock. A
/// sample cannot reach us before the sink has played it, so each read bounds the time of the
/// recording's first sample from above (read time less the length read so far); the smallest
/// bound over all reads is the estimate. parec delivers every 10 ms, so it is good to a few ms.
class MonitorRecorder
{
public:
    bool start()
    {
        QObject::connect(&m_parec, &QProcess::readyReadStandardOutput, &m_parec, [this] { read(); });
        m_parec.start(QStringLiteral("parec"),
                      { QStringLiteral("-d"), QStringLiteral("stages_null.monitor"), QStringLiteral("--format=s16le"),
                        QStringLiteral("--rate=48000"), QStringLiteral("--channels=1"),
                        QStringLiteral("--latency-msec=10") });
        return m_parec.waitForStarted(5000);
    }

    void stop()
    {
        read();
        m_parec.terminate();
        m_parec.waitForFinished(5000);
    }

    void read()
    {
        m_bytes += m_parec.readAllStandardOutput();
        const double now = nowMs();
        const double recordedMs = double(m_bytes.size() / 2) * 1000.0 / kRate;
        m_firstSampleMs = std::min(m_firstSampleMs, now - recordedMs);
    }

    std::vector<float> samples() const
    {
        std::vector<float> s(size_t(m_bytes.size() / 2));
        for (size_t i = 0; i < s.size(); ++i)
            s[i] = qFromLittleEndian<qint16>(m_bytes.constData() + 2 * i) / 32768.0f;
        return s;
    }

    /// The onsets heard so far, on the test's clock (ms).
    QList<double> onsetsMs() const
    {
        QList<double> out;
        for (size_t i : test::detectOnsets(samples(), kRate))
            out.append(m_firstSampleMs + double(i) * 1000.0 / kRate);
        return out;
    }

private:
    QProcess m_parec;
    QByteArray m_bytes;
    double m_firstSampleMs = std::numeric_limits<double>::infinity();
};

/// Processes events until the test's clock reads @p ms; the last stretch is spun so the moment
/// is met to a fraction of a millisecond.
void waitUntil(double ms)
{
    while (nowMs() < ms - 3)
        QTest::qWait(1);
    while (nowMs() < ms)
        QCoreApplication::processEvents();
}

/// How late each scheduled note was heard (ms; NaN: not heard yet) and how late the sound is
/// running by the last note heard.
struct Heard
{
    QList<double> perNote;
    double late = 0;
};

/// Follows the recording as a listener does: each onset heard belongs to the scheduled note
/// nearest to it given how late the sound has been running so far (the notes are a step apart,
/// and the sound slips by less than half a step at a time). @p scheduledMs are from @p playedAt.
Heard lateness(const QList<double> &heardMs, const QList<double> &scheduledMs, double playedAt)
{
    Heard h;
    h.perNote = QList<double>(scheduledMs.size(), std::numeric_limits<double>::quiet_NaN());
    double halfGap = 1000;
    for (qsizetype j = 1; j < scheduledMs.size(); ++j)
        halfGap = std::min(halfGap, (scheduledMs.at(j) - scheduledMs.at(j - 1)) / 2);
    qsizetype next = 0;
    for (double onset : heardMs) {
        qsizetype best = -1;
        for (qsizetype j = next; j < scheduledMs.size(); ++j) {
            const double d = std::abs(onset - (playedAt + scheduledMs.at(j) + h.late));
            if (d < halfGap && (best < 0 || d < std::abs(onset - (playedAt + scheduledMs.at(best) + h.late))))
                best = j;
        }
        if (best < 0)
            continue; // before the sequence, or a second onset inside one note
        h.late = onset - (playedAt + scheduledMs.at(best));
        h.perNote[best] = h.late;
        next = best + 1;
    }
    return h;
}

} // namespace

class TestMusicTapPulse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        wall();
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty())
            QSKIP("parec (pulseaudio-utils) is not installed; cannot record the null sink.");
        QProcess script;
        script.start(qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pulse-null-sink"),
                     { QStringLiteral("start") });
        if (!script.waitForFinished(20000) || script.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("No PulseAudio null sink could be started: %1")
                                 .arg(QString::fromLocal8Bit(script.readAllStandardError()).trimmed())));
        // Before Qt Multimedia first looks for a server.
        qputenv("PULSE_SERVER", script.readAllStandardOutput().trimmed());
        if (auto synth = audio::Synth::create(); !synth)
            QSKIP(qPrintable(synth.error()));
    }

    void tapsOnTheHeardBeatsAllHit()
    {
        const auto content = makeExerciseContent();
        // The strictest tap-rhythm stage (its tolerance is the smallest).
        const Exercise *exercise = nullptr;
        for (const Exercise &e : content->catalogue().exercises()) {
            if (e.domain == QLatin1String("music") && e.task == QLatin1String("tap-rhythm")
                && (!exercise || e.stage > exercise->stage))
                exercise = &e;
        }
        QVERIFY(exercise);

        SoundService sound(SoundService::Options { {}, true, 10 });
        const Status started = sound.start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(sound.isAudible());

        MonitorRecorder recorder;
        QVERIFY(recorder.start());
        const auto stopRecorder = qScopeGuard([&] { recorder.stop(); });
        // A freshly idle null sink takes a second or two to start taking a new stream: let
        // it settle on silence, as a pupil's machine has long done by the time they tap.
        QTest::qWait(2500);

        // A few tries: the sound on this machine may also slip by itself in the moment between
        // the last note heard and a tap, and then that tap is off the sound (for a pupil too).
        for (int attempt = 1; attempt <= 3; ++attempt) {
            bool onTheSound = false;
            playAndTap(*content, *exercise, sound, recorder, &onTheSound);
            if (QTest::currentTestFailed() || onTheSound)
                return;
            qInfo("the sound slipped by itself just before a tap; once more");
        }
        // Nothing measured: each try, the machine's own sound slip came between the note heard
        // and the tap, so no tap was on the sound. That says nothing about the app's judgement
        // (shown as skipped in the ctest summary, never as passed).
        QSKIP("in three tries the sound always slipped by itself just before a tap: the machine is too busy to measure");
    }

private:
    /// Opens the screen, presses Start, stalls the sound server during the count-in and taps
    /// each beat when it is heard. Checks that each judgement is the tap against the heard
    /// onset and, when every tap was on the sound (*onTheSound), that every beat is a hit.
    void playAndTap(const ExerciseContent &content, const Exercise &exercise, SoundService &sound,
                    MonitorRecorder &recorder, bool *onTheSound)
    {
        ManualClock clock;
        TapRhythmScreen screen(content.engine(), exercise, clock, sound);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));

        // What is scheduled, in ms from the start of the sequence: four count-in clicks, then
        // every step of the rhythm (the rests play the hi-hat, the beats the snare).
        const Melody melody = ExerciseMelody::forExercise(exercise, content.engine()).value();
        const QList<double> onsets = screen.onsetTimesMs();
        const double countIn = screen.countInMs();
        QList<double> scheduledNotes;
        for (const MelodyNote &n : melody.notes)
            scheduledNotes.append(melody.beatToSeconds(n.startBeat) * 1000.0);
        QVERIFY(std::is_sorted(scheduledNotes.cbegin(), scheduledNotes.cend()));
        QList<qsizetype> beatNote; // the note each beat of the rhythm is
        for (double onset : onsets) {
            const auto it = std::find_if(scheduledNotes.cbegin(), scheduledNotes.cend(),
                                         [&](double t) { return std::abs(t - (countIn + onset)) < 1; });
            QVERIFY(it != scheduledNotes.cend());
            beatNote.append(it - scheduledNotes.cbegin());
        }
        QVERIFY(beatNote.first() >= 4); // after the count-in clicks
        const double tolerance = TapScorer::toleranceForStage(exercise.stage);
        qInfo("exercise %s: %lld beats at %.0f BPM, tolerance %.0f ms; device granted %.1f ms (asked 10)",
              qPrintable(exercise.id), qlonglong(onsets.size()), melody.tempoBpm, tolerance, sound.outputLatencyMs());

        // The sound server stalls for a moment during the count-in, as a busy school PC's does
        // (this machine's once did so by itself for 95 ms): the rest of the sound comes that
        // much later, and the pupil taps on what they hear.
        QProcess pidScript;
        pidScript.start(qEnvironmentVariable("STAGES_SOURCE_DIR") + QStringLiteral("/scripts/pulse-null-sink"),
                        { QStringLiteral("pid") });
        QVERIFY(pidScript.waitForFinished(10000));
        const qint64 serverPid = pidScript.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY2(serverPid > 0, "no process id for the null sink's PulseAudio daemon");

        const double playedAt = nowMs();
        QTest::mouseClick(screen.startButton(), Qt::LeftButton);
        QVERIFY(screen.isRecording());
        waitUntil(playedAt + (scheduledNotes.at(1) + scheduledNotes.at(2)) / 2); // between the 2nd and 3rd click
        QVERIFY(::kill(pid_t(serverPid), SIGSTOP) == 0);
        QTest::qWait(kStallMs);
        QVERIFY(::kill(pid_t(serverPid), SIGCONT) == 0);

        // Tap each beat when it is heard: shortly before, listen to what has sounded so far.
        QList<double> tappedAt;
        for (double onset : onsets) {
            const double scheduled = playedAt + countIn + onset;
            waitUntil(scheduled - 80);
            recorder.read();
            const double late = lateness(recorder.onsetsMs(), scheduledNotes, playedAt).late;
            tappedAt.append(scheduled + late);
            waitUntil(tappedAt.constLast());
            QTest::keyClick(&screen, Qt::Key_Space);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!sound.isPlaying(), 60000);
        QTest::qWait(300); // the last chunk of the recording
        recorder.read();

        // The recording: every scheduled note heard once.
        const Heard heard = lateness(recorder.onsetsMs(), scheduledNotes, playedAt);
        QStringList lates;
        for (double l : heard.perNote)
            lates.append(QString::number(l, 'f', 1));
        qInfo("heard after the schedule, per note (ms): %s", qPrintable(lates.join(u' ')));
        if (lates.contains(QStringLiteral("nan"))) {
            // A note lost in a stall of this busy machine: the taps say nothing then; play again.
            *onTheSound = false;
            return;
        }
        qInfo("the sound server's stall of %d ms put the sound %.1f ms later", kStallMs,
              heard.perNote.at(2) - heard.perNote.at(1));

        QTRY_VERIFY_WITH_TIMEOUT(screen.showsResult(), 60000);
        QCOMPARE(screen.taps().size(), onsets.size());
        const TapEvaluation judged = TapScorer(tolerance).score(onsets, screen.taps());
        QStringList onSound;
        QStringList errors;
        *onTheSound = true;
        for (qsizetype i = 0; i < onsets.size(); ++i) {
            const double heardAt = playedAt + countIn + onsets.at(i) + heard.perNote.at(beatNote.at(i));
            const double off = tappedAt.at(i) - heardAt;
            onSound.append(QString::number(off, 'f', 1));
            errors.append(QString::number(judged.errorsMs.at(i), 'f', 1));
            *onTheSound = *onTheSound && std::abs(off) <= 20;
        }
        qInfo("tap minus heard onset, per beat (ms):  %s", qPrintable(onSound.join(u' ')));
        qInfo("judged error, per beat (ms, + = late): %s", qPrintable(errors.join(u' ')));
        // A tap the busy test machine could not deliver on the sound (the sound slipped again just
        // before it) says nothing about the judgement: the caller plays once more.
        if (!*onTheSound)
            return;
        // Each judgement is the tap against the onset as heard, to a few ms (the old wall-clock
        // judgement was off by the whole stall, 110 ms and more).
        for (qsizetype i = 0; i < onsets.size(); ++i)
            QVERIFY2(std::abs(judged.errorsMs.at(i) - onSound.at(i).toDouble()) <= 15,
                     qPrintable(QStringLiteral("beat %1 judged %2 ms, but tapped %3 ms from its sound")
                                    .arg(i + 1)
                                    .arg(errors.at(i), onSound.at(i))));
        // So a pupil who taps on the sound hits every beat.
        QCOMPARE(judged.hits, int(onsets.size()));
        QVERIFY(judged.success);
        for (const RhythmGridWidget::TapMark &mark : screen.grid()->tapMarks())
            QCOMPARE(mark.kind, RhythmGridWidget::TapKind::Good);
    }
};

QTEST_MAIN(TestMusicTapPulse)
#include "tst_music_tap_pulse.moc"
