// RFC 5321 4.5.1 on a real mayfly-relay: mail for postmaster at every domain (and for <Postmaster>
// alone) is accepted from real SMTP clients, lands in one mailbox that only the operator's secret
// opens, and opens no door: no open relay, no catch-all, no way to take the name, limits intact.
#include "tests/relay/RelayHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace mayfly;
using test::httpRequest;
using test::RelayProcess;
using test::SmtpClient;

namespace {

const QByteArray CreationKey = "creation-key-for-the-tests";
const QByteArray OperatorToken = "operator-only-postmaster-token";

// Python's smtplib: the recipients' codes, as a real client sees them.
QByteArray smtplibSend(quint16 port, const QStringList& recipients, const QByteArray& message)
{
    const QString script = QStringLiteral(R"(
import smtplib, sys
port, message, recipients = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
with smtplib.SMTP('127.0.0.1', port, local_hostname='sender.example', timeout=30) as s:
    try:
        refused = s.sendmail('someone@example.org', recipients, message)
        print('stored refused=%s' % sorted(refused))
    except smtplib.SMTPRecipientsRefused as e:
        print('all refused %s' % sorted((k, v[0]) for k, v in e.recipients.items()))
    except smtplib.SMTPResponseException as e:
        print('failed %d' % e.smtp_code)
)");
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("python3"),
        QStringList{QStringLiteral("-c"), script, QString::number(port), QString::fromLatin1(message)} + recipients);
    if (!python.waitForFinished(60000))
        return "python did not finish";
    return python.readAll().trimmed();
}

RelayProcess::Address postmaster(const QByteArray& secret)
{
    return RelayProcess::Address{QStringLiteral("postmaster"), QString(), secret};
}

} // namespace

class TestRelayPostmaster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptedForEveryDomain_data();
    void acceptedForEveryDomain();
    void oneCopyPerMessage();
    void swaksToPostmaster();
    void readableOnlyWithTheOperatorsSecret_data();
    void readableOnlyWithTheOperatorsSecret();
    void dedicatedTokenReplacesTheCreationKey();
    void pushToTheOperator();
    void nameCannotBeTaken();
    void mailboxCannotBeDeletedOrExtended();
    void neverAnOpenRelayOrCatchAll_data();
    void neverAnOpenRelayOrCatchAll();
    void catchAllDoesNotHandOutPostmaster();
    void limitsStillApply();

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
};

void TestRelayPostmaster::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--creation-key"), QString::fromLatin1(CreationKey),
                     // The isolation rows make many deliberate failures; the brake has its own check.
                     QStringLiteral("--max-token-failures"), QStringLiteral("100000")},
                 {QStringLiteral("mayfly.test"), QStringLiteral("second.test")}),
        qPrintable(m_relay.child().output()));
}

void TestRelayPostmaster::acceptedForEveryDomain_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QByteArray>("mailbox"); // the Received: header's "for"
    QTest::newRow("first-domain") << QStringLiteral("postmaster@mayfly.test") << QByteArray("postmaster@mayfly.test");
    QTest::newRow("second-domain") << QStringLiteral("postmaster@second.test") << QByteArray("postmaster@second.test");
    QTest::newRow("mixed-case") << QStringLiteral("PostMaster@Second.TEST") << QByteArray("postmaster@second.test");
    // RFC 5321 4.5.1: "<Postmaster>" with no domain at all.
    QTest::newRow("no-domain") << QStringLiteral("Postmaster") << QByteArray("postmaster@mayfly.test");
    QTest::newRow("no-domain-upper") << QStringLiteral("POSTMASTER") << QByteArray("postmaster@mayfly.test");
}

void TestRelayPostmaster::acceptedForEveryDomain()
{
    QFETCH(QString, recipient);
    QFETCH(QByteArray, mailbox);
    const auto box = postmaster(CreationKey);
    const QStringList before = m_relay.messageIds(box);
    const QByteArray marker = QByteArray("Subject: bounce ") + QTest::currentDataTag() + "\r\n\r\nundeliverable\r\n";
    QCOMPARE(smtplibSend(m_relay.smtpPort(), {recipient}, marker), QByteArray("stored refused=[]"));
    const QStringList after = m_relay.messageIds(box);
    QCOMPARE(after.size(), before.size() + 1);
    const QString id = after.first();
    const test::Trace trace = test::parseTrace(m_relay.raw(box, id));
    QVERIFY2(trace.ok, trace.header.constData());
    QCOMPARE(trace.message, marker);
    QCOMPARE(trace.forMailbox, mailbox);
    QCOMPARE(trace.helo, QByteArray("sender.example"));
    QCOMPARE(trace.id, id.toLatin1());
}

void TestRelayPostmaster::oneCopyPerMessage()
{
    const auto box = postmaster(CreationKey);
    const auto other = m_relay.createAddress({}, CreationKey);
    const qsizetype before = m_relay.messageCount(box);
    // Three names of the one mailbox plus an ordinary address: the mailbox gets one copy.
    QCOMPARE(smtplibSend(m_relay.smtpPort(),
                 {QStringLiteral("postmaster@mayfly.test"), QStringLiteral("Postmaster"),
                     QStringLiteral("POSTMASTER@second.test"), other.address},
                 "Subject: once\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    QCOMPARE(m_relay.messageCount(box), before + 1);
    QCOMPARE(m_relay.messageCount(other), 1);
    const test::Trace trace = test::parseTrace(m_relay.raw(box, m_relay.messageIds(box).first()));
    QCOMPARE(trace.forMailbox, QByteArray("postmaster@mayfly.test")); // the first RCPT that named it
}

void TestRelayPostmaster::swaksToPostmaster()
{
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        QSKIP("swaks is not installed (scripts/bootstrap installs it)");
    const auto box = postmaster(CreationKey);
    const qsizetype before = m_relay.messageCount(box);
    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_relay.smtpPort()), QStringLiteral("--from"),
            QStringLiteral("mailer-daemon@example.org"), QStringLiteral("--to"),
            QStringLiteral("Postmaster@mayfly.test"), QStringLiteral("--helo"), QStringLiteral("mx.example.org")});
    QVERIFY(swaks.waitForFinished(30000));
    const QByteArray transcript = swaks.readAll();
    QVERIFY2(swaks.exitCode() == 0, transcript.constData());
    QVERIFY(transcript.contains("<-  250 2.0.0 Ok: stored"));
    QCOMPARE(m_relay.messageCount(box), before + 1);
    const test::Trace trace = test::parseTrace(m_relay.raw(box, m_relay.messageIds(box).first()));
    QVERIFY2(trace.ok, trace.header.constData());
    QCOMPARE(trace.helo, QByteArray("mx.example.org"));
    QCOMPARE(trace.protocol, QByteArray("ESMTP"));
}

void TestRelayPostmaster::readableOnlyWithTheOperatorsSecret_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path"); // %M: a postmaster message id
    QTest::newRow("info") << QByteArray("GET") << QByteArray("/api/v1/addresses/postmaster");
    QTest::newRow("list") << QByteArray("GET") << QByteArray("/api/v1/addresses/postmaster/messages");
    QTest::newRow("raw") << QByteArray("GET") << QByteArray("/api/v1/addresses/postmaster/messages/%M/raw");
    QTest::newRow("raw-through-own-id") << QByteArray("GET") << QByteArray("/api/v1/addresses/%A/messages/%M/raw");
    QTest::newRow("delete-message") << QByteArray("DELETE") << QByteArray("/api/v1/addresses/postmaster/messages/%M");
    QTest::newRow("delete-mailbox") << QByteArray("DELETE") << QByteArray("/api/v1/addresses/postmaster");
}

void TestRelayPostmaster::readableOnlyWithTheOperatorsSecret()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QCOMPARE(smtplibSend(m_relay.smtpPort(), {QStringLiteral("postmaster@mayfly.test")}, "Subject: abuse\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    const auto box = postmaster(CreationKey);
    const QStringList ids = m_relay.messageIds(box);
    QVERIFY(!ids.isEmpty());
    const auto someone = m_relay.createAddress({}, CreationKey);
    QVERIFY(!someone.id.isEmpty());
    path.replace("%M", ids.first().toLatin1()).replace("%A", someone.id.toLatin1());
    for (const QByteArray& token : {QByteArray(), someone.token, QByteArray("postmaster"),
             QByteArray(CreationKey + "x"), QByteArray(CreationKey).chopped(1), OperatorToken}) {
        const auto reply = httpRequest(m_relay.httpPort(), method, path, token);
        QCOMPARE(reply.status, 404); // the same answer as for any other id and wrong token
        QCOMPARE(reply.json().value(u"error").toString(), QStringLiteral("not found"));
    }
    QCOMPARE(m_relay.messageIds(box), ids);
}

void TestRelayPostmaster::dedicatedTokenReplacesTheCreationKey()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY2(relay.start(dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--creation-key"), QString::fromLatin1(CreationKey),
                     QStringLiteral("--postmaster-token"), QString::fromLatin1(OperatorToken)}),
        qPrintable(relay.child().output()));
    QCOMPARE(smtplibSend(relay.smtpPort(), {QStringLiteral("Postmaster")}, "Subject: pm\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    // Clients that hold the creation key to make addresses do not read the operator's mail.
    QCOMPARE(httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/postmaster/messages", CreationKey).status, 404);
    const auto info = httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/postmaster", OperatorToken);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(u"address").toString(), QStringLiteral("postmaster@mayfly.test"));
    QCOMPARE(info.json().value(u"messageCount").toInt(), 1);
    QCOMPARE(info.json().value(u"expiresAt").toString(), QStringLiteral("9999-12-31T23:59:59Z"));
    QVERIFY(!info.json().contains(u"token"));

    // The mailbox and its mail survive a restart; the secret is read again from the options.
    QCOMPARE(relay.terminate(), 0);
    RelayProcess again;
    QVERIFY(again.start(dir.filePath(QStringLiteral("relay")),
        {QStringLiteral("--creation-key"), QString::fromLatin1(CreationKey), QStringLiteral("--postmaster-token"),
            QStringLiteral("a-new-operator-token-after-rotation")}));
    QCOMPARE(httpRequest(again.httpPort(), "GET", "/api/v1/addresses/postmaster", OperatorToken).status, 404);
    const auto box = postmaster("a-new-operator-token-after-rotation");
    const QStringList ids = again.messageIds(box);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(again.sent(box, ids.first()), QByteArray("Subject: pm\r\n\r\nx\r\n"));

    // Guessing the operator's secret meets the same brake as guessing any token: the old token
    // above was the first failure of this client, 19 more fill the window.
    for (int i = 0; i < 19; ++i)
        QCOMPARE(httpRequest(again.httpPort(), "GET", "/api/v1/addresses/postmaster", "guess-" + QByteArray::number(i))
                     .status,
            404);
    QCOMPARE(httpRequest(again.httpPort(), "GET", "/api/v1/addresses/postmaster", "guess").status, 429);
}

void TestRelayPostmaster::pushToTheOperator()
{
    QNetworkRequest request(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/addresses/postmaster/events").arg(m_relay.httpPort())));
    request.setRawHeader("Authorization", "Bearer " + CreationKey);
    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    ws.open(request);
    QVERIFY(connected.wait(10000));
    QCOMPARE(smtplibSend(m_relay.smtpPort(), {QStringLiteral("postmaster@second.test")}, "Subject: p\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    QVERIFY(messages.wait(10000));
    const QJsonObject event = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    QCOMPARE(event.value(u"type").toString(), QStringLiteral("message.new"));
    QCOMPARE(event.value(u"id").toString(), m_relay.messageIds(postmaster(CreationKey)).first());
}

void TestRelayPostmaster::nameCannotBeTaken()
{
    for (const QByteArray& body : {QByteArray(R"({"localPart":"postmaster"})"),
             QByteArray(R"({"localPart":"PostMaster","domain":"second.test"})")}) {
        const auto reply = httpRequest(m_relay.httpPort(), "POST", "/api/v1/addresses", CreationKey, body);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(u"error").toString(), QStringLiteral("address taken"));
    }
}

void TestRelayPostmaster::mailboxCannotBeDeletedOrExtended()
{
    QCOMPARE(smtplibSend(m_relay.smtpPort(), {QStringLiteral("postmaster@mayfly.test")}, "Subject: d\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    const auto box = postmaster(CreationKey);
    const QStringList ids = m_relay.messageIds(box);
    const auto deleted = httpRequest(m_relay.httpPort(), "DELETE", "/api/v1/addresses/postmaster", CreationKey);
    QCOMPARE(deleted.status, 405);
    QVERIFY(deleted.json().value(u"error").toString().contains(u"cannot be deleted"));
    const auto extended = httpRequest(
        m_relay.httpPort(), "POST", "/api/v1/addresses/postmaster/extend", CreationKey, R"({"ttlSeconds":60})");
    QCOMPARE(extended.status, 405);
    QCOMPARE(m_relay.messageIds(box), ids);
    // Its messages are the operator's to delete, one by one.
    QCOMPARE(httpRequest(m_relay.httpPort(), "DELETE",
                 "/api/v1/addresses/postmaster/messages/" + ids.first().toLatin1(), CreationKey)
                 .status,
        204);
    QCOMPARE(m_relay.messageCount(box), ids.size() - 1);
}

void TestRelayPostmaster::neverAnOpenRelayOrCatchAll_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::newRow("foreign-domain") << QByteArray("postmaster@example.com") << QByteArray("5.7.1");
    QTest::newRow("suffix-domain") << QByteArray("postmaster@mayfly.test.example.com") << QByteArray("5.7.1");
    QTest::newRow("source-route") << QByteArray("@mayfly.test:postmaster@example.com") << QByteArray("5.7.1");
    QTest::newRow("percent-hack") << QByteArray("postmaster%example.com@mayfly.test") << QByteArray("5.1.1");
    QTest::newRow("source-route-no-domain") << QByteArray("@mayfly.test:postmaster") << QByteArray("5.1.1");
    QTest::newRow("longer-name") << QByteArray("postmaster2@mayfly.test") << QByteArray("5.1.1");
    QTest::newRow("subaddress") << QByteArray("postmaster+x@mayfly.test") << QByteArray("5.1.1");
    QTest::newRow("dotted") << QByteArray("post.master@mayfly.test") << QByteArray("5.1.1");
    QTest::newRow("long-s") << QByteArray("po\xc5\xbftmaster@mayfly.test") << QByteArray("5.1.1");
    QTest::newRow("other-role-no-domain") << QByteArray("abuse") << QByteArray("5.1.1");
}

void TestRelayPostmaster::neverAnOpenRelayOrCatchAll()
{
    QFETCH(QByteArray, recipient);
    QFETCH(QByteArray, enhanced);
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO c.test") == 250);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QByteArray text;
    QCOMPARE(smtp.command("RCPT TO:<" + recipient + ">", &text), 550);
    QVERIFY2(text.startsWith(QByteArray("550 " + enhanced)), text.constData());
    QCOMPARE(smtp.command("DATA"), 554);
}

void TestRelayPostmaster::catchAllDoesNotHandOutPostmaster()
{
    // A loopback catch-all with no secret at all: anyone on the machine can claim any address, but
    // postmaster mail goes to the postmaster mailbox, which nobody can read without a secret.
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(dir.filePath(QStringLiteral("relay")), {QStringLiteral("--catch-all")}));
    QCOMPARE(smtplibSend(relay.smtpPort(),
                 {QStringLiteral("postmaster@mayfly.test"), QStringLiteral("anything@mayfly.test")},
                 "Subject: c\r\n\r\nx\r\n"),
        QByteArray("stored refused=[]"));
    QVERIFY(!relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("anything")}}).id.isEmpty());
    QCOMPARE(
        httpRequest(relay.httpPort(), "POST", "/api/v1/addresses", {}, R"({"localPart":"postmaster"})").status, 409);
    for (const QByteArray& token : {QByteArray(), QByteArray("x"), QByteArray(43, 'A')})
        QCOMPARE(httpRequest(relay.httpPort(), "GET", "/api/v1/addresses/postmaster/messages", token).status, 404);
    // Restarted with a secret, the operator finds the mail that waited.
    QCOMPARE(relay.terminate(), 0);
    RelayProcess again;
    QVERIFY(again.start(dir.filePath(QStringLiteral("relay")),
        {QStringLiteral("--catch-all"), QStringLiteral("--postmaster-token"), QString::fromLatin1(OperatorToken)}));
    QCOMPARE(again.messageCount(postmaster(OperatorToken)), 1);
}

void TestRelayPostmaster::limitsStillApply()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(dir.filePath(QStringLiteral("relay")),
        {QStringLiteral("--max-messages-per-address"), QStringLiteral("2"), QStringLiteral("--max-size"),
            QStringLiteral("2K"), QStringLiteral("--postmaster-token"), QString::fromLatin1(OperatorToken)}));
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO c.test") == 250);
    // The size limit counts the sender's bytes only: exactly --max-size is accepted, although the
    // stored message is larger by the relay's own Received: header.
    QByteArray exact = "Subject: s\r\n\r\n";
    while (exact.size() + 78 <= 2048)
        exact += QByteArray(76, 'x') + "\r\n";
    exact += QByteArray(2048 - exact.size() - 2, 'y') + "\r\n";
    QCOMPARE(exact.size(), 2048);
    QCOMPARE(smtp.sendMail("a@example.org", {"postmaster@mayfly.test"}, exact), 250);
    QCOMPARE(smtp.sendMail("a@example.org", {"postmaster@mayfly.test"}, "x" + exact), 552);
    QCOMPARE(smtp.sendMail("a@example.org", {"Postmaster"}, "Subject: 2\r\n\r\nx\r\n"), 250);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QByteArray text;
    QCOMPARE(smtp.command("RCPT TO:<Postmaster>", &text), 452);
    QVERIFY(text.contains("4.2.2"));
    QCOMPARE(smtp.command("RCPT TO:<postmaster@mayfly.test>"), 452);
    QCOMPARE(smtp.command("RSET"), 250);

    const auto box = postmaster(OperatorToken);
    const QStringList ids = relay.messageIds(box);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(relay.sent(box, ids.last()), exact);
    QVERIFY(relay.raw(box, ids.last()).size() > 2048);
}

QTEST_GUILESS_MAIN(TestRelayPostmaster)
#include "tst_relaypostmaster.moc"
