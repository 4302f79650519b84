#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages {

class AccountService;
class ClassService;
class SigningKeys;
class TrainingService;
struct Session;

/// Fills a database with a believable demo school: classes, pupils with Czech and English first
/// names, teachers and a trainer. The same seed always gives the same school.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(stages::DemoSeeder)

public:
    struct Options
    {
        int pupils = 24;
        int classes = 1;
        quint32 seed = 1;
        /// Add demo people to a database that already holds a school (a real one, maybe).
        /// Staff then get fresh random passwords, never the public demo password.
        bool intoExisting = false;
    };

    struct SeededAccount
    {
        QString role;
        QString name;
        QString className;
        QString login; ///< staff
        QString secret; ///< staff password, or the picture password as indexes "2,7,4"
        QList<int> pictures; ///< pupils: the picture password, pictures' indexes in the order tapped
    };

    DemoSeeder(AccountService &accounts, ClassService &classes);
    /// Also seeds the training of educators in a new demo school (not with intoExisting): the
    /// organisation's signing key, the trainer Věra Králová as founding trainer allowed to sign,
    /// and three teachers in training with evidence (one ready for the teacher certificate).
    DemoSeeder(AccountService &accounts, ClassService &classes, TrainingService &training, SigningKeys &keys);

    /// Sets up the demo school in an empty database; refuses one that holds a school unless
    /// Options::intoExisting. Returns every account created, with its password.
    Result<QList<SeededAccount>> seed(const Options &options);

    static constexpr const char *kDemoPassword = "stages-demo";
    /// Pupils added per transaction.
    static constexpr int kPupilBatch = 50;

private:
    Status seedTraining(const Session &admin, const QString &password, const QString &trainerId,
                        const QString &teacherId);

    AccountService &m_accounts;
    ClassService &m_classes;
    TrainingService *m_training = nullptr;
    SigningKeys *m_keys = nullptr;
};

} // namespace stages
