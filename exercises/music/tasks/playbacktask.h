#pragma once

#include "exercises/framework/task.h"

namespace stages::music {

/// "play-back": listen, then play it back. The exercise plays one item of the structure (chosen by
/// the seed); the pupil plays it on the instrument. Longer items at higher stages make it harder.
/// Prompt: {"play": item, "bpm"}. Answer: the item played ([2, 0, 1]). Score: the share of
/// positions right; success when all are; hint "first-difference" at the first wrong position.
class PlayBackTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("play-back"); }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    static Item target(const Exercise &exercise);
};

} // namespace stages::music
