#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/providers/Provider.h"
#include "core/store/Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace mayfly::core::store {

struct StoreOptions
{
    QString path; // the SQLite file; empty: an in-memory store that writes nothing to disk
    const Clock* clock = nullptr; // nullptr: the system clock
};

// How long a message is kept locally after it arrives.
struct Retention
{
    static constexpr qint64 DefaultSeconds = 24 * 3600;
    static constexpr qint64 MinSeconds = 10 * 60;
    static constexpr qint64 MaxSeconds = 30 * 24 * 3600;
    static constexpr qint64 UntilAddressExpires = 0;
};

struct AddressRecord
{
    qint64 id = 0;
    providers::Mailbox mailbox;
    QString label;
    providers::PrivacyLabel privacy = providers::PrivacyLabel::Private;
    std::optional<qint64> retentionSeconds; // nullopt: the default; 0: until the address expires
    QUrl providerUrl; // the provider's base URL (the relay's, a Mailpit's); sealed
};

struct MessageRecord
{
    qint64 id = 0; // the store's id (what the CLI and the GUI show)
    qint64 addressId = 0;
    providers::MessageSummary summary; // summary.id is the provider's id
    QDateTime arrivedAt; // when this store received it
    QDateTime expiresAt; // when the janitor deletes it
};

struct PurgeReport
{
    QList<AddressRecord> expiredAddresses; // deleted locally; the caller deletes them remotely
    int addressesDeleted = 0;
    int messagesDeleted = 0;
};

// Figures for the privacy inventory.
struct StoreStats
{
    struct Kind
    {
        qint64 count = 0;
        qint64 bytes = 0;
        QDateTime nextExpiry;
        QDateTime lastExpiry;
    };
    Kind addresses; // sealed address data incl. credentials
    Kind credentials; // the subset of addresses holding a provider credential
    Kind messages; // raw sources
    Kind summaries; // sealed from/subject/preview
    Kind attachments; // messages with attachments (kept inside the raw source)
    Kind settings;
    QDateTime lastPurge;
};

// Mayfly's local store: SQLite (WAL, secure_delete) through Qt Sql with its own connection. Every
// sensitive value is sealed with AES-256-GCM under the master key, with the table and row id as
// associated data so a copied box cannot be replayed into another row. Lookups by address or
// provider message id go through keyed HMACs. Every read filters expired rows, so nothing expired
// is ever returned even before the janitor has run.
//
// Open, then read keyMode()/meta, then setMasterKey(); the sealed accessors fail until a key is set.
class Store final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::store::Store)

public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const StoreOptions& options);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isMemoryOnly() const { return m_path.isEmpty(); }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    // The file other processes watch to learn that this store changed (see ChangeNotifier).
    [[nodiscard]] QString changeFilePath() const;
    [[nodiscard]] QStringList files() const; // db, -wal, -shm, change file (those that exist)

    // A random id of this profile (names its keychain entry).
    [[nodiscard]] QString profileId() const { return m_profileId; }
    // True once something was sealed under a master key: from then on a missing key is an error,
    // never a first run.
    [[nodiscard]] bool hasMasterKey() const;
    // "keychain", "passphrase" or "memory"; empty before the first key was set.
    [[nodiscard]] QString keyMode() const;
    // The passphrase-wrapped master key (PassphraseKey blob), if keyMode() is "passphrase".
    [[nodiscard]] QByteArray wrappedKey() const;
    // Verifies the key against the store's key check (or records one on first use) and keeps it.
    [[nodiscard]] Result<void> setMasterKey(SecureBuffer key, const QString& mode, const QByteArray& wrapped = {});
    [[nodiscard]] bool isUnlocked() const { return !m_key.isEmpty(); }

    // Addresses
    [[nodiscard]] Result<qint64> addAddress(const providers::Mailbox& mailbox, const QString& label,
        providers::PrivacyLabel privacy, std::optional<qint64> retentionSeconds = std::nullopt,
        const QUrl& providerUrl = {});
    [[nodiscard]] Result<QList<AddressRecord>> addresses() const;
    [[nodiscard]] Result<AddressRecord> address(qint64 id) const;
    [[nodiscard]] Result<AddressRecord> findAddress(const QString& address) const;
    [[nodiscard]] Result<void> updateCredentials(qint64 addressId, const QByteArray& credentials);
    [[nodiscard]] Result<void> deleteAddress(qint64 id);

    // Messages. addMessage returns the existing id when the provider id was stored before.
    [[nodiscard]] Result<qint64> addMessage(
        qint64 addressId, const providers::MessageSummary& summary, const QByteArray& raw);
    [[nodiscard]] Result<void> updateSummary(qint64 messageId, const providers::MessageSummary& summary);
    [[nodiscard]] Result<QList<MessageRecord>> messages(std::optional<qint64> addressId = std::nullopt) const;
    [[nodiscard]] Result<MessageRecord> message(qint64 id) const;
    [[nodiscard]] Result<QByteArray> rawMessage(qint64 id) const;
    [[nodiscard]] Result<bool> hasMessage(qint64 addressId, const QString& providerMessageId) const;
    [[nodiscard]] Result<void> setSeen(qint64 id, bool seen);
    [[nodiscard]] Result<void> deleteMessage(qint64 id);
    // Case-insensitive search over sender, subject, preview and raw source; decrypts in memory.
    [[nodiscard]] Result<QList<MessageRecord>> search(const QString& text) const;

    // Non-secret settings shared by the GUI and the CLI.
    [[nodiscard]] Result<QString> setting(const QString& key, const QString& fallback = {}) const;
    [[nodiscard]] Result<void> setSetting(const QString& key, const QString& value);
    // Secret settings (a relay's creation key): sealed like everything else, with the key as
    // associated data. An empty value removes the entry.
    [[nodiscard]] Result<QString> secretSetting(const QString& key) const;
    [[nodiscard]] Result<void> setSecretSetting(const QString& key, const QString& value);

    // Address details the user changes after creation.
    [[nodiscard]] Result<void> setLabel(qint64 addressId, const QString& label);
    // After a provider extended the address: its new expiry (the janitor follows it).
    [[nodiscard]] Result<void> setExpiry(qint64 addressId, const QDateTime& expiresAt);

    // Deletes everything whose time is up, then truncates the WAL.
    [[nodiscard]] Result<PurgeReport> purgeExpired();
    [[nodiscard]] Result<StoreStats> stats() const;
    // Copies the WAL into the database and truncates it to zero bytes, so deleted content does not
    // linger in the -wal file (docs/PITFALLS item 5). Fails with Io if a reader blocks it.
    [[nodiscard]] Result<void> checkpoint();
    // Deletes every row (secure_delete zeroes the pages), checkpoints, closes the connection and
    // removes the files. The Store is unusable afterwards.
    [[nodiscard]] Result<void> wipe();
    // The first half of wipe(): every row gone and the WAL truncated, files still there.
    [[nodiscard]] Result<void> wipeContents();

    [[nodiscard]] QSqlDatabase database() const;

private:
    Store() = default;
    [[nodiscard]] Result<void> init(const StoreOptions& options);
    [[nodiscard]] Result<QByteArray> seal(const QByteArray& plain, const QByteArray& ad) const;
    [[nodiscard]] Result<QByteArray> unseal(const QByteArray& box, const QByteArray& ad) const;
    [[nodiscard]] QByteArray lookup(const QByteArray& what) const;
    // Seals a changed address (label, credentials) into its row again.
    [[nodiscard]] Result<void> resealAddress(const AddressRecord& record);
    [[nodiscard]] Result<QList<AddressRecord>> queryAddresses(const QString& where, const QVariantList& binds) const;
    [[nodiscard]] Result<QList<MessageRecord>> queryMessages(const QString& where, const QVariantList& binds) const;
    [[nodiscard]] Result<QByteArray> metaValue(const QString& key) const;
    [[nodiscard]] Result<void> setMeta(const QString& key, const QVariant& value);
    [[nodiscard]] Result<void> requireKey() const;
    void notifyChanged();
    void close();

    QString m_path;
    QString m_connection;
    QString m_profileId;
    const Clock* m_clock = nullptr;
    SecureBuffer m_key;
    SecureBuffer m_lookupKey;
    quint64 m_changeCounter = 0;
};

} // namespace mayfly::core::store
