#pragma once

// Test double of the *sound output* only: it records what an on-screen instrument sends to the
// synthesizer, as readable lines ("on 0 60 100", "off 0 60"), so failures print clearly.

#include "exercises/music/view/noteoutput.h"

#include <QString>
#include <QStringList>

class RecordingNoteOutput : public stages::music::NoteOutput
{
public:
    void noteOn(int channel, int midiNote, int velocity) override
    {
        events << QStringLiteral("on %1 %2 %3").arg(channel).arg(midiNote).arg(velocity);
    }
    void noteOff(int channel, int midiNote) override
    {
        events << QStringLiteral("off %1 %2").arg(channel).arg(midiNote);
    }
    static QString on(int channel, int note, int velocity = 100)
    {
        return QStringLiteral("on %1 %2 %3").arg(channel).arg(note).arg(velocity);
    }
    static QString off(int channel, int note) { return QStringLiteral("off %1 %2").arg(channel).arg(note); }

    QStringList events;
};
