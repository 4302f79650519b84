#include "core/accounts/pupiladmin.h"

#include "core/accounts/passwordhasher.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/text/textinput.h"

#include <QRandomGenerator>
#include <QSet>

namespace stages {

namespace {

const QString kPupilColumns = QStringLiteral("SELECT p.id, p.display_name, p.avatar, c.id, c.name, p.active "
                                             "FROM person p "
                                             "LEFT JOIN class_member m ON m.person_id = p.id "
                                             "LEFT JOIN school_class c ON c.id = m.class_id "
                                             "WHERE p.role = 'pupil' ");

Person pupilFromRow(const SqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.role = Role::Pupil;
    p.displayName = q.value(1).toString();
    p.avatar = q.value(2).toInt();
    p.classId = q.value(3).toString();
    p.className = q.value(4).toString();
    p.active = q.value(5).toInt() != 0;
    return p;
}

} // namespace

PupilAdmin::PupilAdmin(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{ }

Result<Person> PupilAdmin::pupil(const Session &session, const QString &personId) const
{
    using R = Result<Person>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(), kPupilColumns + QLatin1String("AND p.id = :id"));
    q.bind(QStringLiteral(":id"), personId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(tr("There is no pupil with the id \"%1\".").arg(personId));
    return pupilFromRow(q);
}

Result<QList<Person>> PupilAdmin::archivedPupils(const Session &session) const
{
    using R = Result<QList<Person>>;
    if (auto s = require(session, Capability::ViewClassProgress); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(), kPupilColumns + QLatin1String("AND p.active = 0 ORDER BY c.name, p.display_name"));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Person> list;
    while (q.next())
        list.append(pupilFromRow(q));
    return list;
}

Status PupilAdmin::edit(const Session &session, const QString &personId, const QString &displayName,
                        const QString &classId)
{
    if (auto s = require(session, Capability::ManagePupils); !s)
        return s;
    const auto name = TextInput::clean(TextInput::Kind::PersonName, displayName);
    if (!name)
        return Status::failure(name.error());
    if (classId.isEmpty())
        return Status::failure(tr("A pupil needs a class."));

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto current = pupil(session, personId);
    if (!current)
        return Status::failure(current.error());
    if (!current->active)
        return Status::failure(tr("%1 is archived. Restore them first.").arg(current->displayName));

    if (current->displayName != name.value()) {
        SqlQuery update(m_db.sql(), QStringLiteral("UPDATE person SET display_name = :n WHERE id = :id"));
        update.bind(QStringLiteral(":n"), name.value()).bind(QStringLiteral(":id"), personId);
        if (auto s = update.exec(); !s)
            return s;
        // The audit log says that the name changed, not the names: it outlives an erase's data.
        if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("pupil.rename"), personId); !s)
            return s;
    }
    if (current->classId != classId) {
        SqlQuery findClass(m_db.sql(),
                           QStringLiteral("SELECT c.id FROM school_class c JOIN person p "
                                          "ON p.school_id = c.school_id WHERE c.id = :c AND p.id = :p"));
        findClass.bind(QStringLiteral(":c"), classId).bind(QStringLiteral(":p"), personId);
        auto found = findClass.scalar();
        if (!found)
            return Status::failure(found.error());
        if (found->isNull())
            return Status::failure(tr("That class is not in the school any more."));
        SqlQuery leave(m_db.sql(), QStringLiteral("DELETE FROM class_member WHERE person_id = :p"));
        leave.bind(QStringLiteral(":p"), personId);
        if (auto s = leave.exec(); !s)
            return s;
        SqlQuery join(m_db.sql(), QStringLiteral("INSERT INTO class_member (class_id, person_id) VALUES (:c, :p)"));
        join.bind(QStringLiteral(":c"), classId).bind(QStringLiteral(":p"), personId);
        if (auto s = join.exec(); !s)
            return s;
        if (auto s
            = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("pupil.move"), personId, classId);
            !s)
            return s;
    }
    return tx.commit();
}

Status PupilAdmin::archive(const Session &session, const QString &personId)
{
    return setActive(session, personId, false);
}

Status PupilAdmin::restore(const Session &session, const QString &personId)
{
    return setActive(session, personId, true);
}

Status PupilAdmin::setActive(const Session &session, const QString &personId, bool active)
{
    if (auto s = require(session, Capability::ManagePupils); !s)
        return s;
    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return s;
    auto current = pupil(session, personId);
    if (!current)
        return Status::failure(current.error());
    if (current->active == active)
        return Status::failure(active ? tr("%1 is not archived.").arg(current->displayName)
                                      : tr("%1 is archived already.").arg(current->displayName));
    SqlQuery update(m_db.sql(), QStringLiteral("UPDATE person SET active = :a WHERE id = :id AND role = 'pupil'"));
    update.bind(QStringLiteral(":a"), active ? 1 : 0).bind(QStringLiteral(":id"), personId);
    if (auto s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("There is no pupil with the id \"%1\".").arg(personId));
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session,
                                  active ? QStringLiteral("pupil.restore") : QStringLiteral("pupil.archive"), personId);
        !s)
        return s;
    return tx.commit();
}

Result<QList<NewPictures>> PupilAdmin::resetPictures(const Session &session, const QStringList &personIds)
{
    using R = Result<QList<NewPictures>>;
    if (auto s = require(session, Capability::ManagePupils); !s)
        return R::failure(s.error());
    if (personIds.isEmpty())
        return R::failure(tr("Choose at least one pupil."));
    if (QSet<QString>(personIds.cbegin(), personIds.cend()).size() != personIds.size())
        return R::failure(tr("A pupil is chosen twice."));

    // Check everybody and hash every new secret before the write lock (Argon2 is slow), as
    // AccountService::addPeople does; the transaction then only writes.
    QList<NewPictures> made;
    QList<QByteArray> hashes;
    made.reserve(personIds.size());
    hashes.reserve(personIds.size());
    for (const QString &id : personIds) {
        auto one = pupil(session, id);
        if (!one)
            return R::failure(one.error());
        if (!one->active)
            return R::failure(tr("%1 is archived. Restore them first.").arg(one->displayName));
        NewPictures pictures { one.value(), randomPictures() };
        hashes.append(PasswordHasher::hash(PasswordHasher::pictureSecret(pictures.pictures)));
        made.append(std::move(pictures));
    }

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    for (qsizetype i = 0; i < made.size(); ++i) {
        const QString &id = made.at(i).pupil.id;
        SqlQuery update(m_db.sql(),
                        QStringLiteral("UPDATE person SET picture_hash = :h, failed_signins = 0, "
                                       "locked_until = NULL WHERE id = :id AND role = 'pupil' "
                                       "AND active = 1"));
        update.bind(QStringLiteral(":h"), QString::fromLatin1(hashes.at(i))).bind(QStringLiteral(":id"), id);
        if (auto s = update.exec(); !s)
            return R::failure(s.error());
        if (update.rowsAffected() != 1)
            return R::failure(tr("%1 is not in the school any more.").arg(made.at(i).pupil.displayName));
        if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("pupil.pictures"), id); !s)
            return R::failure(s.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return made;
}

Result<QList<NewPictures>> PupilAdmin::resetPicturesOfClass(const Session &session, const QString &classId)
{
    using R = Result<QList<NewPictures>>;
    if (auto s = require(session, Capability::ManagePupils); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(), kPupilColumns + QLatin1String("AND p.active = 1 AND c.id = :c ORDER BY p.display_name"));
    q.bind(QStringLiteral(":c"), classId);
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return R::failure(tr("This class has no pupils."));
    return resetPictures(session, ids);
}

QList<int> PupilAdmin::randomPictures()
{
    QList<int> choices;
    for (int i = 0; i < PasswordHasher::kPictureChoices; ++i)
        choices.append(i);
    QList<int> pictures;
    QRandomGenerator *random = QRandomGenerator::system();
    while (pictures.size() < PasswordHasher::kPictureCount)
        pictures.append(choices.takeAt(qsizetype(random->bounded(quint32(choices.size())))));
    return pictures;
}

} // namespace stages
