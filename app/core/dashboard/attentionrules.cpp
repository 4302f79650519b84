#include "core/dashboard/attentionrules.h"

#include "core/clock.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stages {

QString attentionReasonKey(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::NoNewStage:
        return QStringLiteral("no-new-stage");
    case AttentionReason::FailingStreak:
        return QStringLiteral("failing-streak");
    case AttentionReason::Inactive:
        return QStringLiteral("inactive");
    case AttentionReason::BehindClass:
        return QStringLiteral("behind-class");
    }
    return {};
}

void recentFigures(const QList<RecentAttempt> &chronological, PupilFigures &figures)
{
    figures.sessions.clear();
    figures.stages.clear();
    QHash<QString, int> stageIndex; // "domain/stage" -> index in figures.stages
    QList<int> fullRuns;
    QString lastDay;
    for (const RecentAttempt &a : chronological) {
        const QString key = a.domain + QLatin1Char('/') + QString::number(a.stage);
        auto it = stageIndex.find(key);
        if (it == stageIndex.end()) {
            it = stageIndex.insert(key, int(figures.stages.size()));
            figures.stages.append({ a.domain, a.stage, {}, {} });
            fullRuns.append(0);
        }
        figures.stages[*it].successes.append(a.success);
        const QString day = a.finishedAt.left(10);
        int &run = fullRuns[*it];
        run = a.full ? run + 1 : 0;

        if (day != lastDay) {
            figures.sessions.append({ QDate::fromString(day, Qt::ISODate), false });
            lastDay = day;
        }
        figures.stages[*it].lastDay = figures.sessions.last().day;
        if (run == kProficientRun)
            figures.sessions.last().reachedProficient = true;
    }
}

double AttentionRules::median(QList<int> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QList<AttentionFlag> AttentionRules::evaluate(const PupilFigures &figures, const AttentionThresholds &thresholds,
                                              const Clock &clock, const QHash<QString, QString> &domainTitles)
{
    QList<AttentionFlag> flags;

    // Inactive: no attempt for inactiveDays days (UTC calendar days), or none at all once the
    // class has begun. A threshold of 0 turns both off.
    if (thresholds.inactiveDays > 0) {
        if (!figures.lastActive.isValid()) {
            if (figures.classHasBegun) {
                AttentionFlag f;
                f.reason = AttentionReason::Inactive;
                f.text = tr("Has not started yet");
                flags.append(f);
            }
        } else {
            const qint64 days = figures.lastActive.toUTC().date().daysTo(clock.now().toUTC().date());
            if (days >= thresholds.inactiveDays) {
                AttentionFlag f;
                f.reason = AttentionReason::Inactive;
                f.figure = int(days);
                f.text = tr("Inactive for %n day(s)", nullptr, f.figure);
                flags.append(f);
            }
        }
    }

    // No new stage: the latest sessions (at least the threshold) without a stage newly proficient.
    if (thresholds.sessionsWithoutNewStage > 0) {
        int without = 0;
        for (auto it = figures.sessions.crbegin(); it != figures.sessions.crend() && !it->reachedProficient; ++it)
            ++without;
        if (without >= thresholds.sessionsWithoutNewStage) {
            AttentionFlag f;
            f.reason = AttentionReason::NoNewStage;
            f.figure = without;
            f.text = tr("No new stage in the last %n session(s)", nullptr, without);
            flags.append(f);
        }
    }

    // Failing streak: the latest attempts at one stage all failed, and the pupil tried that stage
    // in their latest session (still stuck there, not a stage left behind); the longest such
    // streak (the later stage of equal ones) is named.
    if (thresholds.failuresInARow > 0 && !figures.sessions.isEmpty()) {
        const StageRecent *worst = nullptr;
        int worstRun = 0;
        for (const StageRecent &s : figures.stages) {
            if (s.lastDay != figures.sessions.constLast().day)
                continue;
            int run = 0;
            for (auto it = s.successes.crbegin(); it != s.successes.crend() && !*it; ++it)
                ++run;
            if (run >= thresholds.failuresInARow && run >= worstRun) {
                worst = &s;
                worstRun = run;
            }
        }
        if (worst) {
            AttentionFlag f;
            f.reason = AttentionReason::FailingStreak;
            f.figure = worstRun;
            f.domain = worst->domain;
            f.stage = worst->stage;
            const QString title = domainTitles.value(worst->domain);
            if (title.isEmpty())
                //: %1 is the stage number
                f.text = tr("%n failed attempt(s) in a row at stage %1", nullptr, worstRun).arg(worst->stage);
            else
                //: %1 is the domain, e.g. "Music"; %2 the stage number
                f.text = tr("%n failed attempt(s) in a row at %1 stage %2", nullptr, worstRun)
                             .arg(title)
                             .arg(worst->stage);
            flags.append(f);
        }
    }

    // Behind the class: stagesBehindMedian or more proficient stages fewer than the class median.
    if (thresholds.stagesBehindMedian > 0) {
        const double behind = figures.classMedian - figures.stagesProficient;
        if (behind >= thresholds.stagesBehindMedian - 1e-9) {
            AttentionFlag f;
            f.reason = AttentionReason::BehindClass;
            f.figure = int(std::floor(behind + 1e-9));
            //: %1 is the class median, e.g. "7" or "6.5"
            f.text = tr("%n stage(s) behind the class (median %1)", nullptr, f.figure)
                         .arg(QLocale().toString(figures.classMedian, 'g', 4));
            flags.append(f);
        }
    }
    return flags;
}

} // namespace stages
