#include "core/privacy/ZipWriter.h"

#include <QtEndian>

#include <array>

namespace mayfly::core::privacy {

namespace {

// APPNOTE 4.3.7, 4.3.12, 4.3.16.
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralSignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20; // 2.0: deflate and folders (APPNOTE 4.4.3.2)
constexpr quint16 VersionMadeByUnix = (3 << 8) | VersionNeeded; // host 3: Unix (APPNOTE 4.4.2.2)
constexpr quint16 FlagUtf8Names = 1 << 11; // APPNOTE 4.4.4, bit 11
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint32 OwnerOnlyFile = 0100600; // S_IFREG | rw-------, in the high half of the external attributes

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// MS-DOS date and time (APPNOTE 4.4.6); the format starts in 1980.
std::pair<quint16, quint16> dosDateTime(const QDateTime& when)
{
    QDateTime t = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    if (t.date().year() < 1980)
        t = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const quint16 time = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    const quint16 date = quint16(((t.date().year() - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    return {time, date};
}

} // namespace

ZipWriter::ZipWriter(QIODevice* device)
    : m_device(device)
{ }

quint32 ZipWriter::crc32(const QByteArray& data)
{
    // The CRC-32 of APPNOTE 4.4.7 (ISO 3309, reflected polynomial 0xEDB88320).
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

Result<void> ZipWriter::write(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, tr("cannot write the archive: %1").arg(m_device->errorString()));
    m_written += bytes.size();
    return {};
}

Result<void> ZipWriter::add(const QString& name, const QByteArray& data, const QDateTime& modified)
{
    if (m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("the archive is already finished"));
    if (m_entries.size() >= MaxEntries)
        return makeError(ErrorCode::LimitExceeded, tr("too many files for a ZIP archive"));
    Entry entry;
    entry.name = name.toUtf8();
    if (entry.name.isEmpty() || entry.name.size() > 0xFFFF || entry.name.startsWith('/') || entry.name.contains(".."))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bad name in the archive"));
    entry.crc = crc32(data);
    // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, the raw deflate data
    // ZIP wants (RFC 1951) and a 4-byte Adler-32 (RFC 1950 section 2.2).
    QByteArray body = data;
    entry.method = MethodStored;
    if (!data.isEmpty()) {
        const QByteArray zlib = qCompress(data, 9);
        if (zlib.size() > 10 && zlib.size() - 10 < data.size()) {
            body = zlib.mid(6, zlib.size() - 10);
            entry.method = MethodDeflated;
        }
    }
    if (m_written + 30 + entry.name.size() + body.size() > MaxBytes || data.size() > MaxBytes)
        return makeError(ErrorCode::LimitExceeded, tr("the export is too large for a ZIP archive"));
    entry.size = quint32(data.size());
    entry.compressedSize = quint32(body.size());
    std::tie(entry.dosTime, entry.dosDate) = dosDateTime(modified);
    entry.offset = quint32(m_written);

    QByteArray header; // APPNOTE 4.3.7
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, FlagUtf8Names);
    put16(header, entry.method);
    put16(header, entry.dosTime);
    put16(header, entry.dosDate);
    put32(header, entry.crc);
    put32(header, entry.compressedSize);
    put32(header, entry.size);
    put16(header, quint16(entry.name.size()));
    put16(header, 0); // extra field length
    header += entry.name;
    if (auto r = write(header); !r)
        return r;
    if (auto r = write(body); !r)
        return r;
    m_entries.append(entry);
    return {};
}

Result<void> ZipWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    const qint64 start = m_written;
    QByteArray central; // APPNOTE 4.3.12
    for (const Entry& e : std::as_const(m_entries)) {
        put32(central, CentralHeaderSignature);
        put16(central, VersionMadeByUnix);
        put16(central, VersionNeeded);
        put16(central, FlagUtf8Names);
        put16(central, e.method);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, e.crc);
        put32(central, e.compressedSize);
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra field length
        put16(central, 0); // comment length
        put16(central, 0); // disk number start
        put16(central, 0); // internal attributes
        put32(central, OwnerOnlyFile << 16);
        put32(central, e.offset);
        central += e.name;
    }
    if (start + central.size() + 22 > MaxBytes)
        return makeError(ErrorCode::LimitExceeded, tr("the export is too large for a ZIP archive"));
    QByteArray end; // APPNOTE 4.3.16
    put32(end, EndOfCentralSignature);
    put16(end, 0); // this disk
    put16(end, 0); // disk with the central directory
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(central.size()));
    put32(end, quint32(start));
    put16(end, 0); // comment length
    if (auto r = write(central); !r)
        return r;
    return write(end);
}

} // namespace mayfly::core::privacy
