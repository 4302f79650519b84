#pragma once

#include "exercises/framework/createrule.h"
#include "exercises/framework/exercise.h"
#include "exercises/framework/item.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace stages {

/// The words a pupil's screen says about an exercise, in the UI language: the instruction ("Make
/// all the different rows") and the rule that decides when two rows are the same ("Order does not
/// matter: ●■ is the same as ■●."). QtCore only, so the screen and `stagesctl exercises show`
/// say exactly the same, and a trainer can review the whole catalogue's wording from the command
/// line.
class ExerciseWords
{
    Q_DECLARE_TR_FUNCTIONS(stages::ExerciseWords)

public:
    /// The instruction for a framework task (@p prompt is Evaluator::prompt()); empty for tasks
    /// whose domain screens word their own (play-back, compose ...).
    static QString instruction(const Exercise &exercise, const QJsonObject &prompt);
    /// The instruction of a "create" exercise under @p rule (the set one or the one the pupil
    /// picked): "Make 3 rows of your own that start with" (the screen draws the element after it).
    static QString createInstruction(const CreateRule &rule, int rows);
    /// The "same" rule of the exercise's structure, a sentence or two; empty without a structure.
    /// @p spoken: for reading aloud, without the little pictures (●■) a voice cannot say.
    static QString rule(const Exercise &exercise, bool spoken = false);
    /// Why two items the structure counts as one are the same, in a few words for a child:
    /// the very same row, the same ones in another order, the ring turned, the ring flipped.
    static QString sameBecause(const Exercise &exercise, const Item &first, const Item &second);
};

} // namespace stages
