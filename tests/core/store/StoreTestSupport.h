#pragma once

#include "core/crypto/Random.h"
#include "core/store/Store.h"

#include <QFile>
#include <QStringList>

namespace mayfly::test {

inline core::providers::Mailbox testMailbox(const QString& address, QDateTime expires = {})
{
    core::providers::Mailbox m;
    m.address = address;
    m.providerId = QStringLiteral("relay");
    m.remoteId = QStringLiteral("remote-") + address;
    m.credentials = QByteArrayLiteral("{\"token\":\"CREDENTIAL-MARKER\"}");
    m.expiresAt = std::move(expires);
    return m;
}

inline core::providers::MessageSummary testSummary(const QString& id, const QString& subject)
{
    core::providers::MessageSummary s;
    s.id = id;
    s.from = QStringLiteral("sender@example.test");
    s.subject = subject;
    s.preview = QStringLiteral("preview of ") + subject;
    return s;
}

// Which of `files` contain `needle` (a marker scan over the database, -wal and -shm).
inline QStringList filesContaining(const QStringList& files, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

template <typename R>
QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace mayfly::test
