#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mayfly::relay {

struct AddressRecord
{
    QString id; // opaque, random
    QString localPart; // lower case
    QString domain; // lower case
    QByteArray tokenHash; // SHA-256 of the bearer token; empty for a catch-all address not yet claimed
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    QByteArray publicKey; // the owner's X25519 public key (sealed address) or empty
    // AES-256 key for an unsealed address (destroyed with the row) or empty: always empty when the
    // relay seals such mail to the operator's key (--seal-to).
    QByteArray dataKey;
};

// Who can open a stored message. The numbers are what the `sealed` column holds (schema 1 had
// only 0 and 1, so older databases read unchanged).
enum class Seal : int
{
    DataKey = 0, // Aead box under the address's data key: the relay opens it
    AddressKey = 1, // SealedBox to the address owner's public key
    OperatorKey = 2, // SealedBox to the operator's --seal-to key (catch-all, postmaster, no key given)
};

struct MessageRecord
{
    QString id; // opaque, random; the associated data of its box
    QString addressId;
    qint64 receivedAtMs = 0;
    qint64 size = 0; // bytes of the original message
    Seal seal = Seal::DataKey;
    QByteArray body; // SealedBox (AddressKey, OperatorKey) or Aead box (DataKey); never plaintext
    [[nodiscard]] bool sealed() const { return seal != Seal::DataKey; }
};

// Where the relay keeps addresses and mail: SQLite in a file (SqliteRelayStore), or the same in
// memory for --memory; the interface is what a PostgreSQL store for several relay instances would
// implement later.
class RelayStore
{
public:
    virtual ~RelayStore() = default;

    [[nodiscard]] virtual core::Result<void> open() = 0;
    virtual void close() = 0;

    // AlreadyExists when the local part is taken on that domain.
    [[nodiscard]] virtual core::Result<void> insertAddress(const AddressRecord& address) = 0;
    // NotFound when there is no such address.
    [[nodiscard]] virtual core::Result<AddressRecord> addressById(const QString& id) = 0;
    [[nodiscard]] virtual core::Result<AddressRecord> addressByName(const QString& localPart, const QString& domain)
        = 0;
    // Sets the token of an address that has none yet (a catch-all address being claimed), and its
    // public key when it has none and `publicKey` is not empty; NotFound when it has a token already.
    [[nodiscard]] virtual core::Result<void> claimAddress(
        const QString& id, const QByteArray& tokenHash, const QByteArray& publicKey)
        = 0;
    [[nodiscard]] virtual core::Result<void> setExpiry(const QString& id, qint64 expiresAtMs) = 0;
    // Deletes the address, its key and all its mail.
    [[nodiscard]] virtual core::Result<void> deleteAddress(const QString& id) = 0;

    // All in one transaction: one fsync for the whole batch (group commit).
    [[nodiscard]] virtual core::Result<void> insertMessages(const QList<MessageRecord>& messages) = 0;
    // Newest first, without bodies, at most `limit`.
    [[nodiscard]] virtual core::Result<QList<MessageRecord>> listMessages(const QString& addressId, int limit) = 0;
    [[nodiscard]] virtual core::Result<int> messageCount(const QString& addressId) = 0;
    [[nodiscard]] virtual core::Result<MessageRecord> message(const QString& addressId, const QString& messageId) = 0;
    // NotFound when the message is not there.
    [[nodiscard]] virtual core::Result<void> deleteMessage(const QString& addressId, const QString& messageId) = 0;

    // Deletes the address's messages received before `cutoffMs` (at most 1000 per call, oldest
    // first) and returns their ids.
    [[nodiscard]] virtual core::Result<QStringList> deleteMessagesReceivedBefore(
        const QString& addressId, qint64 cutoffMs)
        = 0;

    [[nodiscard]] virtual core::Result<QStringList> expiredAddresses(qint64 nowMs) = 0;
    // Removes the data key of every address that has no message left under it (--seal-to makes
    // new mail go to the operator's key, so such a key only sits next to the data).
    [[nodiscard]] virtual core::Result<int> dropUnusedDataKeys() = 0;
    // Makes deletions final on disk (WAL checkpoint with truncation).
    [[nodiscard]] virtual core::Result<void> compact() = 0;
};

} // namespace mayfly::relay
