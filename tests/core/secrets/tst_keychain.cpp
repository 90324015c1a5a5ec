// QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session), and the
// missing-keychain paths with the exact codes QtKeychain 0.13.2 reports (docs PITFALLS item 4):
// no bus -> OtherError (7); a locked keyring -> EntryNotFound (1) on read. Each scenario runs
// keychain_probe in its own environment, so the test needs no bus of its own.
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace mayfly;

namespace {

enum class Bus
{
    Unlocked, // dbus-run-session + gnome-keyring unlocked with a password
    Locked, // dbus-run-session + gnome-keyring started but not unlocked
    None, // no session bus at all
};

struct ProbeResult
{
    int native = -1;
    QString code;
    QString value;
    QString output;
};

ProbeResult probe(Bus bus, const QStringList& args)
{
    const QString program = test::binaryPath(u"keychain_probe");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    if (bus == Bus::None) {
        p.start(program, args);
    } else {
        const QString daemon = bus == Bus::Unlocked
            ? QStringLiteral("printf mayfly-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1")
            : QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1");
        p.start(QStringLiteral("dbus-run-session"),
            QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                daemon + QStringLiteral("; exec \"$0\" \"$@\""), program}
                + args);
    }
    ProbeResult result;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return result;
    }
    result.output = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("native=(\\d+) code=([^=]+) value=(.*)"));
    const auto m = line.match(result.output);
    if (m.hasMatch()) {
        result.native = m.captured(1).toInt();
        result.code = m.captured(2);
        result.value = m.captured(3).trimmed();
    }
    return result;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripOnUnlockedKeyring();
    void missingBackendCodes_data();
    void missingBackendCodes();
    void existingStoreIsNeverAFirstRun();
    void freshProfileWithoutKeychainFailsClosed();
};

void TestKeychain::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (scripts/bootstrap installs them)");
    QVERIFY(!test::binaryPath(u"keychain_probe").isEmpty());
}

void TestKeychain::roundTripOnUnlockedKeyring()
{
    test::TempProfile home;
    // One session for the sequence: the keyring lives in $HOME and is unlocked again each time.
    auto w = probe(Bus::Unlocked, {QStringLiteral("write"), QStringLiteral("k"), QStringLiteral("s3cret")});
    QCOMPARE(w.native, 0);
    auto r = probe(Bus::Unlocked, {QStringLiteral("read"), QStringLiteral("k")});
    QCOMPARE(r.native, 0);
    QCOMPARE(r.value, QStringLiteral("s3cret"));
    auto d = probe(Bus::Unlocked, {QStringLiteral("remove"), QStringLiteral("k")});
    QCOMPARE(d.native, 0);
    auto gone = probe(Bus::Unlocked, {QStringLiteral("read"), QStringLiteral("k")});
    QCOMPARE(gone.native, 1); // EntryNotFound
    QCOMPARE(gone.code, QStringLiteral("not found"));
}

void TestKeychain::missingBackendCodes_data()
{
    QTest::addColumn<int>("bus");
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("native");
    QTest::addColumn<QString>("code");
    QTest::newRow("no-bus/read") << int(Bus::None) << QStringLiteral("read") << 7
                                 << QStringLiteral("keychain unavailable");
    QTest::newRow("no-bus/write") << int(Bus::None) << QStringLiteral("write") << 7
                                  << QStringLiteral("keychain unavailable");
    QTest::newRow("locked/read") << int(Bus::Locked) << QStringLiteral("read") << 1 << QStringLiteral("not found");
    // AccessDenied (4): gnome-keyring cannot show its unlock prompt without a display.
    QTest::newRow("locked/write") << int(Bus::Locked) << QStringLiteral("write") << 4
                                  << QStringLiteral("keychain unavailable");
}

void TestKeychain::missingBackendCodes()
{
    QFETCH(int, bus);
    QFETCH(QString, op);
    QFETCH(int, native);
    QFETCH(QString, code);
    test::TempProfile home;
    if (Bus(bus) == Bus::Locked) {
        // Make a keyring with an entry first, so "locked" really is a locked keyring with data.
        QCOMPARE(probe(Bus::Unlocked, {QStringLiteral("write"), QStringLiteral("k"), QStringLiteral("v")}).native, 0);
    }
    const auto r = probe(Bus(bus), {op, QStringLiteral("k"), QStringLiteral("v")});
    QVERIFY2(r.native >= 0, qPrintable(r.output));
    QCOMPARE(r.native, native);
    QCOMPARE(r.code, code);
}

void TestKeychain::existingStoreIsNeverAFirstRun()
{
    test::TempProfile home;
    const QString dir = home.profileDir();
    auto created = probe(Bus::Unlocked, {QStringLiteral("profile"), dir});
    QCOMPARE(created.code, QStringLiteral("ok"));
    QCOMPARE(created.value, QStringLiteral("keychain"));

    auto noBus = probe(Bus::None, {QStringLiteral("profile"), dir});
    QCOMPARE(noBus.native, 7);
    QCOMPARE(noBus.code, QStringLiteral("keychain unavailable"));
    QVERIFY2(noBus.value.contains(QLatin1String("QtKeychain error 7")), qPrintable(noBus.value));

    auto locked = probe(Bus::Locked, {QStringLiteral("profile"), dir});
    QCOMPARE(locked.native, 1);
    QCOMPARE(locked.code, QStringLiteral("keychain unavailable"));
    QVERIFY2(locked.value.contains(QLatin1String("never starts over")), qPrintable(locked.value));

    // The original key still opens the store: nothing was replaced by a "first run".
    auto again = probe(Bus::Unlocked, {QStringLiteral("profile"), dir});
    QCOMPARE(again.code, QStringLiteral("ok"));
    QCOMPARE(again.value, QStringLiteral("keychain"));
}

void TestKeychain::freshProfileWithoutKeychainFailsClosed()
{
    test::TempProfile home;
    const QString dir = home.profileDir() + QStringLiteral("/fresh");
    auto r = probe(Bus::None, {QStringLiteral("profile"), dir});
    QCOMPARE(r.code, QStringLiteral("keychain unavailable"));
    QVERIFY(r.value.contains(QLatin1String("MAYFLY_PASSPHRASE")));
    QVERIFY(r.value.contains(QLatin1String("--memory-only")));
    QVERIFY2(!QFile::exists(dir), "a failed first run leaves no store behind");
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
