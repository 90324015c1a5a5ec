#pragma once

#include "relay/RelayStore.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace mayfly::relay {

// The relay's store on one machine: one SQLite file in WAL mode with synchronous=FULL (a commit
// that returned is on disk), secure_delete on, and a TRUNCATE checkpoint after deletions so no
// deleted byte lingers in the -wal file (PITFALLS.md item 5). With MemoryPath nothing is written
// anywhere: one private in-memory database per connection, temporary tables in memory too.
class SqliteRelayStore final : public RelayStore
{
public:
    // The name SQLite gives a database that lives in this connection's memory only (--memory).
    static constexpr QLatin1String MemoryPath{":memory:"};

    explicit SqliteRelayStore(QString databasePath);
    ~SqliteRelayStore() override;
    Q_DISABLE_COPY_MOVE(SqliteRelayStore)

    [[nodiscard]] QString databasePath() const { return m_path; }
    [[nodiscard]] bool isInMemory() const { return m_path == MemoryPath; }

    [[nodiscard]] core::Result<void> open() override;
    void close() override;
    [[nodiscard]] core::Result<void> insertAddress(const AddressRecord& address) override;
    [[nodiscard]] core::Result<AddressRecord> addressById(const QString& id) override;
    [[nodiscard]] core::Result<AddressRecord> addressByName(const QString& localPart, const QString& domain) override;
    [[nodiscard]] core::Result<void> claimAddress(
        const QString& id, const QByteArray& tokenHash, const QByteArray& publicKey) override;
    [[nodiscard]] core::Result<void> setExpiry(const QString& id, qint64 expiresAtMs) override;
    [[nodiscard]] core::Result<void> deleteAddress(const QString& id) override;
    [[nodiscard]] core::Result<void> insertMessages(const QList<MessageRecord>& messages) override;
    [[nodiscard]] core::Result<QList<MessageRecord>> listMessages(const QString& addressId, int limit) override;
    [[nodiscard]] core::Result<int> messageCount(const QString& addressId) override;
    [[nodiscard]] core::Result<MessageRecord> message(const QString& addressId, const QString& messageId) override;
    [[nodiscard]] core::Result<void> deleteMessage(const QString& addressId, const QString& messageId) override;
    [[nodiscard]] core::Result<QStringList> deleteMessagesReceivedBefore(
        const QString& addressId, qint64 cutoffMs) override;
    [[nodiscard]] core::Result<QStringList> expiredAddresses(qint64 nowMs) override;
    [[nodiscard]] core::Result<int> dropUnusedDataKeys() override;
    [[nodiscard]] core::Result<void> compact() override;

private:
    [[nodiscard]] core::Result<AddressRecord> addressWhere(const QString& where, const QVariantList& values);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insertMessage;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_addressQueries;
};

} // namespace mayfly::relay
