#include "relay/RelayService.h"

#include "core/common/Logging.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"
#include "core/crypto/SealedBox.h"
#include "relay/ReceivedHeader.h"

#include <QPointer>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QRegularExpression>
#include <QThread>

#include <openssl/crypto.h>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;
using core::Result;

namespace {

constexpr int TokenBytes = 32;
constexpr int RandomLocalPartLength = 12;
constexpr int IdLength = 24;
// The postmaster mailbox's row: never expires (9999-12-31T23:59:59Z) and sits on no domain, so no
// lookup by name finds it and no create or catch-all claim can take it over.
constexpr qint64 PostmasterExpiresAtMs = 253402300799000LL;

QString newId()
{
    return core::crypto::randomToken(IdLength);
}

// RFC 5321 4.5.1: "postmaster" in any case, compared as ASCII. (QString's case-insensitive
// comparison folds Unicode too, and would take "po\u017Ftmaster", with a long s, for postmaster.)
bool namesPostmaster(QStringView localPart)
{
    const QLatin1String name = RelayService::PostmasterLocalPart;
    if (localPart.size() != name.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char16_t c = localPart[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != char16_t(name[i].unicode()))
            return false;
    }
    return true;
}

} // namespace

RelayService::RelayService(RelayStore* store, const Clock* clock, Config config, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_config(std::move(config))
{
    for (QString& d : m_config.domains)
        d = d.toLower();
}

RelayService::~RelayService()
{
    finishWrites();
}

core::Result<void> RelayService::startWriter(std::unique_ptr<RelayStore> writerStore)
{
    m_writerStore = std::move(writerStore);
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("relay-writer"));
    m_writerContext = new QObject;
    m_writerContext->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_writerThread->start();
    // A QSqlDatabase connection belongs to the thread that opened it.
    core::Result<void> opened;
    RelayStore* store = m_writerStore.get();
    QMetaObject::invokeMethod(
        m_writerContext, [store, &opened] { opened = store->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        m_writerThread->quit();
        m_writerThread->wait();
        m_writerThread = nullptr;
        m_writerStore.reset();
    }
    return opened;
}

void RelayService::finishWrites()
{
    if (!m_writerThread) {
        flush();
        return;
    }
    QEventLoop loop;
    while (!m_inFlight.isEmpty() || !m_pending.isEmpty()) {
        flush();
        if (!m_inFlight.isEmpty())
            loop.processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents);
    }
    RelayStore* store = m_writerStore.get();
    QMetaObject::invokeMethod(
        m_writerContext, [store] { store->close(); }, Qt::BlockingQueuedConnection);
    m_writerThread->quit();
    m_writerThread->wait();
    delete m_writerThread;
    m_writerThread = nullptr;
    m_writerContext = nullptr;
    m_writerStore.reset();
}

QByteArray RelayService::hashToken(QByteArrayView token)
{
    // Tokens are 256 random bits: a plain hash is enough (no dictionary to guess from).
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool RelayService::isValidLocalPart(const QString& localPart)
{
    // A dot-atom subset (RFC 5321 4.1.2) that every mail system accepts; 64 octets (4.5.3.1.1).
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$"));
    return localPart.size() <= smtp_limits::MaxLocalPart && pattern.match(localPart).hasMatch()
        && !localPart.contains(QLatin1String(".."));
}

QByteArray RelayService::newDataKey() const
{
    return m_config.operatorPublicKey.isEmpty() ? core::crypto::randomBytes(core::crypto::Aead::KeySize) : QByteArray();
}

qint64 RelayService::cappedTtl(qint64 ttlSeconds) const
{
    return qMin(ttlSeconds < 0 ? m_config.defaultTtlSeconds : ttlSeconds, m_config.maxTtlSeconds);
}

Result<RelayService::Created> RelayService::createAddress(
    const QString& requestedLocalPart, const QString& requestedDomain, qint64 ttlSeconds, const QByteArray& publicKey)
{
    const QString domain = requestedDomain.isEmpty() ? m_config.domains.value(0) : requestedDomain.toLower();
    if (domain.isEmpty() || !m_config.domains.contains(domain))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown domain"));
    const QString wanted = requestedLocalPart.toLower();
    if (!wanted.isEmpty() && !isValidLocalPart(wanted))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid localPart"));
    // RFC 5321 4.5.1: postmaster is the operator's, on every domain; nobody can make it theirs.
    if (wanted == PostmasterLocalPart)
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("address taken"));
    if (ttlSeconds == 0 || ttlSeconds < -1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ttlSeconds must be positive"));
    if (!publicKey.isEmpty() && publicKey.size() != core::crypto::SealedBox::KeySize)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("publicKey must be 32 bytes"));

    const QByteArray tokenBytes = core::crypto::randomBytes(TokenBytes);
    Created created;
    created.token
        = QString::fromLatin1(tokenBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray tokenHash = hashToken(created.token.toLatin1());
    const qint64 now = m_clock->nowMs();

    if (!wanted.isEmpty()) {
        auto existing = m_store->addressByName(wanted, domain);
        if (existing) {
            // A catch-all address made on the fly by incoming mail: the first claim gets its token.
            if (existing->tokenHash.isEmpty() && existing->expiresAtMs > now) {
                // Its owner's key, when given, seals what arrives from now on; what came before
                // stays as it was stored.
                auto claimed = m_store->claimAddress(existing->id, tokenHash, publicKey);
                if (claimed) {
                    created.address = *existing;
                    created.address.tokenHash = tokenHash;
                    if (created.address.publicKey.isEmpty())
                        created.address.publicKey = publicKey;
                    return created;
                }
            }
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("address taken"));
        }
    }

    AddressRecord a;
    a.domain = domain;
    a.tokenHash = tokenHash;
    a.createdAtMs = now;
    a.expiresAtMs = now + cappedTtl(ttlSeconds) * 1000;
    a.publicKey = publicKey;
    if (publicKey.isEmpty())
        a.dataKey = newDataKey();
    for (int attempt = 0; attempt < 5; ++attempt) {
        a.id = newId();
        a.localPart = wanted.isEmpty() ? core::crypto::randomToken(RandomLocalPartLength) : wanted;
        auto inserted = m_store->insertAddress(a);
        if (inserted) {
            created.address = a;
            return created;
        }
        if (inserted.error().code != ErrorCode::AlreadyExists || !wanted.isEmpty())
            return inserted.error();
    }
    return makeError(ErrorCode::Internal, QStringLiteral("could not find a free local part"));
}

Result<AddressRecord> RelayService::authorize(const QString& id, const QByteArray& token)
{
    const QByteArray presented = hashToken(token);
    auto address = m_store->addressById(id);
    const bool postmaster = address && isPostmaster(address->id);
    const QByteArray expected = !address ? QByteArray()
        : postmaster                     ? m_config.postmasterTokenHash
                                         : address->tokenHash;
    // Compare even when there is nothing to compare with, so timing says nothing about the id.
    static const QByteArray dummy(32, '\0');
    const QByteArray& stored = expected.size() == 32 ? expected : dummy;
    const bool match = CRYPTO_memcmp(presented.constData(), stored.constData(), 32) == 0;
    if (!address || expected.size() != 32 || !match || token.isEmpty())
        return makeError(ErrorCode::NotFound);
    if (address->expiresAtMs <= m_clock->nowMs())
        return makeError(ErrorCode::NotFound);
    if (postmaster)
        address->domain = m_config.domains.value(0); // shown as postmaster@<first domain>
    return address;
}

Result<AddressRecord> RelayService::postmasterMailbox()
{
    auto existing = m_store->addressById(PostmasterId);
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    AddressRecord a;
    a.id = PostmasterId;
    a.localPart = PostmasterLocalPart;
    a.domain = QStringLiteral(""); // empty, not NULL: the column is NOT NULL
    a.createdAtMs = m_clock->nowMs();
    a.expiresAtMs = PostmasterExpiresAtMs;
    a.dataKey = newDataKey();
    auto inserted = m_store->insertAddress(a);
    if (!inserted)
        return inserted.error();
    return a;
}

Result<qint64> RelayService::extend(const QString& id, qint64 ttlSeconds)
{
    if (isPostmaster(id))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the postmaster mailbox does not expire"));
    if (ttlSeconds <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ttlSeconds must be positive"));
    auto address = m_store->addressById(id);
    if (!address)
        return address.error();
    const qint64 now = m_clock->nowMs();
    const qint64 expires
        = qMin(qMax(address->expiresAtMs, now) + ttlSeconds * 1000, now + m_config.maxTtlSeconds * 1000);
    auto updated = m_store->setExpiry(id, expires);
    if (!updated)
        return updated.error();
    return expires;
}

Result<void> RelayService::deleteAddress(const QString& id)
{
    if (isPostmaster(id))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the postmaster mailbox cannot be deleted"));
    auto deleted = m_store->deleteAddress(id);
    if (!deleted)
        return deleted;
    m_counts.remove(id);
    (void)m_store->compact();
    Q_EMIT addressDeleted(id, false);
    return {};
}

Result<void> RelayService::deleteMessage(const QString& addressId, const QString& messageId)
{
    auto deleted = m_store->deleteMessage(addressId, messageId);
    if (!deleted)
        return deleted;
    m_counts.remove(addressId); // recounted on the next RCPT
    (void)m_store->compact();
    Q_EMIT messageDeleted(addressId, messageId);
    return {};
}

Result<QByteArray> RelayService::messageBody(const AddressRecord& address, const MessageRecord& message)
{
    if (message.sealed())
        return message.body;
    const core::SecureBuffer key = core::SecureBuffer::fromByteArray(address.dataKey);
    return core::crypto::Aead::open(key, message.body, message.id.toUtf8());
}

SmtpProtocol::Verdict RelayService::postmasterVerdict(const QString& domain)
{
    SmtpProtocol::Verdict verdict;
    if (!postmasterMailbox()) {
        verdict.code = 451;
        verdict.text = QByteArrayLiteral("4.3.0 temporary failure, try again later");
        return verdict;
    }
    // The same quota as any mailbox: a flood of mail to postmaster must not fill the disk either.
    if (storedCount(PostmasterId) >= m_config.maxMessagesPerAddress) {
        verdict.code = 452;
        verdict.text = QByteArrayLiteral("4.2.2 mailbox full");
        return verdict;
    }
    verdict.code = 250;
    verdict.addressId = PostmasterId;
    verdict.mailbox = PostmasterLocalPart.latin1() + QByteArray("@") + domain.toLatin1();
    return verdict;
}

SmtpProtocol::Verdict RelayService::checkRecipient(const QString& localPartIn, const QString& domainIn)
{
    SmtpProtocol::Verdict verdict;
    const QString domain = domainIn.toLower();
    // RFC 5321 4.5.1: "<Postmaster>" without a domain is the relay's own postmaster. Only the
    // protocol passes an empty domain, and only for that.
    if (domain.isEmpty() && namesPostmaster(localPartIn))
        return postmasterVerdict(m_config.domains.value(0));
    if (!m_config.domains.contains(domain)) {
        // Never an open relay: mail for anywhere else is refused at RCPT.
        verdict.code = 550;
        verdict.text = QByteArrayLiteral("5.7.1 relay access denied");
        return verdict;
    }
    if (namesPostmaster(localPartIn))
        return postmasterVerdict(domain);
    const QString localPart = localPartIn.toLower();
    verdict.code = 550;
    verdict.text = QByteArrayLiteral("5.1.1 no such mailbox");
    if (!isValidLocalPart(localPart))
        return verdict;
    const qint64 now = m_clock->nowMs();
    auto address = m_store->addressByName(localPart, domain);
    if (address) {
        if (address->expiresAtMs <= now)
            return verdict;
        // A quota keeps one flooded address from filling the disk; it is a temporary failure
        // (RFC 3463 4.2.2) because deleting mail frees room.
        if (storedCount(address->id) >= m_config.maxMessagesPerAddress) {
            verdict.code = 452;
            verdict.text = QByteArrayLiteral("4.2.2 mailbox full");
            return verdict;
        }
        verdict.code = 250;
        verdict.addressId = address->id;
        verdict.mailbox = (address->localPart + u'@' + address->domain).toUtf8();
        return verdict;
    }
    if (!m_config.catchAll)
        return verdict;
    // Catch-all: the address comes to life with its first mail, unsealed, with the default TTL;
    // a client claims it (and gets its token) with POST /api/v1/addresses {"localPart": ...}.
    AddressRecord a;
    a.id = newId();
    a.localPart = localPart;
    a.domain = domain;
    a.createdAtMs = now;
    a.expiresAtMs = now + cappedTtl(-1) * 1000;
    a.dataKey = newDataKey();
    auto inserted = m_store->insertAddress(a);
    if (!inserted) {
        verdict.code = 451;
        verdict.text = QByteArrayLiteral("4.3.0 temporary failure, try again later");
        return verdict;
    }
    verdict.code = 250;
    verdict.addressId = a.id;
    verdict.mailbox = (a.localPart + u'@' + a.domain).toUtf8();
    return verdict;
}

void RelayService::deliver(
    const Envelope& envelope, const QHostAddress& client, QByteArray message, DeliveryCallback done)
{
    Pending pending;
    pending.done = std::move(done);
    const qint64 now = m_clock->nowMs();
    ReceivedFields trace;
    trace.heloName = envelope.heloName;
    trace.client = client;
    trace.protocol = envelope.protocol();
    trace.byHost = m_config.hostname;
    trace.dateMs = now;
    for (const SmtpProtocol::Recipient& recipient : envelope.recipients) {
        auto address = m_store->addressById(recipient.addressId);
        if (!address)
            continue; // deleted since RCPT: nobody is left to read it
        MessageRecord record;
        record.id = newId();
        record.addressId = recipient.addressId;
        record.receivedAtMs = now;
        // The owner's key first; then the operator's (--seal-to); a data key only when neither
        // exists. An address with no key at all (made under --seal-to, relay restarted without it)
        // gets nothing: sealing fails and the sender is told to try later.
        record.seal = !address->publicKey.isEmpty() ? Seal::AddressKey
            : !m_config.operatorPublicKey.isEmpty() ? Seal::OperatorKey
                                                    : Seal::DataKey;
        // Each copy gets its own trace header (its own id, exactly one "for"), inside the box: the
        // seal covers every byte that is stored.
        trace.id = record.id.toLatin1();
        trace.forMailbox = recipient.mailbox;
        QByteArray stored = receivedHeader(trace);
        stored.reserve(stored.size() + message.size());
        stored.append(message);
        record.size = stored.size();
        const QByteArray ad = record.id.toUtf8();
        Result<QByteArray> box = makeError(ErrorCode::Crypto, QStringLiteral("no key to seal with"));
        if (record.seal == Seal::AddressKey)
            box = core::crypto::SealedBox::seal(address->publicKey, stored, ad);
        else if (record.seal == Seal::OperatorKey)
            box = core::crypto::SealedBox::seal(m_config.operatorPublicKey, stored, ad);
        else if (address->dataKey.size() == core::crypto::Aead::KeySize)
            box = core::crypto::Aead::seal(core::SecureBuffer::fromByteArray(address->dataKey), stored, ad);
        core::secureWipe(stored);
        if (!box) {
            qCWarning(lcRelay) << "sealing failed:" << box.error().toString();
            core::secureWipe(message);
            pending.done(false, {});
            return;
        }
        record.body = std::move(*box);
        pending.records.append(std::move(record));
    }
    core::secureWipe(message);
    m_pending.append(std::move(pending));
    if (!m_flushScheduled) {
        // Commit on the next turn of the event loop: sessions that finish DATA in the meantime
        // share the transaction and its fsync (group commit).
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &RelayService::flush, Qt::QueuedConnection);
    }
}

void RelayService::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty() || !m_inFlight.isEmpty())
        return; // with a commit in flight, the next batch grows until it is durable
    if (m_writerThread) {
        m_inFlight = std::exchange(m_pending, {});
        QList<MessageRecord> records;
        for (const Pending& p : std::as_const(m_inFlight))
            records.append(p.records);
        RelayStore* store = m_writerStore.get();
        QPointer<RelayService> self(this);
        QMetaObject::invokeMethod(
            m_writerContext,
            [store, self, records = std::move(records)] {
                const auto result = store->insertMessages(records);
                if (!result)
                    qCWarning(lcRelay) << "commit failed:" << result.error().toString();
                const bool ok = result.ok();
                const bool diskFull = !ok && result.error().code == ErrorCode::DiskFull;
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, ok, diskFull] {
                            if (self)
                                self->committed(ok, diskFull);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        return;
    }
    QList<Pending> batch = std::exchange(m_pending, {});
    QList<MessageRecord> records;
    for (const Pending& p : batch)
        records.append(p.records);
    const auto committed = m_store->insertMessages(records);
    if (!committed)
        qCWarning(lcRelay) << "commit failed:" << committed.error().toString();
    const QByteArray failure = committed || committed.error().code != ErrorCode::DiskFull
        ? QByteArray()
        : QByteArrayLiteral("452 4.3.1 insufficient system storage");
    for (Pending& p : batch)
        p.done(committed.ok(), failure);
    if (committed) {
        countCommitted(batch);
        for (const MessageRecord& r : std::as_const(records))
            Q_EMIT messageAdded(r.addressId, r.id, r.receivedAtMs, r.size);
    }
}

int RelayService::storedCount(const QString& addressId)
{
    auto it = m_counts.find(addressId);
    if (it == m_counts.end()) {
        if (m_counts.size() > 100000)
            m_counts.clear(); // a cache, not a registry: keep it bounded
        it = m_counts.insert(addressId, m_store->messageCount(addressId).valueOr(0));
    }
    return it.value();
}

void RelayService::countCommitted(const QList<Pending>& batch)
{
    for (const Pending& p : batch) {
        for (const MessageRecord& r : p.records) {
            auto it = m_counts.find(r.addressId);
            if (it != m_counts.end())
                ++it.value();
        }
    }
}

void RelayService::committed(bool ok, bool diskFull)
{
    QList<Pending> batch = std::exchange(m_inFlight, {});
    const QByteArray failure = diskFull ? QByteArrayLiteral("452 4.3.1 insufficient system storage") : QByteArray();
    for (Pending& p : batch)
        p.done(ok, failure);
    if (ok) {
        countCommitted(batch);
        for (const Pending& p : std::as_const(batch))
            for (const MessageRecord& r : p.records)
                Q_EMIT messageAdded(r.addressId, r.id, r.receivedAtMs, r.size);
    }
    flush(); // whatever arrived during the commit goes next, as one batch
}

void RelayService::expirePostmasterMail()
{
    const qint64 cutoff = m_clock->nowMs() - m_config.maxTtlSeconds * 1000;
    auto deleted = m_store->deleteMessagesReceivedBefore(QString(PostmasterId), cutoff);
    if (!deleted) {
        qCWarning(lcRelay) << "janitor (postmaster):" << deleted.error().toString();
        return;
    }
    if (deleted->isEmpty())
        return;
    m_counts.remove(PostmasterId);
    for (const QString& id : std::as_const(*deleted))
        Q_EMIT messageDeleted(PostmasterId, id);
    if (auto compacted = m_store->compact(); !compacted)
        qCWarning(lcRelay) << "janitor checkpoint:" << compacted.error().toString();
    qCInfo(lcRelay) << "janitor deleted" << deleted->size() << "old postmaster messages";
}

int RelayService::runJanitor()
{
    expirePostmasterMail();
    // A data directory from before --seal-to: once the mail under a data key has expired, the key
    // goes too (and the postmaster's at once, before any new mail).
    if (!m_config.operatorPublicKey.isEmpty()) {
        auto dropped = m_store->dropUnusedDataKeys();
        if (!dropped)
            qCWarning(lcRelay) << "janitor (data keys):" << dropped.error().toString();
        else if (*dropped > 0 && m_store->compact())
            qCInfo(lcRelay) << "janitor dropped" << *dropped << "unused data keys";
    }
    auto expired = m_store->expiredAddresses(m_clock->nowMs());
    if (!expired) {
        qCWarning(lcRelay) << "janitor:" << expired.error().toString();
        return 0;
    }
    int count = 0;
    for (const QString& id : std::as_const(*expired)) {
        if (m_store->deleteAddress(id)) {
            m_counts.remove(id);
            ++count;
            Q_EMIT addressDeleted(id, true);
        }
    }
    if (count > 0) {
        auto compacted = m_store->compact();
        if (!compacted)
            qCWarning(lcRelay) << "janitor checkpoint:" << compacted.error().toString();
        qCInfo(lcRelay) << "janitor deleted" << count << "expired addresses";
    }
    return count;
}

} // namespace mayfly::relay
