#pragma once

// Small signal analysis for the audio tests: WAV reading, onset detection by energy envelope and
// fundamental-frequency estimation by a harmonic product spectrum refined with parabolic
// interpolation. No external libraries, no knowledge of the expected notes.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

namespace stages::test {

struct WavData
{
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> mono; ///< channels averaged
    bool ok = false;
};

/// Reads a 16-bit PCM WAV file (the format WavWriter writes), walking the RIFF chunks.
inline WavData readWav(const QString &path)
{
    WavData w;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return w;
    const QByteArray b = f.readAll();
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return w;
    qsizetype pos = 12;
    int bits = 0;
    while (pos + 8 <= b.size()) {
        const QByteArray id = b.mid(pos, 4);
        const quint32 len = qFromLittleEndian<quint32>(b.constData() + pos + 4);
        const char *body = b.constData() + pos + 8;
        if (id == "fmt ") {
            w.channels = qFromLittleEndian<quint16>(body + 2);
            w.sampleRate = int(qFromLittleEndian<quint32>(body + 4));
            bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            if (bits != 16 || w.channels < 1 || pos + 8 + qsizetype(len) > b.size())
                return w;
            const qsizetype frames = len / (2 * w.channels);
            w.mono.resize(size_t(frames));
            for (qsizetype i = 0; i < frames; ++i) {
                float sum = 0;
                for (int c = 0; c < w.channels; ++c)
                    sum += qFromLittleEndian<qint16>(body + 2 * (i * w.channels + c)) / 32768.0f;
                w.mono[size_t(i)] = sum / w.channels;
            }
            w.ok = true;
            return w;
        }
        pos += 8 + len + (len & 1);
    }
    return w;
}

inline std::vector<float> mixToMono(const QList<float> &interleavedStereo)
{
    std::vector<float> mono(size_t(interleavedStereo.size() / 2));
    for (size_t i = 0; i < mono.size(); ++i)
        mono[i] = 0.5f * (interleavedStereo[qsizetype(2 * i)] + interleavedStereo[qsizetype(2 * i + 1)]);
    return mono;
}

inline double rms(const std::vector<float> &x, size_t begin = 0, size_t end = size_t(-1))
{
    end = std::min(end, x.size());
    if (end <= begin)
        return 0;
    double sum = 0;
    for (size_t i = begin; i < end; ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(end - begin));
}

/// Onsets (in samples) found blind. Attacks are broadband while sustained notes are mostly low
/// partials, so the envelope is taken of the first difference of the signal (a gentle high-pass):
/// a note starts where its 5 ms RMS jumps above an absolute floor and @p ratio times its mean over
/// the preceding 30 ms. The onset is then the first sample, from the start of that 5 ms window,
/// whose difference exceeds what the sound before it reached (its peak over those 30 ms) and 5 %
/// of the attack's own peak. A 60 ms refractory period follows each onset.
inline std::vector<size_t> detectOnsets(const std::vector<float> &signal, int sampleRate, double ratio = 2.0,
                                        double floor = 0.0005)
{
    std::vector<float> x(signal.size());
    for (size_t i = 1; i < signal.size(); ++i)
        x[i] = signal[i] - signal[i - 1];
    // env[t]: RMS over the 5 ms ending with millisecond t (long enough to smooth out the
    // waveform of notes down to about 100 Hz).
    const size_t hop = size_t(sampleRate / 1000);
    std::vector<double> env;
    for (size_t i = 0; i + hop <= x.size(); i += hop)
        env.push_back(rms(x, i >= 4 * hop ? i - 4 * hop : 0, i + hop));
    std::vector<size_t> onsets;
    size_t refractoryUntil = 0;
    for (size_t t = 1; t < env.size(); ++t) {
        if (t < refractoryUntil)
            continue;
        const size_t windowStart = t >= 4 ? t - 4 : 0;
        const size_t from = windowStart >= 30 ? windowStart - 30 : 0;
        double before = 0;
        for (size_t j = from; j < windowStart; ++j)
            before += env[j];
        before /= double(std::max<size_t>(1, windowStart - from));
        if (env[t] > floor && env[t] > ratio * before + 1e-6) {
            const size_t searchFrom = windowStart * hop;
            float previousPeak = 0;
            for (size_t i = from * hop; i < searchFrom; ++i)
                previousPeak = std::max(previousPeak, std::abs(x[i]));
            const size_t peakEnd = std::min(x.size(), t * hop + 20 * hop);
            float attackPeak = 0;
            for (size_t i = searchFrom; i < peakEnd; ++i)
                attackPeak = std::max(attackPeak, std::abs(x[i]));
            const float threshold = std::max(previousPeak, 0.05f * attackPeak);
            size_t onset = searchFrom;
            while (onset < peakEnd && std::abs(x[onset]) <= threshold)
                ++onset;
            onsets.push_back(onset);
            refractoryUntil = t + 60;
        }
    }
    return onsets;
}

/// The lowest spectral peak at least @p relative of the strongest one, refined by parabolic
/// interpolation: the fundamental of inharmonic instruments (glockenspiel bars have partials at
/// about 2.8 and 5.4 times the fundamental, which defeats a harmonic product spectrum). The
/// spectrum of [priorBegin, priorBegin + priorLength) (the sound still ringing from earlier notes)
/// is subtracted first, each normalised by its window so a steady tone has the same height in both.
inline double lowestStrongPeak(const std::vector<float> &x, int sampleRate, size_t begin, size_t length,
                               size_t priorBegin, size_t priorLength, double relative = 0.2, double minHz = 60);

inline void fft(std::vector<std::complex<double>> &a)
{
    const size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double angle = -2 * std::numbers::pi / double(len);
        const std::complex<double> wl(std::cos(angle), std::sin(angle));
        for (size_t i = 0; i < n; i += len) {
            std::complex<double> w(1);
            for (size_t j = 0; j < len / 2; ++j) {
                const auto u = a[i + j];
                const auto v = a[i + j + len / 2] * w;
                a[i + j] = u + v;
                a[i + j + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

/// Fundamental frequency of x[begin, begin+length) between minHz and maxHz: Hann window, zero
/// padding to 2^16 points, a harmonic product spectrum over 3 harmonics picks the fundamental's
/// bin (robust to strong upper partials), then parabolic interpolation on the log magnitude
/// around that bin gives the frequency.
inline double estimatePitch(const std::vector<float> &x, int sampleRate, size_t begin, size_t length, double minHz = 60,
                            double maxHz = 2500)
{
    const size_t n = 1 << 16;
    length = std::min({ length, n, x.size() > begin ? x.size() - begin : 0 });
    std::vector<std::complex<double>> a(n);
    for (size_t i = 0; i < length; ++i) {
        const double hann = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * double(i) / double(length - 1));
        a[i] = x[begin + i] * hann;
    }
    fft(a);
    std::vector<double> mag(n / 2);
    for (size_t i = 0; i < n / 2; ++i)
        mag[i] = std::abs(a[i]) + 1e-12;
    const double binHz = double(sampleRate) / double(n);
    const size_t lo = size_t(minHz / binHz);
    const size_t hi = std::min(size_t(maxHz / binHz), mag.size() / 3 - 1);
    size_t best = lo;
    double bestValue = -1e300;
    for (size_t k = lo; k <= hi; ++k) {
        // Harmonic product in the log domain; the fundamental must be a real peak, not just a sub-harmonic.
        const double h = std::log(mag[k]) + std::log(mag[2 * k]) + std::log(mag[3 * k]);
        if (h > bestValue) {
            bestValue = h;
            best = k;
        }
    }
    // The HPS bin can sit a little off the fundamental's local maximum; climb to it.
    while (best + 1 < mag.size() && mag[best + 1] > mag[best])
        ++best;
    while (best > 1 && mag[best - 1] > mag[best])
        --best;
    const double l = std::log(mag[best - 1]), c = std::log(mag[best]), r = std::log(mag[best + 1]);
    const double denom = l - 2 * c + r;
    const double delta = denom != 0 ? 0.5 * (l - r) / denom : 0;
    return (double(best) + delta) * binHz;
}

/// Magnitude spectrum of a Hann-windowed, zero-padded (2^16) segment, divided by the window's sum.
inline std::vector<double> normalisedSpectrum(const std::vector<float> &x, size_t begin, size_t length)
{
    const size_t n = 1 << 16;
    length = std::min({ length, n, x.size() > begin ? x.size() - begin : 0 });
    std::vector<std::complex<double>> a(n);
    double windowSum = 0;
    for (size_t i = 0; i < length; ++i) {
        const double hann = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * double(i) / double(length - 1));
        a[i] = x[begin + i] * hann;
        windowSum += hann;
    }
    fft(a);
    std::vector<double> mag(n / 2);
    for (size_t i = 0; i < n / 2; ++i)
        mag[i] = std::abs(a[i]) / std::max(windowSum, 1e-9);
    return mag;
}

inline double lowestStrongPeak(const std::vector<float> &x, int sampleRate, size_t begin, size_t length,
                               size_t priorBegin, size_t priorLength, double relative, double minHz)
{
    std::vector<double> mag = normalisedSpectrum(x, begin, length);
    if (priorLength > 0) {
        const std::vector<double> prior = normalisedSpectrum(x, priorBegin, priorLength);
        for (size_t i = 0; i < mag.size(); ++i)
            mag[i] = std::max(mag[i] - prior[i], 0.0);
    }
    for (double &m : mag)
        m += 1e-12;
    const double binHz = double(sampleRate) / double(2 * mag.size());
    const size_t lo = std::max<size_t>(2, size_t(minHz / binHz));
    const double strongest = *std::max_element(mag.begin() + qsizetype(lo), mag.end());
    for (size_t k = lo; k + 1 < mag.size(); ++k) {
        if (mag[k] >= relative * strongest && mag[k] >= mag[k - 1] && mag[k] >= mag[k + 1]) {
            const double l = std::log(mag[k - 1]), c = std::log(mag[k]), r = std::log(mag[k + 1]);
            const double denom = l - 2 * c + r;
            return (double(k) + (denom != 0 ? 0.5 * (l - r) / denom : 0)) * binHz;
        }
    }
    return 0;
}

} // namespace stages::test
