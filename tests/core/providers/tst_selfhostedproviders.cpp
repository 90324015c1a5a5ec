#include "core/providers/InbucketProvider.h"
#include "core/providers/MailpitProvider.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/support/fakes/FakeSelfHosted.h"

#include <QSignalSpy>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

class TestSelfHostedProviders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void labelledWithoutPerMailboxPrivacy();
    void mailpitFiltersExactAddress();
    void mailpitRoundTrip();
    void mailpitNeverSendsEmptyDeleteList();
    void mailpitBasicAuth_data();
    void mailpitBasicAuth();
    void mailpitPushOnlyForThisAddress();
    void inbucketFiltersExactAddress();
    void inbucketRoundTrip();
    void inbucketDeleteMailboxNeverPurges();
    void inbucketPush();

private:
    template <typename P>
    Mailbox create(P& provider, const QString& localPart, const QString& domain = u"ex.test"_s)
    {
        CreateRequest request;
        request.localPart = localPart;
        request.domain = domain;
        auto result = await<Mailbox>([&](auto done) { provider.createMailbox(request, done); });
        if (!result)
            qWarning() << result.error().toString();
        return result ? *result : Mailbox{};
    }

    std::unique_ptr<net::HttpClient> m_http;
};

void TestSelfHostedProviders::init()
{
    m_http = std::make_unique<net::HttpClient>();
    quickNetwork(*m_http);
}

void TestSelfHostedProviders::labelledWithoutPerMailboxPrivacy()
{
    QCOMPARE(MailpitProvider::infoFor(QUrl(u"http://localhost:8025"_s)).privacy, PrivacyLabel::Public);
    QCOMPARE(InbucketProvider::infoFor(QUrl(u"http://localhost:9000"_s)).privacy, PrivacyLabel::Public);
}

void TestSelfHostedProviders::mailpitFiltersExactAddress()
{
    FakeMailpit fake;
    QVERIFY(fake.listen());
    MailpitProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox bob = create(provider, u"bob"_s);
    QCOMPARE(bob.address, u"bob@ex.test"_s);
    fake.deliver({u"jimbob@ex.test"_s}, u"not yours"_s, "Subject: x\r\n\r\nx\r\n");
    const QString id = fake.deliver({u"Bob@Ex.test"_s, u"carol@ex.test"_s}, u"yours"_s, "Subject: y\r\n\r\ny\r\n");
    auto list = await<QList<MessageSummary>>([&](auto done) { provider.listMessages(bob, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, id);
    QCOMPARE(list->at(0).subject, u"yours"_s);
}

void TestSelfHostedProviders::mailpitRoundTrip()
{
    FakeMailpit fake;
    QVERIFY(fake.listen());
    MailpitProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox bob = create(provider, u"bob"_s);
    const QByteArray raw = "Subject: code\r\n\r\n123456\r\n";
    const QString id = fake.deliver({u"bob@ex.test"_s}, u"code"_s, raw);
    const QString other = fake.deliver({u"eve@ex.test"_s}, u"other"_s, "x");
    auto fetched = await<QByteArray>([&](auto done) { provider.fetchRaw(bob, id, done); });
    MAYFLY_VERIFY_OK(fetched);
    QCOMPARE(*fetched, raw);
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.markSeen(bob, id, done); }));
    QVERIFY(fake.messages().constLast().read);
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.deleteMessage(bob, id, done); }));
    QCOMPARE(fake.messages().size(), 1);
    QCOMPARE(fake.messages().constFirst().id, other);
}

void TestSelfHostedProviders::mailpitNeverSendsEmptyDeleteList()
{
    FakeMailpit fake;
    QVERIFY(fake.listen());
    MailpitProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox alice = create(provider, u"alice"_s);
    fake.deliver({u"eve@ex.test"_s}, u"someone else's"_s, "x");
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.deleteMailbox(alice, done); }));
    auto empty = await<void>([&](auto done) { provider.deleteMessage(alice, u"  "_s, done); });
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
    for (const auto& request : fake.server().requests())
        QVERIFY(request.method != "DELETE");
    QCOMPARE(fake.messages().size(), 1);
}

void TestSelfHostedProviders::mailpitBasicAuth_data()
{
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right") << u"qa:s3cret"_s << true;
    QTest::newRow("missing") << QString() << false;
    QTest::newRow("wrong") << u"qa:guess"_s << false;
}

void TestSelfHostedProviders::mailpitBasicAuth()
{
    QFETCH(QString, credentials);
    QFETCH(bool, accepted);
    FakeMailpit fake(u"qa:s3cret"_s);
    QVERIFY(fake.listen());
    MailpitProvider provider(*m_http, QUrl(fake.baseUrl()), credentials);
    CreateRequest request;
    auto result = await<Mailbox>([&](auto done) { provider.createMailbox(request, done); });
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.error().code, ErrorCode::BadCredential);
        return;
    }
    provider.setPushTimings(std::chrono::seconds(30), std::chrono::milliseconds(20));
    auto subscription = provider.subscribe(*result);
    QTRY_COMPARE(fake.eventSockets(), 1); // the socket carried the credentials too
}

void TestSelfHostedProviders::mailpitPushOnlyForThisAddress()
{
    FakeMailpit fake;
    QVERIFY(fake.listen());
    MailpitProvider provider(*m_http, QUrl(fake.baseUrl()));
    provider.setPushTimings(std::chrono::seconds(30), std::chrono::milliseconds(20));
    const Mailbox bob = create(provider, u"bob"_s);
    auto subscription = provider.subscribe(bob);
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_COMPARE(fake.eventSockets(), 1);
    QTRY_VERIFY(!fake.server().requestsTo(u"/api/v1/search"_s).isEmpty());
    fake.deliver({u"jimbob@ex.test"_s}, u"not yours"_s, "x");
    const QString id = fake.deliver({u"bob@ex.test"_s}, u"yours"_s, "y");
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.at(0).at(0).toString(), id);
}

void TestSelfHostedProviders::inbucketFiltersExactAddress()
{
    FakeInbucket fake;
    QVERIFY(fake.listen());
    InbucketProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox bob = create(provider, u"bob"_s, u"a.test"_s);
    fake.deliver(u"bob@b.test"_s, u"other domain, same mailbox"_s, "x");
    const QString id = fake.deliver(u"bob@a.test"_s, u"yours"_s, "y");
    auto list = await<QList<MessageSummary>>([&](auto done) { provider.listMessages(bob, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, id);
    QVERIFY(list->at(0).receivedAt.isValid());
}

void TestSelfHostedProviders::inbucketRoundTrip()
{
    FakeInbucket fake;
    QVERIFY(fake.listen());
    InbucketProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox bob = create(provider, u"bob"_s, u"a.test"_s);
    const QByteArray raw = "Subject: code\r\n\r\n654321\r\n";
    const QString id = fake.deliver(u"bob@a.test"_s, u"code"_s, raw);
    auto fetched = await<QByteArray>([&](auto done) { provider.fetchRaw(bob, id, done); });
    MAYFLY_VERIFY_OK(fetched);
    QCOMPARE(*fetched, raw);
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.markSeen(bob, id, done); }));
    QVERIFY(fake.messages().constFirst().seen);
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.deleteMessage(bob, id, done); }));
    QVERIFY(fake.messages().isEmpty());
}

void TestSelfHostedProviders::inbucketDeleteMailboxNeverPurges()
{
    FakeInbucket fake;
    QVERIFY(fake.listen());
    InbucketProvider provider(*m_http, QUrl(fake.baseUrl()));
    const Mailbox bob = create(provider, u"bob"_s, u"a.test"_s);
    fake.deliver(u"bob@a.test"_s, u"one"_s, "1");
    fake.deliver(u"bob@a.test"_s, u"two"_s, "2");
    fake.deliver(u"bob@b.test"_s, u"not ours"_s, "3");
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { provider.deleteMailbox(bob, done); }));
    QCOMPARE(fake.messages().size(), 1);
    QCOMPARE(fake.messages().constFirst().to, u"bob@b.test"_s);
    for (const auto& request : fake.server().requests()) {
        if (request.method == "DELETE")
            QCOMPARE(request.path.count(u'/'), 5); // a message, never the whole mailbox
    }
}

void TestSelfHostedProviders::inbucketPush()
{
    FakeInbucket fake;
    QVERIFY(fake.listen());
    InbucketProvider provider(*m_http, QUrl(fake.baseUrl()));
    provider.setPushTimings(std::chrono::seconds(30), std::chrono::milliseconds(20));
    const Mailbox bob = create(provider, u"bob"_s, u"a.test"_s);
    auto subscription = provider.subscribe(bob);
    QVERIFY(subscription->isPush());
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_COMPARE(fake.monitorSockets(u"bob@a.test"_s), 1);
    QTRY_VERIFY(fake.server().requestsTo(u"/api/v1/mailbox/bob@a.test"_s).size() >= 2); // create + baseline
    const QString id = fake.deliver(u"bob@a.test"_s, u"pushed"_s, "z");
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
}

QTEST_GUILESS_MAIN(TestSelfHostedProviders)
#include "tst_selfhostedproviders.moc"
