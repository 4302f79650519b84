#pragma once

#include "exercises/framework/task.h"
#include "exercises/music/traditionalrhythm.h"

namespace stages::music {

/// "listen-identify": which of the shown arrangements did you hear? The exercise plays one of
/// three or four items shown (seeded); the pupil picks it. With option {"named": "tresillo"} on a
/// Euclidean rhythm the choices are named traditional rhythms (the one heard and three others),
/// so the pupil learns to recognise tresillo, cinquillo and the rest.
/// Prompt: {"choices": [items] | [{"id","name","origin","pattern","k","n"}], "play": item, "bpm"}.
/// Answer: the index of the choice. Right or wrong; hint "choose-again".
class ListenIdentifyTask final : public Task
{
public:
    QString key() const override { return QStringLiteral("listen-identify"); }
    bool suits(const Structure &structure) const override;
    bool seeded() const override { return true; }
    QString variantKey(const Exercise &exercise) const override;
    QJsonObject prompt(const Exercise &exercise, const ExerciseEngine &engine) const override;
    Solution solve(const Exercise &exercise) const override;
    Evaluation evaluate(const Exercise &exercise, const QJsonValue &answer) const override;

    struct Setup
    {
        ItemList choices; ///< items shown (empty for named rhythms)
        QList<TraditionalRhythm> named; ///< named rhythms shown
        int answer = 0; ///< index of the one played
        Item played;
    };
    static Setup setup(const Exercise &exercise);
};

} // namespace stages::music
