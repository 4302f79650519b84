#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages {

class AccountService;
class ClassService;
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

    /// Sets up the school when the database is empty. Returns every account created.
    Result<QList<SeededAccount>> seed(const Options &options);

    static constexpr const char *kDemoPassword = "stages-demo";

private:
    AccountService &m_accounts;
    ClassService &m_classes;
};

} // namespace stages
