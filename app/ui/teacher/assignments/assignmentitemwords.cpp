#include "ui/teacher/assignments/assignmentitemwords.h"

#include "exercises/framework/exercisecontent.h"

namespace stages {

namespace {

constexpr int kItemsNamed = 3;

} // namespace

AssignmentItemWords::AssignmentItemWords(QHash<QString, QString> domainTitles, const ExerciseContent *exercises)
    : m_titles(std::move(domainTitles))
    , m_exercises(exercises)
{ }

QString AssignmentItemWords::exerciseName(const QString &exerciseId) const
{
    const Exercise *e = m_exercises ? m_exercises->catalogue().find(exerciseId) : nullptr;
    if (!e)
        return exerciseId;
    static const QHash<QString, const char *> tasks {
        //: What a pupil does in an exercise (a name in the teacher's list of exercises)
        { QStringLiteral("build-all"), QT_TR_NOOP("Find all") },
        { QStringLiteral("count"), QT_TR_NOOP("Count") },
        { QStringLiteral("count-starting"), QT_TR_NOOP("Count those that start with…") },
        { QStringLiteral("find-missing"), QT_TR_NOOP("Find the missing one") },
        { QStringLiteral("spot-duplicate"), QT_TR_NOOP("Spot the twin") },
        { QStringLiteral("next-in-order"), QT_TR_NOOP("What comes next") },
        { QStringLiteral("transfer"), QT_TR_NOOP("Transfer to another look") },
        { QStringLiteral("same-in-every-row"), QT_TR_NOOP("Same in every row") },
        { QStringLiteral("predict-more"), QT_TR_NOOP("Predict with one more") },
        { QStringLiteral("create"), QT_TR_NOOP("Create") },
        { QStringLiteral("compose"), QT_TR_NOOP("Compose") },
        { QStringLiteral("combination"), QT_TR_NOOP("Karate combination") },
        { QStringLiteral("play-back"), QT_TR_NOOP("Play it back") },
        { QStringLiteral("listen-identify"), QT_TR_NOOP("Listen and find") },
        { QStringLiteral("tap-rhythm"), QT_TR_NOOP("Tap the rhythm") },
    };
    const char *task = tasks.value(e->task);
    const QString taskName = task ? tr(task) : e->task;
    const Skin *skin = m_exercises->engine().skins().find(e->skin);
    //: One exercise in the teacher's list: %1 what the pupil does ("Count"), %2 its look ("shapes"), %3 how many
    //: elements
    return tr("%1 · %2 · %3 elements").arg(taskName, skin ? skin->name() : e->skin).arg(e->structure->elementCount());
}

QString AssignmentItemWords::item(const AssignmentItem &item) const
{
    const QString domain = m_titles.value(item.domain, item.domain);
    if (item.isWholeStage())
        //: What an assignment asks: %1 a kind of game ("Music"), %2 a stage number
        return tr("%1: stage %2").arg(domain).arg(item.stage);
    //: What an assignment asks: %1 a kind of game ("Music"), %2 a stage number, %3 the exercise's name
    return tr("%1: stage %2, %3").arg(domain).arg(item.stage).arg(exerciseName(item.exerciseId));
}

QString AssignmentItemWords::items(const QList<AssignmentItem> &list) const
{
    QStringList words;
    for (int i = 0; i < list.size() && i < kItemsNamed; ++i)
        words.append(item(list.at(i)));
    QString text = words.join(QStringLiteral("; "));
    if (list.size() > kItemsNamed)
        //: After the first stages of an assignment: %1 them, %n how many more
        text = tr("%1 and %n more", nullptr, int(list.size() - kItemsNamed)).arg(text);
    return text;
}

QString AssignmentItemWords::forWhom(const Assignment &assignment)
{
    if (assignment.wholeClass)
        //: For whom an assignment is: %1 a class ("2.A")
        return tr("Class %1").arg(assignment.className);
    if (assignment.pupils.size() == 1)
        return assignment.pupils.constFirst().name;
    //: For whom an assignment is: %n chosen pupils of a class
    return tr("%n pupil(s)", nullptr, int(assignment.pupils.size()));
}

} // namespace stages
