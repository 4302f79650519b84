#include "exercises/framework/evaluator.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/productstructure.h"

namespace stages {

QJsonObject Evaluator::prompt(const Exercise &exercise) const
{
    const Task *task = m_engine.tasks().find(exercise.task);
    if (exercise.isNull() || !task)
        return {};
    QJsonObject o = task->prompt(exercise, m_engine);
    QJsonArray elements;
    if (const Skin *skin = m_engine.skins().find(exercise.skin)) {
        for (int i = 0; i < exercise.elements.size(); ++i) {
            QJsonObject element = skin->elements().value(exercise.elements.at(i)).toJson();
            element.insert(QStringLiteral("index"), i);
            // How many there are: a point's place on a circle is index of them.
            element.insert(QStringLiteral("of"), int(exercise.elements.size()));
            elements.append(element);
        }
    }
    o.insert(QStringLiteral("elements"), elements);
    o.insert(QStringLiteral("itemLength"), exercise.structure->itemLength());
    if (const auto *product = dynamic_cast<const ProductStructure *>(exercise.structure.get())) {
        QJsonArray groups;
        for (int g = 0; g < product->sizes().size(); ++g) {
            QJsonArray group;
            for (int v = 0; v < product->sizes().at(g); ++v)
                group.append(product->symbolOf(g, v));
            groups.append(group);
        }
        o.insert(QStringLiteral("groups"), groups);
    }
    return o;
}

QJsonObject Evaluator::describe(const Exercise &exercise) const
{
    QJsonObject o = exercise.toJson();
    o.insert(QStringLiteral("prompt"), prompt(exercise));
    return o;
}

Solution Evaluator::solve(const Exercise &exercise) const
{
    const Task *task = m_engine.tasks().find(exercise.task);
    if (exercise.isNull() || !task)
        return {};
    return task->solve(exercise);
}

Evaluation Evaluator::evaluate(const Exercise &exercise, const QJsonValue &answer) const
{
    const Task *task = m_engine.tasks().find(exercise.task);
    if (exercise.isNull() || !task) {
        Evaluation e;
        e.invalidIndexes.append(0);
        e.missing = 1;
        return e;
    }
    return task->evaluate(exercise, answer);
}

} // namespace stages
