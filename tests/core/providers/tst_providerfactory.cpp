#include "core/providers/MailTmProvider.h"
#include "core/providers/ProviderFactory.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/support/fakes/FakeMailTm.h"

#include <QSignalSpy>

using namespace mayfly::core;
using namespace mayfly::core::providers;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

class TestProviderFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownProvidersHaveHonestLabels_data();
    void knownProvidersHaveHonestLabels();
    void createsEachProvider_data();
    void createsEachProvider();
    void fallback_data();
    void fallback();
    void baseUrlOverrideReachesFake();
    void hubLearntFromLinkHeader();
};

void TestProviderFactory::knownProvidersHaveHonestLabels_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<PrivacyLabel>("label");
    QTest::addColumn<bool>("rawSource");
    QTest::newRow("relay") << u"relay"_s << PrivacyLabel::Private << true;
    QTest::newRow("mailtm") << u"mailtm"_s << PrivacyLabel::Private << true;
    QTest::newRow("mailgw") << u"mailgw"_s << PrivacyLabel::Private << true;
    QTest::newRow("guerrilla") << u"guerrilla"_s << PrivacyLabel::Public << false;
    QTest::newRow("mailpit") << u"mailpit"_s << PrivacyLabel::Public << true;
    QTest::newRow("inbucket") << u"inbucket"_s << PrivacyLabel::Public << true;
}

void TestProviderFactory::knownProvidersHaveHonestLabels()
{
    QFETCH(QString, id);
    QFETCH(PrivacyLabel, label);
    QFETCH(bool, rawSource);
    const auto info = knownProvider(id);
    QVERIFY(info);
    QCOMPARE(info->privacy, label);
    QCOMPARE(info->capabilities.testFlag(Capability::RawSource), rawSource);
    QVERIFY(!info->displayName.isEmpty());
    QVERIFY(!info->retention.isEmpty());
    QCOMPARE(knownProviders().size(), 6);
}

void TestProviderFactory::createsEachProvider_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("created");
    QTest::newRow("mailtm-default") << u"mailtm"_s << QString() << true;
    QTest::newRow("mailgw-default") << u"mailgw"_s << QString() << true;
    QTest::newRow("guerrilla-default") << u"guerrilla"_s << QString() << true;
    QTest::newRow("mailpit-default") << u"mailpit"_s << QString() << true;
    QTest::newRow("inbucket-custom") << u"inbucket"_s << u"http://10.0.0.5:9000"_s << true;
    QTest::newRow("relay-with-url") << u"relay"_s << u"https://relay.example.org"_s << true;
    QTest::newRow("relay-without-url") << u"relay"_s << QString() << false;
    QTest::newRow("unknown-id") << u"1secmail"_s << QString() << false;
    QTest::newRow("file-url-refused") << u"mailpit"_s << u"file:///etc/passwd"_s << false;
}

void TestProviderFactory::createsEachProvider()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(bool, created);
    net::HttpClient http;
    ProviderSettings settings;
    settings.id = id;
    settings.baseUrl = QUrl(url);
    auto provider = createProvider(settings, http);
    QCOMPARE(bool(provider), created);
    if (provider) {
        QCOMPARE(provider->info().id, id);
        if (!url.isEmpty())
            QVERIFY(provider->info().baseUrl.toString().startsWith(url));
    }
}

void TestProviderFactory::fallback_data()
{
    QTest::addColumn<QString>("failed");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("tried");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("downgrade");
    const QStringList all{u"mailtm"_s, u"mailgw"_s, u"guerrilla"_s};
    QTest::newRow("mailtm-rate-limited->mailgw")
        << u"mailtm"_s << ErrorCode::RateLimited << all << QStringList() << u"mailgw"_s << false;
    QTest::newRow("mailtm-down->mailgw") << u"mailtm"_s << ErrorCode::ProviderDown << all << QStringList()
                                         << u"mailgw"_s << false;
    QTest::newRow("mailgw-down-after-mailtm->guerrilla-warns")
        << u"mailgw"_s << ErrorCode::ProviderDown << all << QStringList{u"mailtm"_s} << u"guerrilla"_s << true;
    QTest::newRow("only-enabled-offered")
        << u"mailtm"_s << ErrorCode::Timeout << QStringList{u"mailtm"_s, u"guerrilla"_s} << QStringList()
        << u"guerrilla"_s << true;
    QTest::newRow("guerrilla-down->mailtm")
        << u"guerrilla"_s << ErrorCode::Network << all << QStringList() << u"mailtm"_s << false;
    QTest::newRow("taken-name-no-fallback")
        << u"mailtm"_s << ErrorCode::AlreadyExists << all << QStringList() << QString() << false;
    QTest::newRow("bad-credential-no-fallback")
        << u"mailtm"_s << ErrorCode::BadCredential << all << QStringList() << QString() << false;
    QTest::newRow("all-tried") << u"guerrilla"_s << ErrorCode::ProviderDown << all
                               << QStringList{u"mailtm"_s, u"mailgw"_s} << QString() << false;
    QTest::newRow("self-hosted-never-falls-back")
        << u"relay"_s << ErrorCode::ProviderDown << all << QStringList() << QString() << false;
}

void TestProviderFactory::fallback()
{
    QFETCH(QString, failed);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, tried);
    QFETCH(QString, offered);
    QFETCH(bool, downgrade);
    Error error = makeError(code);
    error.retryAfterSeconds = code == ErrorCode::RateLimited ? 30 : -1;
    const auto offer = offerFallback(failed, error, enabled, tried);
    QCOMPARE(offer.has_value(), !offered.isEmpty());
    if (offer) {
        QCOMPARE(offer->providerId, offered);
        QCOMPARE(offer->reason, code);
        QCOMPARE(offer->retryAfterSeconds, error.retryAfterSeconds);
        QCOMPARE(offer->privacyDowngrade, downgrade);
    }
}

void TestProviderFactory::baseUrlOverrideReachesFake()
{
    FakeMailTm fake;
    QVERIFY(fake.listen());
    net::HttpClient http;
    quickNetwork(http);
    ProviderSettings settings;
    settings.id = u"mailgw"_s;
    settings.baseUrl = QUrl(fake.baseUrl());
    auto provider = createProvider(settings, http);
    QVERIFY(provider);
    auto mailbox = await<Mailbox>([&](auto done) { provider->createMailbox({}, done); });
    MAYFLY_VERIFY_OK(mailbox);
    QCOMPARE(mailbox->providerId, u"mailgw"_s);
}

void TestProviderFactory::hubLearntFromLinkHeader()
{
    FakeMailTm fake;
    QVERIFY(fake.listen());
    fake.announceHub(u"/hub/elsewhere"_s);
    net::HttpClient http;
    quickNetwork(http);
    MailTmProvider provider(http, u"mailtm"_s, QUrl(fake.baseUrl()));
    provider.setPushTimings(std::chrono::seconds(30), std::chrono::milliseconds(20));
    auto mailbox = await<Mailbox>([&](auto done) { provider.createMailbox({}, done); });
    MAYFLY_VERIFY_OK(mailbox);
    QCOMPARE(provider.hubUrl().path(), u"/hub/elsewhere"_s);
    auto subscription = provider.subscribe(*mailbox);
    QSignalSpy arrived(subscription.get(), &PushSubscription::messageArrived);
    QTRY_COMPARE(fake.hubStreams(), 1);
    QTRY_VERIFY(!fake.server().requestsTo(u"/messages"_s).isEmpty());
    const QString id = fake.deliver(mailbox->address, u"via learnt hub"_s, "Subject: x\r\n\r\nx\r\n");
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.at(0).at(0).toString(), id);
}

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
