// --memory: the relay keeps addresses and mail in its own memory and writes no file, anywhere.
// Checked with a file-system trace of the real binary (strace -f -e trace=%file) under a temporary
// HOME, TMPDIR and working directory; the same check on a --data relay shows it does see writes.
#include "core/crypto/SealedBox.h"
#include "tests/relay/RelayHarness.h"
#include "tests/support/TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mayfly;
using core::crypto::SealedBox;

namespace {

// Every file-system call in an strace log that creates, changes or removes something, outside
// /dev, /proc and /sys: "syscall path".
QStringList writesIn(const QString& tracePath)
{
    static const QSet<QString> changing{QStringLiteral("mkdir"), QStringLiteral("mkdirat"), QStringLiteral("rename"),
        QStringLiteral("renameat"), QStringLiteral("renameat2"), QStringLiteral("unlink"), QStringLiteral("unlinkat"),
        QStringLiteral("rmdir"), QStringLiteral("link"), QStringLiteral("linkat"), QStringLiteral("symlink"),
        QStringLiteral("symlinkat"), QStringLiteral("truncate"), QStringLiteral("chmod"), QStringLiteral("fchmodat"),
        QStringLiteral("chown"), QStringLiteral("lchown"), QStringLiteral("fchownat"), QStringLiteral("utimensat"),
        QStringLiteral("mknod"), QStringLiteral("mknodat"), QStringLiteral("creat")};
    static const QSet<QString> opening{QStringLiteral("open"), QStringLiteral("openat"), QStringLiteral("openat2")};
    static const QRegularExpression line(QStringLiteral("^\\d+\\s+(\\w+)\\((.*)$"));
    static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression writeFlags(QStringLiteral("\\bO_(WRONLY|RDWR|CREAT|TRUNC|TMPFILE)\\b"));
    QStringList out;
    QFile file(tracePath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no trace)")};
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        const auto m = line.match(text);
        if (!m.hasMatch())
            continue;
        const QString call = m.captured(1);
        const QString args = m.captured(2);
        const bool writes = changing.contains(call) || (opening.contains(call) && writeFlags.match(args).hasMatch());
        if (!writes)
            continue;
        const QString path = quoted.match(args).captured(1);
        if (path.startsWith(u"/dev/") || path.startsWith(u"/proc/") || path.startsWith(u"/sys/"))
            continue;
        out.append(call + u' ' + path);
    }
    return out;
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

// The pid of the one child of `parent` (strace's tracee), from /proc.
qint64 onlyChildOf(qint64 parent)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(parent));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> pids = children.readAll().trimmed().split(' ');
    return pids.size() == 1 ? pids.first().toLongLong() : 0;
}

} // namespace

class TestRelayMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesNothing_data();
    void writesNothing();
};

void TestRelayMemory::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        QFAIL("strace is needed (scripts/bootstrap installs it)");
}

void TestRelayMemory::writesNothing_data()
{
    QTest::addColumn<bool>("memory");
    QTest::newRow("memory") << true;
    // The control: the same trace of a relay with --data does show its database being written.
    QTest::newRow("data-dir-control") << false;
}

void TestRelayMemory::writesNothing()
{
    QFETCH(bool, memory);
    QTemporaryDir scratch; // holds the trace; the relay's world is `world`
    QTemporaryDir world;
    QVERIFY(scratch.isValid() && world.isValid());
    for (const char* sub : {"home", "tmp", "cwd", "runtime"})
        QVERIFY(QDir(world.path()).mkpath(QLatin1String(sub)));
    const QString trace = scratch.filePath(QStringLiteral("trace.txt"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), world.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("TMPDIR"), world.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), world.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CACHE_HOME"));
    test::ChildProcess strace;
    strace.process().setProcessEnvironment(env);
    strace.process().setWorkingDirectory(world.filePath(QStringLiteral("cwd")));
    const auto keys = SealedBox::generateKeyPair();
    QStringList args{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"), QStringLiteral("trace=%file"),
        QStringLiteral("-o"), trace, test::binaryPath(u"mayfly-relay"), QStringLiteral("--smtp"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--domain"), QStringLiteral("mayfly.test"), QStringLiteral("--catch-all"),
        QStringLiteral("--seal-to"), QString::fromLatin1(keys.publicKey.toBase64())};
    if (memory)
        args << QStringLiteral("--memory");
    else
        args << QStringLiteral("--data") << world.filePath(QStringLiteral("home/relay"));
    const QRegularExpression ready(QStringLiteral(
        "mayfly-relay: listening smtp=127\\.0\\.0\\.1:(?<smtp>\\d+) http=127\\.0\\.0\\.1:(?<http>\\d+)"));
    QVERIFY2(strace.start(QStringLiteral("strace"), args, ready), qPrintable(strace.output()));
    const quint16 smtpPort = quint16(strace.capture(QStringLiteral("smtp")).toUInt());
    const quint16 httpPort = quint16(strace.capture(QStringLiteral("http")).toUInt());

    // Mail in and out, so the store has really been used: a created address and a catch-all one.
    const QJsonObject created = test::httpRequest(httpPort, "POST", "/api/v1/addresses", {},
        "{\"localPart\":\"kept\",\"publicKey\":\"" + keys.publicKey.toBase64() + "\"}")
                                    .json();
    const QByteArray token = created.value(u"token").toString().toLatin1();
    QVERIFY(!token.isEmpty());
    {
        test::SmtpClient smtp;
        QVERIFY(smtp.connectTo(smtpPort));
        QCOMPARE(smtp.readReply(), 220);
        QCOMPARE(smtp.command("EHLO client.test"), 250);
        QCOMPARE(smtp.sendMail("a@example.org", {"kept@mayfly.test", "caught@mayfly.test"},
                     "Subject: in memory\r\n\r\nthe code is 424242\r\n"),
            250);
    }
    const auto listed = test::httpRequest(
        httpPort, "GET", "/api/v1/addresses/" + created.value(u"id").toString().toLatin1() + "/messages", token)
                            .json()
                            .value(u"messages")
                            .toArray();
    QCOMPARE(listed.size(), 1);
    const QString messageId = listed.first().toObject().value(u"id").toString();
    const auto raw = test::httpRequest(httpPort, "GET",
        "/api/v1/addresses/" + created.value(u"id").toString().toLatin1() + "/messages/" + messageId.toLatin1()
            + "/raw",
        token);
    QCOMPARE(raw.status, 200);
    auto opened = SealedBox::open(keys.privateKey, raw.body, messageId.toUtf8());
    QVERIFY(opened.ok());
    QVERIFY(opened->contains("the code is 424242"));
    const QJsonObject claimed
        = test::httpRequest(httpPort, "POST", "/api/v1/addresses", {}, "{\"localPart\":\"caught\"}").json();
    QVERIFY(!claimed.value(u"token").toString().isEmpty());

    // A clean stop (SIGTERM to the relay, not to strace), so the shutdown path is traced too.
    const qint64 relayPid = onlyChildOf(strace.process().processId());
    QVERIFY(relayPid > 0);
    QCOMPARE(::kill(pid_t(relayPid), SIGTERM), 0);
    QVERIFY(strace.process().waitForFinished(15000));

    const QStringList writes = writesIn(trace);
    if (memory) {
        QCOMPARE(writes, QStringList());
        QCOMPARE(filesUnder(world.path()),
            (QStringList{world.filePath(QStringLiteral("cwd")), world.filePath(QStringLiteral("home")),
                world.filePath(QStringLiteral("runtime")), world.filePath(QStringLiteral("tmp"))}));
    } else {
        QVERIFY2(!writes.filter(QStringLiteral("relay.sqlite")).isEmpty(), qPrintable(writes.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestRelayMemory)
#include "tst_relaymemory.moc"
