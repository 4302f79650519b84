#pragma once

#include "core/progress/assignment.h"

#include <QCoreApplication>
#include <QHash>

namespace stages {

class ExerciseContent;

/// The teacher's words for what an assignment asks and for whom ("Music: stage 3", "Colours:
/// stage 2, one exercise", "Whole class"), from the domains' titles and the catalogue.
class AssignmentItemWords
{
    Q_DECLARE_TR_FUNCTIONS(stages::AssignmentItemWords)

public:
    /// @p exercises may be null: exercises are then named by their stage only.
    AssignmentItemWords(QHash<QString, QString> domainTitles, const ExerciseContent *exercises);

    QString item(const AssignmentItem &item) const;
    /// Every item, joined; long lists are shortened ("… and 3 more").
    QString items(const QList<AssignmentItem> &items) const;
    static QString forWhom(const Assignment &assignment);
    /// A short name of one exercise of a stage ("Count · shapes"), for lists.
    QString exerciseName(const QString &exerciseId) const;

private:
    QHash<QString, QString> m_titles;
    const ExerciseContent *m_exercises = nullptr;
};

} // namespace stages
