#pragma once

#include "exercises/framework/task.h"

#include <memory>
#include <vector>

namespace stages {

/// The tasks the app knows, by key. builtIn() holds build-all, count, find-missing,
/// spot-duplicate, next-in-order, transfer and create; the music domain adds play-back,
/// listen-identify and tap-rhythm with add().
class TaskRegistry
{
public:
    TaskRegistry() = default;
    TaskRegistry(TaskRegistry &&) = default;
    TaskRegistry &operator=(TaskRegistry &&) = default;

    /// Adds @p task, replacing one with the same key.
    void add(std::unique_ptr<Task> task);
    const Task *find(const QString &key) const;
    QStringList keys() const;
    /// The keys of the tasks where the pupil makes something of their own (Task::isCreative()).
    QStringList creativeKeys() const;

    static TaskRegistry builtIn();

private:
    std::vector<std::unique_ptr<Task>> m_tasks;
};

} // namespace stages
