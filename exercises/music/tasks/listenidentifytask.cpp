#include "exercises/music/tasks/listenidentifytask.h"

#include "exercises/framework/seededrandom.h"
#include "exercises/music/euclideanrhythm.h"
#include "exercises/music/euclideanstructure.h"
#include "exercises/music/exercisemelody.h"

namespace stages::music {

bool ListenIdentifyTask::suits(const Structure &structure) const
{
    return structure.count() >= 3 && structure.canEnumerate() && structure.itemLength() <= 16;
}

ListenIdentifyTask::Setup ListenIdentifyTask::setup(const Exercise &exercise)
{
    Setup s;
    SeededRandom random(exercise.seed);
    const QString namedId = exercise.options.value(QStringLiteral("named")).toString();
    if (!namedId.isEmpty()) {
        const TraditionalRhythm heard = TraditionalRhythm::find(namedId);
        QList<TraditionalRhythm> others;
        for (const TraditionalRhythm &t : TraditionalRhythm::all()) {
            if (t.id != heard.id)
                others.append(t);
        }
        for (qsizetype i = others.size() - 1; i > 0; --i)
            std::swap(others[i], others[random.bounded(int(i + 1))]);
        s.named = others.mid(0, 3);
        s.answer = random.bounded(4);
        s.named.insert(s.answer, heard);
        s.played = EuclideanStructure::toItem(*EuclideanRhythm::parse(heard.pattern));
        return s;
    }
    ItemList all = exercise.structure->enumerate();
    for (qsizetype i = all.size() - 1; i > 0; --i)
        std::swap(all[i], all[random.bounded(int(i + 1))]);
    s.choices = all.mid(0, std::min<qsizetype>(4, all.size()));
    s.answer = random.bounded(int(s.choices.size()));
    s.played = s.choices.at(s.answer);
    return s;
}

QString ListenIdentifyTask::variantKey(const Exercise &exercise) const
{
    const Setup s = setup(exercise);
    QString key = QString::number(s.answer) + QLatin1Char(':');
    for (const Item &item : s.choices) {
        for (int v : item)
            key += QString::number(v);
        key += QLatin1Char('.');
    }
    for (const TraditionalRhythm &t : s.named)
        key += t.id + QLatin1Char('.');
    return key;
}

QJsonObject ListenIdentifyTask::prompt(const Exercise &exercise, const ExerciseEngine &) const
{
    const Setup s = setup(exercise);
    QJsonArray choices;
    if (!s.named.isEmpty()) {
        for (const TraditionalRhythm &t : s.named)
            choices.append(QJsonObject { { QStringLiteral("id"), t.id },
                                         { QStringLiteral("name"), t.name },
                                         { QStringLiteral("origin"), t.origin },
                                         { QStringLiteral("pattern"), t.pattern },
                                         { QStringLiteral("k"), t.onsets },
                                         { QStringLiteral("n"), t.steps } });
    } else {
        choices = itemsToJson(s.choices);
    }
    return { { QStringLiteral("choices"), choices },
             { QStringLiteral("play"), itemToJson(s.played) },
             { QStringLiteral("bpm"), ExerciseMelody::tempo(exercise) } };
}

Solution ListenIdentifyTask::solve(const Exercise &exercise) const
{
    const Setup s = setup(exercise);
    return { qint64(s.named.isEmpty() ? s.choices.size() : s.named.size()), s.answer };
}

Evaluation ListenIdentifyTask::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Setup s = setup(exercise);
    Evaluation e;
    // The index of the choice, or (for items) the item itself.
    int chosen = answer.isDouble() && answer.toDouble() == double(answer.toInt()) ? answer.toInt() : -1;
    if (chosen < 0 && s.named.isEmpty()) {
        if (const auto item = itemFromJson(answer))
            chosen = int(s.choices.indexOf(*item));
    }
    const int count = int(s.named.isEmpty() ? s.choices.size() : s.named.size());
    if (chosen < 0 || chosen >= count) {
        e.invalidIndexes = { 0 };
        e.missing = 1;
        e.hint = { Hint::Kind::FixInvalid, 0, {} };
        return e;
    }
    setRightOrWrong(e, chosen == s.answer);
    if (!e.success)
        e.hint = { Hint::Kind::ChooseAgain, chosen, {} };
    return e;
}

} // namespace stages::music
