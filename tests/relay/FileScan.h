#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

namespace mayfly::test {

// The database and its -wal/-shm companions, whatever exists of them.
inline QStringList databaseFiles(const QString& databasePath)
{
    QStringList out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString path = databasePath + QLatin1String(suffix);
        if (QFile::exists(path))
            out.append(path);
    }
    return out;
}

// Which of `files` contain `needle` (raw bytes).
inline QStringList filesContaining(const QStringList& files, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(QFileInfo(path).fileName());
    }
    return hits;
}

} // namespace mayfly::test
