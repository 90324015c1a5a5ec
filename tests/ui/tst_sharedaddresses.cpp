// Issue 13, defect 2: an address is usable from the app and from the CLI, both ways. Addresses the
// app made on "Your own relay" had no URL of their own, so `mayfly-cli wait` failed with "cannot
// use provider 'relay'"; addresses the CLI made at another relay were routed by the app to the
// source's relay. Both front ends now route through core/settings/ProviderRoute.
#include "core/net/HttpClient.h"
#include "core/providers/ProviderFactory.h"
#include "core/settings/ProfileSettings.h"
#include "core/store/Profile.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"
#include "ui/Session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mayfly;

namespace {

const QString Passphrase = QStringLiteral("shared-passphrase");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("MAYFLY_PASSPHRASE"), Passphrase);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(test::binaryPath(u"mayfly-cli"), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestSharedAddresses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appAddressWorksInTheCli();
    void cliAddressAtAnotherRelayWorksInTheApp();

private:
    bool startRelay(test::ChildProcess& relay, QString& smtp, QUrl& http);
    bool sendMail(const QString& smtpPort, const QString& to, const QString& body);

    test::TempProfile m_home;
    test::ChildProcess m_ownRelay;
    test::ChildProcess m_otherRelay;
    QString m_ownSmtp;
    QString m_otherSmtp;
    QUrl m_ownUrl;
    QUrl m_otherUrl;
    QString m_profileDir;
    std::unique_ptr<core::store::Profile> m_profile;
    core::net::HttpClient m_http;
    std::unique_ptr<ui::Session> m_session;
};

bool TestSharedAddresses::startRelay(test::ChildProcess& relay, QString& smtp, QUrl& http)
{
    if (!relay.start(test::binaryPath(u"mayfly-relay"),
            {QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--domain"), QStringLiteral("mayfly.test"),
                QStringLiteral("--memory")},
            QRegularExpression(
                QStringLiteral("listening smtp=127\\.0\\.0\\.1:(?<smtp>\\d+) http=127\\.0\\.0\\.1:(?<http>\\d+)"))))
        return false;
    smtp = relay.capture(QStringLiteral("smtp"));
    http = QUrl(QStringLiteral("http://127.0.0.1:") + relay.capture(QStringLiteral("http")));
    return true;
}

bool TestSharedAddresses::sendMail(const QString& smtpPort, const QString& to, const QString& body)
{
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), smtpPort,
            QStringLiteral("--from"), QStringLiteral("noreply@shop.test"), QStringLiteral("--to"), to,
            QStringLiteral("--header"), QStringLiteral("Subject: Your code"), QStringLiteral("--body"), body,
            QStringLiteral("--silent"), QStringLiteral("2")});
    return swaks.waitForFinished(30000) && swaks.exitCode() == 0;
}

void TestSharedAddresses::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        QSKIP("needs swaks (scripts/bootstrap installs it)");
    QVERIFY(startRelay(m_ownRelay, m_ownSmtp, m_ownUrl));
    QVERIFY(startRelay(m_otherRelay, m_otherSmtp, m_otherUrl));
    m_profileDir = m_home.profileDir() + QStringLiteral("/shared");
    core::store::ProfileOptions options;
    options.directory = m_profileDir;
    options.passphrase = Passphrase;
    auto opened = core::store::Profile::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_profile = std::move(opened).value();
    // The user chose "Your own relay" on the first-run page.
    core::settings::SourceChoice choice;
    choice.source = QStringLiteral("relay");
    choice.baseUrl = m_ownUrl;
    QVERIFY(core::settings::saveSourceChoice(m_profile->store(), choice).ok());
    // The session the window runs, with the app's routing (as ui::Desktop::createProvider does).
    m_session = std::make_unique<ui::Session>(
        m_profile->store(), ui::Session::RouteFactory([this](const core::settings::ProviderRoute& route) {
            core::providers::ProviderSettings settings;
            settings.id = route.providerId;
            settings.baseUrl = route.baseUrl;
            settings.creationKey = route.creationKey;
            return core::providers::createProvider(settings, m_http);
        }));
    m_session->setSourceChoice(choice);
    m_session->start();
}

void TestSharedAddresses::cleanupTestCase()
{
    m_session.reset();
    m_profile.reset();
    m_otherRelay.terminate();
    m_ownRelay.terminate();
}

void TestSharedAddresses::appAddressWorksInTheCli()
{
    QSignalSpy created(m_session.get(), &ui::Session::addressCreated);
    m_session->createAddress(QStringLiteral("relay"), {});
    QVERIFY(created.wait(20000));
    const QString address = m_session->addresses().constFirst().mailbox.address;
    QVERIFY(sendMail(m_ownSmtp, address, QStringLiteral("Your verification code is 550721.")));
    const QStringList global = {QStringLiteral("--profile"), m_profileDir};
    Run r = cli(global
        + QStringList{QStringLiteral("wait"), address, QStringLiteral("--code"), QStringLiteral("--any"),
            QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("550721\n"));
    r = cli(global + QStringList{QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && !r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    // Deleted from the CLI: at the relay too.
    r = cli(global + QStringList{QStringLiteral("delete"), address});
    QVERIFY2(r.exitCode == 0 && !r.out.contains(QLatin1String("not deleted")), qPrintable(r.out + r.err));
    QVERIFY(!sendMail(m_ownSmtp, address, QStringLiteral("anyone there?")));
}

void TestSharedAddresses::cliAddressAtAnotherRelayWorksInTheApp()
{
    const QStringList global = {QStringLiteral("--profile"), m_profileDir};
    Run r = cli(global + QStringList{QStringLiteral("new"), QStringLiteral("--relay"), m_otherUrl.toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString address = r.out.trimmed();
    // The app follows the CLI's write and subscribes at the relay the address lives at.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_session->addresses().cbegin(), m_session->addresses().cend(),
                                 [&](const ui::StoredAddress& a) { return a.mailbox.address == address; }),
        20000);
    QSignalSpy arrived(m_session.get(), &ui::Session::messageAdded);
    QVERIFY(sendMail(m_otherSmtp, address, QStringLiteral("Your verification code is 907311.")));
    QVERIFY(arrived.wait(20000));
    QCOMPARE(arrived.constFirst().at(1).toString(), QStringLiteral("907311"));
}

QTEST_MAIN(TestSharedAddresses)
#include "tst_sharedaddresses.moc"
