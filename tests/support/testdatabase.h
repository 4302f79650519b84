#pragma once

#include "core/accounts/accountservice.h"
#include "core/clock.h"
#include "core/school/classservice.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace stages::test {

/// A real SQLite file in a temporary folder, opened and migrated, for service tests.
struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TestDatabase()
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error()));
        db = std::move(opened.value());
    }
    QString path() const { return dir.filePath(QStringLiteral("stages.sqlite")); }
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Sets up a school with an admin, one class "1.A", a teacher, a trainer and a pupil.
struct SmallSchool
{
    Session admin;
    Session teacher;
    Session trainer;
    Session pupil;
    QString classId;
    QString pupilId;
    static constexpr const char *kPassword = "secret-123";
    static QList<int> pupilPictures() { return {4, 0, 7}; }

    SmallSchool(Database &db, const Clock &clock)
    {
        AccountService accounts(db, clock);
        ClassService classes(db, clock);
        const QString password = QString::fromLatin1(kPassword);
        admin = accounts.setUpSchool(QStringLiteral("Test School"),
                                     {Role::Admin, QStringLiteral("Ada Admin"), QStringLiteral("ada"), password, {}, 0, {}}).value();
        classId = classes.addClass(admin, QStringLiteral("1.A")).value().id;
        accounts.addPerson(admin, {Role::Teacher, QStringLiteral("Tom Teacher"), QStringLiteral("tom"), password, {}, 0, {}}).value();
        accounts.addPerson(admin, {Role::Trainer, QStringLiteral("Tia Trainer"), QStringLiteral("tia"), password, {}, 0, {}}).value();
        pupilId = accounts.addPerson(admin, {Role::Pupil, QStringLiteral("Pia Pupil"), {}, {}, pupilPictures(), 3,
                                             QStringLiteral("1.A")}).value().id;
        teacher = accounts.signInWithPassword(QStringLiteral("tom"), password).value();
        trainer = accounts.signInWithPassword(QStringLiteral("tia"), password).value();
        pupil = accounts.signInWithPictures(pupilId, pupilPictures()).value();
    }
};

} // namespace stages::test
