#include "core/store/ChangeNotifier.h"
#include "core/store/Janitor.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "core/store/TransactionGuard.h"
#include "tests/core/store/StoreTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using namespace mayfly::core;
using test::filesContaining;
using test::testMailbox;
using test::testSummary;
using test::why;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList storeFiles(const QString& db)
{
    return {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")};
}

// Slices of a sealed box: any one of them surviving on disk means the ciphertext survived.
QList<QByteArray> slices(const QByteArray& box)
{
    QList<QByteArray> out;
    for (qsizetype at : {qsizetype(1), box.size() / 2, box.size() - 24})
        out.append(box.mid(at, 20));
    return out;
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sealedAtRest();
    void roundTrip();
    void duplicateProviderIdIsStoredOnce();
    void copiedBoxDoesNotOpenInAnotherRow_data();
    void copiedBoxDoesNotOpenInAnotherRow();
    void wrongKeyIsRefused();
    void expiredRowsAreNeverReturned_data();
    void expiredRowsAreNeverReturned();
    void retentionOutOfRangeIsRefused();
    void janitorDeletesAndLeavesNoBytes();
    void janitorHandsExpiredAddressesToRemoteDeleter();
    void wipeLeavesNoBytesThenNoFiles();
    void search();
    void settings();
    void secretSettingsAreSealed();
    void labelAndExpiryCanChange();
    void transactionGuardRollsBack();
    void migrationStep_data();
    void migrationStep();
    void newerVersionIsRefusedUntouched();
    void pragmas();
    void changeNotifierSeesOtherConnection();

private:
    std::unique_ptr<store::Store> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    store::ManualClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
    QByteArray m_key;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("mayfly.db"));
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    m_key = crypto::randomBytes(32);
}

void TestStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<store::Store> TestStore::openStore()
{
    auto s = store::Store::open(store::StoreOptions{m_db, &m_clock});
    if (!s) {
        qWarning() << s.error().toString();
        return {};
    }
    auto store = std::move(s).value();
    if (auto r = store->setMasterKey(SecureBuffer::fromByteArray(m_key), QStringLiteral("keychain")); !r) {
        qWarning() << r.error().toString();
        return {};
    }
    return store;
}

void TestStore::sealedAtRest()
{
    auto store = openStore();
    QVERIFY(store);
    auto a = store->addAddress(testMailbox(QStringLiteral("PLAINADDR@x.test")), QStringLiteral("LABEL-MARKER"),
        providers::PrivacyLabel::Private);
    QVERIFY2(a.ok(), why(a).constData());
    auto m = store->addMessage(*a, testSummary(QStringLiteral("r1"), QStringLiteral("SUBJECT-MARKER")),
        QByteArrayLiteral("Subject: SUBJECT-MARKER\r\n\r\nBODY-MARKER 123456"));
    QVERIFY(m.ok());
    for (const char* marker : {"PLAINADDR", "plainaddr", "LABEL-MARKER", "CREDENTIAL-MARKER", "SUBJECT-MARKER",
             "BODY-MARKER", "sender@example.test", "remote-"})
        QVERIFY2(filesContaining(storeFiles(m_db), marker).isEmpty(), marker);
}

void TestStore::roundTrip()
{
    const QDateTime expires = m_clock.now().addSecs(3600);
    {
        auto store = openStore();
        QVERIFY(store);
        auto a = store->addAddress(testMailbox(QStringLiteral("a@x.test"), expires), QStringLiteral("shop"),
            providers::PrivacyLabel::Token, 600);
        QVERIFY(a.ok());
        QVERIFY(store->addMessage(*a, testSummary(QStringLiteral("r1"), QStringLiteral("first")), "raw one").ok());
        m_clock.advance(10);
        QVERIFY(store->addMessage(*a, testSummary(QStringLiteral("r2"), QStringLiteral("second")), "raw two").ok());
    }
    auto store = openStore();
    QVERIFY(store);
    auto found = store->findAddress(QStringLiteral("A@X.test"));
    QVERIFY2(found.ok(), why(found).constData());
    QCOMPARE(found->mailbox.address, QStringLiteral("a@x.test"));
    QCOMPARE(found->mailbox.credentials, testMailbox(QStringLiteral("a@x.test")).credentials);
    QCOMPARE(found->mailbox.expiresAt, expires);
    QCOMPARE(found->label, QStringLiteral("shop"));
    QCOMPARE(found->privacy, providers::PrivacyLabel::Token);
    QCOMPARE(found->retentionSeconds, std::optional<qint64>(600));
    auto list = store->messages(found->id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).summary.subject, QStringLiteral("second")); // newest first
    QCOMPARE(list->at(1).summary.from, QStringLiteral("sender@example.test"));
    QCOMPARE(*store->rawMessage(list->at(1).id), QByteArray("raw one"));
    QVERIFY(store->setSeen(list->at(0).id, true).ok());
    QVERIFY(store->message(list->at(0).id)->summary.seen);
    QVERIFY(store->updateCredentials(found->id, "new-token").ok());
    QCOMPARE(store->address(found->id)->mailbox.credentials, QByteArray("new-token"));
    QVERIFY(store->deleteMessage(list->at(0).id).ok());
    QCOMPARE(store->messages()->size(), 1);
    QCOMPARE(store->deleteMessage(list->at(0).id).error().code, ErrorCode::NotFound);
    QVERIFY(store->deleteAddress(found->id).ok());
    QVERIFY(store->addresses()->isEmpty());
    QVERIFY(store->messages()->isEmpty());
}

void TestStore::duplicateProviderIdIsStoredOnce()
{
    auto store = openStore();
    QVERIFY(store);
    auto a = store->addAddress(testMailbox(QStringLiteral("d@x.test")), {}, providers::PrivacyLabel::Private);
    auto first = store->addMessage(*a, testSummary(QStringLiteral("same"), QStringLiteral("s")), "raw");
    auto second = store->addMessage(*a, testSummary(QStringLiteral("same"), QStringLiteral("s")), "raw");
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*second, *first);
    QCOMPARE(store->messages()->size(), 1);
    QVERIFY(*store->hasMessage(*a, QStringLiteral("same")));
    QVERIFY(!*store->hasMessage(*a, QStringLiteral("other")));
    QCOMPARE(
        store->addAddress(testMailbox(QStringLiteral("D@x.test")), {}, providers::PrivacyLabel::Private).error().code,
        ErrorCode::AlreadyExists);
}

void TestStore::copiedBoxDoesNotOpenInAnotherRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("messages/raw") << QStringLiteral("messages") << QStringLiteral("sealed_raw");
    QTest::newRow("messages/summary") << QStringLiteral("messages") << QStringLiteral("sealed_summary");
    QTest::newRow("addresses/data") << QStringLiteral("addresses") << QStringLiteral("sealed_data");
}

void TestStore::copiedBoxDoesNotOpenInAnotherRow()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    auto store = openStore();
    QVERIFY(store);
    auto a = store->addAddress(testMailbox(QStringLiteral("one@x.test")), {}, providers::PrivacyLabel::Private);
    auto b = store->addAddress(testMailbox(QStringLiteral("two@x.test")), {}, providers::PrivacyLabel::Private);
    auto m1 = store->addMessage(*a, testSummary(QStringLiteral("1"), QStringLiteral("one")), "secret one");
    auto m2 = store->addMessage(*b, testSummary(QStringLiteral("2"), QStringLiteral("two")), "secret two");
    QVERIFY(m1.ok() && m2.ok());
    const qint64 from = table == u"messages" ? *m1 : *a;
    const qint64 to = table == u"messages" ? *m2 : *b;
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET %2 = (SELECT %2 FROM %1 WHERE id = %3) WHERE id = %4")
                       .arg(table, column)
                       .arg(from)
                       .arg(to)));
    if (column == u"sealed_raw") {
        QCOMPARE(store->rawMessage(*m2).error().code, ErrorCode::Crypto);
        QVERIFY(store->rawMessage(*m1).ok());
    } else if (column == u"sealed_summary") {
        QCOMPARE(store->messages(*b).error().code, ErrorCode::Crypto);
    } else {
        QCOMPARE(store->address(*b).error().code, ErrorCode::Crypto);
        QVERIFY(store->address(*a).ok());
    }
}

void TestStore::wrongKeyIsRefused()
{
    {
        auto store = openStore();
        QVERIFY(store);
    }
    auto s = store::Store::open(store::StoreOptions{m_db, &m_clock});
    QVERIFY(s.ok());
    QVERIFY((*s)->hasMasterKey());
    auto r = (*s)->setMasterKey(crypto::randomKey(32), QStringLiteral("keychain"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Crypto);
    QVERIFY(!(*s)->isUnlocked());
}

void TestStore::expiredRowsAreNeverReturned_data()
{
    QTest::addColumn<qint64>("addressTtl"); // 0: none
    QTest::addColumn<qint64>("retention"); // -1: default
    QTest::addColumn<qint64>("visibleUntil"); // seconds after arrival
    QTest::newRow("default-24h") << qint64(0) << qint64(-1) << qint64(24 * 3600);
    QTest::newRow("retention-10min") << qint64(0) << qint64(600) << qint64(600);
    QTest::newRow("retention-30d") << qint64(0) << qint64(30 * 24 * 3600) << qint64(30 * 24 * 3600);
    QTest::newRow("until-address-expires") << qint64(7 * 24 * 3600) << qint64(0) << qint64(7 * 24 * 3600);
    QTest::newRow("address-expires-first") << qint64(3600) << qint64(-1) << qint64(3600);
}

void TestStore::expiredRowsAreNeverReturned()
{
    QFETCH(qint64, addressTtl);
    QFETCH(qint64, retention);
    QFETCH(qint64, visibleUntil);
    auto store = openStore();
    QVERIFY(store);
    const QDateTime expires = addressTtl ? m_clock.now().addSecs(addressTtl) : QDateTime();
    auto a = store->addAddress(testMailbox(QStringLiteral("e@x.test"), expires), {}, providers::PrivacyLabel::Private,
        retention < 0 ? std::nullopt : std::optional<qint64>(retention));
    QVERIFY2(a.ok(), why(a).constData());
    auto m = store->addMessage(*a, testSummary(QStringLiteral("1"), QStringLiteral("s")), "raw");
    QVERIFY(m.ok());
    m_clock.advance(visibleUntil - 1);
    QCOMPARE(store->messages()->size(), 1);
    QVERIFY(store->rawMessage(*m).ok());
    m_clock.advance(1);
    // No janitor has run: the rows are still on disk, yet no read returns them.
    QVERIFY(store->messages()->isEmpty());
    QCOMPARE(store->rawMessage(*m).error().code, ErrorCode::NotFound);
    QCOMPARE(store->message(*m).error().code, ErrorCode::NotFound);
    QVERIFY(store->search(QStringLiteral("s"))->isEmpty());
    if (addressTtl && addressTtl <= visibleUntil) {
        QVERIFY(store->addresses()->isEmpty());
        QCOMPARE(store->findAddress(QStringLiteral("e@x.test")).error().code, ErrorCode::NotFound);
    }
}

void TestStore::retentionOutOfRangeIsRefused()
{
    auto store = openStore();
    QVERIFY(store);
    for (qint64 bad : {qint64(60), qint64(31) * 24 * 3600, qint64(-5)}) {
        auto r = store->addAddress(testMailbox(QStringLiteral("r@x.test")), {}, providers::PrivacyLabel::Private, bad);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
}

void TestStore::janitorDeletesAndLeavesNoBytes()
{
    auto store = openStore();
    QVERIFY(store);
    auto keep = store->addAddress(testMailbox(QStringLiteral("keep@x.test")), {}, providers::PrivacyLabel::Private);
    auto gone = store->addAddress(testMailbox(QStringLiteral("gone@x.test"), m_clock.now().addSecs(7200)), {},
        providers::PrivacyLabel::Private, 600);
    QVERIFY(keep.ok() && gone.ok());
    // Big enough to spill into overflow pages as well.
    const QByteArray body = QByteArrayLiteral("EXPIRED-BODY-MARKER ") + crypto::randomBytes(6000).toHex();
    auto expired = store->addMessage(*gone, testSummary(QStringLiteral("x"), QStringLiteral("EXPIRED-SUBJECT")), body);
    auto kept = store->addMessage(*keep, testSummary(QStringLiteral("y"), QStringLiteral("kept")), "kept body");
    QVERIFY(expired.ok() && kept.ok());

    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sealed_raw, sealed_summary FROM messages WHERE id = %1").arg(*expired)));
    QVERIFY(q.next());
    QList<QByteArray> needles = slices(q.value(0).toByteArray()) + slices(q.value(1).toByteArray());
    q.finish();
    QVERIFY(!filesContaining(storeFiles(m_db), needles.first()).isEmpty()); // the scan can see it

    store::Janitor janitor(*store);
    QSignalSpy purged(&janitor, &store::Janitor::purged);
    m_clock.advance(601);
    auto report = janitor.runOnce();
    QVERIFY2(report.ok(), why(report).constData());
    QCOMPARE(report->messagesDeleted, 1);
    QCOMPARE(purged.size(), 1);
    for (const QByteArray& needle : needles)
        QVERIFY2(filesContaining(storeFiles(m_db), needle).isEmpty(), needle.toHex().constData());
    QCOMPARE(QFileInfo(m_db + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(store->messages()->size(), 1);

    // Then the address expires with its sealed credentials.
    QVERIFY(q.exec(QStringLiteral("SELECT sealed_data FROM addresses WHERE id = %1").arg(*gone)));
    QVERIFY(q.next());
    needles = slices(q.value(0).toByteArray());
    q.finish();
    m_clock.advance(7200);
    report = janitor.runOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->addressesDeleted, 1);
    for (const QByteArray& needle : needles)
        QVERIFY(filesContaining(storeFiles(m_db), needle).isEmpty());
    QCOMPARE(store->addresses()->size(), 1);
    QVERIFY(store->stats()->lastPurge.isValid());
}

void TestStore::janitorHandsExpiredAddressesToRemoteDeleter()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store
                ->addAddress(testMailbox(QStringLiteral("r@x.test"), m_clock.now().addSecs(60)), {},
                    providers::PrivacyLabel::Private)
                .ok());
    store::Janitor janitor(*store);
    QStringList remote;
    janitor.setRemoteDeleter([&](const store::AddressRecord& a) { remote.append(a.mailbox.address); });
    janitor.start();
    QVERIFY(remote.isEmpty());
    m_clock.advance(61);
    janitor.setInterval(10);
    QTRY_COMPARE(remote, QStringList{QStringLiteral("r@x.test")});
}

void TestStore::wipeLeavesNoBytesThenNoFiles()
{
    auto store = openStore();
    QVERIFY(store);
    auto a = store->addAddress(testMailbox(QStringLiteral("w@x.test")), {}, providers::PrivacyLabel::Private);
    QVERIFY(
        store->addMessage(*a, testSummary(QStringLiteral("1"), QStringLiteral("s")), crypto::randomBytes(9000)).ok());
    QVERIFY(store->setSetting(QStringLiteral("theme"), QStringLiteral("SETTING-MARKER")).ok());
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sealed_raw FROM messages")) && q.next());
    QList<QByteArray> needles = slices(q.value(0).toByteArray());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'key_check'")) && q.next());
    needles += slices(q.value(0).toByteArray());
    q.finish();
    needles.append(QByteArrayLiteral("SETTING-MARKER"));
    QVERIFY(store->wipeContents().ok());
    for (const QByteArray& needle : needles)
        QVERIFY2(filesContaining(storeFiles(m_db), needle).isEmpty(), needle.toHex().constData());
    QVERIFY(store->wipe().ok());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestStore::search()
{
    auto store = openStore();
    QVERIFY(store);
    auto a = store->addAddress(testMailbox(QStringLiteral("s@x.test")), {}, providers::PrivacyLabel::Private);
    QVERIFY(store->addMessage(*a, testSummary(QStringLiteral("1"), QStringLiteral("Your Invoice")), "body a").ok());
    QVERIFY(
        store->addMessage(*a, testSummary(QStringLiteral("2"), QStringLiteral("hello")), "code 481516 inside").ok());
    QCOMPARE(store->search(QStringLiteral("invoice"))->size(), 1);
    QCOMPARE(store->search(QStringLiteral("481516"))->size(), 1);
    QCOMPARE(store->search(QStringLiteral("CODE 48"))->size(), 1);
    QCOMPARE(store->search(QStringLiteral("example.test"))->size(), 2);
    QVERIFY(store->search(QStringLiteral("nothing"))->isEmpty());
}

void TestStore::settings()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(*store->setting(QStringLiteral("k"), QStringLiteral("dflt")), QStringLiteral("dflt"));
        QVERIFY(store->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    }
    auto store = openStore();
    QCOMPARE(*store->setting(QStringLiteral("k")), QStringLiteral("v"));
}

void TestStore::secretSettingsAreSealed()
{
    const QString key = QStringLiteral("relay-creation-key-7f3a9c");
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(*store->secretSetting(QStringLiteral("relay/creationKey")), QString());
        QVERIFY(store->setSecretSetting(QStringLiteral("relay/creationKey"), key).ok());
        QVERIFY(store->checkpoint().ok());
    }
    QVERIFY2(filesContaining(storeFiles(m_db), key.toUtf8()).isEmpty(), "the creation key is on disk in plaintext");
    auto store = openStore();
    QCOMPARE(*store->secretSetting(QStringLiteral("relay/creationKey")), key);
    // The box opens only under its own name.
    const QString box = *store->setting(QStringLiteral("secret/relay/creationKey"));
    QVERIFY(store->setSetting(QStringLiteral("secret/other"), box).ok());
    QVERIFY(!store->secretSetting(QStringLiteral("other")).ok());
    QVERIFY(store->setSecretSetting(QStringLiteral("relay/creationKey"), {}).ok());
    QCOMPARE(*store->secretSetting(QStringLiteral("relay/creationKey")), QString());
}

void TestStore::labelAndExpiryCanChange()
{
    auto store = openStore();
    QVERIFY(store);
    const QDateTime expires = m_clock.now().addSecs(3600);
    auto id = store->addAddress(testMailbox(QStringLiteral("a@x.test"), expires), QStringLiteral("old"),
        providers::PrivacyLabel::Private, store::Retention::UntilAddressExpires);
    QVERIFY(id.ok());
    auto message = store->addMessage(*id, testSummary(QStringLiteral("m1"), QStringLiteral("s")), "raw");
    QVERIFY(message.ok());
    QCOMPARE(store->message(*message)->expiresAt, expires);

    QVERIFY(store->setLabel(*id, QStringLiteral("used on example.com")).ok());
    QCOMPARE(store->address(*id)->label, QStringLiteral("used on example.com"));

    const QDateTime later = expires.addSecs(7200);
    QVERIFY(store->setExpiry(*id, later).ok());
    QCOMPARE(store->address(*id)->mailbox.expiresAt, later);
    QCOMPARE(store->message(*message)->expiresAt, later); // it goes with the address
    m_clock.advance(3600 + 60);
    QVERIFY(store->address(*id).ok()); // still there after the old expiry
    QVERIFY(store->message(*message).ok());
    QVERIFY(!store->setExpiry(*id, m_clock.now().addSecs(-1)).ok());
}

void TestStore::transactionGuardRollsBack()
{
    auto store = openStore();
    QVERIFY(store);
    {
        store::TransactionGuard tx(store->database());
        QVERIFY(tx.isActive());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
    }
    QCOMPARE(*store->setting(QStringLiteral("a")), QString());
    {
        store::TransactionGuard tx(store->database());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')")));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(*store->setting(QStringLiteral("b")), QStringLiteral("2"));
}

void TestStore::migrationStep_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("0-to-1") << 0;
    QTest::newRow("1-to-2") << 1;
}

void TestStore::migrationStep()
{
    QFETCH(int, from);
    const int to = from + 1;
    const QString connection = QStringLiteral("migration-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QVERIFY(store::Migrations::migrate(db, from).ok());
        QCOMPARE(*store::Migrations::version(db), from);
        QSqlQuery q(db);
        if (from >= 1) {
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO addresses (provider, privacy, created) VALUES ('relay', 0, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages (address_id, received, arrived, expires) "
                                          "VALUES (1, 1, 1, 99)")));
        }
        QVERIFY(store::Migrations::migrate(db, to).ok());
        QCOMPARE(*store::Migrations::version(db), to);
        const QStringList tables = db.tables();
        QVERIFY(tables.contains(QStringLiteral("messages")));
        QCOMPARE(tables.contains(QStringLiteral("settings")), to >= 2);
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
        }
        if (to >= 2) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'messages_expires'")));
            QVERIFY(q.next());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    // And a store at that version opens and reaches the current one.
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(*store::Migrations::version(store->database()), store::Migrations::CurrentVersion);
}

void TestStore::newerVersionIsRefusedUntouched()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q.finish();
        QVERIFY(store->checkpoint().ok());
    }
    QFile::remove(m_db + QStringLiteral("-wal"));
    QFile::remove(m_db + QStringLiteral("-shm"));
    const QByteArray before = fileHash(m_db);
    auto s = store::Store::open(store::StoreOptions{m_db, &m_clock});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::VersionTooNew);
    QVERIFY(s.error().detail.contains(QLatin1String("newer Mayfly")));
    QCOMPARE(fileHash(m_db), before);
}

void TestStore::pragmas()
{
    auto store = openStore();
    QVERIFY(store);
    QSqlQuery q(store->database());
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("secure_delete"), QStringLiteral("1")},
        {QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("synchronous"), QStringLiteral("2")},
    };
    for (const auto& [name, value] : expected) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA ") + name) && q.next());
        QCOMPARE(q.value(0).toString(), value);
        q.finish();
    }
    QCOMPARE(QFileInfo(m_db).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestStore::changeNotifierSeesOtherConnection()
{
    auto gui = openStore();
    auto cli = openStore();
    QVERIFY(gui && cli);
    store::ChangeNotifier notifier(gui->changeFilePath());
    QVERIFY(notifier.isWatching());
    QSignalSpy changed(&notifier, &store::ChangeNotifier::changed);
    QVERIFY(cli->addAddress(testMailbox(QStringLiteral("n@x.test")), {}, providers::PrivacyLabel::Private).ok());
    QVERIFY(changed.wait(5000));
    QCOMPARE(gui->addresses()->size(), 1);

    // A window ignores the echo of its own process's writes, and still hears other processes.
    store::ChangeNotifier own(gui->changeFilePath());
    own.setIgnoreOwnWrites(true);
    QSignalSpy ownChanged(&own, &store::ChangeNotifier::changed);
    QVERIFY(gui->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    QVERIFY(!ownChanged.wait(700));
    QFile stamp(gui->changeFilePath());
    QVERIFY(stamp.open(QIODevice::ReadWrite));
    stamp.write(QByteArray("1 7 1700000000000").leftJustified(48, ' ')); // as another process writes it
    stamp.close();
    QVERIFY(ownChanged.wait(5000));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
