#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace stages {

/// A tiny deterministic generator (SplitMix64) with its own bounded draw, so the same seed gives
/// the same exercise on every PC, compiler and Qt version (std:: distributions differ between
/// standard libraries, QRandomGenerator may change between Qt versions).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, bound) (bound > 0); the modulo bias is irrelevant for our small bounds.
    int bounded(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }

    /// FNV-1a over UTF-8: a stable 64-bit hash of a string (ids, pupil keys).
    static quint64 hash(const QString &text)
    {
        quint64 h = 0xcbf29ce484222325ull;
        for (char c : text.toUtf8()) {
            h ^= quint8(c);
            h *= 0x100000001b3ull;
        }
        return h;
    }

private:
    quint64 m_state;
};

} // namespace stages
