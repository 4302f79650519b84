#include "core/school/historygenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace stages {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
/// Lesson starts in UTC minutes after midnight (8:00, 8:55, 10:00 ... in Central Europe in winter).
constexpr int kLessonStarts[] = { 7 * 60, 7 * 60 + 55, 9 * 60, 10 * 60, 10 * 60 + 55, 11 * 60 + 50 };
constexpr int kLessons = int(std::size(kLessonStarts));

// std::mt19937 is specified bit for bit, unlike the standard distributions: draw by hand.
int below(std::mt19937 &e, int n)
{
    return n <= 1 ? 0 : int(e() % quint32(n));
}
double unit(std::mt19937 &e)
{
    return double(e()) / 4294967296.0;
}
bool chance(std::mt19937 &e, double p)
{
    return unit(e) < p;
}
int between(std::mt19937 &e, int low, int high)
{
    return low + below(e, high - low + 1);
}

QByteArray answerText(const QJsonValue &answer)
{
    // Stored as AttemptService stores answers: any JSON value as compact text.
    const QByteArray wrapped = QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

double paceSkill(HistoryGenerator::Pace pace)
{
    switch (pace) {
    case HistoryGenerator::Pace::Fast:
        return 0.92;
    case HistoryGenerator::Pace::Average:
        return 0.8;
    case HistoryGenerator::Pace::Slow:
        return 0.66;
    }
    return 0.8;
}

double paceTime(HistoryGenerator::Pace pace)
{
    switch (pace) {
    case HistoryGenerator::Pace::Fast:
        return 0.75;
    case HistoryGenerator::Pace::Average:
        return 1.0;
    case HistoryGenerator::Pace::Slow:
        return 1.35;
    }
    return 1.0;
}

/// How often a pupil works compared with others.
double paceActivity(HistoryGenerator::Pace pace)
{
    switch (pace) {
    case HistoryGenerator::Pace::Fast:
        return 1.3;
    case HistoryGenerator::Pace::Average:
        return 1.0;
    case HistoryGenerator::Pace::Slow:
        return 0.75;
    }
    return 1.0;
}

/// The chance of a full success: lower on higher stages of the ladder.
double successChance(double skill, int stageIndex, int stages)
{
    const double climb = stages > 1 ? double(stageIndex) / double(stages - 1) : 0.0;
    return std::clamp(skill - 0.55 * climb, 0.08, 0.97);
}

/// A score as evaluators give them, in twentieths.
double twentieths(double x)
{
    return std::clamp(std::round(x * 20.0) / 20.0, 0.0, 1.0);
}

} // namespace

std::vector<qint64> HistoryGenerator::apportion(qint64 total, const std::vector<double> &weights)
{
    std::vector<qint64> parts(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (sum <= 0 || total <= 0)
        return parts;
    std::vector<std::pair<double, size_t>> remainders;
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] <= 0)
            continue;
        const double exact = double(total) * weights[i] / sum;
        parts[i] = qint64(std::floor(exact));
        given += parts[i];
        remainders.emplace_back(exact - double(parts[i]), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < total && !remainders.empty(); k = (k + 1) % remainders.size()) {
        ++parts[remainders[k].second];
        ++given;
    }
    return parts;
}

HistoryGenerator::HistoryGenerator(const HistoryPlan &plan, const Input &input)
    : m_plan(plan)
    , m_input(input)
    , m_engine(input.seed)
{
    for (const HistoryPlan::Domain &domain : plan.domains) {
        m_domainIds.push_back(domain.id.toUtf8());
        std::vector<StageRef> stages;
        for (const HistoryPlan::Stage &stage : domain.stages) {
            StageRef ref;
            for (const HistoryPlan::Exercise &e : stage.exercises) {
                ref.exercises.push_back(qint32(m_exerciseIds.size()));
                m_exerciseIds.push_back(e.id.toUtf8());
                m_exerciseAnswers.push_back(answerText(e.answer));
            }
            for (const HistoryPlan::Piece &piece : stage.pieces) {
                ref.pieces.push_back(qint32(m_pieces.size()));
                m_pieces.push_back(piece);
            }
            stages.push_back(std::move(ref));
        }
        m_stages.push_back(std::move(stages));
    }
    for (const QDate &day : input.days)
        m_dayStartMs.push_back(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

void HistoryGenerator::generate()
{
    m_profiles.clear();
    m_attempts.clear();
    m_mastery.clear();
    m_warmUps.clear();
    m_artifacts.clear();
    m_feedback.clear();
    m_engine.seed(m_input.seed);
    drawProfiles();
    drawWarmUps();
    if (m_stages.empty() || m_input.days.isEmpty())
        return;

    std::vector<double> weights;
    for (const Profile &p : m_profiles) {
        const double span = double(p.endDay - p.firstDay) / double(m_input.days.size());
        weights.push_back(p.neverStarted || p.endDay <= p.firstDay ? 0.0 : paceActivity(p.pace) * span);
    }
    const std::vector<qint64> counts = apportion(m_input.attempts, weights);
    m_attempts.reserve(size_t(m_input.attempts));
    for (size_t pupil = 0; pupil < counts.size(); ++pupil) {
        if (counts[pupil] > 0)
            drawPupil(int(pupil), counts[pupil]);
    }
    std::sort(m_attempts.begin(), m_attempts.end(), [](const Attempt &a, const Attempt &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.pupil < b.pupil;
    });
    drawFeedback();
}

void HistoryGenerator::drawProfiles()
{
    const int days = int(m_input.days.size());
    const int domains = int(m_stages.size());
    // Fewer than ~6 weeks of days: nobody can have stopped or been stuck "for weeks".
    const bool longYear = days >= 30;
    for (qsizetype i = 0; i < m_input.pupilClasses.size(); ++i) {
        Profile p;
        const double pace = unit(m_engine);
        p.pace = pace < 0.2 ? Pace::Fast : pace < 0.7 ? Pace::Average : Pace::Slow;
        p.neverStarted = chance(m_engine, 0.03);
        // Most begin in the first two weeks; some join (or are given the app) later.
        p.firstDay
            = chance(m_engine, 0.75) ? below(m_engine, std::min(days, 10)) : below(m_engine, std::max(1, days * 2 / 5));
        p.endDay = days;
        const double kind = unit(m_engine);
        if (longYear && !p.neverStarted && kind < 0.08) {
            p.inactive = true; // stopped 3 to 10 weeks of school days ago
            p.endDay = std::max(p.firstDay + 5, days - between(m_engine, 15, 50));
            p.endDay = std::min(p.endDay, days - 10);
        } else if (longYear && !p.neverStarted && kind < 0.16) {
            p.stuck = true; // the last 2 to 5 weeks on one stage
            p.stuckFromDay = std::max(p.firstDay + 5, days - between(m_engine, 10, 25));
            p.stuckDomain = below(m_engine, std::max(1, domains));
        }
        if (p.endDay <= p.firstDay)
            p.inactive = false, p.endDay = days;
        if (p.stuck && p.stuckFromDay >= days)
            p.stuck = false, p.stuckFromDay = -1, p.stuckDomain = -1;
        m_profiles.push_back(p);
    }
}

void HistoryGenerator::drawWarmUps()
{
    const int days = int(m_input.days.size());
    m_warmUpStart.assign(size_t(std::max(0, m_input.classes)), std::vector<qint64>(size_t(days), -1));
    m_classTeacher.clear();
    for (int c = 0; c < m_input.classes; ++c) {
        // Two classes (1.A and 1.B) share a teacher.
        m_classTeacher.push_back(m_input.teachers > 0 ? qint32((c / 2) % m_input.teachers) : -1);
        for (int d = 0; d < days; ++d) {
            if (!chance(m_engine, 0.3))
                continue;
            const qint64 start = m_dayStartMs[size_t(d)] + kLessonStarts[below(m_engine, 3)] * kMinute
                + between(m_engine, 0, 4) * kMinute;
            if (start + qint64(7) * kMinute >= m_input.nowMs)
                continue;
            m_warmUpStart[size_t(c)][size_t(d)] = start;
            m_warmUps.push_back({ qint32(c), m_classTeacher.back(), start });
        }
    }
}

void HistoryGenerator::drawPupil(int pupil, qint64 count)
{
    const Profile &profile = m_profiles[size_t(pupil)];
    const int classIndex = m_input.pupilClasses.value(pupil);
    const double skill = std::clamp(paceSkill(profile.pace) + (unit(m_engine) - 0.5) * 0.1, 0.3, 0.98);
    const double timeFactor = paceTime(profile.pace);
    const int domains = int(m_stages.size());
    // Each pupil has a favourite domain and likes the others less or more.
    std::vector<double> liking;
    for (int d = 0; d < domains; ++d)
        liking.push_back(0.3 + unit(m_engine));
    liking[size_t(below(m_engine, domains))] += 1.0;
    const double likingSum = std::accumulate(liking.begin(), liking.end(), 0.0);
    const auto pickDomain = [&] {
        double x = unit(m_engine) * likingSum;
        for (int d = 0; d < domains; ++d) {
            if ((x -= liking[size_t(d)]) < 0)
                return d;
        }
        return domains - 1;
    };

    // Sessions: one a day on some of their days, each a handful of attempts.
    const int spanDays = profile.endDay - profile.firstDay;
    const int perSession = between(m_engine, 5, 10);
    const int sessions = int(std::clamp<qint64>((count + perSession / 2) / perSession, 1, spanDays));
    // Distinct days from [from, to), sorted.
    const auto sampleDays = [this](int from, int to, int n) {
        std::vector<int> pool(static_cast<size_t>(std::max(0, to - from)));
        std::iota(pool.begin(), pool.end(), from);
        n = std::clamp(n, 0, int(pool.size()));
        for (int i = 0; i < n; ++i)
            std::swap(pool[size_t(i)], pool[size_t(i + below(m_engine, int(pool.size()) - i))]);
        pool.resize(size_t(n));
        std::sort(pool.begin(), pool.end());
        return pool;
    };
    std::vector<int> sessionDays;
    int stuckSessions = 0;
    if (profile.stuck) {
        // A stuck pupil keeps coming: at least three sessions in the stuck weeks, the last one
        // on their last day.
        const int window = profile.endDay - profile.stuckFromDay;
        stuckSessions = std::clamp(sessions * window / spanDays, std::min(3, window), window);
        sessionDays = sampleDays(profile.firstDay, profile.stuckFromDay, sessions - stuckSessions);
        const std::vector<int> late = sampleDays(profile.stuckFromDay, profile.endDay - 1, stuckSessions - 1);
        sessionDays.insert(sessionDays.end(), late.begin(), late.end());
        sessionDays.push_back(profile.endDay - 1);
        stuckSessions = int(late.size()) + 1;
    } else {
        sessionDays = sampleDays(profile.firstDay, profile.endDay, sessions);
    }
    std::vector<double> sessionWeights;
    for (size_t i = 0; i < sessionDays.size(); ++i)
        sessionWeights.push_back(0.5 + unit(m_engine));
    std::vector<qint64> perDay = apportion(count, sessionWeights);
    // Enough failures in a row to notice: move attempts from earlier sessions into the stuck weeks.
    const size_t firstStuck = sessionDays.size() - size_t(stuckSessions);
    const auto stuckTotal
        = [&] { return std::accumulate(perDay.begin() + qsizetype(firstStuck), perDay.end(), qint64(0)); };
    for (size_t from = 0; profile.stuck && firstStuck > 0 && stuckTotal() < kStuckAttempts && stuckTotal() < count;) {
        if (perDay[from] > 1) {
            --perDay[from];
            ++perDay[firstStuck + from % size_t(stuckSessions)];
        }
        from = (from + 1) % firstStuck;
        if (from == 0
            && std::all_of(perDay.begin(), perDay.begin() + qsizetype(firstStuck), [](qint64 n) { return n <= 1; }))
            break;
    }

    struct Track
    {
        QList<AttemptOutcome> outcomes;
        int successes = 0;
        double best = 0;
        qint64 last = 0;
    };
    std::vector<std::vector<Track>> tracks(static_cast<size_t>(domains));
    for (int d = 0; d < domains; ++d)
        tracks[size_t(d)].resize(m_stages[size_t(d)].size());
    std::vector<int> current(size_t(domains), 0); // stage index each domain has reached
    std::vector<int> run(size_t(domains), 0); // full successes in a row at that stage
    std::vector<int> tries(size_t(domains), 0);
    int pieces = 0;
    // Most pupils keep a piece or two over the year; half keep none.
    const int pieceBudget = chance(m_engine, 0.5) ? 0 : between(m_engine, 1, kMaxPiecesPerPupil);
    qint64 done = 0;

    for (size_t s = 0; s < sessionDays.size(); ++s) {
        const int day = sessionDays[s];
        const bool stuckNow = profile.stuck && day >= profile.stuckFromDay;
        const qint64 warmUp = m_warmUpStart.empty() ? -1 : m_warmUpStart[size_t(classIndex)][size_t(day)];
        const bool inWarmUp = warmUp >= 0 && !stuckNow && done >= 10;
        qint64 t = inWarmUp ? warmUp + between(m_engine, 10, 60) * 1000
                            : m_dayStartMs[size_t(day)] + kLessonStarts[below(m_engine, kLessons)] * kMinute
                + between(m_engine, 0, 10) * kMinute;
        const qint64 warmUpEnds = inWarmUp ? warmUp + qint64(7) * kMinute : 0;
        int domain = pickDomain();
        for (qint64 i = 0; i < perDay[s]; ++i) {
            Attempt a;
            a.pupil = qint32(pupil);
            int stageIndex = 0;
            double p = 0;
            bool review = false;
            if (stuckNow) {
                domain = profile.stuckDomain;
                stageIndex = current[size_t(domain)];
                p = 0.0;
            } else if (t + 30'000 < warmUpEnds) {
                a.mixedSet = true;
                domain = below(m_engine, domains);
                const int reached = current[size_t(domain)];
                stageIndex = reached > 0 && chance(m_engine, 0.75) ? below(m_engine, reached) : reached;
                p = successChance(skill, stageIndex, int(m_stages[size_t(domain)].size())) + 0.04;
            } else {
                if (chance(m_engine, 0.2))
                    domain = pickDomain();
                const int reached = current[size_t(domain)];
                review = reached > 0 && chance(m_engine, 0.12);
                stageIndex = review ? below(m_engine, reached) : reached;
                p = successChance(skill, stageIndex, int(m_stages[size_t(domain)].size()));
            }
            const StageRef &ref = m_stages[size_t(domain)][size_t(stageIndex)];
            // Pieces are made mostly at the top of a ladder ("then creating"), now and then lower.
            const bool top = stageIndex + 1 == int(m_stages[size_t(domain)].size());
            const bool creative = !a.mixedSet && !stuckNow && !ref.pieces.empty() && pieces < pieceBudget
                && (ref.exercises.empty() || chance(m_engine, top ? 0.15 : 0.002));
            if (!creative && ref.exercises.empty()) {
                // Only creative work here and this pupil made enough: they practise lower stages.
                for (stageIndex = std::max(0, stageIndex - 1);
                     stageIndex > 0 && m_stages[size_t(domain)][size_t(stageIndex)].exercises.empty(); --stageIndex) { }
                if (m_stages[size_t(domain)][size_t(stageIndex)].exercises.empty())
                    continue; // cannot happen: HistorySeeder checks that every first stage has exercises
                review = true;
            }
            const StageRef &at = m_stages[size_t(domain)][size_t(stageIndex)];
            a.domain = qint16(domain);
            a.stage = qint16(m_plan.domains.at(domain).stages.at(stageIndex).stage);
            qint64 duration = 0;
            if (creative) {
                a.piece = at.pieces[size_t(below(m_engine, int(at.pieces.size())))];
                a.exercise = -1;
                a.success = true;
                a.score = 1.0;
                duration = between(m_engine, 120, 420) * 1000;
                ++pieces;
            } else {
                a.exercise = at.exercises[size_t(below(m_engine, int(at.exercises.size())))];
                a.success = chance(m_engine, p);
                if (a.success) {
                    a.score = 1.0;
                    const double h = unit(m_engine);
                    a.hints = qint8(stuckNow ? 0 : h < 0.75 ? 0 : h < 0.95 ? 1 : 2);
                } else {
                    const double u = unit(m_engine);
                    a.score = stuckNow ? twentieths(0.1 + 0.5 * u) : twentieths(0.15 + 0.8 * u * (0.6 + 0.4 * skill));
                    a.score = std::min(a.score, 0.95);
                    const double h = unit(m_engine);
                    a.hints = qint8(h < 0.4 ? 0 : h < 0.75 ? 1 : h < 0.93 ? 2 : 3);
                }
                const double base = 15'000.0 + 6'000.0 * stageIndex;
                duration = qint64(base * timeFactor * (0.5 + 1.3 * unit(m_engine)) * (a.success ? 1.0 : 1.2)
                                  * (a.mixedSet ? 0.7 : 1.0))
                    + qint64(a.hints) * 8'000;
            }
            if (a.mixedSet && t + duration > warmUpEnds)
                duration = warmUpEnds - t; // the warm-up's time ran out: the answer is handed in
            duration = std::max<qint64>(duration, 4'000);
            a.durationMs = qint32(duration);
            t += duration;
            a.atMs = t;
            t += between(m_engine, 3, 25) * 1000;

            Track &track = tracks[size_t(domain)][size_t(stageIndex)];
            track.outcomes.append({ a.score, a.success, a.mixedSet, a.hints });
            track.successes += a.success ? 1 : 0;
            track.best = std::max(track.best, a.score);
            track.last = a.atMs;
            if (a.piece >= 0)
                m_artifacts.push_back({ a.pupil, a.piece, a.atMs });
            m_attempts.push_back(a);
            ++done;

            // Climbing: three clean successes in a row (proficient), or a teacher lets a pupil
            // who keeps trying move on after a success. A stuck pupil does not climb.
            if (stuckNow || a.mixedSet || review || stageIndex != current[size_t(domain)])
                continue;
            ++tries[size_t(domain)];
            run[size_t(domain)] = a.success && a.hints == 0 ? run[size_t(domain)] + 1 : 0;
            const bool last = stageIndex + 1 >= int(m_stages[size_t(domain)].size());
            if (!last
                && (run[size_t(domain)] >= kProficientRun
                    || (tries[size_t(domain)] >= 30 && a.success && chance(m_engine, 0.1)))) {
                ++current[size_t(domain)];
                run[size_t(domain)] = 0;
                tries[size_t(domain)] = 0;
            }
        }
    }

    for (int d = 0; d < domains; ++d) {
        for (size_t si = 0; si < tracks[size_t(d)].size(); ++si) {
            const Track &track = tracks[size_t(d)][si];
            if (track.outcomes.isEmpty())
                continue;
            Mastery m;
            m.pupil = qint32(pupil);
            m.domain = qint16(d);
            m.stage = qint16(m_plan.domains.at(d).stages.at(qsizetype(si)).stage);
            m.level = masteryLevel(track.outcomes);
            m.attempts = int(track.outcomes.size());
            m.successes = track.successes;
            m.bestScore = track.best;
            m.updatedMs = track.last;
            m_mastery.push_back(m);
        }
    }
}

void HistoryGenerator::drawFeedback()
{
    if (m_input.teachers <= 0 || m_plan.feedbackComments.isEmpty())
        return;
    std::sort(m_artifacts.begin(), m_artifacts.end(), [](const Artifact &a, const Artifact &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.pupil < b.pupil;
    });
    for (size_t i = 0; i < m_artifacts.size(); ++i) {
        if (!chance(m_engine, 0.5))
            continue;
        Feedback f;
        f.artifact = qint32(i);
        const int classIndex = m_input.pupilClasses.value(m_artifacts[i].pupil);
        f.teacher = m_classTeacher.empty() ? 0 : std::max(0, m_classTeacher[size_t(classIndex)]);
        f.comment = qint32(below(m_engine, int(m_plan.feedbackComments.size())));
        f.stars = qint8(chance(m_engine, 0.8) ? between(m_engine, 1, 3) : 0);
        f.atMs = m_artifacts[i].atMs + between(m_engine, 2, 72) * kHour + between(m_engine, 0, 59) * kMinute;
        const qint64 seen = f.atMs + between(m_engine, 1, 48) * kHour;
        f.seenMs = chance(m_engine, 0.6) && seen < m_input.nowMs ? seen : 0;
        if (f.atMs < m_input.nowMs)
            m_feedback.push_back(f);
    }
}

} // namespace stages
