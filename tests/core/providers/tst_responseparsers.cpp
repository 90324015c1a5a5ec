#include "core/providers/ResponseParsers.h"

#include <QTest>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace Qt::StringLiterals;

class TestResponseParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailTmCollections_data();
    void mailTmCollections();
    void mailTmEvents_data();
    void mailTmEvents();
    void mailTmErrorDetail();
    void guerrillaAnswers_data();
    void guerrillaAnswers();
    void guerrillaStringsAndEntities();
    void guerrillaRfc5322IsSafe();
    void relayShapes();
    void mailpitExactFilter();
    void inbucketExactFilter();
    void boundedInput();
    void bareAddress_data();
    void bareAddress();
};

void TestResponseParsers::mailTmCollections_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    const QByteArray item
        = R"({"id":"m1","from":{"name":"A","address":"a@x.test"},"subject":"S","intro":"I",)"
          R"("seen":false,"isDeleted":false,"hasAttachments":true,"size":120,"createdAt":"2025-08-13T22:54:03+00:00"})";
    QTest::newRow("hydra") << QByteArray(R"({"hydra:member":[)" + item + R"(],"hydra:totalItems":1})") << 1;
    QTest::newRow("plain-array") << QByteArray("[" + item + "]") << 1;
    QTest::newRow("api-platform-4-member") << QByteArray(R"({"member":[)" + item + "]}") << 1;
    QTest::newRow("deleted-skipped") << QByteArray(R"([{"id":"m2","isDeleted":true}])") << 0;
    QTest::newRow("items-without-id-skipped") << QByteArray(R"([{"subject":"x"},42,"s"])") << 0;
}

void TestResponseParsers::mailTmCollections()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const auto list = parse::mailTmMessages(json);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), count);
    if (count == 1) {
        QCOMPARE(list->at(0).from, u"A <a@x.test>"_s);
        QCOMPARE(list->at(0).size, qint64(120));
        QVERIFY(list->at(0).hasAttachments);
        QCOMPARE(list->at(0).receivedAt, QDateTime(QDate(2025, 8, 13), QTime(22, 54, 3), Qt::UTC));
    }
}

void TestResponseParsers::mailTmEvents_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<parse::MailTmEvent::Kind>("kind");
    QTest::addColumn<QString>("id");
    using Kind = parse::MailTmEvent::Kind;
    QTest::newRow("new") << QByteArray(R"({"@type":"Message","id":"m1","seen":false})") << Kind::NewMessage << u"m1"_s;
    QTest::newRow("junk-line-then-json") << QByteArray("2\n"
                                                       R"({"@type":"Message","id":"m2"})")
                                         << Kind::NewMessage << u"m2"_s;
    QTest::newRow("seen") << QByteArray(R"({"id":"m3","seen":true})") << Kind::Seen << u"m3"_s;
    QTest::newRow("deleted") << QByteArray(R"({"id":"m4","isDeleted":true,"seen":true})") << Kind::Deleted << u"m4"_s;
    QTest::newRow("account") << QByteArray(R"({"@type":"Account","id":"acc","used":1234})") << Kind::Account
                             << QString();
    QTest::newRow("junk-only") << QByteArray("2") << Kind::Unparsable << QString();
    QTest::newRow("empty") << QByteArray() << Kind::Unparsable << QString();
}

void TestResponseParsers::mailTmEvents()
{
    QFETCH(QByteArray, data);
    QFETCH(parse::MailTmEvent::Kind, kind);
    QFETCH(QString, id);
    const auto event = parse::mailTmEvent(data);
    QCOMPARE(event.kind, kind);
    QCOMPARE(event.messageId, id);
}

void TestResponseParsers::mailTmErrorDetail()
{
    QCOMPARE(
        parse::mailTmErrorDetail(
            R"({"violations":[{"propertyPath":"address","message":"This value is already used."}],"detail":"address: x"})"),
        u"This value is already used."_s);
    QCOMPARE(parse::mailTmErrorDetail(R"({"hydra:description":"Bad"})"), u"Bad"_s);
    QCOMPARE(parse::mailTmErrorDetail("<html>"), QString());
}

void TestResponseParsers::guerrillaAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty-body") << QByteArray("") << ErrorCode::ProviderDown;
    QTest::newRow("whitespace") << QByteArray(" \n") << ErrorCode::ProviderDown;
    QTest::newRow("bare-false") << QByteArray("false") << ErrorCode::NotFound;
    QTest::newRow("disabled-extend-text")
        << QByteArray("this call has been disabled - call get_email_address instead") << ErrorCode::ProviderDown;
    QTest::newRow("array-not-object") << QByteArray("[1,2]") << ErrorCode::ProviderDown;
}

void TestResponseParsers::guerrillaAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);
    QCOMPARE(parse::guerrillaMail(body).error().code, code);
    QCOMPARE(parse::guerrillaList(body).error().code, code);
    QCOMPARE(parse::guerrillaAddress(body).error().code, code);
}

void TestResponseParsers::guerrillaStringsAndEntities()
{
    const auto list
        = parse::guerrillaList(R"({"list":[{"mail_id":"42","mail_from":"A &amp; B &lt;ab@x.test&gt;",)"
                               R"("mail_subject":"Caf&#233; &quot;1&quot;","mail_timestamp":"1795000000",)"
                               R"("mail_read":"1","att":"1","mail_size":"2048"}],"count":"1","sid_token":"s1"})");
    QVERIFY(list.ok());
    QCOMPARE(list->sidToken, u"s1"_s);
    QCOMPARE(list->messages.size(), 1);
    const MessageSummary& m = list->messages[0];
    QCOMPARE(m.id, u"42"_s);
    QCOMPARE(m.from, u"A & B <ab@x.test>"_s);
    QCOMPARE(m.subject, u"Café \"1\""_s);
    QCOMPARE(m.receivedAt.toSecsSinceEpoch(), qint64(1795000000));
    QVERIFY(m.seen);
    QVERIFY(m.hasAttachments);
    QCOMPARE(m.size, qint64(2048));
    const auto address = parse::guerrillaAddress(
        R"({"email_addr":"Abc@sharklasers.com","email_timestamp":"1795000000","sid_token":"t"})");
    QVERIFY(address.ok());
    QCOMPARE(address->timestamp, qint64(1795000000));
    QCOMPARE(address->address, u"abc@sharklasers.com"_s);
}

void TestResponseParsers::guerrillaRfc5322IsSafe()
{
    parse::GuerrillaMail mail;
    mail.id = u"7"_s;
    mail.from = u"Évil\r\nBcc: victim@x.test <evil@x.test>"_s;
    mail.subject = u"Grüße\r\nX-Injected: 1"_s;
    mail.body = u"<p>hi</p>"_s;
    mail.timestamp = 1795000000;
    const QByteArray raw = parse::guerrillaToRfc5322(mail, u"me@sharklasers.com"_s);
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    for (const QByteArray& line : head.split('\n')) {
        QVERIFY2(!line.startsWith("Bcc:"), line.constData());
        QVERIFY2(!line.startsWith("X-Injected:"), line.constData());
    }
    QVERIFY(head.contains("Subject: =?UTF-8?B?"));
    QVERIFY(head.contains("<evil@x.test>"));
    QVERIFY(head.contains("Date: Wed, 18 Nov 2026 11:06:40 +0000\r\n"));
    QCOMPARE(QByteArray::fromBase64(raw.mid(raw.indexOf("\r\n\r\n") + 4)), QByteArray("<p>hi</p>"));
}

void TestResponseParsers::relayShapes()
{
    const auto address = parse::relayAddress(
        R"({"id":"a1","address":"Alice@Mayfly.test","token":"t","createdAt":"2026-11-23T12:00:00Z","expiresAt":"2026-11-23T13:00:00Z","sealed":true})");
    QVERIFY(address.ok());
    QCOMPARE(address->address, u"alice@mayfly.test"_s);
    QVERIFY(address->sealed);
    QCOMPARE(address->createdAt.secsTo(address->expiresAt), 3600);
    const auto list = parse::relayMessages(
        R"({"messages":[{"id":"m1","receivedAt":"2026-11-23T12:00:00Z","size":10,"sealed":true}]})");
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(parse::relayEvent(R"({"type":"message.new","id":"m1"})").kind, parse::RelayEvent::Kind::MessageNew);
    QCOMPARE(parse::relayEvent(R"({"type":"address.expired"})").kind, parse::RelayEvent::Kind::AddressExpired);
    QCOMPARE(parse::relayEvent(R"({"type":"message.new"})").kind, parse::RelayEvent::Kind::Unknown);
    QCOMPARE(parse::relayErrorReason(R"({"error":"address taken"})"), u"address taken"_s);
    QVERIFY(!parse::relayMessages(R"({"nope":1})").ok());
}

void TestResponseParsers::mailpitExactFilter()
{
    const QByteArray json = R"({"messages":[
        {"ID":"1","To":[{"Name":"","Address":"jimbob@ex.test"}],"Subject":"a"},
        {"ID":"2","To":[{"Name":"B","Address":"BOB@ex.test"}],"Subject":"b"},
        {"ID":"3","To":[],"Cc":null,"Bcc":[{"Address":"bob@ex.test"}],"Subject":"c"}]})";
    const auto list = parse::mailpitMessages(json, u"bob@ex.test"_s);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, u"2"_s);
    QCOMPARE(list->at(1).id, u"3"_s);
}

void TestResponseParsers::inbucketExactFilter()
{
    const QByteArray json = R"([{"id":"1","to":["<bob@a.test>"],"posix-millis":1795000000000,"size":5},
        {"id":"2","to":["Bob <bob@b.test>"]},{"id":"3","to":["bob@a.test"]}])";
    const auto list = parse::inbucketMessages(json, u"bob@a.test"_s);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).receivedAt.toMSecsSinceEpoch(), qint64(1795000000000));
}

void TestResponseParsers::boundedInput()
{
    const QByteArray huge = "[" + QByteArray(parse::MaxJsonBytes, ' ') + "]";
    QCOMPARE(parse::mailTmMessages(huge).error().code, ErrorCode::LimitExceeded);
    // Deep nesting is refused by the JSON reader, not a stack overflow.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!parse::mailTmMessages(deep).ok());
    QVERIFY(!parse::inbucketMessages(deep, u"a@b.test"_s).ok());
}

void TestResponseParsers::bareAddress_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"A@B.test"_s << u"a@b.test"_s;
    QTest::newRow("angle") << u"Name <x@y.test>"_s << u"x@y.test"_s;
    QTest::newRow("angle-only") << u"<x@y.test>"_s << u"x@y.test"_s;
}

void TestResponseParsers::bareAddress()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(parse::bareAddress(in), out);
}

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
