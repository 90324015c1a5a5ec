#include "core/store/Migrations.h"

#include "core/common/Logging.h"
#include "core/store/SqlError.h"
#include "core/store/TransactionGuard.h"

#include <QSqlQuery>
#include <QStringList>

namespace mayfly::core::store {

namespace {

// Columns named `sealed_*` hold AES-256-GCM boxes (core/crypto/Aead.h) whose associated data is
// the table and the row id. `lookup` columns are keyed HMACs, never plaintext.
const QStringList Version1 = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB)"),
    QStringLiteral("CREATE TABLE addresses ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " lookup BLOB UNIQUE,"
                   " provider TEXT NOT NULL,"
                   " privacy INTEGER NOT NULL,"
                   " created INTEGER NOT NULL,"
                   " expires INTEGER," // epoch seconds; NULL: no expiry
                   " retention INTEGER," // seconds; NULL: default; 0: until the address expires
                   " sealed_data BLOB)"),
    QStringLiteral("CREATE TABLE messages ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " address_id INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,"
                   " lookup BLOB,"
                   " received INTEGER NOT NULL,"
                   " arrived INTEGER NOT NULL,"
                   " expires INTEGER NOT NULL,"
                   " seen INTEGER NOT NULL DEFAULT 0,"
                   " sealed_summary BLOB,"
                   " sealed_raw BLOB,"
                   " UNIQUE (address_id, lookup))"),
};

// Version 2: non-secret settings shared by the GUI and the CLI, and indexes for the janitor.
const QStringList Version2 = {
    QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
    QStringLiteral("CREATE INDEX messages_expires ON messages(expires)"),
    QStringLiteral("CREATE INDEX messages_address ON messages(address_id, received)"),
    QStringLiteral("CREATE INDEX addresses_expires ON addresses(expires)"),
};

const QStringList& step(int toVersion)
{
    static const QStringList none;
    switch (toVersion) {
    case 1:
        return Version1;
    case 2:
        return Version2;
    default:
        return none;
    }
}

} // namespace

Result<int> Migrations::version(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("read schema version"));
    return q.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, int target)
{
    auto current = version(db);
    if (!current)
        return current.error();
    if (*current > CurrentVersion)
        return makeError(ErrorCode::VersionTooNew,
            tr("this store has schema version %1 but this Mayfly understands up to %2; "
               "use a newer Mayfly or another --profile")
                .arg(*current)
                .arg(CurrentVersion));
    for (int v = *current + 1; v <= target && v <= CurrentVersion; ++v) {
        TransactionGuard tx(db);
        if (!tx.isActive())
            return tx.error();
        for (const QString& sql : step(v)) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return sqlError(q.lastError(), QStringLiteral("migrate to version %1").arg(v));
        }
        QSqlQuery q(db);
        // PRAGMA takes no bound values; v is an int we control.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)))
            return sqlError(q.lastError(), QStringLiteral("record schema version"));
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcStore) << "store migrated to schema version" << v;
    }
    return {};
}

} // namespace mayfly::core::store
