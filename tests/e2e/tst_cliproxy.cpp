// Issue 13, defect 1: with a SOCKS5 proxy chosen (Tor), every mayfly-cli command connects only
// through it and resolves no name itself. The relay is reachable only under a name that does not
// resolve on this machine (.invalid, RFC 6761 §6.4) and that only the test's SOCKS5 server
// (tests/support/socks5_proxy.py) knows: a command that connected directly, or resolved the name
// itself, fails.
#include "core/settings/ProfileSettings.h"
#include "core/store/Profile.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;

namespace {

const QString ProxiedHost = QStringLiteral("relay.proxied.invalid");
const QString Passphrase = QStringLiteral("proxy-passphrase");

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("MAYFLY_PASSPHRASE"), Passphrase);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutTheProxyTheRelayIsUnreachable();
    void everyCommandGoesThroughTheProxy_data();
    void everyCommandGoesThroughTheProxy();

private:
    Run cli(const QStringList& args, int timeoutMs = 60000);
    QStringList proxyLog() const;
    bool sendMail(const QString& to, const QString& body);

    test::TempProfile m_home;
    QTemporaryDir m_dir;
    test::ChildProcess m_relay;
    test::ChildProcess m_proxy;
    QString m_smtpPort;
    QString m_httpPort;
    QString m_proxyUrl;
};

void TestCliProxy::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        QSKIP("needs swaks (scripts/bootstrap installs it)");
    QVERIFY(m_relay.start(test::binaryPath(u"mayfly-relay"),
        {QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--domain"), QStringLiteral("mayfly.test"),
            QStringLiteral("--memory")},
        QRegularExpression(
            QStringLiteral("listening smtp=127\\.0\\.0\\.1:(?<smtp>\\d+) http=127\\.0\\.0\\.1:(?<http>\\d+)"))));
    m_smtpPort = m_relay.capture(QStringLiteral("smtp"));
    m_httpPort = m_relay.capture(QStringLiteral("http"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(!python.isEmpty());
    QVERIFY(m_proxy.start(python,
        {test::sourceDir() + QStringLiteral("/tests/support/socks5_proxy.py"), QStringLiteral("--map"),
            ProxiedHost + QStringLiteral("=127.0.0.1"), QStringLiteral("--log"),
            m_dir.filePath(QStringLiteral("proxy.log"))},
        QRegularExpression(QStringLiteral("listening (?<port>\\d+)"))));
    m_proxyUrl = QStringLiteral("socks5://127.0.0.1:") + m_proxy.capture(QStringLiteral("port"));
}

void TestCliProxy::cleanupTestCase()
{
    m_proxy.kill();
    m_relay.terminate();
}

Run TestCliProxy::cli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(test::binaryPath(u"mayfly-cli"), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList TestCliProxy::proxyLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("proxy.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

bool TestCliProxy::sendMail(const QString& to, const QString& body)
{
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_smtpPort,
            QStringLiteral("--from"), QStringLiteral("noreply@shop.test"), QStringLiteral("--to"), to,
            QStringLiteral("--header"), QStringLiteral("Subject: Your code"), QStringLiteral("--body"), body,
            QStringLiteral("--silent"), QStringLiteral("2")});
    return swaks.waitForFinished(30000) && swaks.exitCode() == 0;
}

void TestCliProxy::withoutTheProxyTheRelayIsUnreachable()
{
    // The test's premise: the name does not resolve here, so only the proxy can reach it.
    const QString profile = m_home.profileDir() + QStringLiteral("/direct");
    const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("new"), QStringLiteral("--relay"),
        QStringLiteral("http://%1:%2").arg(ProxiedHost, m_httpPort)});
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY(proxyLog().isEmpty());
}

void TestCliProxy::everyCommandGoesThroughTheProxy_data()
{
    QTest::addColumn<bool>("fromProfile"); // the proxy saved in the profile (as the app does), or --proxy
    QTest::newRow("--proxy") << false;
    QTest::newRow("profile-setting") << true;
}

void TestCliProxy::everyCommandGoesThroughTheProxy()
{
    QFETCH(bool, fromProfile);
    const QString profile = m_home.profileDir() + (fromProfile ? QStringLiteral("/saved") : QStringLiteral("/flag"));
    QStringList global = {QStringLiteral("--profile"), profile};
    if (fromProfile) {
        // The user chose Tor in the app: the choice lives in the profile's store.
        core::store::ProfileOptions options;
        options.directory = profile;
        options.passphrase = Passphrase;
        options.scrypt = {}; // the defaults, as the CLI uses
        auto opened = core::store::Profile::open(options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        core::settings::SourceChoice choice;
        choice.source = QStringLiteral("relay");
        choice.baseUrl = QUrl(QStringLiteral("http://%1:%2").arg(ProxiedHost, m_httpPort));
        choice.proxy = *core::settings::parseProxy(m_proxyUrl);
        QVERIFY(core::settings::saveSourceChoice((*opened)->store(), choice).ok());
    } else {
        global << QStringLiteral("--proxy") << m_proxyUrl;
    }
    const qsizetype logBefore = proxyLog().size();

    QStringList newArgs = global;
    newArgs << QStringLiteral("new");
    if (!fromProfile)
        newArgs << QStringLiteral("--relay") << QStringLiteral("http://%1:%2").arg(ProxiedHost, m_httpPort);
    Run r = cli(newArgs);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString address = r.out.trimmed();
    QVERIFY(address.endsWith(QLatin1String("@mayfly.test")));

    // wait (push channel and catch-up through the proxy) for a code sent meanwhile.
    QProcess wait;
    wait.setProcessEnvironment(cliEnvironment());
    wait.setReadChannel(QProcess::StandardError);
    wait.start(test::binaryPath(u"mayfly-cli"),
        global
            + QStringList{QStringLiteral("wait"), address, QStringLiteral("--code"), QStringLiteral("--timeout"),
                QStringLiteral("60")});
    QVERIFY(wait.waitForStarted());
    QByteArray announced;
    while (!announced.contains('\n')) {
        QVERIFY2(wait.waitForReadyRead(30000), "wait never said it was listening");
        announced += wait.readAllStandardError();
    }
    QVERIFY(sendMail(address, QStringLiteral("Your verification code is 604172.")));
    QVERIFY(wait.waitForFinished(60000));
    QCOMPARE(wait.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(wait.readAllStandardOutput()), QStringLiteral("604172\n"));

    QVERIFY(sendMail(address, QStringLiteral("A second one, 118833.")));
    r = cli(global + QStringList{QStringLiteral("list"), address});
    QVERIFY2(r.exitCode == 0 && !r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    r = cli(global + QStringList{QStringLiteral("delete"), address});
    QVERIFY2(r.exitCode == 0 && !r.err.contains(QLatin1String("not deleted")), qPrintable(r.err + r.out));

    // Every connection of every command went to the proxy, by name: nothing was resolved here.
    const QStringList log = proxyLog().mid(logBefore);
    QVERIFY(log.size() >= 4); // new, wait (push + list + fetch), list, delete
    for (const QString& line : log)
        QCOMPARE(line, QStringLiteral("connect domain %1 %2").arg(ProxiedHost, m_httpPort));
}

QTEST_GUILESS_MAIN(TestCliProxy)
#include "tst_cliproxy.moc"
