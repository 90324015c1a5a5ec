#include "core/providers/MailTmProvider.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/support/fakes/FakeMailTm.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

class TestMailTmProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void listReadsEveryPage_data();
    void listReadsEveryPage();
    void domainsSkipPrivateAndInactive();
    void chosenLocalPart();
    void errorsMappedToReasons_data();
    void errorsMappedToReasons();
    void reloginAfterTokenExpiry();
    void badCredentialWhenPasswordRefused();
    void pushAnnouncesNewMail_data();
    void pushAnnouncesNewMail();
    void pushReconnectsAndCatchesUp();
    void pollingFallbackWithoutHub();
    void providerDeletedWhileRequestInFlight();

private:
    Mailbox create(const CreateRequest& request = {});

    std::unique_ptr<FakeMailTm> m_fake;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<MailTmProvider> m_provider;
};

void TestMailTmProvider::init()
{
    m_fake = std::make_unique<FakeMailTm>();
    QVERIFY(m_fake->listen());
    m_http = std::make_unique<net::HttpClient>();
    quickNetwork(*m_http);
    m_provider = std::make_unique<MailTmProvider>(*m_http, u"mailtm"_s, QUrl(m_fake->baseUrl()));
    m_provider->setPushTimings(std::chrono::milliseconds(100), std::chrono::milliseconds(20));
}

void TestMailTmProvider::cleanup()
{
    m_provider.reset();
    m_http.reset();
    m_fake.reset();
}

Mailbox TestMailTmProvider::create(const CreateRequest& request)
{
    auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
    if (!result)
        qWarning() << result.error().toString();
    return result ? *result : Mailbox{};
}

void TestMailTmProvider::roundTrip_data()
{
    QTest::addColumn<bool>("plainArrays");
    QTest::newRow("hydra-collections") << false;
    QTest::newRow("plain-arrays") << true;
}

void TestMailTmProvider::roundTrip()
{
    QFETCH(bool, plainArrays);
    m_fake->setPlainArrays(plainArrays);
    const Mailbox mailbox = create();
    QVERIFY(mailbox.address.endsWith(u"@fake-tm.test"));
    QCOMPARE(mailbox.providerId, u"mailtm"_s);
    QVERIFY(!mailbox.remoteId.isEmpty());
    const QJsonObject credentials = QJsonDocument::fromJson(mailbox.credentials).object();
    QVERIFY(credentials.value(u"password").toString().size() >= MailTmProvider::PasswordLength);
    QVERIFY(!credentials.value(u"token").toString().isEmpty());

    const QByteArray raw = "From: a@example.org\r\nSubject: Your code\r\n\r\nCode 123456\r\n";
    const QString id = m_fake->deliver(mailbox.address, u"Your code"_s, raw);

    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, id);
    QCOMPARE(list->at(0).subject, u"Your code"_s);
    QCOMPARE(list->at(0).from, u"Sender <sender@example.org>"_s);
    QVERIFY(!list->at(0).seen);
    QVERIFY(list->at(0).receivedAt.isValid());

    auto fetched = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, id, done); });
    MAYFLY_VERIFY_OK(fetched);
    QCOMPARE(*fetched, raw);

    auto seen = await<void>([&](auto done) { m_provider->markSeen(mailbox, id, done); });
    MAYFLY_VERIFY_OK(seen);
    QVERIFY(m_fake->account(mailbox.address)->messages.at(0).seen);

    auto deleted = await<void>([&](auto done) { m_provider->deleteMessage(mailbox, id, done); });
    MAYFLY_VERIFY_OK(deleted);
    QVERIFY(m_fake->account(mailbox.address)->messages.isEmpty());

    auto gone = await<void>([&](auto done) { m_provider->deleteMailbox(mailbox, done); });
    MAYFLY_VERIFY_OK(gone);
    QVERIFY(!m_fake->account(mailbox.address));
}

void TestMailTmProvider::listReadsEveryPage_data()
{
    roundTrip_data();
}

// mail.tm answers 30 messages a page; a busy address has more.
void TestMailTmProvider::listReadsEveryPage()
{
    QFETCH(bool, plainArrays);
    m_fake->setPlainArrays(plainArrays);
    const Mailbox mailbox = create();
    QSet<QString> delivered;
    for (int i = 0; i < 65; ++i)
        delivered.insert(m_fake->deliver(mailbox.address, u"Message %1"_s.arg(i), "Subject: x\r\n\r\nx\r\n"));
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 65);
    QSet<QString> listed;
    for (const auto& summary : *list)
        listed.insert(summary.id);
    QCOMPARE(listed, delivered);
}

void TestMailTmProvider::domainsSkipPrivateAndInactive()
{
    auto domains = await<QStringList>([&](auto done) { m_provider->domains(done); });
    MAYFLY_VERIFY_OK(domains);
    QCOMPARE(*domains, QStringList{u"fake-tm.test"_s});
}

void TestMailTmProvider::chosenLocalPart()
{
    CreateRequest request;
    request.localPart = u"Alice.Test"_s;
    request.domain = u"fake-tm.test"_s;
    QCOMPARE(create(request).address, u"alice.test@fake-tm.test"_s);
}

void TestMailTmProvider::errorsMappedToReasons_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("429-rate-limited") << u"429"_s << ErrorCode::RateLimited << 120;
    QTest::newRow("503-provider-down") << u"503"_s << ErrorCode::ProviderDown << -1;
    QTest::newRow("garbage-provider-down") << u"garbage"_s << ErrorCode::ProviderDown << -1;
    QTest::newRow("422-address-taken") << u"taken"_s << ErrorCode::AlreadyExists << -1;
    QTest::newRow("422-username-not-valid") << u"short"_s << ErrorCode::InvalidInput << -1;
    QTest::newRow("invalid-local-part-refused-locally") << u"local"_s << ErrorCode::InvalidInput << -1;
}

void TestMailTmProvider::errorsMappedToReasons()
{
    QFETCH(QString, scenario);
    QFETCH(ErrorCode, code);
    QFETCH(int, retryAfter);
    CreateRequest request;
    if (scenario == u"429")
        m_fake->failNext(5, 429, 120);
    else if (scenario == u"503")
        m_fake->failNext(5, 503);
    else if (scenario == u"garbage")
        m_fake->garbageNext();
    else if (scenario == u"taken") {
        m_fake->addTakenAddress(u"bob1234@fake-tm.test"_s);
        request.localPart = u"bob1234"_s;
    } else if (scenario == u"short") {
        request.localPart = u"ab"_s;
    } else if (scenario == u"local") {
        request.localPart = u"a b\r\n"_s;
    }
    auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().retryAfterSeconds, retryAfter);
}

void TestMailTmProvider::reloginAfterTokenExpiry()
{
    const Mailbox mailbox = create();
    m_fake->deliver(mailbox.address, u"hello"_s, "Subject: hello\r\n\r\nx\r\n");
    QSignalSpy renewed(m_provider.get(), &Provider::credentialsChanged);
    const int loginsBefore = m_fake->tokenLogins();
    m_fake->expireTokens();
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(m_fake->tokenLogins(), loginsBefore + 1);
    QCOMPARE(renewed.size(), 1);
    QCOMPARE(renewed.at(0).at(0).toString(), mailbox.address);
    const QJsonObject fresh = QJsonDocument::fromJson(renewed.at(0).at(1).toByteArray()).object();
    QVERIFY(fresh.value(u"token").toString() != QJsonDocument::fromJson(mailbox.credentials)[u"token"].toString());
    QCOMPARE(fresh.value(u"password").toString(), QJsonDocument::fromJson(mailbox.credentials)[u"password"].toString());
    // The stale credentials keep working: the provider remembers the renewed token.
    auto again = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(again);
    QCOMPARE(m_fake->tokenLogins(), loginsBefore + 1);
}

void TestMailTmProvider::badCredentialWhenPasswordRefused()
{
    const Mailbox mailbox = create();
    m_fake->expireTokens();
    m_fake->breakPasswords();
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    QVERIFY(!list.ok());
    QCOMPARE(list.error().code, ErrorCode::BadCredential);
}

void TestMailTmProvider::pushAnnouncesNewMail_data()
{
    QTest::addColumn<bool>("junk");
    QTest::newRow("clean-events") << false;
    QTest::newRow("junk-line-before-json") << true;
}

void TestMailTmProvider::pushAnnouncesNewMail()
{
    QFETCH(bool, junk);
    m_fake->setJunkBeforeEvents(junk);
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QVERIFY(subscription->isPush());
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_COMPARE(m_fake->hubStreams(), 1);
    QTRY_VERIFY(!m_fake->server().requestsTo(u"/messages"_s).isEmpty()); // baseline taken
    const QString id = m_fake->deliver(mailbox.address, u"pushed"_s, "Subject: pushed\r\n\r\nx\r\n");
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
    // The Bearer token went to the hub, and the topic was the account IRI.
    const auto hub = m_fake->server().requestsTo(u"/.well-known/mercure"_s);
    QVERIFY(hub.constFirst().header("Authorization").startsWith("Bearer jwt-"));
    QCOMPARE(hub.constFirst().header("Accept"), QByteArray("text/event-stream"));
}

void TestMailTmProvider::pushReconnectsAndCatchesUp()
{
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QSignalSpy connected(subscription.get(), &PushSubscription::connectedChanged);
    QTRY_COMPARE(m_fake->hubStreams(), 1);
    QTRY_VERIFY(!connected.isEmpty());
    m_fake->dropHubStreams();
    QTRY_COMPARE(m_fake->hubStreams(), 0);
    // Arrives while no stream is open: nothing is pushed, the catch-up poll must find it.
    const QString id = m_fake->deliver(mailbox.address, u"missed"_s, "Subject: missed\r\n\r\nx\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 10000);
    QCOMPARE(arrived.at(0).at(0).toString(), id);
    QTRY_VERIFY(m_fake->server().requestsTo(u"/.well-known/mercure"_s).size() >= 2);
}

void TestMailTmProvider::pollingFallbackWithoutHub()
{
    MailTmProvider provider(*m_http, u"mailgw"_s, QUrl(m_fake->baseUrl()), QUrl(m_fake->baseUrl() + u"/no-hub"_s));
    provider.setPushTimings(std::chrono::milliseconds(50), std::chrono::milliseconds(20));
    auto mailbox = await<Mailbox>([&](auto done) { provider.createMailbox({}, done); });
    MAYFLY_VERIFY_OK(mailbox);
    auto subscription = provider.subscribe(*mailbox);
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_VERIFY(!m_fake->server().requestsTo(u"/messages"_s).isEmpty());
    const QString id = m_fake->deliver(mailbox->address, u"polled"_s, "Subject: polled\r\n\r\nx\r\n");
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
}

void TestMailTmProvider::providerDeletedWhileRequestInFlight()
{
    auto provider = std::make_unique<MailTmProvider>(*m_http, u"mailtm"_s, QUrl(m_fake->baseUrl()));
    bool called = false;
    provider->domains([&called](Result<QStringList>) { called = true; });
    provider.reset();
    QSignalSpy finished(m_http.get(), &net::HttpClient::activityLogChanged);
    QVERIFY(finished.wait(5000)); // the answer came back after the provider was gone
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestMailTmProvider)
#include "tst_mailtmprovider.moc"
