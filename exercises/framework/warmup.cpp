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
        seconds = 60
            + 20 * exercise.options.value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(1);
    return seconds;
}

WarmUpPlan WarmUp::build(const Catalogue &catalogue, const Options &options)
{
    constexpr int kLongest = 90; // a warm-up is many short games, not one long one

    const QSet<QString> seen(options.seen.cbegin(), options.seen.cend());
    const auto isFamiliar
        = [&options](const Exercise &e) { return options.familiarStages.value(e.domain).contains(e.stage); };
    SeededRandom random(options.seed ^ 0x3c6ef372fe94f82bull);

    // Candidates grouped by task, unseen ones first, each group in a seeded order.
    struct Pool
    {
        QStringList tasks;
        QHash<QString, QList<const Exercise *>> byTask;
    };
    const auto makePool = [&](bool familiar) {
        Pool pool;
        for (const Exercise &e : catalogue.exercises()) {
            if (!options.domains.isEmpty() && !options.domains.contains(e.domain))
                continue;
            if (e.stage > options.reachedStage.value(e.domain, 1 << 20) || e.task == QLatin1String("create")
                || options.excludedTasks.contains(e.task) || estimatedSeconds(e) > kLongest)
                continue;
            if (!options.familiarStages.isEmpty() && isFamiliar(e) != familiar)
                continue;
            if (!pool.byTask.contains(e.task))
                pool.tasks.append(e.task);
            pool.byTask[e.task].append(&e);
        }
        // In the tasks' catalogue order, not the hash's (which differs from run to run): the same
        // seed gives the same set on every PC of the class.
        for (const QString &task : std::as_const(pool.tasks)) {
            QList<const Exercise *> &list = pool.byTask[task];
            for (int i = int(list.size()) - 1; i > 0; --i)
                std::swap(list[i], list[random.bounded(i + 1)]);
            std::stable_partition(list.begin(), list.end(),
                                  [&seen](const Exercise *e) { return !seen.contains(e->id); });
        }
        for (int i = int(pool.tasks.size()) - 1; i > 0; --i)
            std::swap(pool.tasks[i], pool.tasks[random.bounded(i + 1)]);
        return pool;
    };

    WarmUpPlan plan;
    plan.limitSeconds = options.seconds;
    QSet<QString> usedStructures;
    QSet<QString> usedSkins;
    QSet<QString> usedIds;
    // Round-robin over a pool's tasks; within a task prefer a structure and skin not used yet.
    const auto fill = [&](Pool &pool, int cap) {
        bool progress = true;
        while (progress && plan.items.size() < cap) {
            progress = false;
            for (const QString &task : std::as_const(pool.tasks)) {
                if (plan.items.size() >= cap)
                    break;
                QList<const Exercise *> &list = pool.byTask[task];
                const Exercise *pick = nullptr;
                for (int pass = 0; pass < 3 && !pick; ++pass) {
                    for (const Exercise *e : std::as_const(list)) {
                        if (usedIds.contains(e->id) || plan.totalSeconds + estimatedSeconds(*e) > plan.limitSeconds)
                            continue;
                        const bool newStructure = !usedStructures.contains(e->structure->kind());
                        const bool newSkin = !usedSkins.contains(e->skin);
                        if ((pass == 0 && newStructure && newSkin) || (pass == 1 && (newStructure || newSkin))
                            || pass == 2) {
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
                plan.items.append({ *pick, estimatedSeconds(*pick) });
                plan.totalSeconds += estimatedSeconds(*pick);
            }
        }
    };

    const int cap = std::max(1, options.maxItems);
    if (options.familiarStages.isEmpty()) {
        Pool all = makePool(false);
        fill(all, cap);
        return plan;
    }
    // What the pupil knows first, then one new thing at the end (or more new ones when little is
    // familiar yet).
    Pool familiar = makePool(true);
    Pool fresh = makePool(false);
    fill(familiar, cap - 1);
    fill(fresh, cap);
    return plan;
}

} // namespace stages
