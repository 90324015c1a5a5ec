#include "core/store/ProfileOwner.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"
#include "ui/LocalRelay.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mayfly;

// One profile, one owner: the real `mayfly` binary twice on one profile, `mayfly-cli wipe` with the
// app open, and the local relay over a folder whose relay already runs. The app needs a keychain
// (scripts/test's private D-Bus session with gnome-keyring).
class TestProfileOwner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondAppRaisesTheFirst();
    void twoAppsStartedAtOnceMakeOneOwner();
    void wipeWithTheAppOpen();
    void localRelayUsesTheRunningOne();

private:
    // The app on the test profile, with its owner log on stderr; waits until it listens.
    std::unique_ptr<QProcess> startApp(QByteArray* err);

    test::TempProfile m_profile;
};

namespace {

QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mayfly.store.info=true"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    return env;
}

} // namespace

std::unique_ptr<QProcess> TestProfileOwner::startApp(QByteArray* err)
{
    auto app = std::make_unique<QProcess>();
    app->setProcessEnvironment(appEnvironment());
    QProcess* raw = app.get();
    connect(raw, &QProcess::readyReadStandardError, this, [raw, err] { *err += raw->readAllStandardError(); });
    app->start(test::binaryPath(u"mayfly"),
        {QStringLiteral("--profile"), m_profile.profileDir(), QStringLiteral("--no-local-relay")});
    return app;
}

void TestProfileOwner::secondAppRaisesTheFirst()
{
    QByteArray firstErr;
    auto first = startApp(&firstErr);
    QTRY_VERIFY_WITH_TIMEOUT(firstErr.contains("profile owner: listening"), 30000);

    QProcess second;
    second.setProcessEnvironment(appEnvironment());
    second.start(test::binaryPath(u"mayfly"),
        {QStringLiteral("--profile"), m_profile.profileDir(), QStringLiteral("--no-local-relay")});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    const QByteArray secondErr = second.readAllStandardError();
    QVERIFY2(secondErr.contains("already open"), secondErr.constData());
    QVERIFY2(!secondErr.contains("profile owner: listening"), secondErr.constData());
    QTRY_VERIFY_WITH_TIMEOUT(firstErr.contains("profile owner: raise requested"), 10000);
    QCOMPARE(first->state(), QProcess::Running);

    first->terminate();
    QVERIFY(first->waitForFinished(15000));
}

void TestProfileOwner::twoAppsStartedAtOnceMakeOneOwner()
{
    QByteArray errA;
    QByteArray errB;
    auto a = startApp(&errA);
    auto b = startApp(&errB);
    // One of them owns the profile and keeps running; the other hands over and exits 0.
    QTRY_VERIFY_WITH_TIMEOUT(a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning, 30000);
    QProcess* gone = a->state() == QProcess::NotRunning ? a.get() : b.get();
    QProcess* owner = gone == a.get() ? b.get() : a.get();
    const QByteArray& ownerErr = gone == a.get() ? errB : errA;
    QCOMPARE(gone->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ownerErr.contains("profile owner: raise requested"), 10000);
    QCOMPARE(owner->state(), QProcess::Running);
    owner->terminate();
    QVERIFY(owner->waitForFinished(15000));
}

void TestProfileOwner::wipeWithTheAppOpen()
{
    QByteArray appErr;
    auto app = startApp(&appErr);
    QTRY_VERIFY_WITH_TIMEOUT(appErr.contains("profile owner: listening"), 30000);
    const QString dir = m_profile.profileDir();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(dir).filePath(QStringLiteral("mayfly.db"))), 30000);

    QProcess cli;
    cli.start(test::binaryPath(u"mayfly-cli"),
        {QStringLiteral("--profile"), dir, QStringLiteral("wipe"), QStringLiteral("--yes")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray cliErr = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, cliErr.constData());
    QVERIFY2(cliErr.contains("it has quit"), cliErr.constData());
    // The app let go before the wipe: it is gone, and nothing of the profile came back after it.
    QVERIFY(app->waitForFinished(15000));
    QVERIFY2(appErr.contains("profile owner: release requested"), appErr.constData());
    QCOMPARE(app->exitCode(), 0);
    QVERIFY2(!QDir(dir).exists(), qPrintable(m_profile.files().join(u'\n')));
}

void TestProfileOwner::localRelayUsesTheRunningOne()
{
    QTemporaryDir data;
    test::ChildProcess running;
    QVERIFY(running.start(test::binaryPath(u"mayfly-relay"),
        {QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--domain"), ui::LocalRelay::domain(),
            QStringLiteral("--catch-all"), QStringLiteral("--data"), data.path()},
        QRegularExpression(
            QStringLiteral(R"(listening smtp=127\.0\.0\.1:(?<smtp>\d+) http=127\.0\.0\.1:(?<http>\d+))"))));
    const QUrl expected(QStringLiteral("http://127.0.0.1:") + running.capture(QStringLiteral("http")));
    QCOMPARE(ui::LocalRelay::runningEndpoint(data.path()), std::optional<QUrl>(expected));

    {
        ui::LocalRelay relay(data.path());
        QSignalSpy ready(&relay, &ui::LocalRelay::ready);
        relay.start();
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(relay.isShared());
        QCOMPARE(relay.apiUrl(), expected);
        QCOMPARE(relay.smtpPort(), quint16(running.capture(QStringLiteral("smtp")).toUInt()));
        QCOMPARE(relay.processId(), 0); // no second child
        relay.stop();
    }
    // Not ours: it still runs after the LocalRelay is gone.
    QCOMPARE(running.process().state(), QProcess::Running);
    QVERIFY(ui::LocalRelay::runningEndpoint(data.path()).has_value());
    QCOMPARE(running.terminate(), 0);
    QVERIFY(!ui::LocalRelay::runningEndpoint(data.path()).has_value());
}

QTEST_MAIN(TestProfileOwner)
#include "tst_profileowner.moc"
