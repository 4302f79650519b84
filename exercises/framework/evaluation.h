#pragma once

#include "exercises/framework/item.h"

#include <QJsonObject>
#include <QString>

namespace stages {

/// What the pupil could do next, as data; the screen turns it into words, sound or animation.
struct Hint
{
    enum class Kind {
        None,
        Done,            ///< nothing left to do
        RemoveDuplicate, ///< index: the answer entry that repeats an earlier one
        FixInvalid,      ///< index: the answer entry that is not a valid arrangement
        MissingItem,     ///< item: the first one not found yet in systematic order; index: its place
        TooHigh,         ///< count: the number given is too big
        TooLow,          ///< count: the number given is too small
        FirstDifference, ///< index: the first position where the answer differs from the solution
        ChooseAgain,     ///< spot-duplicate: the chosen entry is not the repeated one
        BreaksRule,      ///< create: index: the entry that breaks the rule
    };

    Kind kind = Kind::None;
    int index = -1;
    Item item;

    static QString kindKey(Kind kind); ///< "missing-item" ...
    QJsonObject toJson() const;
};

/// The answer to "how did the pupil do?" as data: no text, the UI makes the words.
struct Evaluation
{
    ItemList correct;            ///< accepted items (canonical form), in the pupil's order
    QList<int> duplicateIndexes; ///< answer entries that repeat an earlier entry (or a given item)
    QList<int> invalidIndexes;   ///< answer entries that are not valid (or break the rule)
    int missing = 0;             ///< how many correct items are still missing
    double score = 0.0;          ///< 0..1
    bool success = false;
    Hint hint;

    /// {"success", "score", "duplicates", "invalid", "missing"}: counts, as stagesctl prints.
    QJsonObject toJson() const;
    /// toJson() plus "correct", "duplicateIndexes", "invalidIndexes" and "hint".
    QJsonObject toDetailedJson() const;
};

/// The solution of an exercise: how many there are, and the answer the evaluator accepts fully.
struct Solution
{
    qint64 count = 0;
    QJsonValue answer;
};

} // namespace stages
