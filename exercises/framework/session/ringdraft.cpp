#include "exercises/framework/session/ringdraft.h"

#include "exercises/framework/session/exerciserun.h"

#include <QSignalBlocker>

namespace stages {

RingDraft::RingDraft(ExerciseRun &run)
    : m_run(run)
{
    const Exercise &exercise = run.exercise();
    if (!exercise.isNull()) {
        const QList<SamenessRule> rules = exercise.structure->rules();
        m_mayFlip = rules.contains(SamenessRule::TurnOrFlipIsSame);
        m_ring = m_mayFlip || rules.contains(SamenessRule::TurnIsSame);
    }
}

bool RingDraft::turn(int k)
{
    return apply(RingMove { k, false });
}

bool RingDraft::flip()
{
    return m_mayFlip && apply(RingMove { 0, true });
}

bool RingDraft::apply(const RingMove &move)
{
    if (!m_ring || m_run.isFinished() || (move.flip && !m_mayFlip))
        return false;
    const Item before = m_run.draft();
    const Item after = move.applied(before);
    if (after == before)
        return before.count(-1) < before.size(); // turned, and looks the same (one colour all round)
    // A ring's beads are any of the elements in any place (no per-place groups).
    const QList<ExerciseRun::PaletteToken> palette = m_run.palette();
    {
        const QSignalBlocker quiet(&m_run);
        for (int i = 0; i < after.size(); ++i) {
            if (after.at(i) < 0) {
                m_run.clearSlot(i);
                continue;
            }
            for (const ExerciseRun::PaletteToken &token : palette) {
                if (token.value == after.at(i)) {
                    m_run.placeAt(i, token);
                    break;
                }
            }
        }
    }
    emit m_run.draftChanged();
    return m_run.draft() == after;
}

} // namespace stages
