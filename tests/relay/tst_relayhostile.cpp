// Hostile input on raw sockets: every limit and rejection answers the right code and stores nothing.
#include "tests/relay/RelayHarness.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using test::RelayProcess;
using test::SmtpClient;

class TestRelayHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smuggling_data();
    void smuggling();
    void overlongCommandLine();
    void textLineLimit_data();
    void textLineLimit();
    void tooManyRecipients();
    void oversizeDeclared();
    void oversizeUndeclared();
    void neverAnOpenRelay_data();
    void neverAnOpenRelay();
    void hostileHeloName_data();
    void hostileHeloName();
    void heloWithControlCharacters_data();
    void heloWithControlCharacters();
    void commandSequence();
    void crossProtocol();
    void idleTimeout();
    void slowLoris();
    void connectionCaps();
    void mailboxQuota();
    void startTls();
    void pipelinedStartTls();

private:
    // A connected client past EHLO.
    bool greet(SmtpClient& smtp, quint16 port = 0);

    QTemporaryDir m_dir;
    RelayProcess m_relay;
};

bool TestRelayHostile::greet(SmtpClient& smtp, quint16 port)
{
    return smtp.connectTo(port ? port : m_relay.smtpPort()) && smtp.readReply() == 220
        && smtp.command("EHLO client.test") == 250;
}

void TestRelayHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Short timeouts keep the slow-loris and idle tests quick.
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--idle-timeout"), QStringLiteral("1s"), QStringLiteral("--min-data-rate"),
                     QStringLiteral("100"), QStringLiteral("--max-size"), QStringLiteral("64K")}),
        qPrintable(m_relay.child().output()));
}

void TestRelayHostile::smuggling_data()
{
    QTest::addColumn<QByteArray>("ending");
    // What comes after "hello" in the data, before the smuggled second transaction.
    QTest::newRow("lf-dot-crlf") << QByteArray("\n.\r\n");
    QTest::newRow("crlf-dot-lf") << QByteArray("\r\n.\n");
    QTest::newRow("lf-dot-lf") << QByteArray("\n.\n");
    QTest::newRow("cr-dot-cr") << QByteArray("\r.\r");
    QTest::newRow("cr-dot-crlf") << QByteArray("\r.\r\n");
    QTest::newRow("crlf-dot-cr") << QByteArray("\r\n.\r");
    QTest::newRow("cr-cr-lf") << QByteArray("\r\r\n.\r\n");
    QTest::newRow("bare-lf-line") << QByteArray("\nmore\r\n");
    QTest::newRow("bare-cr-inside") << QByteArray("\rmore\r\n");
}

void TestRelayHostile::smuggling()
{
    QFETCH(QByteArray, ending);
    const auto target = m_relay.createAddress();
    const auto victim = m_relay.createAddress();
    QVERIFY(!target.id.isEmpty() && !victim.id.isEmpty());
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QCOMPARE(smtp.command("RCPT TO:<" + target.address.toLatin1() + ">"), 250);
    QCOMPARE(smtp.command("DATA"), 354);
    smtp.send("Subject: a\r\n\r\nhello" + ending + "MAIL FROM:<evil@example.org>\r\nRCPT TO:<"
        + victim.address.toLatin1() + ">\r\nDATA\r\nFrom: ceo@mayfly.test\r\n\r\nsmuggled\r\n.\r\n");
    QByteArray text;
    QCOMPARE(smtp.readReply(10000, &text), 550);
    QVERIFY(text.startsWith("550 5.6.0"));
    // The session ends there, so nothing after the bare line ending can run as a command.
    QVERIFY(smtp.waitForClosed());
    QCOMPARE(m_relay.messageCount(target), 0);
    QCOMPARE(m_relay.messageCount(victim), 0);
}

void TestRelayHostile::overlongCommandLine()
{
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QByteArray text;
    smtp.send("NOOP " + QByteArray(600, 'x') + "\r\n");
    QCOMPARE(smtp.readReply(10000, &text), 500);
    QVERIFY(text.contains("4.5.3.1.4"));
    smtp.send("NOOP\n"); // bare LF ends no command line either
    QCOMPARE(smtp.readReply(), 500);
    QCOMPARE(smtp.command("NOOP"), 250);
}

void TestRelayHostile::textLineLimit_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::newRow("1000-with-crlf") << QByteArray(998, 'a') << 250;
    QTest::newRow("1001-with-crlf") << QByteArray(999, 'a') << 500;
    QTest::newRow("dot-stuffed-1001") << QByteArray("." + QByteArray(998, 'a')) << 250;
    QTest::newRow("far-too-long") << QByteArray(50000, 'a') << 500;
}

void TestRelayHostile::textLineLimit()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, "Subject: l\r\n\r\n" + line + "\r\n"), code);
    QCOMPARE(m_relay.messageCount(a), code == 250 ? 1 : 0);
}

void TestRelayHostile::tooManyRecipients()
{
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    // RFC 5321 4.5.3.1.8: 100 recipients are accepted, the 101st gets 452 (4.5.3.1.10).
    QByteArray batch;
    for (int i = 0; i < 100; ++i)
        batch += "RCPT TO:<" + a.address.toLatin1() + ">\r\n";
    smtp.send(batch);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(smtp.readReply(), 250);
    QCOMPARE(smtp.command("RCPT TO:<" + a.address.toLatin1() + ">"), 452);
    QCOMPARE(smtp.command("DATA"), 354);
    QCOMPARE(smtp.command("Subject: many\r\n\r\nonce\r\n."), 250);
    QCOMPARE(m_relay.messageCount(a), 1); // one copy per distinct address
}

void TestRelayHostile::oversizeDeclared()
{
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org> SIZE=70000"), 552);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org> SIZE=60000"), 250);
}

void TestRelayHostile::oversizeUndeclared()
{
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QByteArray body = "Subject: big\r\n\r\n";
    while (body.size() < 200 * 1024)
        body += QByteArray(76, 'b') + "\r\n";
    QByteArray text;
    QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, body), 552);
    QCOMPARE(m_relay.messageCount(a), 0);
    QCOMPARE(smtp.command("NOOP"), 250);
}

void TestRelayHostile::neverAnOpenRelay_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::newRow("foreign-domain") << QByteArray("victim@example.com");
    QTest::newRow("suffix-domain") << QByteArray("victim@mayfly.test.example.com");
    QTest::newRow("double-at") << QByteArray("victim@mayfly.test@example.com");
    QTest::newRow("source-route") << QByteArray("@mayfly.test:victim@example.com");
    QTest::newRow("percent-hack") << QByteArray("victim%example.com@mayfly.test");
    QTest::newRow("bang-path") << QByteArray("example.com!victim@mayfly.test");
    QTest::newRow("unknown-local-part") << QByteArray("nobody-here@mayfly.test");
    QTest::newRow("no-domain") << QByteArray("nobody"); // only <Postmaster> may omit it (RFC 5321 4.5.1)
    QTest::newRow("postmaster-elsewhere") << QByteArray("postmaster@example.com");
}

void TestRelayHostile::neverAnOpenRelay()
{
    QFETCH(QByteArray, recipient);
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QCOMPARE(smtp.command("RCPT TO:<" + recipient + ">"), 550);
    QCOMPARE(smtp.command("DATA"), 554);
}

void TestRelayHostile::hostileHeloName_data()
{
    QTest::addColumn<QByteArray>("helo");
    QTest::addColumn<QByteArray>("echo"); // the sanitised copy in the "(invalid HELO ...)" comment
    // Forge the relay's own clauses, or close the comment and start new ones.
    QTest::newRow("forged-clauses") << QByteArray("evil) by trusted.example with ESMTPS id x; Mon, 1 Jan 2030 (")
                                    << QByteArray("evil??by?trusted.example?with?ESMTPS?id?x;?Mon,?1?Jan?2030??");
    QTest::newRow("header-lookalike") << QByteArray("x X-Spam-Status: No") << QByteArray("x?X-Spam-Status:?No");
    QTest::newRow("comment-escape") << QByteArray("a\\) (b") << QByteArray("a????b");
    QTest::newRow("utf8") << QByteArray("m\xc3\xa4il.example") << QByteArray("m??il.example");
    QTest::newRow("overlong") << QByteArray(480, 'h') << QByteArray(100, 'h') + "...";
}

void TestRelayHostile::hostileHeloName()
{
    QFETCH(QByteArray, helo);
    QFETCH(QByteArray, echo);
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220);
    QCOMPARE(smtp.command("EHLO " + helo), 250); // accepted, as real MTAs accept odd names...
    const QByteArray message = "Subject: h\r\n\r\nbody\r\n";
    QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, message), 250);
    const QStringList ids = m_relay.messageIds(a);
    QCOMPARE(ids.size(), 1);
    const QByteArray raw = m_relay.raw(a, ids.first());
    // ...but never written out as they came: one well-formed header, the name only in a comment.
    const test::Trace trace = test::parseTrace(raw);
    QVERIFY2(trace.ok, raw.constData());
    QCOMPARE(trace.helo, QByteArray("unknown"));
    QCOMPARE(trace.invalidHelo, echo);
    QCOMPARE(trace.by, QByteArray("mayfly.test"));
    QCOMPARE(trace.message, message);
    QCOMPARE(raw.count("Received:"), 1);
    QVERIFY(!raw.contains("trusted.example with"));
    QVERIFY(!raw.contains("\nX-Spam-Status"));
}

void TestRelayHostile::heloWithControlCharacters_data()
{
    QTest::addColumn<QByteArray>("helo");
    // A bare CR would end the header line in many parsers; NUL truncates it in C ones.
    QTest::newRow("cr-then-header") << QByteArray("evil\rBcc: victim@example.org");
    QTest::newRow("cr-lf-split-by-cr") << QByteArray("evil\r\rX-Injected: yes");
    QTest::newRow("nul") << QByteArray("evil\0.example", 13);
    QTest::newRow("escape-sequence") << QByteArray("evil\x1b]0;title\x07");
}

void TestRelayHostile::heloWithControlCharacters()
{
    QFETCH(QByteArray, helo);
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220);
    QByteArray text;
    QCOMPARE(smtp.command("EHLO " + helo, &text), 501);
    QVERIFY(text.startsWith("501 5.5.4"));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 503); // the refused name greeted nobody
    QCOMPARE(smtp.command("HELO " + helo), 501);
    QCOMPARE(smtp.command("HELO ok.example"), 250);
    QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, "Subject: c\r\n\r\nx\r\n"), 250);
    const test::Trace trace = test::parseTrace(m_relay.raw(a, m_relay.messageIds(a).first()));
    QVERIFY(trace.ok);
    QCOMPARE(trace.helo, QByteArray("ok.example"));
    QCOMPARE(trace.protocol, QByteArray("SMTP")); // HELO, not EHLO (RFC 5321 4.4)
}

void TestRelayHostile::commandSequence()
{
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()));
    QCOMPARE(smtp.readReply(), 220);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 503); // before EHLO
    QCOMPARE(smtp.command("EHLO client.test"), 250);
    QCOMPARE(smtp.command("RCPT TO:<" + a.address.toLatin1() + ">"), 503); // before MAIL
    QCOMPARE(smtp.command("DATA"), 503);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QCOMPARE(smtp.command("MAIL FROM:<b@example.org>"), 503); // nested MAIL
    QCOMPARE(smtp.command("DATA"), 554); // no recipient yet
    QCOMPARE(smtp.command("VRFY someone"), 252);
    QCOMPARE(smtp.command("RSET"), 250);
    QCOMPARE(smtp.command("BDAT 10 LAST"), 502);
    QCOMPARE(smtp.command("QUIT"), 221);
    QVERIFY(smtp.waitForClosed());
}

void TestRelayHostile::crossProtocol()
{
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()));
    QCOMPARE(smtp.readReply(), 220);
    smtp.send("POST /api/v1/addresses HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(smtp.readReply(), 421);
    QVERIFY(smtp.waitForClosed());
}

void TestRelayHostile::idleTimeout()
{
    SmtpClient smtp;
    QVERIFY(smtp.connectTo(m_relay.smtpPort()));
    QCOMPARE(smtp.readReply(), 220);
    QByteArray text;
    QCOMPARE(smtp.readReply(10000, &text), 421); // --idle-timeout 1s
    QVERIFY(text.contains("idle"));
    QVERIFY(smtp.waitForClosed());
}

void TestRelayHostile::slowLoris()
{
    const auto a = m_relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp));
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QCOMPARE(smtp.command("RCPT TO:<" + a.address.toLatin1() + ">"), 250);
    QCOMPARE(smtp.command("DATA"), 354);
    // One byte every 300 ms keeps the idle timer happy but is far below 100 bytes/s.
    int code = -1;
    for (int i = 0; i < 60 && code < 0; ++i) {
        smtp.send("x");
        code = smtp.readReply(300);
    }
    QCOMPARE(code, 421);
    QVERIFY(smtp.waitForClosed());
    QCOMPARE(m_relay.messageCount(a), 0);
}

void TestRelayHostile::connectionCaps()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(dir.filePath(QStringLiteral("relay")),
        {QStringLiteral("--max-connections"), QStringLiteral("3"), QStringLiteral("--max-connections-per-client"),
            QStringLiteral("2")}));
    SmtpClient c1, c2, c3, c4, c5;
    QVERIFY(c1.connectTo(relay.smtpPort()));
    QCOMPARE(c1.readReply(), 220);
    QVERIFY(c2.connectTo(relay.smtpPort()));
    QCOMPARE(c2.readReply(), 220);
    QVERIFY(c3.connectTo(relay.smtpPort()));
    QCOMPARE(c3.readReply(), 421); // third from 127.0.0.1
    QVERIFY(c3.waitForClosed());
    QVERIFY(c4.connectTo(relay.smtpPort(), 5000, QHostAddress(QStringLiteral("127.0.0.2"))));
    QCOMPARE(c4.readReply(), 220); // another client: within the total
    QVERIFY(c5.connectTo(relay.smtpPort(), 5000, QHostAddress(QStringLiteral("127.0.0.3"))));
    QCOMPARE(c5.readReply(), 421); // over the total of 3
    // Ending a session frees its slot.
    QCOMPARE(c1.command("QUIT"), 221);
    QVERIFY(c1.waitForClosed());
    // Probe until a connection is greeted. Not with QTRY_VERIFY: it evaluates its expression again
    // after a success, and the successful probe (closed on our side, maybe not yet on the relay's)
    // holds the very slot the next probe needs, so a loaded machine failed a working relay.
    bool greeted = false;
    const QDeadlineTimer deadline(30000); // generous: on a loaded 2-core machine a probe can take seconds
    while (!greeted && !deadline.hasExpired()) {
        SmtpClient probe;
        greeted = probe.connectTo(relay.smtpPort()) && probe.readReply() == 220;
        if (!greeted)
            QTest::qWait(50);
    }
    QVERIFY(greeted);
}

void TestRelayHostile::mailboxQuota()
{
    QTemporaryDir dir;
    RelayProcess relay;
    QVERIFY(relay.start(
        dir.filePath(QStringLiteral("relay")), {QStringLiteral("--max-messages-per-address"), QStringLiteral("3")}));
    const auto a = relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp, relay.smtpPort()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, "Subject: q\r\n\r\nx\r\n"), 250);
    QCOMPARE(smtp.command("MAIL FROM:<a@example.org>"), 250);
    QByteArray text;
    QCOMPARE(smtp.command("RCPT TO:<" + a.address.toLatin1() + ">", &text), 452);
    QVERIFY(text.contains("4.2.2"));
    QCOMPARE(smtp.command("RSET"), 250);
    // Deleting one makes room again.
    const QStringList ids = relay.messageIds(a);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(test::httpRequest(relay.httpPort(), "DELETE",
                 "/api/v1/addresses/" + a.id.toLatin1() + "/messages/" + ids.first().toLatin1(), a.token)
                 .status,
        204);
    QCOMPARE(smtp.sendMail("a@example.org", {a.address.toLatin1()}, "Subject: q\r\n\r\nx\r\n"), 250);
}

namespace {

bool makeCertificate(const QString& dir, QString* cert, QString* key)
{
    *cert = dir + QStringLiteral("/cert.pem");
    *key = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=mayfly.test"),
            QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

} // namespace

void TestRelayHostile::startTls()
{
    QTemporaryDir dir;
    QString cert, key;
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(makeCertificate(dir.path(), &cert, &key));
    RelayProcess relay;
    QVERIFY2(relay.start(dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
        qPrintable(relay.child().output()));
    const auto a = relay.createAddress();

    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHost(QHostAddress::LocalHost, relay.smtpPort());
    QVERIFY(socket.waitForConnected(5000));
    auto readLine = [&] {
        while (!socket.canReadLine())
            if (!socket.waitForReadyRead(5000))
                return QByteArray();
        return socket.readLine();
    };
    auto readReply = [&] {
        QByteArray line;
        do
            line = readLine();
        while (line.size() > 3 && line.at(3) == '-');
        return line;
    };
    QVERIFY(readReply().startsWith("220"));
    socket.write("EHLO client.test\r\n");
    QByteArray ehlo;
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        ehlo += line;
        if (line.at(3) == ' ')
            break;
    }
    QVERIFY(ehlo.contains("STARTTLS"));
    socket.write("STARTTLS\r\n");
    QVERIFY(readReply().startsWith("220"));
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    socket.write("MAIL FROM:<a@example.org>\r\n");
    QVERIFY(readReply().startsWith("503")); // RFC 3207 4.2: EHLO again after the handshake
    socket.write("EHLO client.test\r\n");
    ehlo.clear();
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        ehlo += line;
        if (line.at(3) == ' ')
            break;
    }
    QVERIFY(!ehlo.contains("STARTTLS"));
    socket.write("MAIL FROM:<a@example.org>\r\nRCPT TO:<" + a.address.toLatin1() + ">\r\nDATA\r\n");
    QVERIFY(readReply().startsWith("250"));
    QVERIFY(readReply().startsWith("250"));
    QVERIFY(readReply().startsWith("354"));
    socket.write("Subject: over tls\r\n\r\nsecret\r\n.\r\n");
    QVERIFY(readReply().startsWith("250"));
    QCOMPARE(relay.messageCount(a), 1);
    const test::Trace trace = test::parseTrace(relay.raw(a, relay.messageIds(a).first()));
    QVERIFY2(trace.ok, trace.header.constData());
    QCOMPARE(trace.protocol, QByteArray("ESMTPS")); // RFC 3848: ESMTP after STARTTLS
    QCOMPARE(trace.message, QByteArray("Subject: over tls\r\n\r\nsecret\r\n"));
}

void TestRelayHostile::pipelinedStartTls()
{
    QTemporaryDir dir;
    QString cert, key;
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(makeCertificate(dir.path(), &cert, &key));
    RelayProcess relay;
    QVERIFY(relay.start(
        dir.filePath(QStringLiteral("relay")), {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    const auto a = relay.createAddress();
    SmtpClient smtp;
    QVERIFY(greet(smtp, relay.smtpPort()));
    // CVE-2011-0411: the injected plaintext must never run as if it came over TLS.
    smtp.send("STARTTLS\r\nMAIL FROM:<evil@example.org>\r\nRCPT TO:<" + a.address.toLatin1()
        + ">\r\nDATA\r\nSubject: injected\r\n\r\nx\r\n.\r\n");
    QCOMPARE(smtp.readReply(), 554);
    QVERIFY(smtp.waitForClosed());
    QCOMPARE(relay.messageCount(a), 0);
}

QTEST_GUILESS_MAIN(TestRelayHostile)
#include "tst_relayhostile.moc"
