// Sound engine figures: key press (note-on) to the first non-silent sample handed to the audio
// device, and CPU use while a 4-voice pattern plays. Prints; never fails on time.
//
// Offline figures need only the SoundFont. Live figures use the default output; when none is
// reachable they use a private PulseAudio null sink (scripts/pulse-null-sink) and say so, or are
// skipped with the reason.

#include "audio/audiooutput.h"
#include "audio/offlinerenderer.h"
#include "audio/sequenceplayer.h"
#include "audio/synth.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/melody.h"
#include "exercises/music/melodysound.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace stages;
using namespace stages::audio;
using namespace stages::music;
using Clock = std::chrono::steady_clock;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// Four voices for 8 beats at 120 BPM: a melody, a bass line, a hi-hat and a Euclidean snare part.
Sequence fourVoicePattern(int sampleRate, int bars)
{
    Sequence seq(sampleRate);
    Melody tune = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C5 E5 G5 E5 D5 F5 A5 F5")), 0.5);
    Melody bass = Melody::fromPitches(*Pitch::parseList(QStringLiteral("C3 G2 A2 F2")), 1.0);
    Melody hats = Melody::fromRhythm(*EuclideanRhythm::euclid(8, 8), 42, 1, 0.5);
    Melody snare = Melody::fromRhythm(*EuclideanRhythm::euclid(3, 8), 38, 1, 0.5);
    tune.instrument = QStringLiteral("xylophone");
    bass.instrument = QStringLiteral("marimba");
    for (int b = 0; b < bars; ++b) {
        const qint64 offset = seq.beatToFrame(4.0 * b, 120);
        seq.merge(MelodySound::sequence(tune, sampleRate, 0), offset);
        seq.merge(MelodySound::sequence(hats, sampleRate, 0), offset);
        seq.merge(MelodySound::sequence(snare, sampleRate, 0), offset);
        // The bass on channel 2 so it keeps its own instrument.
        Sequence b2 = MelodySound::sequence(bass, sampleRate, 0);
        Sequence moved(sampleRate);
        for (ScheduledEvent e : b2.events()) {
            e.channel = 2;
            moved.add(e);
        }
        seq.merge(moved, offset);
    }
    seq.setLengthFrames(seq.beatToFrame(4.0 * bars, 120) + sampleRate / 2);
    return seq;
}

bool nonSilent(const float *x, int samples, int *index = nullptr)
{
    for (int i = 0; i < samples; ++i) {
        if (std::abs(x[i]) > 1e-4f) {
            if (index)
                *index = i;
            return true;
        }
    }
    return false;
}

void offlineFigures(Synth &synth)
{
    // Key press to first sound inside the engine, rendering 64-frame blocks as a tight device would.
    std::vector<double> frames;
    std::vector<double> micros;
    float block[2 * Synth::kBlockFrames];
    for (int i = 0; i < 20; ++i) {
        synth.reset();
        synth.setInstrument(Instrument::Xylophone);
        const auto t0 = Clock::now();
        synth.noteOn(0, 60 + i % 12, 110);
        int rendered = 0;
        int at = -1;
        while (rendered < 48000) {
            synth.render(block, Synth::kBlockFrames);
            if (nonSilent(block, 2 * Synth::kBlockFrames, &at))
                break;
            rendered += Synth::kBlockFrames;
        }
        const auto t1 = Clock::now();
        frames.push_back(rendered + at / 2);
        micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        synth.noteOff(0, 60 + i % 12);
    }
    std::sort(frames.begin(), frames.end());
    std::sort(micros.begin(), micros.end());
    std::printf("offline: note-on to first non-silent sample: median %.0f frames (%.3f ms of audio), "
                "computed in median %.0f us, max %.0f us\n",
                frames[frames.size() / 2], frames[frames.size() / 2] * 1000.0 / synth.sampleRate(),
                micros[micros.size() / 2], micros.back());

    const Sequence pattern = fourVoicePattern(synth.sampleRate(), 8);
    const double audioSeconds = double(pattern.lengthFrames()) / pattern.sampleRate();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    auto rendered = OfflineRenderer::render(synth, pattern);
    const double cpu = cpuSeconds() - cpu0;
    std::printf("offline: 4-voice pattern, %.1f s of audio rendered in %.3f s CPU (%lld ms wall): "
                "%.1f %% of one core in real time, %.0fx faster than real time\n",
                audioSeconds, cpu, wall.elapsed(), 100.0 * cpu / audioSeconds, audioSeconds / std::max(cpu, 1e-6));
    if (!rendered)
        std::printf("offline: render failed: %s\n", qPrintable(rendered.error()));
}

bool ensureDevice()
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        return true;
    return false;
}

void liveFigures(Synth &synth)
{
    AudioOutput output(synth);
    if (auto s = output.start(10); !s) {
        std::printf("live: skipped: %s\n", qPrintable(s.error()));
        return;
    }
    std::printf("live: device \"%s\", asked 10 ms, granted %.1f ms\n", qPrintable(output.deviceDescription()),
                output.actualLatencyMs());
    QElapsedTimer warm;
    warm.start();
    while (output.renderedBlocks() < 50 && warm.elapsed() < 8000)
        QThread::msleep(5);

    // The observer runs on the audio thread right before the block is written to the device.
    std::atomic<qint64> pressedAt { 0 };
    std::atomic<qint64> heardAt { 0 };
    output.setBlockObserver([&](const float *x, int frames) {
        if (pressedAt.load() != 0 && heardAt.load() == 0 && nonSilent(x, 2 * frames))
            heardAt = Clock::now().time_since_epoch().count();
    });
    std::vector<double> ms;
    for (int i = 0; i < 12; ++i) {
        heardAt = 0;
        pressedAt = Clock::now().time_since_epoch().count();
        output.noteOn(0, 72, 110);
        QElapsedTimer t;
        t.start();
        while (heardAt.load() == 0 && t.elapsed() < 1000)
            QThread::usleep(200);
        if (heardAt.load() != 0)
            ms.push_back(
                std::chrono::duration<double, std::milli>(Clock::duration(heardAt.load() - pressedAt.load())).count());
        pressedAt = 0;
        output.noteOff(0, 72);
        synth.allNotesOff();
        QThread::msleep(120);
    }
    output.setBlockObserver({});
    if (ms.empty()) {
        std::printf("live: no non-silent block reached the device\n");
    } else {
        std::sort(ms.begin(), ms.end());
        std::printf("live: note-on to first non-silent sample handed to the device: median %.2f ms, max %.2f ms "
                    "(n=%zu); add the %.1f ms device buffer for key-to-speaker\n",
                    ms[ms.size() / 2], ms.back(), ms.size(), output.actualLatencyMs());
    }

    const Sequence pattern = fourVoicePattern(synth.sampleRate(), 1);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    output.play(pattern);
    while (output.isPlayingSequence() && wall.elapsed() < 10000)
        QThread::msleep(20);
    const double cpu = cpuSeconds() - cpu0;
    std::printf(
        "live: 4-voice pattern for %.2f s: process CPU %.1f %% of one core, %d feeds found the device buffer empty\n",
        wall.elapsed() / 1000.0, 100.0 * cpu / (wall.elapsed() / 1000.0), output.underruns());
    output.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto synth = Synth::create();
    if (!synth) {
        std::printf("bench_audio: skipped: %s\n", qPrintable(synth.error()));
        return 0;
    }
    offlineFigures(**synth);

    if (qEnvironmentVariableIsEmpty("PULSE_SERVER")) {
        // Prefer the private null sink so the figures are comparable between machines.
        QProcess script;
        script.start(qEnvironmentVariable("STAGES_SOURCE_DIR", QStringLiteral("."))
                         + QStringLiteral("/scripts/pulse-null-sink"),
                     { QStringLiteral("start") });
        if (script.waitForFinished(20000) && script.exitCode() == 0) {
            qputenv("PULSE_SERVER", script.readAllStandardOutput().trimmed());
            std::printf("live: using the private PulseAudio null sink\n");
        }
    }
    if (!ensureDevice()) {
        std::printf("live: skipped: no sound output device (and no PulseAudio null sink could be started)\n");
        return 0;
    }
    liveFigures(**synth);
    return 0;
}
