#include "core/providers/GuerrillaMailProvider.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/support/fakes/FakeGuerrilla.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

class TestGuerrillaProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void infoIsPublicWithoutRawSource();
    void chosenLocalPartAndDomain();
    void sessionTravelsAsSidTokenNeverAsCookie();
    void sidTokenRefreshedFromEveryAnswer();
    void lostSessionReclaimsTheName();
    void foreignMailIdIsNotFound();
    void invalidInput_data();
    void invalidInput();
    void extendRenewsWithSetEmailUser();
    void pollingSubscription();

private:
    Mailbox create(const CreateRequest& request = {});

    std::unique_ptr<FakeGuerrilla> m_fake;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<GuerrillaMailProvider> m_provider;
};

void TestGuerrillaProvider::init()
{
    m_fake = std::make_unique<FakeGuerrilla>();
    QVERIFY(m_fake->listen());
    m_http = std::make_unique<net::HttpClient>();
    quickNetwork(*m_http);
    m_provider = std::make_unique<GuerrillaMailProvider>(*m_http, QUrl(m_fake->endpoint()));
}

void TestGuerrillaProvider::cleanup()
{
    m_provider.reset();
    m_http.reset();
    m_fake.reset();
}

Mailbox TestGuerrillaProvider::create(const CreateRequest& request)
{
    auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
    if (!result)
        qWarning() << result.error().toString();
    return result ? *result : Mailbox{};
}

void TestGuerrillaProvider::roundTrip()
{
    const Mailbox mailbox = create();
    QVERIFY(mailbox.address.endsWith(u"@guerrillamailblock.com"));
    const QString user = mailbox.address.section(u'@', 0, 0);
    QCOMPARE(user.size(), GuerrillaMailProvider::RandomLocalPartLength);
    QCOMPARE(mailbox.expiresAt.toSecsSinceEpoch(), m_fake->timestampOf(user) + 3600);

    const QString id
        = m_fake->deliver(user, u"Shop <shop@example.org>"_s, u"Code & more"_s, u"<p>Your code <b>123456</b></p>"_s);
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, id);
    QCOMPARE(list->at(0).subject, u"Code & more"_s); // entity-decoded
    QCOMPARE(list->at(0).from, u"Shop <shop@example.org>"_s);
    QVERIFY(list->at(0).receivedAt.isValid()); // from a string number
    QVERIFY(list->at(0).size > 0);

    auto raw = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, id, done); });
    MAYFLY_VERIFY_OK(raw);
    QVERIFY(raw->contains("Subject: Code & more\r\n"));
    QVERIFY(raw->contains("From: Shop <shop@example.org>\r\n"));
    QVERIFY(raw->contains(QByteArray("To: <" + mailbox.address.toLatin1() + ">\r\n")));
    QVERIFY(raw->contains("Content-Type: text/html; charset=utf-8\r\n"));
    const QByteArray body = raw->mid(raw->indexOf("\r\n\r\n") + 4);
    QCOMPARE(QByteArray::fromBase64(body), QByteArray("<p>Your code <b>123456</b></p>"));

    MAYFLY_VERIFY_OK(await<void>([&](auto done) { m_provider->deleteMessage(mailbox, id, done); }));
    QVERIFY(m_fake->inbox(user).isEmpty());
    MAYFLY_VERIFY_OK(await<void>([&](auto done) { m_provider->deleteMailbox(mailbox, done); }));
}

void TestGuerrillaProvider::infoIsPublicWithoutRawSource()
{
    const ProviderInfo info = m_provider->info();
    QCOMPARE(info.privacy, PrivacyLabel::Public);
    QVERIFY(!info.capabilities.testFlag(Capability::RawSource));
    QVERIFY(!info.capabilities.testFlag(Capability::Push));
    QVERIFY(info.capabilities.testFlag(Capability::Expires));
}

void TestGuerrillaProvider::chosenLocalPartAndDomain()
{
    CreateRequest request;
    request.localPart = u"QA.Tester"_s;
    request.domain = u"sharklasers.com"_s;
    const Mailbox mailbox = create(request);
    QCOMPARE(mailbox.address, u"qa.tester@sharklasers.com"_s);
    m_fake->deliver(u"qa.tester"_s, u"a@example.org"_s, u"hi"_s, u"x"_s);
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
}

void TestGuerrillaProvider::sessionTravelsAsSidTokenNeverAsCookie()
{
    const Mailbox mailbox = create();
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    const auto requests = m_fake->server().requests();
    QVERIFY(requests.size() >= 3);
    for (const auto& request : requests)
        QVERIFY2(!request.hasHeader("Cookie"), request.header("Cookie").constData());
    // Every call after the first carries the session as a parameter.
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(!requests[i].query.queryItemValue(u"sid_token"_s).isEmpty());
}

void TestGuerrillaProvider::sidTokenRefreshedFromEveryAnswer()
{
    const Mailbox mailbox = create();
    m_fake->setRotateSids(true);
    QSignalSpy changed(m_provider.get(), &Provider::credentialsChanged);
    const QString user = mailbox.address.section(u'@', 0, 0);
    m_fake->deliver(user, u"a@example.org"_s, u"one"_s, u"x"_s);
    for (int i = 0; i < 3; ++i) {
        auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
        MAYFLY_VERIFY_OK(list);
        QCOMPARE(list->size(), 1); // still our inbox: the rotated sid was carried forward
    }
    QCOMPARE(changed.size(), 3);
    const QString sid
        = QJsonDocument::fromJson(changed.constLast().at(1).toByteArray()).object().value(u"sid").toString();
    QVERIFY(!sid.isEmpty());
}

void TestGuerrillaProvider::lostSessionReclaimsTheName()
{
    const Mailbox mailbox = create();
    const QString user = mailbox.address.section(u'@', 0, 0);
    m_fake->deliver(user, u"a@example.org"_s, u"kept"_s, u"x"_s);
    m_fake->killSessions();
    m_fake->server().clearRequests();
    auto list = await<QList<MessageSummary>>([&](auto done) { m_provider->listMessages(mailbox, done); });
    MAYFLY_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).subject, u"kept"_s);
    bool reclaimed = false;
    for (const auto& request : m_fake->server().requests()) {
        if (request.param(u"f"_s) == u"set_email_user" && request.param(u"email_user"_s) == user)
            reclaimed = true;
    }
    QVERIFY(reclaimed);
}

void TestGuerrillaProvider::foreignMailIdIsNotFound()
{
    const Mailbox mailbox = create();
    auto raw = await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, u"999999"_s, done); });
    QVERIFY(!raw.ok());
    QCOMPARE(raw.error().code, ErrorCode::NotFound); // the bare `false` answer
}

void TestGuerrillaProvider::invalidInput_data()
{
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::newRow("unknown-domain") << QString() << u"example.com"_s;
    QTest::newRow("header-injection-local-part") << u"a\r\nb"_s << QString();
    QTest::newRow("at-sign-in-local-part") << u"a@b"_s << QString();
}

void TestGuerrillaProvider::invalidInput()
{
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    CreateRequest request;
    request.localPart = localPart;
    request.domain = domain;
    auto result = await<Mailbox>([&](auto done) { m_provider->createMailbox(request, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(m_fake->server().requests().isEmpty());
}

void TestGuerrillaProvider::extendRenewsWithSetEmailUser()
{
    const Mailbox mailbox = create();
    auto expires = await<QDateTime>([&](auto done) { m_provider->extend(mailbox, std::chrono::hours(1), done); });
    MAYFLY_VERIFY_OK(expires);
    QVERIFY(*expires > mailbox.expiresAt);
    for (const auto& request : m_fake->server().requests())
        QVERIFY(request.param(u"f"_s) != u"extend"); // disabled server-side
}

void TestGuerrillaProvider::pollingSubscription()
{
    m_provider->setPollInterval(std::chrono::milliseconds(50));
    const Mailbox mailbox = create();
    auto subscription = m_provider->subscribe(mailbox);
    QVERIFY(!subscription->isPush());
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_VERIFY(m_fake->server().requests().size() >= 3); // the baseline list went out
    const QString id = m_fake->deliver(mailbox.address.section(u'@', 0, 0), u"a@example.org"_s, u"new"_s, u"x"_s);
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
}

QTEST_GUILESS_MAIN(TestGuerrillaProvider)
#include "tst_guerrillaprovider.moc"
