#include "exercises/music/view/musicvoice.h"

#include "exercises/music/exercisemelody.h"
#include "exercises/music/view/soundservice.h"

namespace stages::music {

MusicVoice::MusicVoice(const Exercise &exercise, const ExerciseEngine &engine, SoundService &sound)
    : m_exercise(exercise)
    , m_engine(engine)
    , m_sound(&sound)
{ }

MusicVoice::~MusicVoice()
{
    stop();
}

void MusicVoice::playElement(int symbol)
{
    playRow({ symbol });
}

void MusicVoice::playRow(const QList<int> &symbols, std::function<void(int)> onStep)
{
    if (!m_sound)
        return;
    const QList<int> keys = ExerciseMelody::symbolKeys(m_exercise, m_engine);
    Melody melody;
    melody.tempoBpm = ExerciseMelody::tempo(m_exercise);
    melody.instrument = ExerciseMelody::isDrums(m_exercise) ? QStringLiteral("drums") : QStringLiteral("xylophone");
    QList<int> positions; // which entry of symbols each note is
    for (int i = 0; i < symbols.size(); ++i) {
        const int symbol = symbols.at(i);
        if (symbol < 0 || symbol >= keys.size())
            continue;
        melody.notes.append({ keys.at(symbol), 0.5 * double(positions.size()), 0.5, 100 });
        positions.append(i);
    }
    if (melody.notes.isEmpty())
        return;
    melody.notes.last().beats = 1.0;
    if (!m_sound->isStarted())
        (void)m_sound->start();
    if (!onStep) {
        m_sound->play(melody);
        return;
    }
    const int count = int(positions.size());
    m_sound->play(melody, [onStep, positions, count](const SequenceCues::Cue &cue) {
        if (cue.index >= 0 && cue.index < count)
            onStep(positions.at(cue.index));
        if (cue.index == count - 1)
            onStep(-1);
    });
}

void MusicVoice::stop()
{
    if (m_sound)
        m_sound->stop();
}

} // namespace stages::music
