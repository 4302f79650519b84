#include "audio/sequenceplayer.h"

#include "audio/synth.h"

#include <algorithm>

namespace stages::audio {

qint64 SequencePlayer::play(Sequence sequence, qint64 delayFrames)
{
    QMutexLocker lock(&m_mutex);
    m_sequence = std::move(sequence);
    m_nextEvent = 0;
    m_sequenceStart = m_rendered + std::max<qint64>(0, delayFrames);
    m_playing = true;
    return m_sequenceStart;
}

void SequencePlayer::stop()
{
    QMutexLocker lock(&m_mutex);
    if (m_playing)
        m_synth.allNotesOff();
    m_playing = false;
    m_sequence = Sequence(m_sequence.sampleRate());
    m_nextEvent = 0;
}

bool SequencePlayer::isPlaying() const
{
    QMutexLocker lock(&m_mutex);
    return m_playing;
}

qint64 SequencePlayer::renderedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_rendered;
}

void SequencePlayer::apply(const ScheduledEvent &event)
{
    switch (event.type) {
    case ScheduledEvent::NoteOn:
        m_synth.noteOn(event.channel, event.key, event.velocity);
        break;
    case ScheduledEvent::NoteOff:
        m_synth.noteOff(event.channel, event.key);
        break;
    case ScheduledEvent::ProgramChange:
        m_synth.programChange(event.channel, event.key);
        break;
    }
}

template<typename Sample> void SequencePlayer::renderImpl(Sample *interleaved, int frames)
{
    QMutexLocker lock(&m_mutex);
    // FluidSynth applies events at the start of its next 64-frame block. Splitting the render calls
    // exactly on that grid (in the synth's own frame count) makes each event land on the grid
    // point nearest its frame: within half a block, deterministically, however the device slices
    // its requests.
    const qint64 toSynth = m_synth.framesRendered() - m_rendered;
    const auto dueAt = [&](qint64 sequenceFrame) {
        const qint64 synthFrame = m_sequenceStart + sequenceFrame + toSynth;
        const qint64 block = Synth::kBlockFrames;
        const qint64 grid = (synthFrame + block / 2) / block * block;
        return grid - toSynth; // in player frames
    };
    int done = 0;
    while (done < frames) {
        int chunk = frames - done;
        if (m_playing) {
            const QList<ScheduledEvent> &events = m_sequence.events();
            while (m_nextEvent < events.size() && dueAt(events.at(m_nextEvent).frame) <= m_rendered)
                apply(events.at(m_nextEvent++));
            const qint64 end = m_sequenceStart + m_sequence.lengthFrames();
            if (m_nextEvent < events.size())
                chunk = int(std::min<qint64>(chunk, dueAt(events.at(m_nextEvent).frame) - m_rendered));
            else if (m_rendered >= end)
                m_playing = false;
            else
                chunk = int(std::min<qint64>(chunk, end - m_rendered));
        }
        m_synth.render(interleaved + 2 * done, chunk);
        done += chunk;
        m_rendered += chunk;
    }
    // A sequence that ended exactly at the block's end is finished too.
    if (m_playing && m_nextEvent >= m_sequence.events().size()
        && m_rendered >= m_sequenceStart + m_sequence.lengthFrames())
        m_playing = false;
}

void SequencePlayer::render(float *interleaved, int frames)
{
    renderImpl(interleaved, frames);
}

void SequencePlayer::render(qint16 *interleaved, int frames)
{
    renderImpl(interleaved, frames);
}

} // namespace stages::audio
