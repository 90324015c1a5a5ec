// Sealed storage: what reaches the relay's disk is ciphertext only; the owner's private key opens it.
#include "core/crypto/SealedBox.h"
#include "tests/relay/FileScan.h"
#include "tests/relay/RelayHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using core::crypto::SealedBox;
using test::RelayProcess;

class TestRelaySealing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingReadableOnDisk_data();
    void nothingReadableOnDisk();
    void sealedMessageOpensOnlyWithTheRightKeyAndId();

private:
    bool deliver(const RelayProcess::Address& to, const QByteArray& body);

    QTemporaryDir m_dir;
    RelayProcess m_relay;
};

void TestRelaySealing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay"))), qPrintable(m_relay.child().output()));
}

bool TestRelaySealing::deliver(const RelayProcess::Address& to, const QByteArray& body)
{
    test::SmtpClient smtp;
    return smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO client.test") == 250
        && smtp.sendMail("sender@example.org", {to.address.toLatin1()}, body) == 250;
}

void TestRelaySealing::nothingReadableOnDisk_data()
{
    QTest::addColumn<bool>("sealed");
    QTest::addColumn<bool>("postmaster");
    QTest::newRow("sealed-to-owner-key") << true << false;
    QTest::newRow("unsealed-per-address-key") << false << false;
    QTest::newRow("postmaster-mailbox") << false << true;
}

void TestRelaySealing::nothingReadableOnDisk()
{
    QFETCH(bool, sealed);
    QFETCH(bool, postmaster);
    const auto keys = SealedBox::generateKeyPair();
    QJsonObject request;
    if (sealed)
        request.insert(QStringLiteral("publicKey"), QString::fromLatin1(keys.publicKey.toBase64()));
    const auto a = postmaster ? RelayProcess::Address{QStringLiteral("postmaster"), QStringLiteral("Postmaster"), {}}
                              : m_relay.createAddress(request);
    QVERIFY(!a.id.isEmpty());
    const QByteArray marker = "MARKER-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-plaintext";
    QVERIFY(deliver(a, "Subject: " + marker + "\r\n\r\nbody " + marker + "\r\n"));

    const QString db = m_dir.filePath(QStringLiteral("relay/relay.sqlite"));
    const QStringList files = test::databaseFiles(db);
    QVERIFY(files.contains(db + QStringLiteral("-wal"))); // the commit sits in the WAL right now
    QCOMPARE(test::filesContaining(files, marker), QStringList());
    QCOMPARE(test::filesContaining(files, QByteArray("Subject: ")), QStringList());
    // Nor the trace header, which names the sending client's HELO name and IP address.
    QCOMPARE(test::filesContaining(files, QByteArray("Received: from")), QStringList());
    QCOMPARE(test::filesContaining(files, QByteArray("client.test")), QStringList());
    // The scan does see what is stored: the address id is in the files.
    QVERIFY(!test::filesContaining(files, a.id.toLatin1()).isEmpty());
}

void TestRelaySealing::sealedMessageOpensOnlyWithTheRightKeyAndId()
{
    const auto keys = SealedBox::generateKeyPair();
    const auto a
        = m_relay.createAddress({{QStringLiteral("publicKey"), QString::fromLatin1(keys.publicKey.toBase64())}});
    QVERIFY(!a.id.isEmpty());
    const QByteArray message = "Subject: sealed\r\n\r\nthe code is 271828\r\n";
    QVERIFY(deliver(a, message));
    QVERIFY(deliver(a, "Subject: second\r\n\r\nother\r\n"));
    const QStringList ids = m_relay.messageIds(a);
    QCOMPARE(ids.size(), 2);
    const QString id = ids.last(); // the older one
    const auto reply = test::httpRequest(m_relay.httpPort(), "GET",
        "/api/v1/addresses/" + a.id.toLatin1() + "/messages/" + id.toLatin1() + "/raw", a.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("application/vnd.mayfly.sealed"));
    const QJsonObject listed
        = test::httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1() + "/messages", a.token)
              .json()
              .value(u"messages")
              .toArray()
              .last()
              .toObject();
    QCOMPARE(reply.body.size(), listed.value(u"size").toInt() + SealedBox::Overhead);
    const QJsonObject info
        = test::httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1(), a.token).json();
    QCOMPARE(info.value(u"sealed").toBool(), true);

    auto opened = SealedBox::open(keys.privateKey, reply.body, id.toUtf8());
    QVERIFY(opened.ok());
    // The seal covers the whole stored message: the relay's Received: header is inside the box.
    const test::Trace trace = test::parseTrace(*opened);
    QVERIFY2(trace.ok, opened->constData());
    QCOMPARE(trace.message, message);
    QCOMPARE(trace.id, id.toLatin1());
    QCOMPARE(trace.forMailbox, a.address.toLatin1());
    const auto other = SealedBox::generateKeyPair();
    QVERIFY(!SealedBox::open(other.privateKey, reply.body, id.toUtf8()).ok());
    // Bound to its message id: a box moved to another id does not open.
    QVERIFY(!SealedBox::open(keys.privateKey, reply.body, ids.first().toUtf8()).ok());
}

QTEST_GUILESS_MAIN(TestRelaySealing)
#include "tst_relaysealing.moc"
