#include "core/storage/sqlitefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

namespace stages {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

/// The running checksum of a write-ahead log (sqlite.org/fileformat2.html#walcksm): pairs of
/// 32-bit words in the byte order the log's magic number names.
struct WalChecksum
{
    quint32 s0 = 0;
    quint32 s1 = 0;
    bool bigEndian = true;

    void add(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i + 8 <= size; i += 8) {
            const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
            const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                         : qFromLittleEndian<quint32>(data + i + 4);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
    bool matches(const QByteArray &bytes, int offset) const
    {
        return s0 == bigEndian32(bytes, offset) && s1 == bigEndian32(bytes, offset + 4);
    }
};

/// The pages a reader would take from the -wal file: those of valid frames up to the last
/// commit, and the database size (in pages) that commit recorded (0: no committed frame).
struct WalPages
{
    quint32 databasePages = 0;
    QSet<quint32> pages;
};

WalPages readWal(const QString &walFile, quint32 pageSize)
{
    WalPages result;
    QFile f(walFile);
    if (!f.open(QIODevice::ReadOnly))
        return result;
    const QByteArray header = f.read(32);
    if (header.size() < 32)
        return result;
    const quint32 magic = bigEndian32(header, 0);
    if ((magic != 0x377f0682 && magic != 0x377f0683) || bigEndian32(header, 8) != pageSize)
        return result;
    WalChecksum sum;
    sum.bigEndian = (magic & 1) != 0;
    sum.add(header.constData(), 24);
    if (!sum.matches(header, 24))
        return result;
    const quint32 salt1 = bigEndian32(header, 16);
    const quint32 salt2 = bigEndian32(header, 20);
    QSet<quint32> uncommitted;
    for (;;) {
        const QByteArray frame = f.read(24 + qint64(pageSize));
        if (frame.size() < 24 + qsizetype(pageSize))
            break;
        if (bigEndian32(frame, 8) != salt1 || bigEndian32(frame, 12) != salt2)
            break; // a frame left over from before the log was restarted
        sum.add(frame.constData(), 8);
        sum.add(frame.constData() + 24, pageSize);
        if (!sum.matches(frame, 16))
            break; // torn write: SQLite stops reading here too
        uncommitted.insert(bigEndian32(frame, 0));
        if (const quint32 commitSize = bigEndian32(frame, 4); commitSize != 0) {
            result.pages.unite(uncommitted);
            uncommitted.clear();
            result.databasePages = commitSize;
        }
    }
    return result;
}

} // namespace

std::optional<SqliteFile::Header> SqliteFile::readHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return std::nullopt;
    Header header;
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    header.pageSize = powerOfTwo ? pageSize : 0;
    // The in-header size is valid only when the change counter matches "version-valid-for".
    if (bigEndian32(bytes, 24) == bigEndian32(bytes, 92))
        header.pageCount = bigEndian32(bytes, 28);
    header.applicationId = bigEndian32(bytes, 68);
    header.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;
    return header;
}

QString SqliteFile::missingPages(const QString &file, const Header &header)
{
    if (header.pageSize == 0)
        return tr("its header is damaged");
    const qint64 size = QFileInfo(file).size();
    const quint64 pagesInFile = quint64(size) / header.pageSize; // a cut-off last page counts as missing
    // The log's last commit knows the current size; pages it holds need not be in the file yet.
    const WalPages wal = readWal(file + QLatin1String("-wal"), header.pageSize);
    const quint64 needed = wal.databasePages != 0 ? wal.databasePages : header.pageCount;
    int missing = 0;
    for (quint64 page = pagesInFile + 1; page <= needed; ++page) {
        if (!wal.pages.contains(quint32(page)))
            ++missing;
    }
    if (missing == 0)
        return {};
    //: %n pages; %1 the file's size in bytes
    return tr("its end is cut off: %n page(s) of the database are missing (the file has only %1 bytes)", "", missing)
        .arg(size);
}

bool SqliteFile::hasWalContent(const QString &file)
{
    return QFileInfo(file + QLatin1String("-wal")).size() > 0;
}

} // namespace stages
