#include "tests/relay/RelayHarness.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly::test;

// One --data folder, one relay: the second refuses (exit 4), and the owner says where it listens
// in DIR/endpoint.json (0600) until it exits.
class TestRelayOwner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondRelayOnTheSameFolderRefuses();
    void endpointFileNamesThePortsUntilExit();
};

void TestRelayOwner::secondRelayOnTheSameFolderRefuses()
{
    QTemporaryDir data;
    RelayProcess first;
    QVERIFY(first.start(data.path()));

    QProcess second;
    second.start(binaryPath(u"mayfly-relay"),
        {QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--domain"), QStringLiteral("mayfly.test"),
            QStringLiteral("--data"), data.path()});
    QVERIFY(second.waitForFinished(15000));
    const QString err = QString::fromLocal8Bit(second.readAllStandardError());
    QCOMPARE(second.exitCode(), 4);
    QVERIFY2(err.contains(QStringLiteral("already uses")), qPrintable(err));
    QVERIFY(!second.readAllStandardOutput().contains("listening"));
    // The first keeps serving.
    QCOMPARE(first.createAddress().address.isEmpty(), false);
}

void TestRelayOwner::endpointFileNamesThePortsUntilExit()
{
    QTemporaryDir data;
    RelayProcess relay;
    QVERIFY(relay.start(data.path()));
    QFile file(data.filePath(QStringLiteral("endpoint.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions{});
    const QJsonObject endpoint = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(endpoint.value(u"smtp").toString(), QStringLiteral("127.0.0.1:%1").arg(relay.smtpPort()));
    QCOMPARE(endpoint.value(u"http").toString(), QStringLiteral("http://127.0.0.1:%1").arg(relay.httpPort()));
    QCOMPARE(endpoint.value(u"pid").toInteger(), relay.child().process().processId());
    QCOMPARE(relay.terminate(), 0);
    QVERIFY(!file.exists());
}

QTEST_GUILESS_MAIN(TestRelayOwner)
#include "tst_relayowner.moc"
