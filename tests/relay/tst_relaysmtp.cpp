// Real SMTP clients (swaks, Python's smtplib) deliver to mayfly-relay on loopback; the API must
// return exactly the bytes they sent, after one Received: header the relay adds (RFC 5321 4.4).
#include "tests/relay/RelayHarness.h"

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using test::RelayProcess;

class TestRelaySmtp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void swaksDelivers_data();
    void swaksDelivers();
    void smtplibMultiRecipientAndLargeAttachment();
    void dotTransparency();
    void catchAllCreatesAndClaims();
    void sigtermFinishesSessionsInFlight();

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
};

void TestRelaySmtp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        QSKIP("swaks is not installed (scripts/bootstrap installs it)");
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay"))), qPrintable(m_relay.child().output()));
}

void TestRelaySmtp::swaksDelivers_data()
{
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QByteArray>("message");
    const QByteArray headers = "From: sender@example.org\r\nSubject: hello\r\nMessage-ID: <1@example.org>\r\n";
    QTest::newRow("plain/chosen-local-part")
        << QStringLiteral("alice") << QByteArray(headers + "\r\nplain text body\r\nsecond line\r\n");
    QTest::newRow("8bit/chosen-local-part") << QStringLiteral("bruno")
                                            << QByteArray(headers
                                                   + "MIME-Version: 1.0\r\nContent-Type: text/plain; "
                                                     "charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                                                     "Grüße aus Köln — 你好 — код 123456\r\n");
    QTest::newRow("plain/random-local-part") << QString() << QByteArray(headers + "\r\nrandom address\r\n");
    QTest::newRow("leading-dots") << QStringLiteral("dots")
                                  << QByteArray(headers + "\r\n.starts with a dot\r\n..two dots\r\nend\r\n");
}

void TestRelaySmtp::swaksDelivers()
{
    QFETCH(QString, localPart);
    QFETCH(QByteArray, message);
    QJsonObject request;
    if (!localPart.isEmpty())
        request.insert(QStringLiteral("localPart"), localPart);
    const auto address = m_relay.createAddress(request);
    QVERIFY(!address.id.isEmpty());
    if (!localPart.isEmpty())
        QCOMPARE(address.address, localPart + QStringLiteral("@mayfly.test"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("message.eml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // swaks terminates the data with "\r\n.\r\n" itself: the file holds the message without its
    // final CRLF so that what goes over the wire is exactly `message`.
    f.write(message.chopped(2));
    f.close();

    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_relay.smtpPort()), QStringLiteral("--from"),
            QStringLiteral("sender@example.org"), QStringLiteral("--to"), address.address, QStringLiteral("--data"),
            file});
    QVERIFY(swaks.waitForFinished(30000));
    const QByteArray transcript = swaks.readAll();
    QVERIFY2(swaks.exitCode() == 0, transcript.constData());
    QVERIFY(transcript.contains("<-  250 2.0.0 Ok: stored"));

    const QStringList ids = m_relay.messageIds(address);
    QCOMPARE(ids.size(), 1);
    const test::Trace trace = test::parseTrace(m_relay.raw(address, ids.first()));
    QVERIFY2(trace.ok, trace.header.constData());
    QCOMPARE(trace.message, message);
    QCOMPARE(trace.id, ids.first().toLatin1());
    QCOMPARE(trace.forMailbox, address.address.toLatin1());
    QCOMPARE(trace.client, QByteArray("127.0.0.1"));
    QCOMPARE(trace.by, QByteArray("mayfly.test"));
    QCOMPARE(trace.protocol, QByteArray("ESMTP")); // swaks says EHLO; no STARTTLS here
}

void TestRelaySmtp::smtplibMultiRecipientAndLargeAttachment()
{
    const auto a = m_relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("multi-a")}});
    const auto b = m_relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("multi-b")}});
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    QTemporaryDir dir;
    const QString sentPath = dir.filePath(QStringLiteral("sent.eml"));
    // A 10 MB attachment; the script writes the exact bytes smtplib put on the wire (it only
    // appends a final CRLF when missing and dot-stuffs, which the relay undoes).
    const QString script = QStringLiteral(R"(
import smtplib, sys, os
from email.message import EmailMessage
from email import policy
port, to_a, to_b, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
m = EmailMessage(policy=policy.SMTP)
m['From'] = 'sender@example.org'
m['To'] = to_a + ', ' + to_b
m['Subject'] = 'big one'
m.set_content('see attachment')
m.add_attachment(os.urandom(10 * 1000 * 1000), maintype='application', subtype='octet-stream', filename='big.bin')
data = m.as_bytes()
open(out, 'wb').write(data)
with smtplib.SMTP('127.0.0.1', port, timeout=60) as s:
    refused = s.sendmail('sender@example.org', [to_a, to_b, 'nobody@mayfly.test'], data)
print('refused', sorted(refused))
)");
    QProcess python;
    python.start(QStringLiteral("python3"),
        {QStringLiteral("-c"), script, QString::number(m_relay.smtpPort()), a.address, b.address, sentPath});
    QVERIFY(python.waitForFinished(60000));
    const QByteArray output = python.readAll();
    QVERIFY2(python.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("refused ['nobody@mayfly.test']"), output.constData());

    QFile sent(sentPath);
    QVERIFY(sent.open(QIODevice::ReadOnly));
    const QByteArray expected = sent.readAll();
    QVERIFY(expected.size() > 10 * 1000 * 1000);
    QSet<QByteArray> traceIds;
    for (const auto& address : {a, b}) {
        const QStringList ids = m_relay.messageIds(address);
        QCOMPARE(ids.size(), 1);
        // Each copy has its own header: its own id and, RFC 5321 4.4, exactly one "for".
        const test::Trace trace = test::parseTrace(m_relay.raw(address, ids.first()));
        QVERIFY2(trace.ok, trace.header.constData());
        QVERIFY(trace.message == expected);
        QCOMPARE(trace.id, ids.first().toLatin1());
        QCOMPARE(trace.forMailbox, address.address.toLatin1());
        traceIds.insert(trace.id);
    }
    QCOMPARE(traceIds.size(), 2);
}

void TestRelaySmtp::dotTransparency()
{
    const auto a = m_relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("dotty")}});
    test::SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()));
    QCOMPARE(smtp.readReply(), 220);
    QCOMPARE(smtp.command("EHLO client.test"), 250);
    QCOMPARE(
        smtp.sendMail("x@example.org", {a.address.toLatin1()}, "Subject: d\r\n\r\n..hidden\r\n...\r\nend\r\n"), 250);
    const QStringList ids = m_relay.messageIds(a);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_relay.sent(a, ids.first()), QByteArray("Subject: d\r\n\r\n.hidden\r\n..\r\nend\r\n"));
}

void TestRelaySmtp::catchAllCreatesAndClaims()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY2(relay.start(dir.filePath(QStringLiteral("relay")), {QStringLiteral("--catch-all")}),
        qPrintable(relay.child().output()));
    test::SmtpClient smtp;
    QVERIFY(smtp.connectTo(relay.smtpPort()));
    QCOMPARE(smtp.readReply(), 220);
    QCOMPARE(smtp.command("EHLO client.test"), 250);
    QCOMPARE(
        smtp.sendMail("x@example.org", {"signup-test-42@mayfly.test"}, "Subject: welcome\r\n\r\ncode 4711\r\n"), 250);
    // Catch-all is still no open relay.
    QCOMPARE(smtp.command("MAIL FROM:<x@example.org>"), 250);
    QCOMPARE(smtp.command("RCPT TO:<victim@elsewhere.example>"), 550);
    QCOMPARE(smtp.command("QUIT"), 221);

    const auto claimed = relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("signup-test-42")}});
    QVERIFY(!claimed.id.isEmpty());
    QCOMPARE(claimed.address, QStringLiteral("signup-test-42@mayfly.test"));
    const QStringList ids = relay.messageIds(claimed);
    QCOMPARE(ids.size(), 1);
    const test::Trace trace = test::parseTrace(relay.raw(claimed, ids.first()));
    QVERIFY2(trace.ok, trace.header.constData());
    QCOMPARE(trace.message, QByteArray("Subject: welcome\r\n\r\ncode 4711\r\n"));
    QCOMPARE(trace.forMailbox, QByteArray("signup-test-42@mayfly.test"));
    // The token is handed out once: a second claim is an ordinary conflict.
    const auto reply
        = test::httpRequest(relay.httpPort(), "POST", "/api/v1/addresses", {}, R"({"localPart":"signup-test-42"})");
    QCOMPARE(reply.status, 409);
}

void TestRelaySmtp::sigtermFinishesSessionsInFlight()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(dir.filePath(QStringLiteral("relay")), {QStringLiteral("--verbose")}));
    const auto a = relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("inflight")}});
    test::SmtpClient busy, idle;
    QVERIFY(busy.connectTo(relay.smtpPort()) && busy.readReply() == 220 && busy.command("EHLO c.test") == 250);
    QVERIFY(idle.connectTo(relay.smtpPort()) && idle.readReply() == 220);
    QCOMPARE(busy.command("MAIL FROM:<x@example.org>"), 250);
    QCOMPARE(busy.command("RCPT TO:<inflight@mayfly.test>"), 250);
    QCOMPARE(busy.command("DATA"), 354);
    busy.send("Subject: half");

    relay.child().process().terminate(); // SIGTERM
    QCOMPARE(idle.readReply(), 421); // an idle session is told at once
    QVERIFY(idle.waitForClosed());
    busy.send(" done\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(busy.readReply(), 250); // the message in flight is stored...
    QCOMPARE(busy.readReply(), 421); // ...then the session ends
    QVERIFY(relay.child().process().waitForFinished(10000));
    QCOMPARE(relay.child().process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(relay.child().process().exitCode(), 0);
    // A clean stop checkpoints and closes: no WAL is left behind.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("relay/relay.sqlite-wal"))));
    // Logs (stderr, verbose) name neither the address nor its token.
    const QString log = relay.child().output();
    QVERIFY(!log.contains(QStringLiteral("inflight")));
    QVERIFY(!log.contains(QString::fromLatin1(a.token)));

    RelayProcess again;
    QVERIFY(again.start(dir.filePath(QStringLiteral("relay"))));
    const QStringList ids = again.messageIds(a);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(again.sent(a, ids.first()), QByteArray("Subject: half done\r\n\r\nbody\r\n"));
}

QTEST_GUILESS_MAIN(TestRelaySmtp)
#include "tst_relaysmtp.moc"
