#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace stages {

/// One unique-key clash settled between PCs that worked offline (SyncClash): which row was kept
/// under another value, in which column, and what it was and is now. Written to the audit log,
/// kept in a PC's cache for `sync status` and the staff's sync line, and printed by `sync import`.
struct SyncRename
{
    QString table;  ///< school_class, person or educator
    QString id;     ///< the row that gave way
    QString column; ///< name, login or person_id
    QString from;   ///< the value it had
    QString to;     ///< the value it has now (empty: the link was dropped)
    QString name;   ///< whom it is about (a person's or educator's display name), for people to read
    QDateTime at;   ///< when it was settled

    QJsonObject toJson() const;
    static SyncRename fromJson(const QJsonObject &o);
    bool operator==(const SyncRename &other) const = default;
};

} // namespace stages
