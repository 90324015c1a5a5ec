// Expiry with an injected clock: the janitor deletes an expired address with its key and mail, and
// not one byte of them stays in the database, its WAL or its shared-memory file.
#include "relay/Clock.h"
#include "relay/RelayService.h"
#include "relay/SqliteRelayStore.h"
#include "tests/relay/FileScan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using namespace mayfly::relay;

class TestRelayExpiry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void janitorErasesExpiredAddresses();
    void extendIsCappedByMaxTtl();
    void postmasterMailboxOutlivesItsMail();
};

namespace {

QString deliverNow(RelayService& service, const QString& addressId, const QByteArray& message)
{
    QString stored;
    bool done = false;
    QObject context;
    QObject::connect(&service, &RelayService::messageAdded, &context,
        [&](const QString&, const QString& messageId, qint64, qint64) { stored = messageId; });
    SmtpProtocol::Envelope envelope;
    envelope.heloName = "client.test";
    envelope.extended = true;
    envelope.recipients = {{addressId, QByteArrayLiteral("someone@mayfly.test")}};
    service.deliver(
        envelope, QHostAddress(QHostAddress::LocalHost), message, [&](bool ok, const QByteArray&) { done = ok; });
    service.flush();
    return done ? stored : QString();
}

} // namespace

void TestRelayExpiry::janitorErasesExpiredAddresses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.sqlite"));
    SqliteRelayStore store(path);
    QVERIFY(store.open());
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    RelayService service(&store, &clock, {{QStringLiteral("mayfly.test")}, false, 3600, 7 * 86400});

    auto shortLived = service.createAddress(QStringLiteral("brief"), {}, 600, {});
    auto longLived = service.createAddress(QStringLiteral("stays"), {}, 7200, {});
    QVERIFY(shortLived.ok() && longLived.ok());
    const QByteArray message = "Subject: x\r\n\r\n" + QByteArray(20000, 'q') + "\r\n";
    const QString gone = deliverNow(service, shortLived->address.id, message);
    const QString kept = deliverNow(service, longLived->address.id, message);
    QVERIFY(!gone.isEmpty() && !kept.isEmpty());

    // What must disappear: the box's bytes, the address's data key and its id.
    const auto goneRecord = store.message(shortLived->address.id, gone);
    const auto keptRecord = store.message(longLived->address.id, kept);
    QVERIFY(goneRecord.ok() && keptRecord.ok());
    const QByteArray goneCipher = goneRecord->body.mid(100, 48);
    const QByteArray keptCipher = keptRecord->body.mid(100, 48);
    const QByteArray goneKey = shortLived->address.dataKey;
    QVERIFY(!test::filesContaining(test::databaseFiles(path), goneCipher).isEmpty()); // the scan sees it now

    // Expired but not yet collected: mail is refused and the token no longer opens it.
    clock.advanceMs(601 * 1000);
    QCOMPARE(service.checkRecipient(QStringLiteral("brief"), QStringLiteral("mayfly.test")).code, 550);
    QVERIFY(!service.authorize(shortLived->address.id, shortLived->token.toLatin1()).ok());

    QSignalSpy deleted(&service, &RelayService::addressDeleted);
    QCOMPARE(service.runJanitor(), 1);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().at(0).toString(), shortLived->address.id);
    QCOMPARE(deleted.first().at(1).toBool(), true);

    const QStringList files = test::databaseFiles(path);
    QCOMPARE(test::filesContaining(files, goneCipher), QStringList());
    QCOMPARE(test::filesContaining(files, goneKey), QStringList());
    QCOMPARE(test::filesContaining(files, shortLived->address.id.toLatin1()), QStringList());
    QVERIFY(!test::filesContaining(files, keptCipher).isEmpty());
    QCOMPARE(store.messageCount(longLived->address.id).valueOr(-1), 1);
    QCOMPARE(service.runJanitor(), 0);
}

void TestRelayExpiry::extendIsCappedByMaxTtl()
{
    QTemporaryDir dir;
    SqliteRelayStore store(dir.filePath(QStringLiteral("relay.sqlite")));
    QVERIFY(store.open());
    ManualClock clock(1'800'000'000'000);
    RelayService service(&store, &clock, {{QStringLiteral("mayfly.test")}, false, 3600, 86400});
    auto a = service.createAddress({}, {}, 999999, {});
    QVERIFY(a.ok());
    QCOMPARE(a->address.expiresAtMs, clock.nowMs() + 86400 * 1000LL); // capped at creation
    auto extended = service.extend(a->address.id, 3600);
    QVERIFY(extended.ok());
    QCOMPARE(*extended, clock.nowMs() + 86400 * 1000LL); // and when extended
}

void TestRelayExpiry::postmasterMailboxOutlivesItsMail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.sqlite"));
    SqliteRelayStore store(path);
    QVERIFY(store.open());
    ManualClock clock(1'800'000'000'000);
    RelayService::Config config{{QStringLiteral("mayfly.test")}, false, 3600, 86400};
    config.postmasterTokenHash = RelayService::hashToken("operator-secret-0123456789");
    RelayService service(&store, &clock, config);

    const auto verdict = service.checkRecipient(QStringLiteral("PostMaster"), QStringLiteral("MAYFLY.test"));
    QCOMPARE(verdict.code, 250);
    QCOMPARE(verdict.addressId, QStringLiteral("postmaster"));
    QCOMPARE(verdict.mailbox, QByteArray("postmaster@mayfly.test"));
    const QByteArray marker = "postmaster-retention-marker";
    const QString old = deliverNow(service, verdict.addressId, "Subject: " + marker + "\r\n\r\nx\r\n");
    QVERIFY(!old.isEmpty());
    const QByteArray oldCipher = store.message(verdict.addressId, old)->body.mid(100, 48);
    clock.advanceMs(3600 * 1000);
    const QString recent = deliverNow(service, verdict.addressId, "Subject: later\r\n\r\ny\r\n");

    // The mailbox itself never expires; only the operator's secret opens it.
    clock.advanceMs(86400 * 1000LL - 3600 * 1000 + 1);
    QSignalSpy messageDeleted(&service, &RelayService::messageDeleted);
    QCOMPARE(service.runJanitor(), 0); // no address expired...
    QCOMPARE(messageDeleted.size(), 1); // ...but mail older than --max-ttl went
    QCOMPARE(messageDeleted.first().at(1).toString(), old);
    QVERIFY(!store.message(verdict.addressId, old).ok());
    QVERIFY(store.message(verdict.addressId, recent).ok());
    QCOMPARE(test::filesContaining(test::databaseFiles(path), oldCipher), QStringList());
    QVERIFY(service.authorize(QStringLiteral("postmaster"), "operator-secret-0123456789").ok());
    QVERIFY(!service.authorize(QStringLiteral("postmaster"), "").ok());
    QVERIFY(!service.authorize(QStringLiteral("postmaster"), "operator-secret-012345678").ok());
    QCOMPARE(service.checkRecipient(QStringLiteral("postmaster"), QString()).code, 250);

    // Nobody takes the name, neither by creating it nor by deleting or extending the mailbox.
    const auto taken = service.createAddress(QStringLiteral("Postmaster"), {}, -1, {});
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, core::ErrorCode::AlreadyExists);
    QVERIFY(!service.deleteAddress(QStringLiteral("postmaster")).ok());
    QVERIFY(!service.extend(QStringLiteral("postmaster"), 60).ok());
    QVERIFY(store.message(verdict.addressId, recent).ok());
}

QTEST_GUILESS_MAIN(TestRelayExpiry)
#include "tst_relayexpiry.moc"
