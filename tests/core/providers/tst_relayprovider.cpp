#include "core/crypto/SealedBox.h"
#include "core/providers/RelayProvider.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/support/fakes/FakeRelay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray privateKeyIn(const Mailbox& mailbox)
{
    return QByteArray::fromBase64(
        QJsonDocument::fromJson(mailbox.credentials).object().value(u"privateKey").toString().toLatin1());
}

const QByteArray Raw
    = "From: shop@example.org\r\nTo: alice@mayfly.test\r\nSubject: Confirm\r\n\r\nYour code: 482913\r\n";

} // namespace

class TestRelayProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sealedRoundTrip();
    void creationKey_data();
    void creationKey();
    void errorsMappedToReasons_data();
    void errorsMappedToReasons();
    void wrongPrivateKeyDoesNotOpen();
    void extend();
    void pushNewAndDeleted();
    void pushReconnectsAndCatchesUp();
    void addressExpiredEndsSubscription();

private:
    Mailbox create(const QString& localPart = {});

    std::unique_ptr<FakeRelay> m_relay;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<RelayProvider> m_provider;
};

void TestRelayProvider::init()
{
    m_relay = std::make_unique<FakeRelay>();
    QVERIFY(m_relay->listen());
    m_http = std::make_unique<net::HttpClient>();
    quickNetwork(*m_http);
    m_provider = std::make_unique<RelayProvider>(*m_http, QUrl(m_relay->baseUrl()));
    m_provider->setPushTimings(std::chrono::milliseconds(100), std::chrono::milliseconds(20));
}

void TestRelayProvider::cleanup()
{
    m_provider.reset();
    m_http.reset();
    m_relay.reset();
}

Mailbox TestRelayProvider::create(const QString& localPart)
{
    CreateRequest request;
    request.localPart = localPart;
    request.ttl = std::chrono::seconds(600);
    auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
    if (!result)
        qWarning() << result.error().toString();
    return result ? *result : Mailbox{};
}

void TestRelayProvider::sealedRoundTrip()
{
    const Mailbox mailbox = create(u"alice"_s);
    QCOMPARE(mailbox.address, u"alice@mayfly.test"_s);
    QCOMPARE(mailbox.providerId, u"relay"_s);
    QVERIFY(mailbox.expiresAt.isValid());
    QVERIFY(mailbox.expiresAt > mailbox.createdAt);

    // The relay got the public key of the private key we kept, and nothing else of it.
    const FakeRelay::Address* stored = m_relay->address(mailbox.address);
    QVERIFY(stored);
    const QByteArray privateKey = privateKeyIn(mailbox);
    QCOMPARE(privateKey.size(), crypto::SealedBox::KeySize);
    auto publicKey = crypto::SealedBox::publicKeyOf(SecureBuffer::fromByteArray(privateKey));
    QVERIFY(publicKey.ok());
    QCOMPARE(stored->publicKey, *publicKey);
    const auto creation = m_relay->server().requestsTo(u"/api/v1/addresses"_s).constFirst();
    QVERIFY(!creation.body.contains(privateKey.toBase64()));

    const QString id = m_relay->deliver(mailbox.address, Raw);
    QVERIFY(!m_relay->storedBlob(mailbox.address, id).contains("482913"));

    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, id);
    QCOMPARE(list->at(0).size, qint64(Raw.size()));
    QVERIFY(list->at(0).subject.isEmpty()); // the relay cannot read it

    auto raw = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, id, done); });
    MAYFLY_VERIFY_OK(raw);
    QCOMPARE(*raw, Raw);

    MAYFLY_VERIFY_OK(await<void>([&](auto done) { m_provider->deleteMessage(mailbox, id, done); }));
    QVERIFY(m_relay->address(mailbox.address)->messages.isEmpty());
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { m_provider->deleteMailbox(mailbox, done); }));
    QVERIFY(!m_relay->address(mailbox.address));
}

void TestRelayProvider::creationKey_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right-key") << u"k3y"_s << true;
    QTest::newRow("no-key") << QString() << false;
    QTest::newRow("wrong-key") << u"nope"_s << false;
}

void TestRelayProvider::creationKey()
{
    QFETCH(QString, sent);
    QFETCH(bool, accepted);
    FakeRelay relay(u"k3y"_s);
    QVERIFY(relay.listen());
    RelayProvider provider(*m_http, QUrl(relay.baseUrl()), sent);
    auto result = await<Mailbox>([&](auto done) { provider.createMailbox({}, done); });
    QCOMPARE(result.ok(), accepted);
    if (!accepted)
        QCOMPARE(result.error().code, ErrorCode::BadCredential);
}

void TestRelayProvider::errorsMappedToReasons_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("409-address-taken") << u"taken"_s << ErrorCode::AlreadyExists;
    QTest::newRow("400-bad-domain") << u"domain"_s << ErrorCode::InvalidInput;
    QTest::newRow("404-wrong-token-lists-as-expired") << u"token"_s << ErrorCode::Expired;
    QTest::newRow("404-unknown-message") << u"message"_s << ErrorCode::NotFound;
}

void TestRelayProvider::errorsMappedToReasons()
{
    QFETCH(QString, scenario);
    QFETCH(ErrorCode, code);
    std::optional<Error> error;
    if (scenario == u"taken") {
        create(u"bob"_s);
        CreateRequest request;
        request.localPart = u"bob"_s;
        auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
        QVERIFY(!result.ok());
        error = result.error();
        QCOMPARE(error->detail, u"address taken"_s);
    } else if (scenario == u"domain") {
        CreateRequest request;
        request.domain = u"elsewhere.test"_s;
        auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
        QVERIFY(!result.ok());
        error = result.error();
    } else if (scenario == u"token") {
        Mailbox mailbox = create();
        mailbox.credentials = "{\"token\":\"stolen\"}";
        auto result = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
        QVERIFY(!result.ok());
        error = result.error();
    } else {
        const Mailbox mailbox = create();
        auto result = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, u"m999"_s, done); });
        QVERIFY(!result.ok());
        error = result.error();
    }
    QCOMPARE(error->code, code);
}

void TestRelayProvider::wrongPrivateKeyDoesNotOpen()
{
    Mailbox mailbox = create();
    const Mailbox other = create();
    const QString id = m_relay->deliver(mailbox.address, Raw);
    QJsonObject credentials = QJsonDocument::fromJson(mailbox.credentials).object();
    credentials.insert(u"privateKey", QJsonDocument::fromJson(other.credentials).object().value(u"privateKey"));
    mailbox.credentials = QJsonDocument(credentials).toJson();
    auto raw = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, id, done); });
    QVERIFY(!raw.ok());
    QCOMPARE(raw.error().code, ErrorCode::Crypto);
}

void TestRelayProvider::extend()
{
    const Mailbox mailbox = create();
    auto expires = await<QDateTime>([&](auto done) { m_provider->extend(mailbox, std::chrono::hours(5), done); });
    MAYFLY_VERIFY_OK(expires);
    QVERIFY(*expires > mailbox.expiresAt);
}

void TestRelayProvider::pushNewAndDeleted()
{
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QVERIFY(subscription->isPush());
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QSignalSpy deleted(subscription.get(), &PushSubscription::messageDeleted);
    QTRY_COMPARE(m_relay->sockets(mailbox.address), 1);
    const auto upgrade = m_relay->server().requestsTo(u"/api/v1/addresses/"_s + mailbox.remoteId + u"/events"_s);
    QVERIFY(!upgrade.constFirst().hasHeader("Origin"));
    QTRY_VERIFY(!m_relay->server().requestsTo(u"/api/v1/addresses/"_s + mailbox.remoteId + u"/messages"_s).isEmpty());
    const QString id = m_relay->deliver(mailbox.address, Raw);
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { m_provider->deleteMessage(mailbox, id, done); }));
    QTRY_COMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), id);
}

void TestRelayProvider::pushReconnectsAndCatchesUp()
{
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_COMPARE(m_relay->sockets(mailbox.address), 1);
    QTRY_VERIFY(!m_relay->server().requestsTo(u"/api/v1/addresses/"_s + mailbox.remoteId + u"/messages"_s).isEmpty());
    m_relay->dropSockets(mailbox.address);
    QTRY_COMPARE(m_relay->sockets(mailbox.address), 0);
    const QString id = m_relay->deliver(mailbox.address, Raw);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 10000);
    QCOMPARE(arrived.at(0).at(0).toString(), id);
    QTRY_COMPARE(m_relay->sockets(mailbox.address), 1);
}

void TestRelayProvider::addressExpiredEndsSubscription()
{
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QSignalSpy failed(subscription.get(), &PushSubscription::failed);
    QTRY_COMPARE(m_relay->sockets(mailbox.address), 1);
    m_relay->expire(mailbox.address);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Expired);
}

QTEST_GUILESS_MAIN(TestRelayProvider)
#include "tst_relayprovider.moc"
