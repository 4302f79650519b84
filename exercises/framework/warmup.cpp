#include "exercises/framework/warmup.h"

#include "exercises/framework/seededrandom.h"

#include <QSet>

#include <algorithm>

namespace stages {

int WarmUp::estimatedSeconds(const Exercise &exercise)
{
    const qint64 n = exercise.structure ? exercise.structure->count() : 1;
    const QString &task = exercise.task;
    int seconds = 30;
    if (task == QLatin1String("build-all"))
        seconds = int(std::min<qint64>(600, 10 + 8 * n));
    else if (task == QLatin1String("count"))
        seconds = exercise.options.value(QStringLiteral("listing")).toBool() ? 60 : 40;
    else if (task == QLatin1String("find-missing") || task == QLatin1String("spot-duplicate"))
        seconds = int(std::min<qint64>(300, 15 + 2 * n));
    else if (task == QLatin1String("create"))
        seconds = 60 + 20 * exercise.options.value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(1);
    return seconds;
}

WarmUpPlan WarmUp::build(const Catalogue &catalogue, const Options &options)
{
    constexpr int kLongest = 90; // a warm-up is many short games, not one long one

    // Candidates grouped by task, unseen ones first, each group in a seeded order.
    const QSet<QString> seen(options.seen.cbegin(), options.seen.cend());
    QStringList tasks;
    QHash<QString, QList<const Exercise *>> byTask;
    for (const Exercise &e : catalogue.exercises()) {
        if (!options.domains.isEmpty() && !options.domains.contains(e.domain))
            continue;
        if (e.stage > options.reachedStage.value(e.domain, 1 << 20) || e.task == QLatin1String("create"))
            continue;
        if (estimatedSeconds(e) > kLongest)
            continue;
        if (!byTask.contains(e.task))
            tasks.append(e.task);
        byTask[e.task].append(&e);
    }
    SeededRandom random(options.seed ^ 0x3c6ef372fe94f82bull);
    for (QList<const Exercise *> &list : byTask) {
        for (int i = int(list.size()) - 1; i > 0; --i)
            std::swap(list[i], list[random.bounded(i + 1)]);
        std::stable_partition(list.begin(), list.end(), [&seen](const Exercise *e) { return !seen.contains(e->id); });
    }
    for (int i = int(tasks.size()) - 1; i > 0; --i)
        std::swap(tasks[i], tasks[random.bounded(i + 1)]);

    // Round-robin over tasks; within a task prefer a structure and skin not used yet.
    WarmUpPlan plan;
    plan.limitSeconds = options.seconds;
    QSet<QString> usedStructures;
    QSet<QString> usedSkins;
    QSet<QString> usedIds;
    bool progress = true;
    while (progress) {
        progress = false;
        for (const QString &task : std::as_const(tasks)) {
            QList<const Exercise *> &list = byTask[task];
            const Exercise *pick = nullptr;
            for (int pass = 0; pass < 3 && !pick; ++pass) {
                for (const Exercise *e : std::as_const(list)) {
                    if (usedIds.contains(e->id) || plan.totalSeconds + estimatedSeconds(*e) > plan.limitSeconds)
                        continue;
                    const bool newStructure = !usedStructures.contains(e->structure->kind());
                    const bool newSkin = !usedSkins.contains(e->skin);
                    if ((pass == 0 && newStructure && newSkin) || (pass == 1 && (newStructure || newSkin)) || pass == 2) {
                        pick = e;
                        break;
                    }
                }
            }
            if (!pick)
                continue;
            progress = true;
            usedIds.insert(pick->id);
            usedStructures.insert(pick->structure->kind());
            usedSkins.insert(pick->skin);
            plan.items.append({*pick, estimatedSeconds(*pick)});
            plan.totalSeconds += estimatedSeconds(*pick);
        }
    }
    return plan;
}

} // namespace stages
