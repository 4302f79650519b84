#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace stages {

/// New random primary key (UUID text, portable between SQLite and PostgreSQL).
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Timestamps are stored as ISO-8601 UTC text with milliseconds, which sorts correctly.
inline QString toDbTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromDbTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace stages
