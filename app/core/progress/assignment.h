#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace stages {

/// One thing to do in an assignment: a whole stage of a domain, or one exercise of it.
struct AssignmentItem
{
    QString domain;
    int stage = 0; ///< 1-based
    QString exerciseId; ///< empty: any exercise of the stage

    bool isWholeStage() const { return exerciseId.isEmpty(); }
    friend bool operator==(const AssignmentItem &, const AssignmentItem &) = default;
};

/// What a teacher asks for when creating an assignment.
struct AssignmentRequest
{
    QString classId;
    QStringList pupilIds; ///< empty: every pupil of the class
    QList<AssignmentItem> items; ///< in the order the pupil sees them
    QDate dueOn; ///< invalid: no due date
};

/// How far one pupil is with an assignment: one flag per item, in item order.
struct PupilCompletion
{
    QString personId;
    QString name;
    QList<bool> itemsDone;

    int doneCount() const { return int(std::count(itemsDone.cbegin(), itemsDone.cend(), true)); }
    bool isDone() const { return !itemsDone.isEmpty() && doneCount() == itemsDone.size(); }
};

/// An assignment as the teacher sees it: what, for whom, due when, and each pupil's completion.
struct Assignment
{
    QString id;
    QString classId;
    QString className;
    QString createdBy; ///< person id; empty when made at the command line or the author is gone
    QString createdByName;
    QDateTime createdAt; ///< UTC; only attempts finished at or after it count
    QDate dueOn; ///< invalid: no due date
    bool closed = false;
    QList<AssignmentItem> items;
    bool wholeClass = true; ///< false: only the pupils chosen
    QList<PupilCompletion> pupils; ///< for whom, by name

    int pupilsDone() const
    {
        return int(std::count_if(pupils.cbegin(), pupils.cend(), [](const PupilCompletion &p) { return p.isDone(); }));
    }
};

/// An open assignment as one pupil sees it on their home.
struct PupilAssignment
{
    QString id;
    QDateTime createdAt; ///< UTC
    QDate dueOn; ///< invalid: no due date
    QList<AssignmentItem> items;
    QList<bool> itemsDone; ///< one per item

    bool isDone() const { return !itemsDone.isEmpty() && !itemsDone.contains(false); }
};

} // namespace stages
