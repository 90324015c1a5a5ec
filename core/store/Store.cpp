#include "core/store/Store.h"

#include "core/common/Logging.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"
#include "core/store/Migrations.h"
#include "core/store/SqlError.h"
#include "core/store/TransactionGuard.h"

#include <QAtomicInteger>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace mayfly::core::store {

using providers::Mailbox;
using providers::MessageSummary;
using providers::PrivacyLabel;

namespace {

// Another process (GUI and CLI share the store) may hold the write lock for a moment.
constexpr int BusyTimeoutMs = 5000;
const QString KeyCheckPlain = QStringLiteral("mayfly key check v1");

QAtomicInteger<quint64> s_connectionCounter;

qint64 toEpoch(const QDateTime& t)
{
    return t.toSecsSinceEpoch();
}

QDateTime fromEpoch(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QByteArray ad(const char* column, qint64 id)
{
    return QByteArray(column) + ':' + QByteArray::number(id);
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

QByteArray encodeAddress(const Mailbox& m, const QString& label, const QUrl& url)
{
    QCborMap map;
    if (!url.isEmpty())
        map.insert(QStringLiteral("u"), url.toString(QUrl::FullyEncoded));
    map.insert(QStringLiteral("a"), m.address);
    map.insert(QStringLiteral("r"), m.remoteId);
    map.insert(QStringLiteral("c"), m.credentials);
    map.insert(QStringLiteral("l"), label);
    return map.toCborValue().toCbor();
}

QByteArray encodeSummary(const MessageSummary& s)
{
    QCborMap map;
    map.insert(QStringLiteral("i"), s.id);
    map.insert(QStringLiteral("f"), s.from);
    map.insert(QStringLiteral("s"), s.subject);
    map.insert(QStringLiteral("p"), s.preview);
    map.insert(QStringLiteral("z"), s.size);
    map.insert(QStringLiteral("t"), s.hasAttachments);
    return map.toCborValue().toCbor();
}

void decodeSummary(const QByteArray& bytes, MessageSummary& s)
{
    const QCborMap map = QCborValue::fromCbor(bytes).toMap();
    s.id = map.value(QStringLiteral("i")).toString();
    s.from = map.value(QStringLiteral("f")).toString();
    s.subject = map.value(QStringLiteral("s")).toString();
    s.preview = map.value(QStringLiteral("p")).toString();
    s.size = map.value(QStringLiteral("z")).toInteger(-1);
    s.hasAttachments = map.value(QStringLiteral("t")).toBool();
}

} // namespace

Store::~Store()
{
    close();
}

Result<std::unique_ptr<Store>> Store::open(const StoreOptions& options)
{
    std::unique_ptr<Store> store(new Store());
    if (auto r = store->init(options); !r)
        return r.error();
    return store;
}

Result<void> Store::init(const StoreOptions& options)
{
    m_path = options.path;
    m_clock = options.clock ? options.clock : &SystemClock::instance();
    m_connection = QStringLiteral("mayfly-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));

    if (!m_path.isEmpty()) {
        const QFileInfo info(m_path);
        QDir dir = info.absoluteDir();
        if (!dir.exists()) {
            if (!dir.mkpath(QStringLiteral(".")))
                return makeError(ErrorCode::Io, tr("cannot create the profile folder %1").arg(dir.path()));
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path.isEmpty() ? QStringLiteral(":memory:") : m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("open the store"));

    // Check the version before anything writes: a newer store must stay byte-for-byte untouched.
    auto version = Migrations::version(db);
    if (!version)
        return version.error();
    if (*version > Migrations::CurrentVersion)
        return Migrations::migrate(db); // returns VersionTooNew without writing

    QSqlQuery q(db);
    // Explicit: the compiled-in default differs between platforms (docs/PITFALLS item 5).
    const QStringList pragmas = {
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // FULL: a committed transaction survives power loss too, not only a process crash.
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return sqlError(q.lastError(), QStringLiteral("configure the store"));
    }
    if (!m_path.isEmpty()) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("enable write-ahead logging"));
        if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Io, QStringLiteral("the store could not switch to write-ahead logging"));
        q.finish();
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (auto r = Migrations::migrate(db); !r)
        return r;

    auto id = metaValue(QStringLiteral("profile_id"));
    if (!id)
        return id.error();
    if (id->isEmpty()) {
        const QByteArray fresh = crypto::randomBytes(16).toHex();
        if (auto r = setMeta(QStringLiteral("profile_id"), fresh); !r)
            return r;
        m_profileId = QString::fromLatin1(fresh);
    } else {
        m_profileId = QString::fromLatin1(*id);
    }
    if (!m_path.isEmpty()) {
        QFile change(changeFilePath());
        if (!change.exists() && change.open(QIODevice::WriteOnly))
            change.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return {};
}

void Store::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_key.clear();
    m_lookupKey.clear();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::changeFilePath() const
{
    return m_path.isEmpty() ? QString() : m_path + QStringLiteral("-changed");
}

QStringList Store::files() const
{
    QStringList out;
    if (m_path.isEmpty())
        return out;
    const QStringList candidates{
        m_path, QString(m_path + QStringLiteral("-wal")), QString(m_path + QStringLiteral("-shm")), changeFilePath()};
    for (const QString& f : candidates) {
        if (QFileInfo::exists(f))
            out.append(f);
    }
    return out;
}

void Store::notifyChanged()
{
    if (m_path.isEmpty())
        return;
    // Rewritten in place at a fixed width, never truncated: a watcher in another process sees a
    // modification, and ext4 does not force a flush as it does for truncate-then-write.
    QFile change(changeFilePath());
    if (change.open(QIODevice::ReadWrite)) {
        const QByteArray stamp = QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + ' '
            + QByteArray::number(++m_changeCounter) + ' ' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()))
                                     .leftJustified(48, ' ');
        change.write(stamp);
    }
}

Result<QByteArray> Store::metaValue(const QString& key) const
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}))
        return sqlError(q.lastError(), QStringLiteral("read store metadata"));
    if (!q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

Result<void> Store::setMeta(const QString& key, const QVariant& value)
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value}))
        return sqlError(q.lastError(), QStringLiteral("write store metadata"));
    return {};
}

bool Store::hasMasterKey() const
{
    auto v = metaValue(QStringLiteral("key_check"));
    return v.ok() && !v->isEmpty();
}

QString Store::keyMode() const
{
    auto v = metaValue(QStringLiteral("key_mode"));
    return v ? QString::fromLatin1(*v) : QString();
}

QByteArray Store::wrappedKey() const
{
    auto v = metaValue(QStringLiteral("wrapped_key"));
    return v ? *v : QByteArray();
}

Result<void> Store::setMasterKey(SecureBuffer key, const QString& mode, const QByteArray& wrapped)
{
    if (key.size() != crypto::Aead::KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("the master key must be 32 bytes"));
    auto check = metaValue(QStringLiteral("key_check"));
    if (!check)
        return check.error();
    if (!check->isEmpty()) {
        if (!crypto::Aead::open(key, *check, QByteArrayLiteral("meta:key_check")))
            return makeError(
                ErrorCode::Crypto, tr("this key does not open the store (wrong passphrase, or another profile's key)"));
    } else {
        auto box = crypto::Aead::seal(key, KeyCheckPlain.toUtf8(), QByteArrayLiteral("meta:key_check"));
        if (!box)
            return box.error();
        TransactionGuard tx(database());
        if (!tx.isActive())
            return tx.error();
        if (auto r = setMeta(QStringLiteral("key_check"), *box); !r)
            return r;
        if (auto r = setMeta(QStringLiteral("key_mode"), mode.toLatin1()); !r)
            return r;
        if (!wrapped.isEmpty()) {
            if (auto r = setMeta(QStringLiteral("wrapped_key"), wrapped); !r)
                return r;
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    // A separate key for lookups, so an HMAC never shares a key with the cipher.
    m_lookupKey = SecureBuffer(32);
    unsigned int len = 32;
    static const char label[] = "mayfly lookup key v1";
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(label), sizeof(label) - 1,
        m_lookupKey.data(), &len);
    m_key = std::move(key);
    return {};
}

Result<void> Store::requireKey() const
{
    if (m_key.isEmpty())
        return makeError(ErrorCode::Crypto, tr("the store is locked"));
    if (m_connection.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the store was closed"));
    return {};
}

Result<QByteArray> Store::seal(const QByteArray& plain, const QByteArray& associated) const
{
    return crypto::Aead::seal(m_key, plain, associated);
}

Result<QByteArray> Store::unseal(const QByteArray& box, const QByteArray& associated) const
{
    auto r = crypto::Aead::open(m_key, box, associated);
    if (!r)
        return makeError(ErrorCode::Crypto, tr("a sealed value failed to open (damaged or moved row)"));
    return r;
}

QByteArray Store::lookup(const QByteArray& what) const
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    HMAC(EVP_sha256(), m_lookupKey.data(), int(m_lookupKey.size()),
        reinterpret_cast<const unsigned char*>(what.constData()), size_t(what.size()),
        reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

// ---- addresses ----

Result<qint64> Store::addAddress(const Mailbox& mailbox, const QString& label, PrivacyLabel privacy,
    std::optional<qint64> retentionSeconds, const QUrl& providerUrl)
{
    if (auto r = requireKey(); !r)
        return r.error();
    if (retentionSeconds && *retentionSeconds != Retention::UntilAddressExpires
        && (*retentionSeconds < Retention::MinSeconds || *retentionSeconds > Retention::MaxSeconds))
        return makeError(ErrorCode::InvalidInput, tr("retention must be between 10 minutes and 30 days"));
    const QDateTime created = mailbox.createdAt.isValid() ? mailbox.createdAt : m_clock->now();
    TransactionGuard tx(database());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(database());
    // Insert first to learn the row id, then seal with it as associated data, in one transaction.
    if (!exec(q,
            QStringLiteral("INSERT INTO addresses (lookup, provider, privacy, created, expires, retention) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {lookup("addr:" + mailbox.address.toLower().toUtf8()), mailbox.providerId, int(privacy), toEpoch(created),
                mailbox.expiresAt.isValid() ? QVariant(toEpoch(mailbox.expiresAt))
                                            : QVariant(QMetaType::fromType<qint64>()),
                retentionSeconds ? QVariant(*retentionSeconds) : QVariant(QMetaType::fromType<qint64>())})) {
        if (q.lastError().nativeErrorCode().toInt() % 256 == 19) // SQLITE_CONSTRAINT: the lookup is unique
            return makeError(ErrorCode::AlreadyExists, tr("this address is already stored"));
        return sqlError(q.lastError(), QStringLiteral("store the address"));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QByteArray plain = encodeAddress(mailbox, label, providerUrl);
    auto box = seal(plain, ad("addresses", id));
    secureWipe(plain);
    if (!box)
        return box.error();
    if (!exec(q, QStringLiteral("UPDATE addresses SET sealed_data = ? WHERE id = ?"), {*box, id}))
        return sqlError(q.lastError(), QStringLiteral("store the address"));
    if (auto r = tx.commit(); !r)
        return r.error();
    notifyChanged();
    return id;
}

Result<QList<AddressRecord>> Store::queryAddresses(const QString& where, const QVariantList& binds) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QVariantList all{toEpoch(m_clock->now())};
    all += binds;
    if (!exec(q,
            QStringLiteral("SELECT id, provider, privacy, created, expires, retention, sealed_data FROM addresses "
                           "WHERE (expires IS NULL OR expires > ?) ")
                + where + QStringLiteral(" ORDER BY created DESC, id DESC"),
            all))
        return sqlError(q.lastError(), QStringLiteral("read addresses"));
    QList<AddressRecord> out;
    while (q.next()) {
        AddressRecord rec;
        rec.id = q.value(0).toLongLong();
        rec.mailbox.providerId = q.value(1).toString();
        rec.privacy = PrivacyLabel(q.value(2).toInt());
        rec.mailbox.createdAt = fromEpoch(q.value(3));
        rec.mailbox.expiresAt = fromEpoch(q.value(4));
        if (!q.value(5).isNull())
            rec.retentionSeconds = q.value(5).toLongLong();
        auto plain = unseal(q.value(6).toByteArray(), ad("addresses", rec.id));
        if (!plain)
            return plain.error();
        const QCborMap map = QCborValue::fromCbor(*plain).toMap();
        rec.mailbox.address = map.value(QStringLiteral("a")).toString();
        rec.mailbox.remoteId = map.value(QStringLiteral("r")).toString();
        rec.mailbox.credentials = map.value(QStringLiteral("c")).toByteArray();
        rec.label = map.value(QStringLiteral("l")).toString();
        rec.providerUrl = QUrl(map.value(QStringLiteral("u")).toString(), QUrl::StrictMode);
        secureWipe(*plain);
        out.append(std::move(rec));
    }
    return out;
}

Result<QList<AddressRecord>> Store::addresses() const
{
    return queryAddresses({}, {});
}

Result<AddressRecord> Store::address(qint64 id) const
{
    auto list = queryAddresses(QStringLiteral("AND id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no such address (it may have expired)"));
    return list->takeFirst();
}

Result<AddressRecord> Store::findAddress(const QString& address) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    auto list = queryAddresses(QStringLiteral("AND lookup = ?"), {lookup("addr:" + address.toLower().toUtf8())});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no such address (it may have expired)"));
    return list->takeFirst();
}

Result<void> Store::resealAddress(const AddressRecord& record)
{
    QByteArray plain = encodeAddress(record.mailbox, record.label, record.providerUrl);
    auto box = seal(plain, ad("addresses", record.id));
    secureWipe(plain);
    if (!box)
        return box.error();
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("UPDATE addresses SET sealed_data = ? WHERE id = ?"), {*box, record.id}))
        return sqlError(q.lastError(), QStringLiteral("update the address"));
    notifyChanged();
    return {};
}

Result<void> Store::updateCredentials(qint64 addressId, const QByteArray& credentials)
{
    auto rec = address(addressId);
    if (!rec)
        return rec.error();
    rec->mailbox.credentials = credentials;
    return resealAddress(*rec);
}

Result<void> Store::setLabel(qint64 addressId, const QString& label)
{
    auto rec = address(addressId);
    if (!rec)
        return rec.error();
    rec->label = label;
    return resealAddress(*rec);
}

Result<void> Store::setExpiry(qint64 addressId, const QDateTime& expiresAt)
{
    auto rec = address(addressId);
    if (!rec)
        return rec.error();
    if (!expiresAt.isValid() || expiresAt <= m_clock->now())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the new expiry is not in the future"));
    TransactionGuard tx(database());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("UPDATE addresses SET expires = ? WHERE id = ?"), {toEpoch(expiresAt), addressId}))
        return sqlError(q.lastError(), QStringLiteral("update the expiry"));
    // Messages that were to go with the address follow it; the others keep their own retention
    // (capped, as always, at the address's expiry).
    if (rec->mailbox.expiresAt.isValid()) {
        const qint64 oldExpiry = toEpoch(rec->mailbox.expiresAt);
        const qint64 newExpiry = toEpoch(expiresAt);
        const bool followAddress = rec->retentionSeconds && *rec->retentionSeconds == Retention::UntilAddressExpires;
        const qint64 keep
            = rec->retentionSeconds && *rec->retentionSeconds > 0 ? *rec->retentionSeconds : Retention::DefaultSeconds;
        const bool ok = followAddress
            ? exec(q, QStringLiteral("UPDATE messages SET expires = ? WHERE address_id = ? AND expires = ?"),
                {newExpiry, addressId, oldExpiry})
            : exec(q,
                QStringLiteral("UPDATE messages SET expires = MIN(arrived + ?, ?) "
                               "WHERE address_id = ? AND expires = ?"),
                {keep, newExpiry, addressId, oldExpiry});
        if (!ok)
            return sqlError(q.lastError(), QStringLiteral("update the messages' expiry"));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    notifyChanged();
    return {};
}

Result<void> Store::deleteAddress(qint64 id)
{
    {
        TransactionGuard tx(database());
        if (!tx.isActive())
            return tx.error();
        QSqlQuery q(database());
        if (!exec(q, QStringLiteral("DELETE FROM messages WHERE address_id = ?"), {id}))
            return sqlError(q.lastError(), QStringLiteral("delete messages"));
        if (!exec(q, QStringLiteral("DELETE FROM addresses WHERE id = ?"), {id}))
            return sqlError(q.lastError(), QStringLiteral("delete the address"));
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("no such address"));
        if (auto r = tx.commit(); !r)
            return r;
    }
    notifyChanged();
    // The row is gone either way; a reader in another process can hold the log back for a moment,
    // and the janitor truncates it on its next run.
    if (auto r = checkpoint(); !r)
        qCInfo(lcStore) << "checkpoint deferred:" << r.error().toString();
    return {};
}

// ---- messages ----

Result<qint64> Store::addMessage(qint64 addressId, const MessageSummary& summary, const QByteArray& raw)
{
    auto owner = address(addressId);
    if (!owner)
        return owner.error();
    const QByteArray remoteLookup = summary.id.isEmpty()
        ? QByteArray()
        : lookup("msg:" + QByteArray::number(addressId) + ':' + summary.id.toUtf8());
    if (!remoteLookup.isEmpty()) {
        QSqlQuery q(database());
        if (!exec(q, QStringLiteral("SELECT id FROM messages WHERE address_id = ? AND lookup = ?"),
                {addressId, remoteLookup}))
            return sqlError(q.lastError(), QStringLiteral("look up the message"));
        if (q.next())
            return q.value(0).toLongLong();
    }
    const QDateTime now = m_clock->now();
    const QDateTime received = summary.receivedAt.isValid() ? summary.receivedAt : now;
    QDateTime expires = now.addSecs(Retention::DefaultSeconds);
    if (owner->retentionSeconds) {
        if (*owner->retentionSeconds == Retention::UntilAddressExpires && owner->mailbox.expiresAt.isValid())
            expires = owner->mailbox.expiresAt;
        else if (*owner->retentionSeconds > 0)
            expires = now.addSecs(*owner->retentionSeconds);
    }
    if (owner->mailbox.expiresAt.isValid() && owner->mailbox.expiresAt < expires)
        expires = owner->mailbox.expiresAt;

    TransactionGuard tx(database());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(database());
    if (!exec(q,
            QStringLiteral("INSERT INTO messages (address_id, lookup, received, arrived, expires, seen) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {addressId, remoteLookup.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(remoteLookup),
                toEpoch(received), toEpoch(now), toEpoch(expires), summary.seen ? 1 : 0}))
        return sqlError(q.lastError(), QStringLiteral("store the message"));
    const qint64 id = q.lastInsertId().toLongLong();
    MessageSummary s = summary;
    if (s.size < 0)
        s.size = raw.size();
    auto sealedSummary = seal(encodeSummary(s), ad("messages.summary", id));
    if (!sealedSummary)
        return sealedSummary.error();
    auto sealedRaw = seal(raw, ad("messages.raw", id));
    if (!sealedRaw)
        return sealedRaw.error();
    if (!exec(q, QStringLiteral("UPDATE messages SET sealed_summary = ?, sealed_raw = ? WHERE id = ?"),
            {*sealedSummary, *sealedRaw, id}))
        return sqlError(q.lastError(), QStringLiteral("store the message"));
    if (auto r = tx.commit(); !r)
        return r.error();
    notifyChanged();
    return id;
}

Result<void> Store::updateSummary(qint64 messageId, const MessageSummary& summary)
{
    if (auto r = requireKey(); !r)
        return r;
    auto sealed = seal(encodeSummary(summary), ad("messages.summary", messageId));
    if (!sealed)
        return sealed.error();
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("UPDATE messages SET sealed_summary = ? WHERE id = ?"), {*sealed, messageId}))
        return sqlError(q.lastError(), QStringLiteral("update the message"));
    notifyChanged();
    return {};
}

Result<QList<MessageRecord>> Store::queryMessages(const QString& where, const QVariantList& binds) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const qint64 now = toEpoch(m_clock->now());
    QVariantList all{now, now};
    all += binds;
    if (!exec(q,
            QStringLiteral("SELECT m.id, m.address_id, m.received, m.arrived, m.expires, m.seen, m.sealed_summary "
                           "FROM messages m JOIN addresses a ON a.id = m.address_id "
                           "WHERE m.expires > ? AND (a.expires IS NULL OR a.expires > ?) ")
                + where + QStringLiteral(" ORDER BY m.received DESC, m.id DESC"),
            all))
        return sqlError(q.lastError(), QStringLiteral("read messages"));
    QList<MessageRecord> out;
    while (q.next()) {
        MessageRecord rec;
        rec.id = q.value(0).toLongLong();
        rec.addressId = q.value(1).toLongLong();
        rec.summary.receivedAt = fromEpoch(q.value(2));
        rec.arrivedAt = fromEpoch(q.value(3));
        rec.expiresAt = fromEpoch(q.value(4));
        rec.summary.seen = q.value(5).toBool();
        auto plain = unseal(q.value(6).toByteArray(), ad("messages.summary", rec.id));
        if (!plain)
            return plain.error();
        decodeSummary(*plain, rec.summary);
        secureWipe(*plain);
        out.append(std::move(rec));
    }
    return out;
}

Result<QList<MessageRecord>> Store::messages(std::optional<qint64> addressId) const
{
    if (addressId)
        return queryMessages(QStringLiteral("AND m.address_id = ?"), {*addressId});
    return queryMessages({}, {});
}

Result<MessageRecord> Store::message(qint64 id) const
{
    auto list = queryMessages(QStringLiteral("AND m.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no such message (it may have expired)"));
    return list->takeFirst();
}

Result<bool> Store::hasMessage(qint64 addressId, const QString& providerMessageId) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("SELECT 1 FROM messages WHERE address_id = ? AND lookup = ?"),
            {addressId, lookup("msg:" + QByteArray::number(addressId) + ':' + providerMessageId.toUtf8())}))
        return sqlError(q.lastError(), QStringLiteral("look up the message"));
    return q.next();
}

Result<QByteArray> Store::rawMessage(qint64 id) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    QSqlQuery q(database());
    const qint64 now = toEpoch(m_clock->now());
    if (!exec(q,
            QStringLiteral("SELECT m.sealed_raw FROM messages m JOIN addresses a ON a.id = m.address_id "
                           "WHERE m.id = ? AND m.expires > ? AND (a.expires IS NULL OR a.expires > ?)"),
            {id, now, now}))
        return sqlError(q.lastError(), QStringLiteral("read the message"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("no such message (it may have expired)"));
    return unseal(q.value(0).toByteArray(), ad("messages.raw", id));
}

Result<void> Store::setSeen(qint64 id, bool seen)
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("UPDATE messages SET seen = ? WHERE id = ?"), {seen ? 1 : 0, id}))
        return sqlError(q.lastError(), QStringLiteral("mark the message"));
    notifyChanged();
    return {};
}

Result<void> Store::deleteMessage(qint64 id)
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("DELETE FROM messages WHERE id = ?"), {id}))
        return sqlError(q.lastError(), QStringLiteral("delete the message"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("no such message"));
    q.finish();
    notifyChanged();
    // The row is gone either way; a reader in another process can hold the log back for a moment,
    // and the janitor truncates it on its next run.
    if (auto r = checkpoint(); !r)
        qCInfo(lcStore) << "checkpoint deferred:" << r.error().toString();
    return {};
}

Result<QList<MessageRecord>> Store::search(const QString& text) const
{
    auto all = messages();
    if (!all)
        return all.error();
    const QByteArray needle = text.toLower().toUtf8();
    QList<MessageRecord> out;
    for (MessageRecord& rec : *all) {
        const MessageSummary& s = rec.summary;
        if (s.from.contains(text, Qt::CaseInsensitive) || s.subject.contains(text, Qt::CaseInsensitive)
            || s.preview.contains(text, Qt::CaseInsensitive)) {
            out.append(std::move(rec));
            continue;
        }
        auto raw = rawMessage(rec.id);
        if (!raw)
            return raw.error();
        QByteArray lowered = raw->toLower();
        const bool hit = lowered.contains(needle);
        secureWipe(lowered);
        secureWipe(*raw);
        if (hit)
            out.append(std::move(rec));
    }
    return out;
}

// ---- settings ----

Result<QString> Store::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}))
        return sqlError(q.lastError(), QStringLiteral("read a setting"));
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> Store::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"), {key, value}))
        return sqlError(q.lastError(), QStringLiteral("write a setting"));
    notifyChanged();
    return {};
}

Result<QString> Store::secretSetting(const QString& key) const
{
    if (auto r = requireKey(); !r)
        return r.error();
    const QString row = QStringLiteral("secret/") + key;
    auto stored = setting(row);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return QString();
    auto plain = unseal(QByteArray::fromBase64(stored->toLatin1()), "settings:" + row.toUtf8());
    if (!plain)
        return plain.error();
    QString value = QString::fromUtf8(*plain);
    secureWipe(*plain);
    return value;
}

Result<void> Store::setSecretSetting(const QString& key, const QString& value)
{
    if (auto r = requireKey(); !r)
        return r.error();
    const QString row = QStringLiteral("secret/") + key;
    if (value.isEmpty()) {
        QSqlQuery q(database());
        if (!exec(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {row}))
            return sqlError(q.lastError(), QStringLiteral("remove a setting"));
        notifyChanged();
        return {};
    }
    QByteArray plain = value.toUtf8();
    auto box = seal(plain, "settings:" + row.toUtf8());
    secureWipe(plain);
    if (!box)
        return box.error();
    return setSetting(row, QString::fromLatin1(box->toBase64()));
}

// ---- retention ----

Result<PurgeReport> Store::purgeExpired()
{
    PurgeReport report;
    const qint64 now = toEpoch(m_clock->now());
    {
        TransactionGuard tx(database());
        if (!tx.isActive())
            return tx.error();
        QSqlQuery q(database());
        if (!exec(q,
                QStringLiteral("SELECT id, provider, privacy, created, expires, sealed_data FROM addresses "
                               "WHERE expires IS NOT NULL AND expires <= ?"),
                {now}))
            return sqlError(q.lastError(), QStringLiteral("find expired addresses"));
        while (q.next()) {
            AddressRecord rec;
            rec.id = q.value(0).toLongLong();
            rec.mailbox.providerId = q.value(1).toString();
            rec.privacy = PrivacyLabel(q.value(2).toInt());
            rec.mailbox.createdAt = fromEpoch(q.value(3));
            rec.mailbox.expiresAt = fromEpoch(q.value(4));
            if (!m_key.isEmpty()) {
                // Kept in memory only, so the caller can delete the mailbox at the provider too.
                if (auto plain = unseal(q.value(5).toByteArray(), ad("addresses", rec.id))) {
                    const QCborMap map = QCborValue::fromCbor(*plain).toMap();
                    rec.mailbox.address = map.value(QStringLiteral("a")).toString();
                    rec.mailbox.remoteId = map.value(QStringLiteral("r")).toString();
                    rec.mailbox.credentials = map.value(QStringLiteral("c")).toByteArray();
                    rec.label = map.value(QStringLiteral("l")).toString();
                    rec.providerUrl = QUrl(map.value(QStringLiteral("u")).toString(), QUrl::StrictMode);
                }
            }
            report.expiredAddresses.append(std::move(rec));
        }
        q.finish();
        if (!exec(q,
                QStringLiteral("DELETE FROM messages WHERE expires <= ? OR address_id IN "
                               "(SELECT id FROM addresses WHERE expires IS NOT NULL AND expires <= ?)"),
                {now, now}))
            return sqlError(q.lastError(), QStringLiteral("delete expired messages"));
        report.messagesDeleted = q.numRowsAffected();
        if (!exec(q, QStringLiteral("DELETE FROM addresses WHERE expires IS NOT NULL AND expires <= ?"), {now}))
            return sqlError(q.lastError(), QStringLiteral("delete expired addresses"));
        report.addressesDeleted = q.numRowsAffected();
        if (report.messagesDeleted + report.addressesDeleted > 0) {
            if (auto r = setMeta(QStringLiteral("last_purge"), now); !r)
                return r.error();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    if (report.messagesDeleted + report.addressesDeleted > 0) {
        notifyChanged();
        if (auto r = checkpoint(); !r)
            qCWarning(lcStore) << "checkpoint after purge deferred:" << r.error().toString();
    }
    return report;
}

Result<void> Store::checkpoint()
{
    if (m_path.isEmpty())
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("checkpoint"));
    // Columns: busy, frames in the log, frames checkpointed (https://sqlite.org/pragma.html#pragma_wal_checkpoint)
    if (q.value(0).toInt() != 0)
        return makeError(
            ErrorCode::Io, QStringLiteral("another process is reading the store; the log is truncated later"));
    return {};
}

Result<StoreStats> Store::stats() const
{
    StoreStats stats;
    const qint64 now = toEpoch(m_clock->now());
    QSqlQuery q(database());
    auto fill = [&](StoreStats::Kind& kind, const QString& sql, const QVariantList& binds) -> Result<void> {
        if (!exec(q, sql, binds) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("measure the store"));
        kind.count = q.value(0).toLongLong();
        kind.bytes = q.value(1).toLongLong();
        kind.nextExpiry = fromEpoch(q.value(2));
        kind.lastExpiry = fromEpoch(q.value(3));
        q.finish();
        return {};
    };
    if (auto r = fill(stats.addresses,
            QStringLiteral("SELECT COUNT(*), IFNULL(SUM(LENGTH(sealed_data)), 0), MIN(expires), MAX(expires) "
                           "FROM addresses WHERE expires IS NULL OR expires > ?"),
            {now});
        !r)
        return r.error();
    const QString live = QStringLiteral("FROM messages m JOIN addresses a ON a.id = m.address_id "
                                        "WHERE m.expires > ? AND (a.expires IS NULL OR a.expires > ?)");
    if (auto r = fill(stats.messages,
            QStringLiteral("SELECT COUNT(*), IFNULL(SUM(LENGTH(m.sealed_raw)), 0), MIN(m.expires), MAX(m.expires) ")
                + live,
            {now, now});
        !r)
        return r.error();
    if (auto r = fill(stats.summaries,
            QStringLiteral("SELECT COUNT(*), IFNULL(SUM(LENGTH(m.sealed_summary)), 0), MIN(m.expires), MAX(m.expires) ")
                + live,
            {now, now});
        !r)
        return r.error();
    if (auto r = fill(stats.settings,
            QStringLiteral("SELECT COUNT(*), IFNULL(SUM(LENGTH(key) + LENGTH(value)), 0), NULL, NULL "
                           "FROM settings WHERE ? IS NOT NULL"),
            {now});
        !r)
        return r.error();
    if (!m_key.isEmpty()) {
        auto list = addresses();
        if (!list)
            return list.error();
        for (const AddressRecord& a : *list) {
            if (a.mailbox.credentials.isEmpty())
                continue;
            ++stats.credentials.count;
            stats.credentials.bytes += a.mailbox.credentials.size() + crypto::Aead::Overhead;
            if (a.mailbox.expiresAt.isValid()) {
                if (!stats.credentials.nextExpiry.isValid() || a.mailbox.expiresAt < stats.credentials.nextExpiry)
                    stats.credentials.nextExpiry = a.mailbox.expiresAt;
                if (a.mailbox.expiresAt > stats.credentials.lastExpiry)
                    stats.credentials.lastExpiry = a.mailbox.expiresAt;
            }
        }
        auto msgs = messages();
        if (!msgs)
            return msgs.error();
        for (const MessageRecord& m : *msgs) {
            if (!m.summary.hasAttachments)
                continue;
            ++stats.attachments.count;
            stats.attachments.bytes += qMax<qint64>(0, m.summary.size);
            if (!stats.attachments.nextExpiry.isValid() || m.expiresAt < stats.attachments.nextExpiry)
                stats.attachments.nextExpiry = m.expiresAt;
            if (m.expiresAt > stats.attachments.lastExpiry)
                stats.attachments.lastExpiry = m.expiresAt;
        }
    }
    auto last = metaValue(QStringLiteral("last_purge"));
    if (last && !last->isEmpty())
        stats.lastPurge = fromEpoch(last->toLongLong());
    return stats;
}

Result<void> Store::wipeContents()
{
    if (m_connection.isEmpty())
        return {};
    {
        TransactionGuard tx(database());
        if (!tx.isActive())
            return tx.error();
        QSqlQuery q(database());
        for (const QString& table : {QStringLiteral("messages"), QStringLiteral("addresses"),
                 QStringLiteral("settings"), QStringLiteral("meta")}) {
            if (!q.exec(QStringLiteral("DELETE FROM ") + table))
                return sqlError(q.lastError(), QStringLiteral("wipe ") + table);
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    {
        QSqlQuery q(database());
        // Rebuilds the file without free pages; with secure_delete they were zeroed anyway.
        if (!q.exec(QStringLiteral("VACUUM")))
            qCWarning(lcStore) << "vacuum during wipe failed:" << q.lastError().text();
    }
    if (auto r = checkpoint(); !r)
        return r;
    notifyChanged();
    return {};
}

Result<void> Store::wipe()
{
    if (m_connection.isEmpty())
        return {};
    if (auto r = wipeContents(); !r)
        return r;
    const QStringList toRemove = files();
    close();
    for (const QString& f : toRemove) {
        if (QFile::exists(f) && !QFile::remove(f))
            return makeError(ErrorCode::Io, tr("cannot remove %1").arg(f));
    }
    return {};
}

} // namespace mayfly::core::store
