// The local relay dies with the app: SIGKILL the parent (nothing of it runs any more) and the
// mayfly-relay child exits within seconds, through its stdin pipe (--watch-stdin, every OS) and,
// for the app's own LocalRelay on Linux, PR_SET_PDEATHSIG as well. The parent is this executable
// started again with --parent MODE, so the test itself never has to die.
#include "tests/support/TestPaths.h"
#include "ui/LocalRelay.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/wait.h>

using namespace mayfly;

namespace {

void announce(qint64 pid)
{
    std::printf("relay-pid %lld\n", static_cast<long long>(pid));
    std::fflush(stdout);
}

// The parent: starts a relay child the way MODE says, prints its pid, then waits to be killed.
int runParent(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = QString::fromLatin1(argv[2]);
    if (mode == u"local-relay") {
        // The app's own class, exactly as Desktop starts it for a memory-only profile.
        auto* relay = new ui::LocalRelay(ui::LocalRelay::Config{}, &app);
        QObject::connect(relay, &ui::LocalRelay::ready, &app, [relay] { announce(relay->processId()); });
        QObject::connect(relay, &ui::LocalRelay::failed, &app, [](const QString& reason) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(reason));
            QCoreApplication::exit(1);
        });
        relay->start();
        return app.exec();
    }
    // stdin-only: a plain QProcess, no PR_SET_PDEATHSIG: only the pipe can end the child.
    auto* child = new QProcess(&app);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(child, &QProcess::readyReadStandardOutput, &app, [child] {
        if (child->readAllStandardOutput().contains("listening"))
            announce(child->processId());
    });
    child->start(test::binaryPath(u"mayfly-relay"),
        {QStringLiteral("--memory"), QStringLiteral("--watch-stdin"), QStringLiteral("--domain"),
            QStringLiteral("mayfly.test"), QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--http"), QStringLiteral("127.0.0.1:0")});
    return app.exec();
}

// Exited: reaped here (this process is a subreaper, so orphans come to it), gone, or a zombie.
bool exited(qint64 pid)
{
    int status = 0;
    if (::waitpid(pid_t(pid), &status, WNOHANG) == pid_t(pid))
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

} // namespace

class TestRelayLifeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void childDiesWithItsKilledParent_data();
    void childDiesWithItsKilledParent();
};

void TestRelayLifeline::initTestCase()
{
    // The relay is orphaned when its parent dies; as subreaper this test inherits and reaps it.
    QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
}

void TestRelayLifeline::childDiesWithItsKilledParent_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("app-local-relay") << QStringLiteral("local-relay");
    QTest::newRow("stdin-pipe-only") << QStringLiteral("stdin-only");
}

void TestRelayLifeline::childDiesWithItsKilledParent()
{
    QFETCH(QString, mode);
    QProcess parent;
    parent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    parent.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--parent"), mode});
    QVERIFY(parent.waitForStarted());
    QByteArray out;
    static const QRegularExpression announced(QStringLiteral("relay-pid (\\d+)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += parent.readAllStandardOutput(), match = announced.match(QString::fromLatin1(out)), match.hasMatch()),
        20000);
    const qint64 relayPid = match.captured(1).toLongLong();
    QVERIFY(relayPid > 0);
    QVERIFY(!exited(relayPid));

    QCOMPARE(::kill(pid_t(parent.processId()), SIGKILL), 0);
    QVERIFY(parent.waitForFinished(5000));
    QCOMPARE(parent.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(exited(relayPid), 10000);
}

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--parent") == 0)
        return runParent(argc, argv);
    QCoreApplication app(argc, argv);
    TestRelayLifeline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_relaylifeline.moc"
