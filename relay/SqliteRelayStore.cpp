#include "relay/SqliteRelayStore.h"

#include "core/common/Logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;
using core::Result;

namespace {

constexpr int SchemaVersion = 1;

QAtomicInteger<int> s_connectionCounter;

core::Error sqlError(const QSqlError& error, QStringView what)
{
    // SQLITE_FULL (13): tell the SMTP side so it can answer 452 rather than 451.
    const ErrorCode code = error.nativeErrorCode() == u"13" ? ErrorCode::DiskFull : ErrorCode::Io;
    return makeError(code, what.toString() + u": " + error.text());
}

// A transaction that rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase& db)
        : m_db(db)
        , m_active(db.transaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase& m_db;
    bool m_active;
};

Seal sealFromColumn(int value)
{
    switch (value) {
    case int(Seal::DataKey):
        return Seal::DataKey;
    case int(Seal::OperatorKey):
        return Seal::OperatorKey;
    default:
        return Seal::AddressKey; // schema 1 wrote 1 for every sealed message
    }
}

} // namespace

SqliteRelayStore::SqliteRelayStore(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("mayfly-relay-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{ }

SqliteRelayStore::~SqliteRelayStore()
{
    close();
}

Result<void> SqliteRelayStore::open()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return sqlError(m_db.lastError(), u"open");
    QSqlQuery q(m_db);
    // secure_delete's default differs between builds: set it. FULL sync makes a returned COMMIT
    // durable, which is what lets the SMTP side answer 250 (RFC 5321 4.1.1.4: the server takes
    // responsibility for the message with its 250). In memory there is no file to sync, and
    // temp_store keeps SQLite's spill files for large sorts out of TMPDIR.
    const QList<const char*> pragmas = isInMemory()
        ? QList<const char*>{"PRAGMA temp_store=MEMORY", "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON"}
        : QList<const char*>{"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON",
            "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"};
    for (const char* pragma : pragmas) {
        if (!q.exec(QLatin1String(pragma)))
            return sqlError(q.lastError(), QString::fromLatin1(pragma));
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), u"user_version");
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return makeError(ErrorCode::VersionTooNew, QStringLiteral("database schema %1 is newer").arg(version));
    if (version < SchemaVersion) {
        Transaction tx(m_db);
        for (const char* statement :
            {"CREATE TABLE addresses (id TEXT PRIMARY KEY, local_part TEXT NOT NULL, domain TEXT NOT NULL, "
             "token_hash BLOB, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, public_key BLOB, "
             "data_key BLOB, UNIQUE(local_part, domain))",
                "CREATE INDEX addresses_expiry ON addresses(expires_at)",
                "CREATE TABLE messages (id TEXT PRIMARY KEY, address_id TEXT NOT NULL REFERENCES addresses(id) "
                "ON DELETE CASCADE, received_at INTEGER NOT NULL, size INTEGER NOT NULL, sealed INTEGER NOT NULL, "
                "body BLOB NOT NULL)",
                "CREATE INDEX messages_by_address ON messages(address_id, received_at)", "PRAGMA user_version = 1"}) {
            if (!q.exec(QLatin1String(statement)))
                return sqlError(q.lastError(), u"schema");
        }
        if (!tx.commit())
            return sqlError(m_db.lastError(), u"schema commit");
    }
    return {};
}

void SqliteRelayStore::close()
{
    m_insertMessage.reset();
    m_addressQueries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> SqliteRelayStore::insertAddress(const AddressRecord& a)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO addresses (id, local_part, domain, token_hash, created_at, expires_at, "
                             "public_key, data_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.localPart);
    q.addBindValue(a.domain);
    q.addBindValue(a.tokenHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(a.tokenHash));
    q.addBindValue(a.createdAtMs);
    q.addBindValue(a.expiresAtMs);
    q.addBindValue(a.publicKey.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(a.publicKey));
    q.addBindValue(a.dataKey.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(a.dataKey));
    if (!q.exec()) {
        // SQLITE_CONSTRAINT_UNIQUE (2067) / SQLITE_CONSTRAINT (19)
        const QString native = q.lastError().nativeErrorCode();
        if (native == u"2067" || native == u"19" || native == u"1555")
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("address taken"));
        return sqlError(q.lastError(), u"insert address");
    }
    return {};
}

Result<AddressRecord> SqliteRelayStore::addressWhere(const QString& where, const QVariantList& values)
{
    // Looked up for every RCPT and every delivery: keep the prepared statements.
    std::unique_ptr<QSqlQuery>& cached = m_addressQueries[where];
    if (!cached) {
        cached = std::make_unique<QSqlQuery>(m_db);
        cached->setForwardOnly(true);
        cached->prepare(QStringLiteral("SELECT id, local_part, domain, token_hash, created_at, expires_at, "
                                       "public_key, data_key FROM addresses WHERE ")
            + where);
    }
    QSqlQuery& q = *cached;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return sqlError(q.lastError(), u"select address");
    struct Finish
    {
        QSqlQuery& q;
        ~Finish() { q.finish(); }
    } finish{q};
    if (!q.next())
        return makeError(ErrorCode::NotFound);
    AddressRecord a;
    a.id = q.value(0).toString();
    a.localPart = q.value(1).toString();
    a.domain = q.value(2).toString();
    a.tokenHash = q.value(3).toByteArray();
    a.createdAtMs = q.value(4).toLongLong();
    a.expiresAtMs = q.value(5).toLongLong();
    a.publicKey = q.value(6).toByteArray();
    a.dataKey = q.value(7).toByteArray();
    return a;
}

Result<AddressRecord> SqliteRelayStore::addressById(const QString& id)
{
    return addressWhere(QStringLiteral("id = ?"), {id});
}

Result<AddressRecord> SqliteRelayStore::addressByName(const QString& localPart, const QString& domain)
{
    return addressWhere(QStringLiteral("local_part = ? AND domain = ?"), {localPart, domain});
}

Result<void> SqliteRelayStore::claimAddress(const QString& id, const QByteArray& tokenHash, const QByteArray& publicKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE addresses SET token_hash = ?, public_key = COALESCE(public_key, ?) "
                             "WHERE id = ? AND token_hash IS NULL"));
    q.addBindValue(tokenHash);
    q.addBindValue(publicKey.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(publicKey));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), u"claim address");
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound);
    return {};
}

Result<void> SqliteRelayStore::setExpiry(const QString& id, qint64 expiresAtMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE addresses SET expires_at = ? WHERE id = ?"));
    q.addBindValue(expiresAtMs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), u"set expiry");
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound);
    return {};
}

Result<void> SqliteRelayStore::deleteAddress(const QString& id)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM messages WHERE address_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), u"delete messages");
    q.prepare(QStringLiteral("DELETE FROM addresses WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), u"delete address");
    const bool existed = q.numRowsAffected() == 1;
    if (!tx.commit())
        return sqlError(m_db.lastError(), u"commit");
    if (!existed)
        return makeError(ErrorCode::NotFound);
    return {};
}

Result<void> SqliteRelayStore::insertMessages(const QList<MessageRecord>& messages)
{
    if (messages.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.active())
        return sqlError(m_db.lastError(), u"begin");
    if (!m_insertMessage) {
        m_insertMessage = std::make_unique<QSqlQuery>(m_db);
        // An address deleted while its mail waited for the commit takes that mail with it, instead
        // of failing the whole batch on the foreign key.
        m_insertMessage->prepare(
            QStringLiteral("INSERT INTO messages (id, address_id, received_at, size, sealed, body) "
                           "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM addresses WHERE id = ?)"));
    }
    QSqlQuery& q = *m_insertMessage;
    for (const MessageRecord& m : messages) {
        q.bindValue(0, m.id);
        q.bindValue(1, m.addressId);
        q.bindValue(2, m.receivedAtMs);
        q.bindValue(3, m.size);
        q.bindValue(4, int(m.seal));
        q.bindValue(5, m.body);
        q.bindValue(6, m.addressId);
        if (!q.exec())
            return sqlError(q.lastError(), u"insert message");
    }
    q.finish();
    if (!tx.commit())
        return sqlError(m_db.lastError(), u"commit messages");
    return {};
}

Result<QList<MessageRecord>> SqliteRelayStore::listMessages(const QString& addressId, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_at, size, sealed FROM messages WHERE address_id = ? "
                             "ORDER BY received_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(addressId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), u"list messages");
    QList<MessageRecord> out;
    while (q.next()) {
        MessageRecord m;
        m.id = q.value(0).toString();
        m.addressId = addressId;
        m.receivedAtMs = q.value(1).toLongLong();
        m.size = q.value(2).toLongLong();
        m.seal = sealFromColumn(q.value(3).toInt());
        out.append(std::move(m));
    }
    return out;
}

Result<int> SqliteRelayStore::messageCount(const QString& addressId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE address_id = ?"));
    q.addBindValue(addressId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), u"count messages");
    return q.value(0).toInt();
}

Result<MessageRecord> SqliteRelayStore::message(const QString& addressId, const QString& messageId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT received_at, size, sealed, body FROM messages WHERE id = ? AND address_id = ?"));
    q.addBindValue(messageId);
    q.addBindValue(addressId);
    if (!q.exec())
        return sqlError(q.lastError(), u"select message");
    if (!q.next())
        return makeError(ErrorCode::NotFound);
    MessageRecord m;
    m.id = messageId;
    m.addressId = addressId;
    m.receivedAtMs = q.value(0).toLongLong();
    m.size = q.value(1).toLongLong();
    m.seal = sealFromColumn(q.value(2).toInt());
    m.body = q.value(3).toByteArray();
    return m;
}

Result<void> SqliteRelayStore::deleteMessage(const QString& addressId, const QString& messageId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ? AND address_id = ?"));
    q.addBindValue(messageId);
    q.addBindValue(addressId);
    if (!q.exec())
        return sqlError(q.lastError(), u"delete message");
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound);
    return {};
}

Result<QStringList> SqliteRelayStore::deleteMessagesReceivedBefore(const QString& addressId, qint64 cutoffMs)
{
    Transaction tx(m_db);
    if (!tx.active())
        return sqlError(m_db.lastError(), u"begin");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE address_id = ? AND received_at < ? "
                             "ORDER BY received_at LIMIT 1000"));
    q.addBindValue(addressId);
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return sqlError(q.lastError(), u"old messages");
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ? AND address_id = ?"));
    for (const QString& id : std::as_const(ids)) {
        q.bindValue(0, id);
        q.bindValue(1, addressId);
        if (!q.exec())
            return sqlError(q.lastError(), u"delete old message");
    }
    if (!tx.commit())
        return sqlError(m_db.lastError(), u"commit");
    return ids;
}

Result<QStringList> SqliteRelayStore::expiredAddresses(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM addresses WHERE expires_at <= ? LIMIT 1000"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(q.lastError(), u"expired addresses");
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<int> SqliteRelayStore::dropUnusedDataKeys()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE addresses SET data_key = NULL WHERE data_key IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM messages WHERE messages.address_id = addresses.id AND sealed = 0)")))
        return sqlError(q.lastError(), u"drop data keys");
    return q.numRowsAffected();
}

Result<void> SqliteRelayStore::compact()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlError(q.lastError(), u"checkpoint");
    return {};
}

} // namespace mayfly::relay
