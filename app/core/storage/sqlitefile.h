#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stages {

/// What the bytes of an SQLite file say about it, read without SQLite and without writing
/// anything: the header's page size, page count and application id, and whether the file
/// together with its write-ahead log (-wal) still holds every page the database needs.
///
/// SQLite itself reads missing pages at the end of a cut-off file as zeros and its integrity
/// check can pass, so a truncated copy is only caught here.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(stages::SqliteFile)

public:
    /// PRAGMA application_id of every database Stages creates or migrates ("STGS").
    static constexpr quint32 kStagesApplicationId = 0x53544753;

    struct Header
    {
        quint32 pageSize = 0;
        quint32 pageCount = 0; ///< 0 when the in-header count is not valid (very old writers)
        quint32 applicationId = 0;
        bool walMode = false;
    };

    /// The 100-byte header; nullopt when the file is not an SQLite database file.
    static std::optional<Header> readHeader(const QString &file);

    /// Empty when every page of the database is in the file or in valid frames of its -wal;
    /// otherwise a short reason for the admin ("1 234 bytes are missing at the end").
    static QString missingPages(const QString &file, const Header &header);

    /// True when @p file has a -wal file with at least one frame.
    static bool hasWalContent(const QString &file);
};

} // namespace stages
