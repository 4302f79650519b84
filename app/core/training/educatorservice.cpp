#include "core/training/educatorservice.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

namespace stages {

EducatorService::EducatorService(Database &database)
    : m_db(database)
{
}

Result<QList<Person>> EducatorService::educators(const Session &session) const
{
    using R = Result<QList<Person>>;
    if (auto s = require(session, Capability::CertifyEducators); !s)
        return R::failure(s.error());
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, role, display_name, login FROM person "
                                          "WHERE active = 1 AND role IN ('teacher', 'trainer') "
                                          "ORDER BY display_name"));
    if (auto s = q.exec(); !s)
        return R::failure(s.error());
    QList<Person> list;
    while (q.next()) {
        Person p;
        p.id = q.value(0).toString();
        p.role = roleFromKey(q.value(1).toString()).value_or(Role::Teacher);
        p.displayName = q.value(2).toString();
        p.login = q.value(3).toString();
        list.append(p);
    }
    return list;
}

} // namespace stages
