#include "exercises/framework/taskregistry.h"

#include "exercises/framework/tasks/buildalltask.h"
#include "exercises/framework/tasks/countstartingtask.h"
#include "exercises/framework/tasks/counttask.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/framework/tasks/findmissingtask.h"
#include "exercises/framework/tasks/nextinordertask.h"
#include "exercises/framework/tasks/predictmoretask.h"
#include "exercises/framework/tasks/sameineveryrowtask.h"
#include "exercises/framework/tasks/spotduplicatetask.h"
#include "exercises/framework/tasks/transfertask.h"

namespace stages {

void TaskRegistry::add(std::unique_ptr<Task> task)
{
    for (auto &existing : m_tasks) {
        if (existing->key() == task->key()) {
            existing = std::move(task);
            return;
        }
    }
    m_tasks.push_back(std::move(task));
}

const Task *TaskRegistry::find(const QString &key) const
{
    for (const auto &task : m_tasks) {
        if (task->key() == key)
            return task.get();
    }
    return nullptr;
}

QStringList TaskRegistry::keys() const
{
    QStringList keys;
    for (const auto &task : m_tasks)
        keys.append(task->key());
    return keys;
}

TaskRegistry TaskRegistry::builtIn()
{
    TaskRegistry registry;
    registry.add(std::make_unique<BuildAllTask>());
    registry.add(std::make_unique<CountTask>());
    registry.add(std::make_unique<FindMissingTask>());
    registry.add(std::make_unique<SpotDuplicateTask>());
    registry.add(std::make_unique<NextInOrderTask>());
    registry.add(std::make_unique<TransferTask>());
    registry.add(std::make_unique<CountStartingTask>());
    registry.add(std::make_unique<SameInEveryRowTask>());
    registry.add(std::make_unique<PredictMoreTask>());
    registry.add(std::make_unique<CreateTask>());
    return registry;
}

QStringList TaskRegistry::creativeKeys() const
{
    QStringList keys;
    for (const auto &task : m_tasks) {
        if (task->isCreative())
            keys.append(task->key());
    }
    return keys;
}

} // namespace stages
