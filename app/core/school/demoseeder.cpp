#include "core/school/demoseeder.h"

#include "core/accounts/accountservice.h"
#include "core/accounts/passwordhasher.h"
#include "core/school/classservice.h"
#include "core/training/signingkeys.h"
#include "core/training/trainingservice.h"

#include <QRandomGenerator>
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

/// A password for demo staff in a real school: 12 characters nobody can guess, without the
/// look-alikes (0/O, 1/l/I) so it can be read out and typed.
QString freshPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i)
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return password;
}

} // namespace

DemoSeeder::DemoSeeder(AccountService &accounts, ClassService &classes)
    : m_accounts(accounts)
    , m_classes(classes)
{ }

DemoSeeder::DemoSeeder(AccountService &accounts, ClassService &classes, TrainingService &training, SigningKeys &keys)
    : m_accounts(accounts)
    , m_classes(classes)
    , m_training(&training)
    , m_keys(&keys)
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
    auto setUp = m_accounts.isSetUp();
    if (!setUp)
        return R::failure(setUp.error());
    const bool existing = *setUp;
    if (existing && !options.intoExisting) {
        const auto name = m_accounts.schoolName();
        return R::failure(tr("This database already holds the school \"%1\". Demo people are only added to it "
                             "when you ask for it with --into-existing.")
                              .arg(name ? name.value() : QString()));
    }
    // A real school never gets staff with the public demo password: each gets a fresh one.
    const auto staffPassword = [existing] {
        return existing ? freshPassword() : QString::fromLatin1(kDemoPassword);
    };
    Session admin = Session::commandLine(m_accounts.schoolId());
    if (!existing) {
        const QString password = staffPassword();
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
        auto found = m_classes.classByName(name);
        if (!found)
            return R::failure(found.error());
        if (*found)
            continue;
        if (auto added = m_classes.addClass(admin, name); !added)
            return R::failure(added.error());
    }

    const int teachers = std::max(1, (options.classes + 1) / 2);
    QString trainerId;
    QString firstTeacherId;
    for (int i = 0; i <= teachers; ++i) {
        const bool trainer = i == teachers;
        const QString name = trainer ? QStringLiteral("Věra Králová") : kTeacherNames.at(i % kTeacherNames.size());
        const Role role = trainer ? Role::Trainer : Role::Teacher;
        const QString password = staffPassword();
        auto added = m_accounts.addPerson(admin, { role, name, {}, password, {}, 0, {} });
        if (!added)
            return R::failure(added.error());
        created.append({ roleKey(role), name, {}, added->login, password, {} });
        if (trainer)
            trainerId = added->id;
        else if (i == 0)
            firstTeacherId = added->id;
    }
    // The demo trainer can certify at once. A real school (intoExisting) keeps its own key and
    // founding trainers: its admin's password is not known here.
    if (m_training && m_keys && !existing) {
        // A new demo school: every staff member has the public demo password.
        if (auto s = seedTraining(admin, QString::fromLatin1(kDemoPassword), trainerId, firstTeacherId); !s)
            return R::failure(s.error());
    }

    // Pupils in batches: their picture passwords are hashed outside the write lock, then each
    // batch is one short transaction, so the app and other scripts keep writing meanwhile.
    QList<NewPerson> batch;
    QList<SeededAccount> batchAccounts;
    const auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        auto added = m_accounts.addPeople(admin, batch);
        if (!added)
            return Status::failure(added.error());
        created += batchAccounts;
        batch.clear();
        batchAccounts.clear();
        return {};
    };
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
        batch.append({ Role::Pupil, name, {}, {}, pictures, std::nullopt, className });
        QStringList secret;
        for (int p : pictures)
            secret.append(QString::number(p));
        batchAccounts.append({ roleKey(Role::Pupil), name, className, {}, secret.join(QLatin1Char(',')), pictures });
        if (batch.size() >= kPupilBatch) {
            if (auto s = flush(); !s)
                return R::failure(s.error());
        }
    }
    if (auto s = flush(); !s)
        return R::failure(s.error());
    return created;
}

Status DemoSeeder::seedTraining(const Session &admin, const QString &password, const QString &trainerId,
                                const QString &teacherId)
{
    if (auto s = m_keys->create(admin, password); !s)
        return s;
    auto trainer = m_training->addEducator(admin, { {}, trainerId, {}, {} });
    if (!trainer)
        return Status::from(trainer);
    auto founding = m_training->recordFoundingTrainer(admin, trainer->id, password);
    if (!founding)
        return Status::from(founding);
    if (auto s = m_keys->grant(admin, password, trainerId, password); !s)
        return s;

    // Věra records her trainees' evidence, dated over the last weeks.
    const Session vera { trainerId, admin.schoolId, Role::Trainer, trainer->displayName };
    const QDate today = founding->issuedOn;
    const QString teacherProgramme = QStringLiteral("stages-teacher");
    const auto record = [&](const QString &educatorId, RequirementKind kind, double amount, int daysAgo,
                            const QList<int> &scores = {}) -> Status {
        NewEvidence e;
        e.educatorId = educatorId;
        e.programmeId = teacherProgramme;
        e.kind = kind;
        e.amount = amount;
        e.rubricScores = scores;
        e.date = today.addDays(-daysAgo);
        return Status::from(m_training->addEvidence(vera, e));
    };

    // Jana (a teacher of this school) has everything for the teacher certificate.
    auto jana = m_training->addEducator(vera, { {}, teacherId, {}, {} });
    if (!jana)
        return Status::from(jana);
    for (const Status &s : { record(jana->id, RequirementKind::WorkshopHours, 8, 120),
                             record(jana->id, RequirementKind::WorkshopHours, 8, 90),
                             record(jana->id, RequirementKind::PracticumWeeks, 8, 30),
                             record(jana->id, RequirementKind::ObservedLessons, 0, 45, { 3, 4, 3, 3 }),
                             record(jana->id, RequirementKind::ObservedLessons, 0, 14, { 4, 3, 4, 3 }),
                             record(jana->id, RequirementKind::PortfolioItems, 3, 7) }) {
        if (!s)
            return s;
    }
    // Marie (another school) is half way and misses items of every kind.
    auto marie = m_training->addEducator(vera, { QStringLiteral("Marie Benešová"), {}, QStringLiteral("ZŠ Kopřivnice"), {} });
    if (!marie)
        return Status::from(marie);
    for (const Status &s : { record(marie->id, RequirementKind::WorkshopHours, 8, 60),
                             record(marie->id, RequirementKind::PracticumWeeks, 3, 20),
                             record(marie->id, RequirementKind::PortfolioItems, 1, 10) }) {
        if (!s)
            return s;
    }
    // Karel (another school) has had one lesson observed, below the average needed.
    auto karel = m_training->addEducator(vera, { QStringLiteral("Karel Dostál"), {}, QStringLiteral("ZŠ Nový Jičín"), {} });
    if (!karel)
        return Status::from(karel);
    for (const Status &s : { record(karel->id, RequirementKind::WorkshopHours, 12, 50),
                             record(karel->id, RequirementKind::ObservedLessons, 0, 5, { 3, 2, 3, 2 }) }) {
        if (!s)
            return s;
    }
    return {};
}

} // namespace stages
