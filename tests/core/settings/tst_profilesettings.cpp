#include "core/crypto/Random.h"
#include "core/settings/ProfileSettings.h"
#include "core/settings/ProviderRoute.h"
#include "core/store/Store.h"

#include <QTest>

using namespace mayfly::core;
using Type = net::ProxySettings::Type;

class TestProfileSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesProxies_data();
    void parsesProxies();
    void sourceChoiceRoundTrips();
    void routesStoredAddresses();
    void routesNewAddresses();
};

void TestProfileSettings::parsesProxies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("none") << QStringLiteral("none") << true << int(Type::None) << QString() << 0;
    QTest::newRow("empty") << QString() << true << int(Type::None) << QString() << 0;
    QTest::newRow("system") << QStringLiteral("System") << true << int(Type::System) << QString() << 0;
    QTest::newRow("tor") << QStringLiteral("socks5://127.0.0.1:9050") << true << int(Type::Socks5)
                         << QStringLiteral("127.0.0.1") << 9050;
    QTest::newRow("socks5h") << QStringLiteral("socks5h://proxy.example:1080") << true << int(Type::Socks5)
                             << QStringLiteral("proxy.example") << 1080;
    QTest::newRow("http") << QStringLiteral("http://10.0.0.1:3128") << true << int(Type::Http)
                          << QStringLiteral("10.0.0.1") << 3128;
    QTest::newRow("no-port") << QStringLiteral("socks5://127.0.0.1") << false << 0 << QString() << 0;
    QTest::newRow("credentials") << QStringLiteral("http://u:p@h:1") << false << 0 << QString() << 0;
    QTest::newRow("https-scheme") << QStringLiteral("https://h:1") << false << 0 << QString() << 0;
    QTest::newRow("garbage") << QStringLiteral("tor please") << false << 0 << QString() << 0;
}

void TestProfileSettings::parsesProxies()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto proxy = settings::parseProxy(text);
    QCOMPARE(bool(proxy), ok);
    if (!ok) {
        QVERIFY(proxy.error().detail.contains(QStringLiteral("socks5://")));
        return;
    }
    QCOMPARE(int(proxy->type), type);
    QCOMPARE(proxy->host, host);
    QCOMPARE(int(proxy->port), port);
    QCOMPARE(settings::parseProxy(settings::proxyToString(*proxy))->type, proxy->type);
}

void TestProfileSettings::sourceChoiceRoundTrips()
{
    auto store = store::Store::open({});
    QVERIFY(store);
    QVERIFY((*store)->setMasterKey(crypto::randomKey(32), QStringLiteral("memory")));
    QVERIFY(!settings::loadSourceChoice(**store));
    QCOMPARE(settings::loadProxy(**store).type, Type::None);
    settings::SourceChoice choice;
    choice.source = QStringLiteral("relay");
    choice.baseUrl = QUrl(QStringLiteral("https://relay.example"));
    choice.creationKey = QStringLiteral("k3y");
    choice.proxy = *settings::parseProxy(QStringLiteral("socks5://127.0.0.1:9050"));
    QVERIFY(settings::saveSourceChoice(**store, choice).ok());
    QCOMPARE(*settings::loadSourceChoice(**store), choice);
    QCOMPARE(settings::loadProxy(**store), choice.proxy);
    // The key is sealed: not in the plain settings.
    QVERIFY(!(*store)->setting(QStringLiteral("source/creationKey")).valueOr(QString()).contains(u"k3y"));
}

void TestProfileSettings::routesStoredAddresses()
{
    settings::SourceChoice own;
    own.source = QStringLiteral("relay");
    own.baseUrl = QUrl(QStringLiteral("https://relay.example"));
    own.creationKey = QStringLiteral("key");
    // The local relay's addresses go to the local relay, whatever the source is now.
    auto r = settings::routeForAddress(QStringLiteral("relay"), QStringLiteral("a@mayfly.localhost"), {}, own);
    QVERIFY(r.localRelay);
    // An address made with its own URL stays there.
    r = settings::routeForAddress(
        QStringLiteral("relay"), QStringLiteral("b@other.example"), QUrl(QStringLiteral("http://10.1.1.1:8080")), own);
    QVERIFY(!r.localRelay);
    QCOMPARE(r.baseUrl, QUrl(QStringLiteral("http://10.1.1.1:8080")));
    QVERIFY(r.creationKey.isEmpty()); // the key belongs to the source's relay only
    // An address of the source's relay without a stored URL (made before URLs were kept).
    r = settings::routeForAddress(QStringLiteral("relay"), QStringLiteral("c@relay.example"), {}, own);
    QCOMPARE(r.baseUrl, own.baseUrl);
    QCOMPARE(r.creationKey, own.creationKey);
    // A hosted provider: its default.
    r = settings::routeForAddress(QStringLiteral("mailtm"), QStringLiteral("d@x.example"), {}, own);
    QVERIFY(r.baseUrl.isEmpty());
    QVERIFY(r.key()
        != settings::routeForAddress(QStringLiteral("relay"), QStringLiteral("c@relay.example"), {}, own).key());
}

void TestProfileSettings::routesNewAddresses()
{
    settings::SourceChoice local;
    QVERIFY(settings::routeForNew(local).localRelay);
    QCOMPARE(settings::routeForNew(local).providerId, QStringLiteral("relay"));
    QVERIFY(!settings::routeForNew(local, QStringLiteral("mailtm")).localRelay);
    settings::SourceChoice pit;
    pit.source = QStringLiteral("mailpit");
    pit.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8025"));
    QCOMPARE(settings::routeForNew(pit).baseUrl, pit.baseUrl);
    QVERIFY(settings::routeForNew(pit, QStringLiteral("relay")).baseUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"
