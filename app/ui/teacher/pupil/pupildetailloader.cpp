#include "ui/teacher/pupil/pupildetailloader.h"

#include "core/clock.h"
#include "core/dashboard/dashboardservice.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <memory>

namespace stages {

PupilDetailLoader::PupilDetailLoader(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_clock(clock)
{
}

PupilDetailLoader::~PupilDetailLoader()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

PupilDetailData PupilDetailLoader::read(Database &database, const Clock &clock, const Session &session,
                                        const QString &personId, const DashboardFilter &filter, int attemptLimit)
{
    QElapsedTimer timer;
    timer.start();
    PupilDetailData data;
    data.personId = personId;
    const auto note = [&data](const QString &error) {
        if (data.error.isEmpty())
            data.error = error;
    };
    const DashboardService dashboard(database, clock);
    if (auto mastery = dashboard.pupilMastery(session, personId))
        data.mastery = mastery.value();
    else
        note(mastery.error());
    // One more than asked: tells whether there are older ones to show.
    if (auto attempts = dashboard.pupilAttempts(session, personId, filter, attemptLimit + 1)) {
        data.attempts = attempts.value();
        data.moreAttempts = data.attempts.size() > attemptLimit;
        if (data.moreAttempts)
            data.attempts.resize(attemptLimit);
    } else {
        note(attempts.error());
    }
    if (auto progress = dashboard.pupilProgress(session, personId, filter))
        data.progress = progress.value();
    else
        note(progress.error());
    if (filter.from.isValid()) {
        DashboardFilter before = filter;
        before.from = {};
        before.to = filter.from.addDays(-1);
        for (const WeeklyProgress &w : dashboard.pupilProgress(session, personId, before).value_or({}))
            data.proficientBefore += w.stages;
    }
    const ArtifactService artifacts(database, clock);
    if (auto work = artifacts.listForPupil(session, personId)) {
        for (const ArtifactSummary &a : work.value()) {
            const QDate day = a.createdAt.toLocalTime().date();
            if ((!filter.from.isValid() || day >= filter.from) && (!filter.to.isValid() || day <= filter.to))
                data.artifacts.append(a);
        }
    } else {
        note(work.error());
    }
    data.elapsedMs = timer.elapsed();
    return data;
}

void PupilDetailLoader::load(const Session &session, const QString &personId, const DashboardFilter &filter,
                             int attemptLimit)
{
    const int generation = ++m_generation;
    ++m_pending;
    const auto deliver = [this, generation](const PupilDetailData &data) {
        --m_pending;
        if (generation == m_generation)
            emit loaded(data);
    };
    const QString location = m_db.location();
    if (!m_db.isServer() && !QFileInfo(location).isFile()) {
        // A database that is not a file (in memory) cannot be opened twice: read it here. A
        // server is opened again in the thread, like a file.
        QTimer::singleShot(0, this, [=, this] {
            deliver(read(m_db, m_clock, session, personId, filter, attemptLimit));
        });
        return;
    }
    auto result = std::make_shared<PupilDetailData>();
    const Clock *clock = &m_clock;
    QThread *thread = QThread::create([=] {
        // Each thread needs its own connection; the schema is already up to date.
        auto db = Database::open(location, Database::Options { false, false });
        if (!db) {
            result->personId = personId;
            result->error = db.error();
            return;
        }
        *result = read(*db.value(), *clock, session, personId, filter, attemptLimit);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, deliver] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        deliver(*result);
    });
    thread->start();
}

} // namespace stages
