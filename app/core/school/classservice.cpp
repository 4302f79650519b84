#include "core/school/classservice.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/sqlquery.h"

namespace stages {

ClassService::ClassService(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

Result<SchoolClass> ClassService::addClass(const Session &session, const QString &name)
{
    using R = Result<SchoolClass>;
    if (auto s = require(session, Capability::ManageClasses); !s)
        return R::failure(s.error());
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return R::failure(tr("Please give the class a name."));
    auto existing = classByName(clean);
    if (!existing)
        return R::failure(existing.error());
    if (*existing)
        return R::failure(tr("There is already a class called \"%1\".").arg(clean));
    auto school = SqlQuery(m_db.sql(), QStringLiteral("SELECT id FROM school ORDER BY created_at LIMIT 1")).scalar();
    if (!school)
        return R::failure(school.error());
    if (school->isNull())
        return R::failure(tr("Set up the school first."));

    Transaction tx(m_db.sql());
    if (auto s = tx.status(); !s)
        return R::failure(s.error());
    SchoolClass cls{newId(), clean, 0};
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO school_class (id, school_id, name, created_at) "
                                               "VALUES (:id, :s, :n, :at)"));
    insert.bind(QStringLiteral(":id"), cls.id)
        .bind(QStringLiteral(":s"), school->toString())
        .bind(QStringLiteral(":n"), cls.name)
        .bind(QStringLiteral(":at"), toDbTime(m_clock.now()));
    if (auto s = insert.exec(); !s)
        return R::failure(s.error());
    if (auto s = AuditLog::record(m_db.sql(), m_clock.now(), session, QStringLiteral("class.add"), cls.id, cls.name); !s)
        return R::failure(s.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return cls;
}

Result<QList<SchoolClass>> ClassService::classes() const
{
    SqlQuery q(m_db.sql(), QStringLiteral(
        "SELECT c.id, c.name, COUNT(p.id) FROM school_class c "
        "LEFT JOIN class_member m ON m.class_id = c.id "
        "LEFT JOIN person p ON p.id = m.person_id AND p.role = 'pupil' AND p.active = 1 "
        "GROUP BY c.id, c.name ORDER BY c.name"));
    if (auto s = q.exec(); !s)
        return Result<QList<SchoolClass>>::failure(s.error());
    QList<SchoolClass> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

Result<std::optional<SchoolClass>> ClassService::classByName(const QString &name) const
{
    auto all = classes();
    if (!all)
        return Result<std::optional<SchoolClass>>::failure(all.error());
    for (const SchoolClass &c : std::as_const(*all)) {
        if (c.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return std::optional<SchoolClass>(c);
    }
    return std::optional<SchoolClass>();
}

} // namespace stages
