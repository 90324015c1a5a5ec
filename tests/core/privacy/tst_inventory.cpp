#include "core/privacy/Inventory.h"
#include "core/privacy/LocalRelayData.h"
#include "core/privacy/Wipe.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/Profile.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QDir>
#include <QTest>

using namespace mayfly;
using namespace mayfly::core;

namespace {

const privacy::InventoryItem* find(const QList<privacy::InventoryItem>& items, const char* kind)
{
    for (const auto& item : items) {
        if (item.kind == QLatin1String(kind))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsSizesAndDeletionTimes();
    void keychainEntryIsListed();
    void memoryOnlyHasNoFiles();
    void wipeEverything();
    void localRelayFolderIsListedAndWiped();
};

void TestInventory::countsSizesAndDeletionTimes()
{
    test::TempProfile home;
    store::ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    store::ProfileOptions options;
    options.directory = home.profileDir();
    options.passphrase = QStringLiteral("pw");
    options.scrypt.n = 1024;
    options.clock = &clock;
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    store::Store& st = (*profile)->store();
    const QDateTime expires = clock.now().addDays(2);
    auto a = st.addAddress(
        test::testMailbox(QStringLiteral("i@x.test"), expires), {}, providers::PrivacyLabel::Private, 600);
    auto b = st.addAddress(test::testMailbox(QStringLiteral("j@x.test")), {}, providers::PrivacyLabel::Public);
    QVERIFY(a.ok() && b.ok());
    auto withAttachment = test::testSummary(QStringLiteral("1"), QStringLiteral("s"));
    withAttachment.hasAttachments = true;
    QVERIFY(st.addMessage(*a, withAttachment, QByteArray(5000, 'x')).ok());
    clock.advance(60);
    QVERIFY(st.addMessage(*b, test::testSummary(QStringLiteral("2"), QStringLiteral("t")), QByteArray(100, 'y')).ok());
    QVERIFY(st.setSetting(QStringLiteral("theme"), QStringLiteral("dark")).ok());

    auto items = privacy::Inventory::collect(**profile);
    QVERIFY(items.ok());
    const auto* addresses = find(*items, "addresses");
    QVERIFY(addresses);
    QCOMPARE(addresses->count, 2);
    QVERIFY(addresses->encrypted);
    QCOMPARE(addresses->nextDeletion, expires);
    const auto* messages = find(*items, "messages");
    QVERIFY(messages);
    QCOMPARE(messages->count, 2);
    QVERIFY(messages->bytes >= 5100);
    // The 10-minute retention goes first; the default 24 h one last.
    QCOMPARE(messages->nextDeletion, QDateTime(QDate(2026, 5, 1), QTime(8, 10), Qt::UTC));
    QCOMPARE(messages->lastDeletion, QDateTime(QDate(2026, 5, 2), QTime(8, 1), Qt::UTC));
    QCOMPARE(find(*items, "attachments")->count, 1);
    QCOMPARE(find(*items, "credentials")->count, 2);
    QCOMPARE(find(*items, "settings")->count, 1);
    QVERIFY(!find(*items, "settings")->encrypted);
    QCOMPARE(find(*items, "master-key")->location, st.path());
    const auto* db = find(*items, "database-file");
    QVERIFY(db);
    QCOMPARE(db->bytes, QFileInfo(st.path()).size());
    QVERIFY(find(*items, "wal-file"));
    QVERIFY(find(*items, "shm-file"));
    QVERIFY(find(*items, "network-log"));

    clock.advance(601);
    QVERIFY(st.purgeExpired().ok());
    items = privacy::Inventory::collect(**profile);
    QCOMPARE(find(*items, "messages")->count, 1);
    QCOMPARE(find(*items, "attachments")->count, 0);
    QVERIFY(find(*items, "messages")->description.contains(QLatin1String("janitor last deleted")));
}

void TestInventory::keychainEntryIsListed()
{
    test::TempProfile home;
    store::ProfileOptions options;
    options.directory = home.profileDir();
    options.keychain = std::make_shared<secrets::MemorySecretStore>();
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    auto items = privacy::Inventory::collect(**profile);
    QVERIFY(items.ok());
    const auto* key = find(*items, "master-key");
    QVERIFY(key);
    QVERIFY(key->location.contains((*profile)->keychainKey()));
    QVERIFY(key->location.contains(QLatin1String("service \"Mayfly\"")));
}

void TestInventory::memoryOnlyHasNoFiles()
{
    store::ProfileOptions options;
    options.memoryOnly = true;
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    auto items = privacy::Inventory::collect(**profile);
    QVERIFY(items.ok());
    QVERIFY(!find(*items, "database-file"));
    QCOMPARE(find(*items, "master-key")->location, QStringLiteral("process memory"));
    // The local relay of a memory-only profile runs with --memory: listed, with no file.
    QVERIFY(find(*items, "local-relay"));
    QVERIFY(!find(*items, "local-relay-file"));
    QVERIFY(privacy::LocalRelayData::directory(**profile).isEmpty());
}

void TestInventory::wipeEverything()
{
    test::TempProfile home;
    auto keychain = std::make_shared<secrets::MemorySecretStore>();
    store::ProfileOptions options;
    options.directory = home.profileDir() + QStringLiteral("/w");
    options.keychain = keychain;
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    QVERIFY((*profile)
                ->store()
                .addAddress(test::testMailbox(QStringLiteral("w@x.test")), {}, providers::PrivacyLabel::Private)
                .ok());
    const QString extra = home.root() + QStringLiteral("/window-state.ini");
    QFile f(extra);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(keychain->count(), 1);
    QVERIFY(privacy::Wipe::everything(**profile, {extra}).ok());
    QCOMPARE(keychain->count(), 0);
    QVERIFY(!QFile::exists(extra));
    QVERIFY(!QFile::exists(options.directory));
}

void TestInventory::localRelayFolderIsListedAndWiped()
{
    test::TempProfile home;
    store::ProfileOptions options;
    options.directory = home.profileDir() + QStringLiteral("/r");
    options.keychain = std::make_shared<secrets::MemorySecretStore>();
    auto profile = store::Profile::open(options);
    QVERIFY(profile.ok());
    // What a local relay leaves in the profile: its database with the WAL beside it.
    const QString relayDir = options.directory + QStringLiteral("/relay");
    QCOMPARE(privacy::LocalRelayData::directory(**profile), relayDir);
    QVERIFY(QDir().mkpath(relayDir));
    const QByteArray marker = "MARKER-local-part-in-plain-text";
    for (const char* name : {"relay.sqlite", "relay.sqlite-wal"}) {
        QFile f(relayDir + u'/' + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x') + marker);
    }

    auto items = privacy::Inventory::collect(**profile);
    QVERIFY(items.ok());
    const auto* relay = find(*items, "local-relay");
    QVERIFY(relay);
    QCOMPARE(relay->location, relayDir);
    QCOMPARE(relay->count, 2);
    QCOMPARE(relay->bytes, 2 * (1000 + marker.size()));
    QVERIFY(relay->retention.contains(QLatin1String("Delete everything")));
    QStringList listed;
    for (const auto& item : *items) {
        if (item.kind == u"local-relay-file")
            listed.append(item.location);
    }
    QCOMPARE(listed,
        (QStringList{relayDir + QStringLiteral("/relay.sqlite"), relayDir + QStringLiteral("/relay.sqlite-wal")}));

    // The relay is stopped before its files go.
    bool stopped = false;
    bool filesWereThereWhenStopped = false;
    QVERIFY(privacy::Wipe::everything(**profile, {}, [&] {
        stopped = true;
        filesWereThereWhenStopped = QFile::exists(relayDir + QStringLiteral("/relay.sqlite"));
    }).ok());
    QVERIFY(stopped);
    QVERIFY(filesWereThereWhenStopped);
    QVERIFY(!QFile::exists(relayDir));
    QVERIFY(!QFile::exists(options.directory));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
