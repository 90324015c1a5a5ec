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
};

namespace {

QString deliverNow(RelayService& service, const QString& addressId, const QByteArray& message)
{
    QString stored;
    bool done = false;
    QObject context;
    QObject::connect(&service, &RelayService::messageAdded, &context,
        [&](const QString&, const QString& messageId, qint64, qint64) { stored = messageId; });
    service.deliver({addressId}, message, [&](bool ok, const QByteArray&) { done = ok; });
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

QTEST_GUILESS_MAIN(TestRelayExpiry)
#include "tst_relayexpiry.moc"
