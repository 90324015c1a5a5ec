// The SMTP state machine on its own, fed whole, byte by byte and in odd chunks: TCP may split the
// stream anywhere, and every split must give the same replies and the same stored message.
#include "relay/SmtpProtocol.h"

#include <QTest>

using namespace mayfly::relay;

namespace {

class Backend final : public SmtpProtocol::Backend
{
public:
    SmtpProtocol* protocol = nullptr;
    QList<QByteArray> delivered;

    SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain) override
    {
        SmtpProtocol::Verdict v;
        if (domain == u"mayfly.test" && localPart == u"live") {
            v.code = 250;
            v.addressId = QStringLiteral("id-live");
        } else {
            v.text = "5.1.1 no such mailbox";
        }
        return v;
    }
    void deliver(const QStringList&, QByteArray message) override
    {
        delivered.append(message);
        protocol->deliveryFinished(true); // synchronous, as re-entrant as it gets
    }
};

struct Outcome
{
    QList<int> codes;
    QList<QByteArray> delivered;
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

QTEST_GUILESS_MAIN(TestSmtpProtocol)
#include "tst_smtpprotocol.moc"
