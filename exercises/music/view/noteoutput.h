#pragma once

namespace stages::music {

/// Where an on-screen instrument sends the notes it plays. The instruments in this folder know
/// nothing about the sound engine: the application passes an adapter to the real synthesizer,
/// tests pass a recorder, and nullptr means "silent" (no SoundFont or no audio device: the
/// instrument still lights up and still emits its signals).
///
/// Channels follow General MIDI numbering from 0: channel 9 is the percussion channel.
/// Calls arrive on the GUI thread; an implementation must not block.
class NoteOutput
{
public:
    static constexpr int kDrumChannel = 9;

    virtual ~NoteOutput() = default;
    virtual void noteOn(int channel, int midiNote, int velocity) = 0;
    virtual void noteOff(int channel, int midiNote) = 0;
};

} // namespace stages::music
