#pragma once

#include "core/accounts/accountservice.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"
#include "support/testdatabase.h"

#include <QTest>

namespace stages::test {

/// A small school (SmallSchool: admin Ada, teacher Tom, trainer Tia, pupil Pia) whose trainer
/// Tia is recorded as the founding trainer, may sign, and trains Tom. Keys use the minimum
/// Argon2 cost so the tests stay quick.
struct TrainingSchool
{
    TestDatabase database;
    ManualClock clock { QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC) };
    SmallSchool school { *database.db, clock };
    SigningKeys keys { *database.db, clock, WrappedKey::Cost::minimum() };
    TrainingService training { *database.db, clock, keys };
    QString password = QString::fromLatin1(SmallSchool::kPassword);
    Educator tia;
    Educator tom;
    static inline const QString kTeacher = QStringLiteral("stages-teacher");
    static inline const QString kTrainer = QStringLiteral("stages-trainer");

    TrainingSchool()
    {
        check(keys.create(school.admin, password), "create the key");
        tia = must(training.addEducator(school.admin, { {}, school.trainer.personId, {}, {} }), "add Tia");
        must(training.recordFoundingTrainer(school.admin, tia.id, password), "record Tia as founding trainer");
        check(keys.grant(school.admin, password, school.trainer.personId, password), "grant Tia signing");
        tom = must(training.addEducator(school.trainer, { {}, school.teacher.personId, {}, {} }), "add Tom");
    }

    static void check(const Status &s, const char *what)
    {
        if (!s)
            qFatal("%s: %s", what, qPrintable(s.error()));
    }
    template<typename T> static T must(const Result<T> &r, const char *what)
    {
        if (!r)
            qFatal("%s: %s", what, qPrintable(r.error()));
        return r.value();
    }

    EvidenceRecord add(const QString &educatorId, const QString &programme, RequirementKind kind, double amount,
                       const QList<int> &scores = {})
    {
        NewEvidence e;
        e.educatorId = educatorId;
        e.programmeId = programme;
        e.kind = kind;
        e.amount = amount;
        e.rubricScores = scores;
        return must(training.addEvidence(school.trainer, e), "add evidence");
    }

    /// Everything the Stages teacher programme asks for.
    void fulfilTeacher(const QString &educatorId)
    {
        add(educatorId, kTeacher, RequirementKind::WorkshopHours, 16);
        add(educatorId, kTeacher, RequirementKind::PracticumWeeks, 8);
        add(educatorId, kTeacher, RequirementKind::ObservedLessons, 0, { 3, 3, 4, 3 });
        add(educatorId, kTeacher, RequirementKind::ObservedLessons, 0, { 4, 3, 3, 3 });
        add(educatorId, kTeacher, RequirementKind::PortfolioItems, 3);
    }

    /// Everything the Stages trainer programme asks for (beside the teacher certificate).
    void fulfilTrainer(const QString &educatorId)
    {
        add(educatorId, kTrainer, RequirementKind::WorkshopHours, 24);
        add(educatorId, kTrainer, RequirementKind::ObservedLessons, 0, { 4, 4, 4, 3 });
        add(educatorId, kTrainer, RequirementKind::ObservedLessons, 0, { 4, 3, 4, 4 });
        add(educatorId, kTrainer, RequirementKind::PortfolioItems, 5);
    }

    /// Moves the clock by whole days.
    void advanceDays(int days) { clock.set(clock.now().addDays(days)); }
};

} // namespace stages::test
