#pragma once

// Shared set-up for the geometry screen tests: a real SQLite file with a small school, the whole
// catalogue (geometry included) and the geometry domain's page, as the pupil's home opens it.

#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "support/testdatabase.h"

#include <QTest>

namespace stages::test {

inline std::shared_ptr<const ExerciseContent> geometryContent()
{
    static const auto content = makeExerciseContent(ExerciseContent::Scope::Everything);
    return content;
}

/// The exercise @p id, or the first geometry exercise of @p task whose id contains @p part.
inline const Exercise *geometryExercise(const QString &task, const QString &part = {})
{
    for (const Exercise &e : geometryContent()->catalogue().exercises()) {
        if (e.domain == QLatin1String("geometry") && e.task == task && e.id.contains(part))
            return &e;
    }
    return nullptr;
}

/// A tap on point @p point of the canvas.
inline void clickPoint(geometry::PointsCanvas *canvas, int point)
{
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->pointCentre(point).toPoint());
}

/// A line from point @p a to point @p b, tap and tap.
inline void drawLine(geometry::PointsCanvas *canvas, int a, int b)
{
    clickPoint(canvas, a);
    clickPoint(canvas, b);
}

struct GeometryFixture
{
    TestDatabase db;
    ManualClock clock;
    SmallSchool school { *db.db, clock };
    DomainPage page;

    GeometryFixture()
        : page(*findDomainView(QStringLiteral("geometry")),
               PageContext { *db.db, clock, school.pupil, geometryContent(), nullptr })
    {
        page.resize(1366, 768);
        page.show();
        // Active, so keyboard focus and the Ctrl+Z shortcut work as on a real desktop.
        page.activateWindow();
        (void)QTest::qWaitForWindowActive(&page);
    }

    /// With STAGES_SHOT_DIR set: a picture of the page as the pupil sees it, for docs/screenshots.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("STAGES_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        page.grab().save(dir + QStringLiteral("/geometry-%1.png").arg(name));
    }

    template<typename Screen> Screen *open(const Exercise *exercise)
    {
        if (!exercise || !page.openExercise(exercise->id))
            return nullptr;
        return qobject_cast<Screen *>(page.screen());
    }

    /// The stored attempts: exercise id, success, answer JSON.
    struct Row
    {
        QString exerciseId;
        bool success = false;
        QByteArray answer;
    };
    QList<Row> attempts() const
    {
        QList<Row> rows;
        SqlQuery q(db.db->sql(), QStringLiteral("SELECT exercise_id, success, answer FROM attempt"));
        if (!q.exec().ok())
            return rows;
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toInt() == 1, q.value(2).toString().toUtf8() });
        return rows;
    }

    /// The stored artifacts of @p kind: their content JSON.
    QList<QByteArray> artifacts(const QString &kind) const
    {
        QList<QByteArray> contents;
        SqlQuery q(db.db->sql(), QStringLiteral("SELECT content FROM artifact WHERE kind = :kind"));
        q.bind(QStringLiteral(":kind"), kind);
        if (!q.exec().ok())
            return contents;
        while (q.next())
            contents.append(q.value(0).toString().toUtf8());
        return contents;
    }
};

} // namespace stages::test
