#include "core/privacy/Inventory.h"

#include "core/privacy/LocalRelayData.h"
#include "core/store/Profile.h"

#include <QDir>
#include <QFileInfo>

namespace mayfly::core::privacy {

namespace {

InventoryItem fromKind(const QString& kind, const QString& description, const store::StoreStats::Kind& k,
    const QString& location, const QString& retention)
{
    InventoryItem item;
    item.kind = kind;
    item.description = description;
    item.count = k.count;
    item.bytes = k.bytes;
    item.location = location;
    item.encrypted = true;
    item.nextDeletion = k.nextExpiry;
    item.lastDeletion = k.lastExpiry;
    item.retention = retention;
    return item;
}

} // namespace

Result<QList<InventoryItem>> Inventory::collect(store::Profile& profile, const InventoryExtras& extras)
{
    store::Store& st = profile.store();
    auto stats = st.stats();
    if (!stats)
        return stats.error();
    const QString where = st.isMemoryOnly() ? tr("process memory (--memory-only)") : st.path();
    const int hours = int(store::Retention::DefaultSeconds / 3600);

    QList<InventoryItem> out;
    out.append(fromKind(QStringLiteral("addresses"), tr("throwaway addresses and their labels"), stats->addresses,
        where, tr("deleted when the address expires, here and at the provider")));
    out.append(fromKind(QStringLiteral("credentials"), tr("provider passwords, tokens and relay keys"),
        stats->credentials, where, tr("deleted with their address")));
    out.append(fromKind(QStringLiteral("messages"), tr("raw message sources (RFC 5322)"), stats->messages, where,
        tr("deleted %n h after arrival unless the address says otherwise", nullptr, hours)));
    out.append(fromKind(QStringLiteral("summaries"), tr("sender, subject and preview of each message"),
        stats->summaries, where, tr("deleted with their message")));
    out.append(fromKind(QStringLiteral("attachments"),
        tr("messages with attachments (kept inside the raw source, never as files)"), stats->attachments, where,
        tr("deleted with their message")));

    InventoryItem settings;
    settings.kind = QStringLiteral("settings");
    settings.description = tr("preferences (nothing secret)");
    settings.count = stats->settings.count;
    settings.bytes = stats->settings.bytes;
    settings.location = where;
    settings.encrypted = false;
    settings.retention = tr("kept until you wipe");
    out.append(settings);

    InventoryItem key;
    key.kind = QStringLiteral("master-key");
    key.retention = tr("kept until you wipe");
    key.encrypted = true;
    key.count = 1;
    key.bytes = 32;
    if (profile.keyMode() == u"keychain") {
        key.description = tr("the store's master key (keychain entry)");
        key.location = tr("%1: service \"%2\", entry \"%3\"")
                           .arg(profile.secrets().backendName(), QString::fromLatin1(store::Profile::KeychainService),
                               profile.keychainKey());
    } else if (profile.keyMode() == u"passphrase") {
        key.description = tr("the store's master key, wrapped with your passphrase (scrypt)");
        key.location = where;
    } else {
        key.description = tr("the store's master key");
        key.location = tr("process memory");
        key.retention = tr("gone when the program exits");
    }
    out.append(key);

    struct FileKind
    {
        const char* kind;
        const char* description;
        QString path;
    };
    if (!st.isMemoryOnly()) {
        const FileKind files[] = {
            {"database-file", QT_TR_NOOP("the SQLite database (sealed rows)"), st.path()},
            {"wal-file", QT_TR_NOOP("SQLite's write-ahead log (truncated after every deletion)"),
                st.path() + QStringLiteral("-wal")},
            {"shm-file", QT_TR_NOOP("SQLite's shared-memory index for the log"), st.path() + QStringLiteral("-shm")},
            {"change-file", QT_TR_NOOP("a counter that tells other Mayfly windows to refresh (no content)"),
                st.changeFilePath()},
        };
        for (const FileKind& f : files) {
            InventoryItem item;
            item.kind = QString::fromLatin1(f.kind);
            item.description = tr(f.description);
            const QFileInfo info(f.path);
            item.count = info.exists() ? 1 : 0;
            item.bytes = info.exists() ? info.size() : 0;
            item.location = f.path;
            item.encrypted = item.kind == u"database-file" || item.kind == u"wal-file";
            item.retention = tr("removed when you wipe");
            out.append(item);
        }
    }

    // The local relay's database ("This computer"): address names and token hashes in plain text,
    // mail sealed (to each address's key, catch-all mail to the profile's key). Listed whether or
    // not the source is in use, because a folder left from an earlier choice is still data.
    const QString relayDir = LocalRelayData::directory(profile);
    InventoryItem relay;
    relay.kind = QStringLiteral("local-relay");
    relay.description = tr("the local relay's database (\"This computer\"): address names, token hashes and "
                           "sealed mail");
    relay.encrypted = false; // the names are not; the mail is (see the files below)
    if (relayDir.isEmpty()) {
        relay.location = tr("memory of the local relay process (--memory-only)");
        relay.retention = tr("gone when Mayfly exits");
        out.append(relay);
    } else {
        const QStringList relayFiles = LocalRelayData::files(relayDir);
        relay.location = relayDir;
        relay.retention = tr("each address and its mail when the address expires; the folder is deleted by "
                             "Delete everything (the relay is stopped first)");
        relay.count = relayFiles.size();
        QList<InventoryItem> perFile;
        for (const QString& path : relayFiles) {
            const QFileInfo info(path);
            InventoryItem file;
            file.kind = QStringLiteral("local-relay-file");
            file.description = tr("local relay file %1").arg(QDir(relayDir).relativeFilePath(path));
            file.count = 1;
            file.bytes = info.size();
            file.location = path;
            file.encrypted = false;
            file.retention = tr("deleted by Delete everything");
            relay.bytes += file.bytes;
            perFile.append(file);
        }
        out.append(relay);
        out.append(perFile);
    }

    for (const InventoryExtras::File& f : extras.files) {
        InventoryItem item;
        item.kind = f.kind;
        item.description = f.description;
        const QFileInfo info(f.path);
        item.count = info.exists() ? 1 : 0;
        item.bytes = info.exists() ? info.size() : 0;
        item.location = f.path;
        item.retention = f.retention;
        out.append(item);
    }

    InventoryItem log;
    log.kind = QStringLiteral("network-log");
    log.description = tr("network activity log (host, method, path, status, bytes)");
    log.count = extras.networkLogEntries;
    log.bytes = extras.networkLogBytes;
    log.location = tr("process memory (never written to disk)");
    log.retention = tr("gone when the program exits");
    out.append(log);

    if (stats->lastPurge.isValid()) {
        for (InventoryItem& item : out) {
            if (item.kind == u"messages" || item.kind == u"addresses")
                item.description
                    += u' ' + tr("(janitor last deleted some at %1)").arg(stats->lastPurge.toString(Qt::ISODate));
        }
    }
    return out;
}

} // namespace mayfly::core::privacy
