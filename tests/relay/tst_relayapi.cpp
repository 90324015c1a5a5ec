// The HTTP API and the WebSocket push channel of a real mayfly-relay: per-address tokens, errors,
// creation key, rate limit, events.
#include "tests/relay/RelayHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace mayfly;
using test::httpRequest;
using test::RelayProcess;
using test::SmtpClient;

class TestRelayApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void addressLifecycle();
    void tokenIsolation_data();
    void tokenIsolation();
    void badRequests_data();
    void badRequests();
    void creationKey();
    void tokenFailuresAreRateLimited();
    void webSocketEvents();
    void webSocketRefused_data();
    void webSocketRefused();

private:
    bool deliver(const RelayProcess::Address& to, const QByteArray& body);
    QUrl eventsUrl(const QString& id) const;

    QTemporaryDir m_dir;
    RelayProcess m_relay;
};

void TestRelayApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The isolation rows make many deliberate token failures: the brake has its own test.
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--max-token-failures"), QStringLiteral("100000")},
                 {QStringLiteral("mayfly.test"), QStringLiteral("second.test")}),
        qPrintable(m_relay.child().output()));
}

bool TestRelayApi::deliver(const RelayProcess::Address& to, const QByteArray& body)
{
    SmtpClient smtp;
    return smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO client.test") == 250
        && smtp.sendMail("sender@example.org", {to.address.toLatin1()}, body) == 250;
}

QUrl TestRelayApi::eventsUrl(const QString& id) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/addresses/%2/events").arg(m_relay.httpPort()).arg(id));
}

void TestRelayApi::health()
{
    const auto reply = httpRequest(m_relay.httpPort(), "GET", "/healthz");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("ok"));
}

void TestRelayApi::addressLifecycle()
{
    const auto created = httpRequest(m_relay.httpPort(), "POST", "/api/v1/addresses", {},
        R"({"localPart":"Life","domain":"second.test","ttlSeconds":3600})");
    QCOMPARE(created.status, 201);
    const QJsonObject o = created.json();
    QCOMPARE(o.value(u"address").toString(), QStringLiteral("life@second.test"));
    QCOMPARE(o.value(u"sealed").toBool(), false);
    const QDateTime createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODate);
    const QDateTime expiresAt = QDateTime::fromString(o.value(u"expiresAt").toString(), Qt::ISODate);
    QVERIFY(o.value(u"expiresAt").toString().endsWith(u'Z'));
    QCOMPARE(createdAt.secsTo(expiresAt), 3600);
    const QByteArray id = o.value(u"id").toString().toLatin1();
    const QByteArray token = o.value(u"token").toString().toLatin1();
    QVERIFY(token.size() >= 43);

    const auto taken = httpRequest(
        m_relay.httpPort(), "POST", "/api/v1/addresses", {}, R"({"localPart":"life","domain":"second.test"})");
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json().value(u"error").toString(), QStringLiteral("address taken"));

    RelayProcess::Address a{QString::fromLatin1(id), QStringLiteral("life@second.test"), token};
    QVERIFY(deliver(a, "Subject: one\r\n\r\n1\r\n"));
    const auto info = httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + id, token);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(u"messageCount").toInt(), 1);
    QVERIFY(!info.json().contains(u"token"));

    const auto extended = httpRequest(
        m_relay.httpPort(), "POST", "/api/v1/addresses/" + id + "/extend", token, R"({"ttlSeconds":600})");
    QCOMPARE(extended.status, 200);
    QCOMPARE(expiresAt.secsTo(QDateTime::fromString(extended.json().value(u"expiresAt").toString(), Qt::ISODate)), 600);

    const QStringList ids = m_relay.messageIds(a);
    QCOMPARE(ids.size(), 1);
    const auto list = httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + id + "/messages", token);
    const QJsonObject first = list.json().value(u"messages").toArray().first().toObject();
    QVERIFY(!first.contains(u"subject") && !first.contains(u"from"));
    const auto raw = httpRequest(
        m_relay.httpPort(), "GET", "/api/v1/addresses/" + id + "/messages/" + ids.first().toLatin1() + "/raw", token);
    QCOMPARE(raw.headers.value("content-type"), QByteArray("message/rfc822"));
    // "size" is the message as served: the sender's bytes after the relay's Received: header.
    QCOMPARE(first.value(u"size").toInt(), int(raw.body.size()));
    const test::Trace trace = test::parseTrace(raw.body);
    QVERIFY2(trace.ok, raw.body.constData());
    QCOMPARE(trace.message, QByteArray("Subject: one\r\n\r\n1\r\n"));
    // The trace's date is the relay's receivedAt (both whole seconds of the same instant).
    QCOMPARE(trace.date, QDateTime::fromString(first.value(u"receivedAt").toString(), Qt::ISODate));
    QCOMPARE(httpRequest(
                 m_relay.httpPort(), "DELETE", "/api/v1/addresses/" + id + "/messages/" + ids.first().toLatin1(), token)
                 .status,
        204);
    QCOMPARE(m_relay.messageCount(a), 0);
    QCOMPARE(httpRequest(m_relay.httpPort(), "DELETE", "/api/v1/addresses/" + id, token).status, 204);
    QCOMPARE(httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + id, token).status, 404);
    // The local part is free again, and mail to the old address is refused.
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO c.test") == 250);
    QCOMPARE(smtp.command("MAIL FROM:<x@example.org>"), 250);
    QCOMPARE(smtp.command("RCPT TO:<life@second.test>"), 550);
}

void TestRelayApi::tokenIsolation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("pathTemplate"); // %B = B's id, %M = B's message id, %A = A's id
    QTest::newRow("get-address") << QByteArray("GET") << QByteArray("/api/v1/addresses/%B");
    QTest::newRow("list") << QByteArray("GET") << QByteArray("/api/v1/addresses/%B/messages");
    QTest::newRow("fetch") << QByteArray("GET") << QByteArray("/api/v1/addresses/%B/messages/%M/raw");
    QTest::newRow("fetch-through-own-id") << QByteArray("GET") << QByteArray("/api/v1/addresses/%A/messages/%M/raw");
    QTest::newRow("delete-message") << QByteArray("DELETE") << QByteArray("/api/v1/addresses/%B/messages/%M");
    QTest::newRow("delete-through-own-id") << QByteArray("DELETE") << QByteArray("/api/v1/addresses/%A/messages/%M");
    QTest::newRow("extend") << QByteArray("POST") << QByteArray("/api/v1/addresses/%B/extend");
    QTest::newRow("delete-address") << QByteArray("DELETE") << QByteArray("/api/v1/addresses/%B");
    QTest::newRow("unknown-id") << QByteArray("GET") << QByteArray("/api/v1/addresses/doesnotexist/messages");
}

void TestRelayApi::tokenIsolation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, pathTemplate);
    const auto a = m_relay.createAddress();
    const auto b = m_relay.createAddress();
    QVERIFY(deliver(b, "Subject: for b only\r\n\r\nsecret\r\n"));
    const QStringList bMessages = m_relay.messageIds(b);
    QCOMPARE(bMessages.size(), 1);
    QByteArray path = pathTemplate;
    path.replace("%B", b.id.toLatin1()).replace("%A", a.id.toLatin1()).replace("%M", bMessages.first().toLatin1());
    const QByteArray body = method == "POST" ? QByteArray(R"({"ttlSeconds":60})") : QByteArray();
    for (const QByteArray& token : {a.token, QByteArray(), QByteArray("not-a-token")}) {
        const auto reply = httpRequest(m_relay.httpPort(), method, path, token, body);
        QCOMPARE(reply.status, 404); // never 403: nothing tells that the id exists
        QCOMPARE(reply.json().value(u"error").toString(), QStringLiteral("not found"));
    }
    // B's mail is untouched and B's own token still works.
    QCOMPARE(m_relay.messageIds(b), bMessages);
    QCOMPARE(m_relay.sent(b, bMessages.first()), QByteArray("Subject: for b only\r\n\r\nsecret\r\n"));
}

void TestRelayApi::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed-json") << QByteArray("{\"localPart\": ") << 400 << QStringLiteral("malformed JSON");
    QTest::newRow("not-an-object") << QByteArray("[1,2]") << 400 << QStringLiteral("object");
    QTest::newRow("localpart-type") << QByteArray(R"({"localPart": 5})") << 400 << QStringLiteral("localPart");
    QTest::newRow("localpart-chars") << QByteArray(R"({"localPart": "a b"})") << 400 << QStringLiteral("localPart");
    QTest::newRow("localpart-too-long") << QByteArray(R"({"localPart": ")" + QByteArray(65, 'a') + R"("})") << 400
                                        << QStringLiteral("localPart");
    QTest::newRow("unknown-domain") << QByteArray(R"({"domain": "example.com"})") << 400 << QStringLiteral("domain");
    QTest::newRow("ttl-negative") << QByteArray(R"({"ttlSeconds": -5})") << 400 << QStringLiteral("ttlSeconds");
    QTest::newRow("ttl-fraction") << QByteArray(R"({"ttlSeconds": 1.5})") << 400 << QStringLiteral("ttlSeconds");
    QTest::newRow("public-key-short") << QByteArray(R"({"publicKey": "AAAA"})") << 400 << QStringLiteral("publicKey");
    QTest::newRow("body-too-large") << QByteArray(R"({"x":")" + QByteArray(70000, 'x') + R"("})") << 413
                                    << QStringLiteral("too large");
}

void TestRelayApi::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const auto reply = httpRequest(m_relay.httpPort(), "POST", "/api/v1/addresses", {}, body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.json().value(u"error").toString().contains(reason), reply.body.constData());
}

void TestRelayApi::creationKey()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(
        relay.start(dir.filePath(QStringLiteral("relay")), {QStringLiteral("--creation-key"), QStringLiteral("k3y")}));
    QCOMPARE(httpRequest(relay.httpPort(), "POST", "/api/v1/addresses", {}, "{}").status, 401);
    QCOMPARE(httpRequest(relay.httpPort(), "POST", "/api/v1/addresses", "wrong", "{}").status, 401);
    QVERIFY(!relay.createAddress({}, "k3y").id.isEmpty());
}

void TestRelayApi::tokenFailuresAreRateLimited()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(dir.filePath(QStringLiteral("relay"))));
    const auto a = relay.createAddress();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1(), "guess").status, 404);
    const auto limited = httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1(), "guess");
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    // Even the right token waits: the brake is per client, not per guess.
    QCOMPARE(httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1(), a.token).status, 429);
}

void TestRelayApi::webSocketEvents()
{
    const auto a = m_relay.createAddress();
    QNetworkRequest request(eventsUrl(a.id));
    request.setRawHeader("Authorization", "Bearer " + a.token);
    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&ws, &QWebSocket::disconnected);
    ws.open(request);
    QVERIFY(connected.wait(10000));

    QVERIFY(deliver(a, "Subject: push\r\n\r\nhello\r\n"));
    QVERIFY(messages.wait(10000));
    QJsonObject event = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    QCOMPARE(event.value(u"type").toString(), QStringLiteral("message.new"));
    const QString messageId = event.value(u"id").toString();
    QCOMPARE(m_relay.messageIds(a), QStringList{messageId});
    QCOMPARE(event.value(u"size").toInt(), int(m_relay.raw(a, messageId).size()));
    QCOMPARE(m_relay.sent(a, messageId), QByteArray("Subject: push\r\n\r\nhello\r\n"));
    QVERIFY(!event.contains(u"body"));

    QCOMPARE(httpRequest(m_relay.httpPort(), "DELETE",
                 "/api/v1/addresses/" + a.id.toLatin1() + "/messages/" + messageId.toLatin1(), a.token)
                 .status,
        204);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
    event = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    QCOMPARE(event.value(u"type").toString(), QStringLiteral("message.deleted"));
    QCOMPARE(event.value(u"id").toString(), messageId);

    QCOMPARE(httpRequest(m_relay.httpPort(), "DELETE", "/api/v1/addresses/" + a.id.toLatin1(), a.token).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
    event = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    QCOMPARE(event.value(u"type").toString(), QStringLiteral("address.deleted"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
}

void TestRelayApi::webSocketRefused_data()
{
    QTest::addColumn<QString>("who"); // whose token is presented for A's events
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("other-address-token") << QStringLiteral("b") << QByteArray();
    QTest::newRow("no-token") << QString() << QByteArray();
    QTest::newRow("foreign-origin") << QStringLiteral("a") << QByteArray("https://evil.example");
}

void TestRelayApi::webSocketRefused()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, origin);
    const auto a = m_relay.createAddress();
    const auto b = m_relay.createAddress();
    QNetworkRequest request(eventsUrl(a.id));
    if (!who.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + (who == u"a" ? a.token : b.token));
    QWebSocket ws(QString::fromLatin1(origin));
    QSignalSpy connected(&ws, &QWebSocket::connected);
    QSignalSpy closed(&ws, &QWebSocket::disconnected);
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    ws.open(request);
    QVERIFY(closed.wait(10000));
    QCOMPARE(connected.size(), 0);
    // A's mail does not reach the refused subscriber.
    QVERIFY(deliver(a, "Subject: private\r\n\r\nx\r\n"));
    QCOMPARE(messages.size(), 0);
}

QTEST_GUILESS_MAIN(TestRelayApi)
#include "tst_relayapi.moc"
