#pragma once

#include "core/common/Result.h"
#include "relay/Clock.h"
#include "relay/RelayStore.h"
#include "relay/SmtpProtocol.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace mayfly::relay {

// The relay's logic between its two doors (SMTP in, HTTP out): addresses and their tokens,
// sealing, group commit of incoming mail, deletion and expiry. Single-threaded (the event loop).
class RelayService final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QStringList domains; // lower case; the first is the default for new addresses
        bool catchAll = false;
        qint64 defaultTtlSeconds = 24 * 3600;
        qint64 maxTtlSeconds = 7 * 24 * 3600;
        int maxMessagesPerAddress = 1000; // then RCPT gets 452 4.2.2 (mailbox full)
    };

    struct Created
    {
        AddressRecord address;
        QString token; // shown once
    };

    using DeliveryCallback = std::function<void(bool ok, QByteArray detail)>;

    RelayService(RelayStore* store, const Clock* clock, Config config, QObject* parent = nullptr);
    ~RelayService() override;
    Q_DISABLE_COPY_MOVE(RelayService)

    [[nodiscard]] const Config& config() const { return m_config; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    [[nodiscard]] RelayStore& store() { return *m_store; }

    // ttlSeconds < 0: the default TTL. An existing catch-all address that has no token yet is
    // claimed (its token is returned) instead of failing with AlreadyExists.
    [[nodiscard]] core::Result<Created> createAddress(
        const QString& localPart, const QString& domain, qint64 ttlSeconds, const QByteArray& publicKey);
    // The live address `id` if `token` is its token; NotFound otherwise (whatever the reason).
    [[nodiscard]] core::Result<AddressRecord> authorize(const QString& id, const QByteArray& token);
    [[nodiscard]] core::Result<qint64> extend(const QString& id, qint64 ttlSeconds);
    [[nodiscard]] core::Result<void> deleteAddress(const QString& id);
    [[nodiscard]] core::Result<void> deleteMessage(const QString& addressId, const QString& messageId);
    // The stored body as the API serves it: plaintext for an unsealed address, the box for a sealed one.
    [[nodiscard]] core::Result<QByteArray> messageBody(const AddressRecord& address, const MessageRecord& message);

    [[nodiscard]] SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain);
    // Seals the message for each address and queues it for the next group commit; `done` runs
    // after the commit (ok) or its failure.
    void deliver(const QStringList& addressIds, QByteArray message, DeliveryCallback done);
    // Commits everything queued now (normally done from the event loop). With a writer thread the
    // commit runs there and the callbacks follow when it is durable.
    void flush();
    [[nodiscard]] int pendingDeliveries() const { return int(m_pending.size() + m_inFlight.size()); }
    // Moves commits of incoming mail to a thread of their own, on a second connection to the same
    // database: the event loop keeps parsing the next batch while the current one is fsynced.
    [[nodiscard]] core::Result<void> startWriter(std::unique_ptr<RelayStore> writerStore);
    // Commits everything queued and stops the writer thread (before the store closes).
    void finishWrites();

    // Deletes expired addresses with their keys and mail; returns how many.
    int runJanitor();

    [[nodiscard]] static QByteArray hashToken(QByteArrayView token);
    [[nodiscard]] static bool isValidLocalPart(const QString& localPart);

Q_SIGNALS:
    void messageAdded(const QString& addressId, const QString& messageId, qint64 receivedAtMs, qint64 size);
    void messageDeleted(const QString& addressId, const QString& messageId);
    void addressDeleted(const QString& addressId, bool expired);

private:
    struct Pending
    {
        QList<MessageRecord> records;
        DeliveryCallback done;
    };

    [[nodiscard]] qint64 cappedTtl(qint64 ttlSeconds) const;
    void committed(bool ok, bool diskFull);
    void countCommitted(const QList<Pending>& batch);
    [[nodiscard]] int storedCount(const QString& addressId);

    RelayStore* m_store;
    const Clock* m_clock;
    Config m_config;
    QList<Pending> m_pending;
    QList<Pending> m_inFlight; // handed to the writer thread, not yet durable
    bool m_flushScheduled = false;
    std::unique_ptr<RelayStore> m_writerStore;
    QThread* m_writerThread = nullptr;
    QObject* m_writerContext = nullptr; // lives in the writer thread
    // Messages per address, for the quota check on every RCPT (COUNT(*) would scan the index).
    // Only this process writes the store, so the cache stays exact.
    QHash<QString, int> m_counts;
};

} // namespace mayfly::relay
