// The SMTP state machine on its own, fed whole, byte by byte and in odd chunks: TCP may split the
// stream anywhere, and every split must give the same replies and the same stored message.
#include "relay/SmtpProtocol.h"

#include <QTest>

#include <algorithm>

using namespace mayfly::relay;

namespace {

class Backend final : public SmtpProtocol::Backend
{
public:
    SmtpProtocol* protocol = nullptr;
    QList<QByteArray> delivered;
    QList<SmtpProtocol::Envelope> envelopes;
    QList<QPair<QString, QString>> asked; // every (local part, domain) the protocol passed on

    SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain) override
    {
        asked.append({localPart, domain});
        SmtpProtocol::Verdict v;
        if (domain == u"mayfly.test" && localPart == u"live") {
            v.code = 250;
            v.addressId = QStringLiteral("id-live");
            v.mailbox = "live@mayfly.test";
        } else if (localPart.compare(u"postmaster", Qt::CaseInsensitive) == 0
            && (domain.isEmpty() || domain == u"mayfly.test")) {
            v.code = 250;
            v.addressId = QStringLiteral("id-postmaster");
            v.mailbox = "postmaster@mayfly.test";
        } else {
            v.text = "5.1.1 no such mailbox";
        }
        return v;
    }
    void deliver(const SmtpProtocol::Envelope& envelope, QByteArray message) override
    {
        envelopes.append(envelope);
        delivered.append(message);
        protocol->deliveryFinished(true); // synchronous, as re-entrant as it gets
    }
};

struct Outcome
{
    QList<int> codes;
    QList<QByteArray> delivered;
    QList<SmtpProtocol::Envelope> envelopes;
    QList<QPair<QString, QString>> asked;
    bool closed = false;
};

Outcome run(const QByteArray& input, int chunk)
{
    Backend backend;
    SmtpProtocol protocol({QByteArrayLiteral("mayfly.test"), 2048, false}, &backend);
    backend.protocol = &protocol;
    QByteArray out;
    for (qsizetype pos = 0; pos < input.size() && !protocol.closeRequested(); pos += chunk) {
        protocol.feed(input.mid(pos, chunk));
        out += protocol.takeOutput();
    }
    Outcome o;
    for (const QByteArray& line : out.split('\n')) {
        if (line.size() >= 4 && line.at(3) == ' ')
            o.codes.append(line.left(3).toInt());
    }
    o.delivered = backend.delivered;
    o.envelopes = backend.envelopes;
    o.asked = backend.asked;
    o.closed = protocol.closeRequested();
    return o;
}

const QByteArray Envelope = "EHLO c.test\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<live@mayfly.test>\r\nDATA\r\n";

} // namespace

class TestSmtpProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void envelopeCarriesTheSession_data();
    void envelopeCarriesTheSession();
    void postmasterWithoutDomain_data();
    void postmasterWithoutDomain();
    void heloWithControlCharactersIsRefused_data();
    void heloWithControlCharactersIsRefused();
    void tlsForgetsTheHeloName();
};

void TestSmtpProtocol::everySplitGivesTheSameResult_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QByteArray>("stored"); // null: nothing delivered
    QTest::addColumn<bool>("closed");

    QTest::newRow("plain") << QByteArray(Envelope + "Subject: a\r\n\r\nbody\r\n.\r\nQUIT\r\n")
                           << QList<int>{250, 250, 250, 354, 250, 221} << QByteArray("Subject: a\r\n\r\nbody\r\n")
                           << true;
    QTest::newRow("dot-unstuffing") << QByteArray(Envelope + "..a\r\n.\r\n") << QList<int>{250, 250, 250, 354, 250}
                                    << QByteArray(".a\r\n") << false;
    QTest::newRow("empty-message") << QByteArray(Envelope + ".\r\n") << QList<int>{250, 250, 250, 354, 250}
                                   << QByteArray("") << false;
    QTest::newRow("smuggle-lf-dot-crlf") << QByteArray(
        Envelope + "a\n.\r\nMAIL FROM:<e@x>\r\nRCPT TO:<live@mayfly.test>\r\nDATA\r\nevil\r\n.\r\nNOOP\r\n")
                                         << QList<int>{250, 250, 250, 354, 550} << QByteArray() << true;
    QTest::newRow("cr-at-chunk-edge") << QByteArray(Envelope + "a\r" + "b\r\n.\r\n")
                                      << QList<int>{250, 250, 250, 354, 550} << QByteArray() << true;
    QTest::newRow("line-1000-ok") << QByteArray(Envelope + QByteArray(998, 'x') + "\r\n.\r\n")
                                  << QList<int>{250, 250, 250, 354, 250} << QByteArray(QByteArray(998, 'x') + "\r\n")
                                  << false;
    QTest::newRow("line-1001-refused") << QByteArray(Envelope + QByteArray(999, 'x') + "\r\n.\r\nNOOP\r\n")
                                       << QList<int>{250, 250, 250, 354, 500, 250} << QByteArray() << false;
    QTest::newRow("long-line-refused") << QByteArray(Envelope + QByteArray(1500, 'x') + "\r\n.\r\nNOOP\r\n")
                                       << QList<int>{250, 250, 250, 354, 500, 250} << QByteArray() << false;
    QByteArray big;
    while (big.size() < 3000)
        big += QByteArray(70, 'y') + "\r\n";
    QTest::newRow("over-max-size") << QByteArray(Envelope + big + ".\r\nNOOP\r\n")
                                   << QList<int>{250, 250, 250, 354, 552, 250} << QByteArray() << false;
    QTest::newRow("command-line-too-long")
        << QByteArray("NOOP " + QByteArray(600, 'z') + "\r\nNOOP\r\n") << QList<int>{500, 250} << QByteArray() << false;
    QTest::newRow("pipelined-transactions")
        << QByteArray(
               Envelope + "one\r\n.\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<live@mayfly.test>\r\nDATA\r\ntwo\r\n.\r\n")
        << QList<int>{250, 250, 250, 354, 250, 250, 250, 354, 250} << QByteArray("two\r\n") << false;
}

void TestSmtpProtocol::everySplitGivesTheSameResult()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, codes);
    QFETCH(QByteArray, stored);
    QFETCH(bool, closed);
    for (int chunk : {int(input.size()), 1, 2, 3, 7, 64, 513}) {
        const Outcome o = run(input, chunk);
        QVERIFY2(o.codes == codes, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(o.closed, closed);
        if (stored.isNull()) {
            QVERIFY(o.delivered.isEmpty());
        } else {
            QVERIFY(!o.delivered.isEmpty());
            QCOMPARE(o.delivered.last(), stored);
        }
    }
}

void TestSmtpProtocol::envelopeCarriesTheSession_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("helo");
    QTest::addColumn<QByteArray>("protocol");
    QTest::addColumn<QList<QByteArray>>("mailboxes");
    const QByteArray tail = "DATA\r\nx\r\n.\r\n";
    QTest::newRow("ehlo") << QByteArray("EHLO client.example\r\nMAIL FROM:<a@x>\r\nRCPT TO:<live@mayfly.test>\r\n"
        + tail) << QByteArray("client.example")
                          << QByteArray("ESMTP") << QList<QByteArray>{"live@mayfly.test"};
    QTest::newRow("helo") << QByteArray("HELO [192.0.2.1]\r\nMAIL FROM:<a@x>\r\nRCPT TO:<live@mayfly.test>\r\n" + tail)
                          << QByteArray("[192.0.2.1]") << QByteArray("SMTP") << QList<QByteArray>{"live@mayfly.test"};
    // The raw argument travels as sent; sanitising is the header writer's job (tst_receivedheader).
    QTest::newRow("junk-helo-kept-raw") << QByteArray(
        "EHLO  a (b) \"c\"\t\r\nMAIL FROM:<a@x>\r\nRCPT TO:<live@mayfly.test>\r\n" + tail)
                                        << QByteArray("a (b) \"c\"") << QByteArray("ESMTP")
                                        << QList<QByteArray>{"live@mayfly.test"};
    // One copy per address, named by the first RCPT that reached it.
    QTest::newRow("deduplicated") << QByteArray(
        "EHLO c.test\r\nMAIL FROM:<a@x>\r\nRCPT TO:<live@mayfly.test>\r\nRCPT TO:<Postmaster>\r\n"
        "RCPT TO:<live@mayfly.test>\r\nRCPT TO:<postmaster@mayfly.test>\r\n"
        + tail) << QByteArray("c.test")
                                  << QByteArray("ESMTP")
                                  << QList<QByteArray>{"live@mayfly.test", "postmaster@mayfly.test"};
}

void TestSmtpProtocol::envelopeCarriesTheSession()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, helo);
    QFETCH(QByteArray, protocol);
    QFETCH(QList<QByteArray>, mailboxes);
    for (int chunk : {int(input.size()), 1, 5}) {
        const Outcome o = run(input, chunk);
        QCOMPARE(o.envelopes.size(), 1);
        const SmtpProtocol::Envelope& e = o.envelopes.first();
        QCOMPARE(e.heloName, helo);
        QCOMPARE(e.protocol(), protocol);
        QList<QByteArray> got;
        for (const auto& r : e.recipients)
            got.append(r.mailbox);
        QCOMPARE(got, mailboxes);
        QCOMPARE(o.delivered.first(), QByteArray("x\r\n")); // the sender's bytes, unchanged
    }
}

void TestSmtpProtocol::postmasterWithoutDomain_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("askedWithoutDomain");
    QTest::newRow("Postmaster") << QByteArray("Postmaster") << 250 << true;
    QTest::newRow("POSTMASTER") << QByteArray("POSTMASTER") << 250 << true;
    QTest::newRow("postmaster") << QByteArray("postmaster") << 250 << true;
    // RFC 5321 4.5.1 names "<Postmaster>" alone; nothing else goes without a domain.
    QTest::newRow("other-local-part") << QByteArray("root") << 550 << false;
    QTest::newRow("source-routed") << QByteArray("@mayfly.test:postmaster") << 550 << false;
    QTest::newRow("trailing-space") << QByteArray("postmaster ") << 550 << false;
    QTest::newRow("postmasters") << QByteArray("postmasters") << 550 << false;
    QTest::newRow("empty") << QByteArray("") << 550 << false;
}

void TestSmtpProtocol::postmasterWithoutDomain()
{
    QFETCH(QByteArray, path);
    QFETCH(int, code);
    QFETCH(bool, askedWithoutDomain);
    const Outcome o = run("EHLO c.test\r\nMAIL FROM:<a@x>\r\nRCPT TO:<" + path + ">\r\n", 1000);
    QCOMPARE(o.codes, (QList<int>{250, 250, code}));
    const bool asked = std::any_of(o.asked.cbegin(), o.asked.cend(), [](const auto& a) { return a.second.isEmpty(); });
    QCOMPARE(asked, askedWithoutDomain);
}

void TestSmtpProtocol::heloWithControlCharactersIsRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("bare-cr-header-injection") << QByteArray("evil\rX-Injected: yes");
    QTest::newRow("nul") << QByteArray("evil\0.example", 13);
    QTest::newRow("inner-tab") << QByteArray("a\tb");
    QTest::newRow("escape") << QByteArray("a\x1b[31mb");
    QTest::newRow("del") << QByteArray("a\x7f");
}

void TestSmtpProtocol::heloWithControlCharactersIsRefused()
{
    QFETCH(QByteArray, name);
    for (const QByteArray& verb : {QByteArray("EHLO "), QByteArray("HELO ")}) {
        const Outcome o = run(verb + name + "\r\nMAIL FROM:<a@x>\r\nEHLO ok.test\r\nMAIL FROM:<a@x>\r\n", 1000);
        // Refused, and it does not count as a greeting: MAIL waits for a proper one.
        QCOMPARE(o.codes, (QList<int>{501, 503, 250, 250}));
    }
}

void TestSmtpProtocol::tlsForgetsTheHeloName()
{
    Backend backend;
    SmtpProtocol protocol({QByteArrayLiteral("mayfly.test"), 2048, true}, &backend);
    backend.protocol = &protocol;
    protocol.feed("EHLO before.tls\r\nSTARTTLS\r\n");
    QVERIFY(protocol.takeStartTlsRequest());
    protocol.tlsStarted();
    protocol.feed("HELO after.tls\r\nMAIL FROM:<a@x>\r\nRCPT TO:<live@mayfly.test>\r\nDATA\r\nx\r\n.\r\n");
    QCOMPARE(backend.envelopes.size(), 1);
    QCOMPARE(backend.envelopes.first().heloName, QByteArray("after.tls"));
    QCOMPARE(backend.envelopes.first().protocol(), QByteArray("ESMTPS")); // RFC 3848, whatever greeting followed
}

QTEST_GUILESS_MAIN(TestSmtpProtocol)
#include "tst_smtpprotocol.moc"
