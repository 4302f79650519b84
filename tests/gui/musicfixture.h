#pragma once

// Shared set-up for the music screen tests: a real SQLite file with a small school, the shared
// catalogue, and a sound service that never opens a sound device (so the tests are the same on
// every machine; cues then follow the clock exactly as they do when the device is missing).

#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/music/view/musictaskscreen.h"
#include "exercises/music/view/soundservice.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

/// Waits for something the sound service does in real time (a tune or rhythm playing to its
/// end). The long limit only stops a broken test from hanging; nothing here is a speed check.
#define MUSIC_TRY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 600000)

namespace stages::test {

inline std::shared_ptr<const ExerciseContent> musicContent()
{
    static const auto content = makeExerciseContent();
    return content;
}

/// The first music exercise of @p task (at @p stage when > 0, with or without a named rhythm).
inline const Exercise *firstMusicExercise(const QString &task, int stage = 0, int named = -1)
{
    for (const Exercise &e : musicContent()->catalogue().exercises()) {
        if (e.domain == QLatin1String("music") && e.task == task && (stage <= 0 || e.stage == stage)
            && (named < 0 || e.options.contains(QStringLiteral("named")) == (named == 1)))
            return &e;
    }
    return nullptr;
}

/// The music domain's page (the shared DomainPage), with the screen open now by its type.
struct MusicPage : DomainPage
{
    using DomainPage::DomainPage;
    music::MusicTaskScreen *musicScreen() const { return qobject_cast<music::MusicTaskScreen *>(screen()); }
    ExerciseScreen *exerciseScreen() const { return qobject_cast<ExerciseScreen *>(screen()); }
};

/// Lends the fixture's sound service to the screens, as the app's context does.
struct FixtureServices : ScreenServices
{
    explicit FixtureServices(QObject *soundService)
        : sound(soundService)
    { }
    QObject *sound = nullptr;
    QObject *service(QStringView name) override { return name == u"sound" ? sound : nullptr; }
};

struct MusicFixture
{
    TestDatabase db;
    ManualClock clock;
    SmallSchool school { *db.db, clock };
    music::SoundService sound;
    FixtureServices services;
    MusicPage page;

    explicit MusicFixture(const QString &soundFontPath = {})
        : sound(music::SoundService::Options { soundFontPath, false, 10 })
        , services(&sound)
        , page(*findDomainView(QStringLiteral("music")),
               PageContext { *db.db, clock, school.pupil, musicContent(), &services })
    {
        page.resize(1280, 800);
        page.show();
    }

    /// The stored attempts: exercise id, score, success, answer JSON.
    struct Row
    {
        QString exerciseId;
        double score = 0;
        bool success = false;
        QByteArray answer;
        QString domain;
    };
    QList<Row> attempts() const
    {
        QList<Row> rows;
        SqlQuery q(db.db->sql(), QStringLiteral("SELECT exercise_id, score, success, answer, domain FROM attempt"));
        if (!q.exec().ok())
            return rows;
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt() == 1,
                          q.value(3).toString().toUtf8(), q.value(4).toString() });
        return rows;
    }
};

} // namespace stages::test
