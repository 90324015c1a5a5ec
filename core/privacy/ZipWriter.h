#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace mayfly::core::privacy {

// A minimal ZIP writer for the data export (PKWARE APPNOTE 6.3.10), so "Export my data" can hand
// over one file without a new dependency: deflate through Qt's own zlib (qCompress), CRC-32 here,
// UTF-8 names (general purpose bit 11), owner-only Unix permissions. No ZIP64: the export refuses
// more than the classic format holds rather than writing a file other tools misread.
class ZipWriter final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::privacy::ZipWriter)

public:
    // APPNOTE 4.4.8/4.4.9 and 4.4.21-4.4.24: 32-bit sizes and offsets, 16-bit entry count.
    static constexpr qint64 MaxBytes = 0xFFFFFFFFLL - 1;
    static constexpr int MaxEntries = 0xFFFF - 1;

    explicit ZipWriter(QIODevice* device);

    [[nodiscard]] Result<void> add(const QString& name, const QByteArray& data, const QDateTime& modified);
    // Writes the central directory; nothing can be added afterwards.
    [[nodiscard]] Result<void> finish();

    [[nodiscard]] static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };

    [[nodiscard]] Result<void> write(const QByteArray& bytes);

    QIODevice* m_device;
    QList<Entry> m_entries;
    qint64 m_written = 0;
    bool m_finished = false;
};

} // namespace mayfly::core::privacy
