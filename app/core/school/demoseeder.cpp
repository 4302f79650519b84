#include "core/school/demoseeder.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/passwordhasher.h"
#include "core/school/classservice.h"

#include <QStringList>

#include <random>

namespace stages {

namespace {

// std::mt19937 is specified bit for bit, unlike the standard distributions, so draw by hand.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_engine(seed)
    { }
    int below(int n) { return int(m_engine() % quint32(n)); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine;
};

const QStringList kFirstNames = {
    QStringLiteral("Adéla"),    QStringLiteral("Amálie"),  QStringLiteral("Anna"),   QStringLiteral("Barbora"),
    QStringLiteral("Eliška"),   QStringLiteral("Ema"),     QStringLiteral("Julie"),  QStringLiteral("Karolína"),
    QStringLiteral("Kristýna"), QStringLiteral("Natálie"), QStringLiteral("Sofie"),  QStringLiteral("Tereza"),
    QStringLiteral("Viktorie"), QStringLiteral("Zuzana"),  QStringLiteral("Adam"),   QStringLiteral("David"),
    QStringLiteral("Dominik"),  QStringLiteral("Filip"),   QStringLiteral("Jakub"),  QStringLiteral("Jan"),
    QStringLiteral("Jiří"),     QStringLiteral("Matěj"),   QStringLiteral("Matyáš"), QStringLiteral("Ondřej"),
    QStringLiteral("Tomáš"),    QStringLiteral("Vojtěch"), QStringLiteral("Šimon"),  QStringLiteral("Lukáš"),
    QStringLiteral("Emily"),    QStringLiteral("Grace"),   QStringLiteral("Lily"),   QStringLiteral("Olivia"),
    QStringLiteral("Oliver"),   QStringLiteral("Harry"),   QStringLiteral("George"), QStringLiteral("Jack"),
    QStringLiteral("Noah"),     QStringLiteral("Leo"),     QStringLiteral("Mia"),    QStringLiteral("Chloe"),
};

const QStringList kTeacherNames = {
    QStringLiteral("Jana Nováková"),   QStringLiteral("Petr Svoboda"),   QStringLiteral("Lucie Dvořáková"),
    QStringLiteral("Martin Černý"),    QStringLiteral("Helen Carter"),   QStringLiteral("Pavla Veselá"),
    QStringLiteral("Tomáš Procházka"), QStringLiteral("Sarah Mitchell"),
};

const QStringList kSurnameInitials = {
    QStringLiteral("B."), QStringLiteral("D."), QStringLiteral("H."), QStringLiteral("K."), QStringLiteral("M."),
    QStringLiteral("N."), QStringLiteral("P."), QStringLiteral("R."), QStringLiteral("S."), QStringLiteral("V."),
};

} // namespace

DemoSeeder::DemoSeeder(AccountService &accounts, ClassService &classes)
    : m_accounts(accounts)
    , m_classes(classes)
{ }

Result<QList<DemoSeeder::SeededAccount>> DemoSeeder::seed(const Options &options)
{
    using R = Result<QList<SeededAccount>>;
    if (options.classes < 1 || options.classes > 40)
        return R::failure(tr("The number of classes must be between 1 and 40."));
    if (options.pupils < 0 || options.pupils > 5000)
        return R::failure(tr("The number of pupils must be between 0 and 5000."));

    DemoRandom random(options.seed);
    QList<SeededAccount> created;
    const QString password = QString::fromLatin1(kDemoPassword);
    Session admin = Session::commandLine(m_accounts.schoolId());
    if (!m_accounts.isSetUp()) {
        NewPerson head { Role::Admin, QStringLiteral("Alena Horáková"), QStringLiteral("admin"), password, {}, 0, {} };
        auto session = m_accounts.setUpSchool(tr("Demo Primary School"), head);
        if (!session)
            return R::failure(session.error());
        admin = *session;
        created.append({ roleKey(Role::Admin), head.displayName, {}, head.login, password, {} });
    }

    // Classes named like Czech ones: grade then letter (1.A, 1.B, 2.A ...).
    QStringList classNames;
    for (int i = 0; i < options.classes; ++i)
        classNames.append(QStringLiteral("%1.%2").arg(1 + i / 2).arg(QChar(u'A' + i % 2)));
    for (const QString &name : classNames) {
        if (m_classes.classByName(name))
            continue;
        if (auto added = m_classes.addClass(admin, name); !added)
            return R::failure(added.error());
    }

    const int teachers = std::max(1, (options.classes + 1) / 2);
    for (int i = 0; i < teachers; ++i) {
        const QString name = kTeacherNames.at(i % kTeacherNames.size());
        NewPerson teacher { Role::Teacher, name, {}, password, {}, 0, {} };
        auto added = m_accounts.addPerson(admin, teacher);
        if (!added)
            return R::failure(added.error());
        created.append({ roleKey(Role::Teacher), name, {}, added->login, password, {} });
    }
    {
        NewPerson trainer { Role::Trainer, QStringLiteral("Věra Králová"), {}, password, {}, 0, {} };
        auto added = m_accounts.addPerson(admin, trainer);
        if (!added)
            return R::failure(added.error());
        created.append({ roleKey(Role::Trainer), trainer.displayName, {}, added->login, password, {} });
    }

    for (int i = 0; i < options.pupils; ++i) {
        const QString className = classNames.at(i % classNames.size());
        const QString name = random.pick(kFirstNames) + QLatin1Char(' ') + random.pick(kSurnameInitials);
        QList<int> pictures;
        while (pictures.size() < PasswordHasher::kPictureCount) {
            const int p = random.below(PasswordHasher::kPictureChoices);
            if (!pictures.contains(p))
                pictures.append(p);
        }
        // No avatar given: the service hands out one nobody in the class has yet.
        NewPerson pupil { Role::Pupil, name, {}, {}, pictures, std::nullopt, className };
        auto added = m_accounts.addPerson(admin, pupil);
        if (!added)
            return R::failure(added.error());
        QStringList secret;
        for (int p : pictures)
            secret.append(QString::number(p));
        created.append({ roleKey(Role::Pupil), name, className, {}, secret.join(QLatin1Char(',')), pictures });
    }
    return created;
}

} // namespace stages
