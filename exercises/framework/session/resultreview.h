#pragma once

#include "exercises/framework/item.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages {

class ExerciseRun;

/// What the result page shows when an exercise is finished: a caption and the rows to look at,
/// each marked found or missing. Every wrong answer shows the right one: the whole list in
/// systematic order, the missing rows, the right row, or what was counted. QtCore only; the
/// exercise screen just draws it.
struct ResultReview
{
    Q_DECLARE_TR_FUNCTIONS(stages::ResultReview)

public:
    enum class Mark { None, Found, Missing };

    QString caption;
    ItemList rows;
    QList<Mark> marks;         ///< one per row
    bool bySystem = false;     ///< lay the rows out in the systematic order, one column per first element
    bool paletteLook = false;  ///< transfer: draw the rows with the new look (the palette's elements)
    int largestSlot = 64;      ///< the biggest token size the rows may take

    /// A wrong count shows all the rows up to this many (more would be too small to see).
    static constexpr qint64 kMaxCountShown = 64;

    /// The review of @p run, which must be finished.
    static ResultReview of(const ExerciseRun &run);
};

} // namespace stages
