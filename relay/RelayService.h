#pragma once

#include "core/common/Result.h"
#include "relay/Clock.h"
#include "relay/RelayStore.h"
#include "relay/SmtpProtocol.h"

#include <QHash>
#include <QHostAddress>
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
        QByteArray hostname = "mayfly-relay"; // "by" in the Received: header; a validated host name
        // SHA-256 of the operator's credential for the postmaster mailbox (--postmaster-token, else
        // --creation-key); empty: postmaster mail is stored but nobody can read it over the API.
        QByteArray postmasterTokenHash;
        // The operator's raw X25519 public key (--seal-to). Set: mail that has no owner's key to go
        // to (catch-all, postmaster, addresses created without publicKey) is sealed to it, and no
        // data key is stored. Empty: such an address gets a random data key in its row.
        QByteArray operatorPublicKey;
    };

    // RFC 5321 4.5.1: mail for "postmaster" at every domain (and for "<Postmaster>" alone) is
    // accepted and lands in this one mailbox. It never expires, its messages are deleted
    // --max-ttl after they arrived, and only the operator's credential opens it.
    static constexpr QLatin1String PostmasterId{"postmaster"};
    static constexpr QLatin1String PostmasterLocalPart{"postmaster"};

    struct Created
    {
        AddressRecord address;
        QString token; // shown once
    };

    using DeliveryCallback = std::function<void(bool ok, QByteArray detail)>;
    using Envelope = SmtpProtocol::Envelope;

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
    // The postmaster mailbox answers to the operator's credential instead of a token of its own.
    [[nodiscard]] core::Result<AddressRecord> authorize(const QString& id, const QByteArray& token);
    // The postmaster mailbox, created when it is missing (Relay::start does so at once).
    [[nodiscard]] core::Result<AddressRecord> postmasterMailbox();
    [[nodiscard]] static bool isPostmaster(const QString& addressId) { return addressId == PostmasterId; }
    [[nodiscard]] core::Result<qint64> extend(const QString& id, qint64 ttlSeconds);
    [[nodiscard]] core::Result<void> deleteAddress(const QString& id);
    [[nodiscard]] core::Result<void> deleteMessage(const QString& addressId, const QString& messageId);
    // The stored body as the API serves it: plaintext under a data key, the box for a sealed one
    // (message.seal says whose key opens it).
    [[nodiscard]] core::Result<QByteArray> messageBody(const AddressRecord& address, const MessageRecord& message);

    [[nodiscard]] SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain);
    // Prepends a Received: header for each recipient (RFC 5321 4.4), seals the result for that
    // address and queues it for the next group commit; `done` runs after the commit (ok) or its
    // failure. `client` is the sender's IP address.
    void deliver(const Envelope& envelope, const QHostAddress& client, QByteArray message, DeliveryCallback done);
    // Commits everything queued now (normally done from the event loop). With a writer thread the
    // commit runs there and the callbacks follow when it is durable.
    void flush();
    [[nodiscard]] int pendingDeliveries() const { return int(m_pending.size() + m_inFlight.size()); }
    // Moves commits of incoming mail to a thread of their own, on a second connection to the same
    // database: the event loop keeps parsing the next batch while the current one is fsynced.
    [[nodiscard]] core::Result<void> startWriter(std::unique_ptr<RelayStore> writerStore);
    // Commits everything queued and stops the writer thread (before the store closes).
    void finishWrites();

    // Deletes expired addresses with their keys and mail, and postmaster mail older than
    // --max-ttl; returns how many addresses.
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
    // A data key for an address with no owner's key, unless mail is sealed to the operator's key.
    [[nodiscard]] QByteArray newDataKey() const;
    [[nodiscard]] SmtpProtocol::Verdict postmasterVerdict(const QString& domain);
    void expirePostmasterMail();
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
