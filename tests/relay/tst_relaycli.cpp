#include "relay/RelayOptions.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

using namespace mayfly;

class TestRelayCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsOptions();
    void refusesPublicApiWithoutCreationKey();
    void namesAndSecrets_data();
    void namesAndSecrets();
    void parseEndpoint_data();
    void parseEndpoint();
};

void TestRelayCli::helpDocumentsOptions()
{
    QProcess relay;
    relay.start(test::binaryPath(u"mayfly-relay"), {QStringLiteral("--help")});
    QVERIFY(relay.waitForFinished(10000));
    QCOMPARE(relay.exitCode(), 0);
    const QString help = QString::fromUtf8(relay.readAllStandardOutput());
    for (const char* option : {"--smtp", "--http", "--domain", "--data", "--catch-all", "--config", "--tls-cert",
             "--tls-key", "--creation-key", "--max-size", "--default-ttl", "--max-ttl", "--idle-timeout",
             "--min-data-rate", "--max-connections", "--max-connections-per-client", "--janitor-interval",
             "--max-token-failures", "--max-messages-per-address", "--hostname", "--postmaster-token", "--verbose"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestRelayCli::refusesPublicApiWithoutCreationKey()
{
    const auto options = relay::parseRelayOptions({QStringLiteral("mayfly-relay"), QStringLiteral("--domain"),
        QStringLiteral("mayfly.test"), QStringLiteral("--data"), QStringLiteral("/tmp/x"), QStringLiteral("--http"),
        QStringLiteral("0.0.0.0:8025")});
    QVERIFY(!options.ok());
    QVERIFY(options.error().detail.contains(QStringLiteral("creation-key")));
    const auto withKey = relay::parseRelayOptions({QStringLiteral("mayfly-relay"), QStringLiteral("--domain"),
        QStringLiteral("mayfly.test"), QStringLiteral("--data"), QStringLiteral("/tmp/x"), QStringLiteral("--http"),
        QStringLiteral("0.0.0.0:8025"), QStringLiteral("--creation-key"), QStringLiteral("k"),
        QStringLiteral("--max-size"), QStringLiteral("10M"), QStringLiteral("--idle-timeout"), QStringLiteral("2m")});
    QVERIFY(withKey.ok());
    QCOMPARE(withKey->maxMessageSize, 10LL * 1024 * 1024);
    QCOMPARE(withKey->idleTimeoutSeconds, 120);
}

void TestRelayCli::namesAndSecrets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("defaults") << QStringList() << QString();
    QTest::newRow("hostname") << QStringList{QStringLiteral("--hostname"), QStringLiteral("mx.example.org")}
                              << QString();
    QTest::newRow("hostname-literal") << QStringList{QStringLiteral("--hostname"), QStringLiteral("[192.0.2.1]")}
                                      << QString();
    // The host name goes into every greeting and Received: header: nothing that could break either.
    QTest::newRow("hostname-space") << QStringList{QStringLiteral("--hostname"), QStringLiteral("mx example")}
                                    << QStringLiteral("--hostname");
    QTest::newRow("hostname-crlf") << QStringList{QStringLiteral("--hostname"), QStringLiteral("mx\r\nX: y")}
                                   << QStringLiteral("--hostname");
    QTest::newRow("domain-space") << QStringList{QStringLiteral("--domain"), QStringLiteral("a b.test")}
                                  << QStringLiteral("--domain");
    QTest::newRow("domain-utf8") << QStringList{QStringLiteral("--domain"), QStringLiteral("b\u00fccher.test")}
                                 << QStringLiteral("--domain");
    QTest::newRow("postmaster-token") << QStringList{QStringLiteral("--postmaster-token"),
        QStringLiteral("0123456789abcdef")}
                                      << QString();
    QTest::newRow("postmaster-token-short") << QStringList{QStringLiteral("--postmaster-token"),
        QStringLiteral("0123456789abcde")} << QStringLiteral("--postmaster-token");
}

void TestRelayCli::namesAndSecrets()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const auto options = relay::parseRelayOptions(
        QStringList{QStringLiteral("mayfly-relay"), QStringLiteral("--domain"), QStringLiteral("mayfly.test"),
            QStringLiteral("--data"), QStringLiteral("/tmp/x")}
        + arguments);
    QCOMPARE(options.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(options.error().detail.startsWith(error), qPrintable(options.error().detail));
}

void TestRelayCli::parseEndpoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint16>("port");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:2525") << true << quint16(2525);
    QTest::newRow("ipv6") << QStringLiteral("[::1]:25") << true << quint16(25);
    QTest::newRow("any-port") << QStringLiteral("127.0.0.1:0") << true << quint16(0);
    QTest::newRow("localhost") << QStringLiteral("localhost:80") << true << quint16(80);
    QTest::newRow("no-port") << QStringLiteral("127.0.0.1") << false << quint16(0);
    QTest::newRow("port-too-big") << QStringLiteral("127.0.0.1:65536") << false << quint16(0);
    QTest::newRow("hostname-needs-dns") << QStringLiteral("example.com:25") << false << quint16(0);
}

void TestRelayCli::parseEndpoint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint16, port);
    const auto endpoint = relay::parseEndpoint(text);
    QCOMPARE(endpoint.ok(), valid);
    if (valid)
        QCOMPARE(endpoint->port, port);
}

QTEST_GUILESS_MAIN(TestRelayCli)
#include "tst_relaycli.moc"
