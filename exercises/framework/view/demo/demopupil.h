#pragma once

// For the demo programs (exercise-demo, music-demo): a temporary database with a school, a class
// and one signed-in pupil, Pia. Not part of the app.

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace stages::demo {

struct DemoPupil
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    SystemClock clock;
    Session pupil;

    /// Opens the database and signs Pia in; false (with the reason printed) when it cannot.
    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        if (!opened) {
            qCritical("%s", qPrintable(opened.error()));
            return false;
        }
        db = std::move(opened.value());
        AccountService accounts(*db, clock);
        ClassService classes(*db, clock);
        const Session admin = accounts
                                  .setUpSchool(QStringLiteral("Demo School"),
                                               { Role::Admin, QStringLiteral("Ada Admin"), QStringLiteral("ada"),
                                                 QStringLiteral("demo-password-1"), {}, 0, {} })
                                  .value();
        (void)classes.addClass(admin, QStringLiteral("1.A")).value();
        const QList<int> pictures { 1, 2, 3 };
        const QString pupilId = accounts
                                    .addPerson(admin, { Role::Pupil, QStringLiteral("Pia Pupil"), {}, {}, pictures, 3,
                                                        QStringLiteral("1.A") })
                                    .value()
                                    .id;
        pupil = accounts.signInWithPictures(pupilId, pictures).value();
        return true;
    }
};

} // namespace stages::demo
