#include "exercises/music/view/sequencecues.h"

namespace stages::music {

SequenceCues::SequenceCues(const audio::Sequence &sequence)
    : m_sampleRate(sequence.sampleRate())
{
    const QList<audio::ScheduledEvent> &events = sequence.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const audio::ScheduledEvent &e = events.at(i);
        if (e.type != audio::ScheduledEvent::NoteOn || e.velocity <= 0)
            continue;
        Cue cue { int(m_cues.size()), e.frame, 0, e.channel, e.key, e.velocity };
        // The note lasts until its own note-off (the first one for the same key and channel after it).
        cue.durationFrames = sequence.lengthFrames() - e.frame;
        for (qsizetype j = i + 1; j < events.size(); ++j) {
            const audio::ScheduledEvent &off = events.at(j);
            if (off.type == audio::ScheduledEvent::NoteOff && off.channel == e.channel && off.key == e.key) {
                cue.durationFrames = off.frame - e.frame;
                break;
            }
        }
        m_cues.append(cue);
    }
}

QList<SequenceCues::Cue> SequenceCues::due(qint64 position)
{
    QList<Cue> out;
    while (m_next < m_cues.size() && m_cues.at(m_next).frame <= position)
        out.append(m_cues.at(m_next++));
    return out;
}

} // namespace stages::music
