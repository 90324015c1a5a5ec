#include "core/net/SseClient.h"

#include <QTest>

using namespace mayfly::core::net;

class TestSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void splitAcrossChunks();
    void oversizedLineIsDropped();
};

void TestSseParser::parse_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("data");
    QTest::addColumn<QByteArray>("lastId");

    QTest::newRow("single") << QByteArray("data: {\"a\":1}\n\n") << QList<QByteArray>{"{\"a\":1}"} << QByteArray();
    QTest::newRow("crlf-and-id") << QByteArray("id: 7\r\ndata: x\r\n\r\n") << QList<QByteArray>{"x"} << QByteArray("7");
    QTest::newRow("cr-only") << QByteArray("data: x\rdata: y\r\r") << QList<QByteArray>{"x\ny"} << QByteArray();
    QTest::newRow("comment-keepalive") << QByteArray(": ping\n\ndata: z\n\n") << QList<QByteArray>{"z"} << QByteArray();
    // mail.tm quirk (PROVIDERS.md §1.8): a stray line before the JSON.
    QTest::newRow("mailtm-junk-line") << QByteArray("data: 2\ndata: {\"id\":\"m\"}\n\n")
                                      << QList<QByteArray>{"2\n{\"id\":\"m\"}"} << QByteArray();
    QTest::newRow("no-dispatch-without-blank") << QByteArray("data: x\n") << QList<QByteArray>{} << QByteArray();
    QTest::newRow("event-without-data-ignored") << QByteArray("event: ping\n\n") << QList<QByteArray>{} << QByteArray();
    QTest::newRow("empty-data-not-dispatched") << QByteArray("data\n\n") << QList<QByteArray>{} << QByteArray();
}

void TestSseParser::parse()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, data);
    QFETCH(QByteArray, lastId);
    SseParser parser;
    const auto events = parser.feed(stream);
    QCOMPARE(events.size(), data.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events[i].data, data[i]);
    QCOMPARE(parser.lastEventId(), lastId);
}

void TestSseParser::splitAcrossChunks()
{
    SseParser parser;
    const QByteArray stream("id: 1\r\ndata: hello\r\n\r\ndata: world\n\n");
    QList<SseEvent> events;
    for (const char c : stream)
        events += parser.feed(QByteArray(1, c));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].data, QByteArray("hello"));
    QCOMPARE(events[1].data, QByteArray("world"));
    QCOMPARE(events[1].id, QByteArray("1"));
}

void TestSseParser::oversizedLineIsDropped()
{
    SseParser parser;
    QByteArray stream = "data: " + QByteArray(SseParser::MaxLineBytes + 10, 'x') + "\n\ndata: ok\n\n";
    const auto events = parser.feed(stream);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
