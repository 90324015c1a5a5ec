// Builds the DEB with cpack, checks what it carries, installs it with apt-get the way a user does,
// runs the installed programs and removes the package again. Installing needs root (CI runs as
// root); without it only the build and content checks run.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

// cpack with DEB and shlibdeps takes seconds; apt-get may wait for another apt's lock.
constexpr int kSlowCommandMs = 300'000;

Run run(const QString& program, const QStringList& arguments, const QString& workingDirectory = {},
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(kSlowCommandMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, QString::fromLocal8Bit(process.readAll()))};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromLocal8Bit(process.readAll())};
}

QProcessEnvironment aptEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    return env;
}

bool isInstalled()
{
    const Run status = run(
        QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), QStringLiteral("mayfly")});
    return status.exitCode == 0 && status.output.contains(QStringLiteral("install ok installed"));
}

} // namespace

class TestDebPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packageHasEveryFile_data();
    void packageHasEveryFile();
    void metadataValidates();
    void installRunRemove();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QStringList m_contents; // paths in the package, without the leading "."
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
        QSKIP("dpkg-deb is not installed: not a Debian system");
    const QString buildDir = qEnvironmentVariable("MAYFLY_BUILD_DIR");
    const QString config = QDir(buildDir).filePath(QStringLiteral("CPackConfig.cmake"));
    QVERIFY2(QFileInfo::exists(config), qPrintable(config));

    const Run cpack = run(QStringLiteral(MAYFLY_CPACK_COMMAND),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path(), QStringLiteral("--config"),
            config},
        buildDir);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));

    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("mayfly_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(m_dir.path()).filePath(debs.first());

    const Run list = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
    QCOMPARE(list.exitCode, 0);
    for (const QString& line : list.output.split(u'\n', Qt::SkipEmptyParts)) {
        // "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./usr/bin/mayfly"
        const qsizetype at = line.indexOf(QStringLiteral(" ./"));
        if (at >= 0)
            m_contents << line.mid(at + 2).section(QStringLiteral(" -> "), 0, 0);
    }
}

void TestDebPackage::packageHasEveryFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bin/mayfly") << QStringLiteral("/usr/bin/mayfly");
    QTest::newRow("bin/mayfly-cli") << QStringLiteral("/usr/bin/mayfly-cli");
    QTest::newRow("bin/mayfly-relay") << QStringLiteral("/usr/bin/mayfly-relay");
    QTest::newRow("desktop-entry") << QStringLiteral("/usr/share/applications/org.mayfly.Mayfly.desktop");
    QTest::newRow("metainfo") << QStringLiteral("/usr/share/metainfo/org.mayfly.Mayfly.metainfo.xml");
    QTest::newRow("icon/svg") << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/org.mayfly.Mayfly.svg");
    QTest::newRow("icon/48") << QStringLiteral("/usr/share/icons/hicolor/48x48/apps/org.mayfly.Mayfly.png");
    QTest::newRow("icon/128") << QStringLiteral("/usr/share/icons/hicolor/128x128/apps/org.mayfly.Mayfly.png");
    QTest::newRow("icon/256") << QStringLiteral("/usr/share/icons/hicolor/256x256/apps/org.mayfly.Mayfly.png");
    QTest::newRow("man/mayfly") << QStringLiteral("/usr/share/man/man1/mayfly.1.gz");
    QTest::newRow("man/mayfly-cli") << QStringLiteral("/usr/share/man/man1/mayfly-cli.1.gz");
    QTest::newRow("man/mayfly-relay") << QStringLiteral("/usr/share/man/man1/mayfly-relay.1.gz");
    QTest::newRow("doc/user-guide") << QStringLiteral("/usr/share/doc/mayfly/user-guide.md");
    QTest::newRow("systemd-unit") << QStringLiteral("/usr/lib/systemd/system/mayfly-relay.service");
    QTest::newRow("relay-config-example") << QStringLiteral("/usr/share/doc/mayfly/examples/mayfly-relay.conf.example");
    QTest::newRow("copyright") << QStringLiteral("/usr/share/doc/mayfly/copyright");
    QTest::newRow("changelog") << QStringLiteral("/usr/share/doc/mayfly/changelog.Debian.gz");
}

void TestDebPackage::packageHasEveryFile()
{
    QFETCH(QString, path);
    QVERIFY2(m_contents.contains(path),
        qPrintable(QStringLiteral("%1 is not in %2; it has:\n%3").arg(path, m_deb, m_contents.join(u'\n'))));
}

// The desktop entry and the AppStream file as they ship, checked by the tools stores use.
void TestDebPackage::metadataValidates()
{
    QTemporaryDir extracted;
    QVERIFY(extracted.isValid());
    const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, extracted.path()});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.output));

    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstream.isEmpty())
        QSKIP("appstreamcli is not installed (package appstream)");
    const Run validate = run(appstream,
        {QStringLiteral("validate"), QStringLiteral("--no-net"),
            extracted.filePath(QStringLiteral("usr/share/metainfo/org.mayfly.Mayfly.metainfo.xml"))});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));

    const QString desktopValidate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (desktopValidate.isEmpty())
        QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
    const Run desktop = run(
        desktopValidate, {extracted.filePath(QStringLiteral("usr/share/applications/org.mayfly.Mayfly.desktop"))});
    QVERIFY2(desktop.exitCode == 0 && desktop.output.trimmed().isEmpty(), qPrintable(desktop.output));
}

void TestDebPackage::installRunRemove()
{
    if (::geteuid() != 0)
        QSKIP("installing a package needs root (CI runs this as root)");
    // A Mayfly the machine's owner installed is theirs: neither replace nor remove it.
    if (isInstalled())
        QSKIP("a mayfly package is already installed here; the test leaves it alone");
    const QStringList lockWait{QStringLiteral("-o"), QStringLiteral("DPkg::Lock::Timeout=120")};

    // Whatever happens below, the machine is left without the package.
    auto removeAgain = qScopeGuard([&] {
        if (isInstalled())
            run(QStringLiteral("apt-get"),
                lockWait + QStringList{QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("mayfly")}, {},
                aptEnvironment());
    });

    // apt-get resolves dependencies from the package's Depends, as a user's install would.
    const Run install = run(QStringLiteral("apt-get"),
        lockWait
            + QStringList{QStringLiteral("install"), QStringLiteral("-y"),
                QStringLiteral("./") + QFileInfo(m_deb).fileName()},
        m_dir.path(), aptEnvironment());
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    QVERIFY(isInstalled());

    const Run version = run(QStringLiteral("/usr/bin/mayfly-cli"), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.output));
    QVERIFY2(version.output.contains(QStringLiteral(MAYFLY_VERSION)), qPrintable(version.output));

    QProcessEnvironment gui = QProcessEnvironment::systemEnvironment();
    gui.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run help = run(QStringLiteral("/usr/bin/mayfly"), {QStringLiteral("--help")}, {}, gui);
    QVERIFY2(help.exitCode == 0, qPrintable(help.output));
    QVERIFY2(help.output.contains(QStringLiteral("--memory-only")), qPrintable(help.output));

    const Run relay = run(QStringLiteral("/usr/bin/mayfly-relay"), {QStringLiteral("--help")});
    QVERIFY2(relay.exitCode == 0, qPrintable(relay.output));
    QVERIFY2(relay.output.contains(QStringLiteral("--smtp")), qPrintable(relay.output));

    // The relay's unit as installed: systemd accepts every directive and finds the binary.
    if (const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")); !analyze.isEmpty()) {
        const Run verify
            = run(analyze, {QStringLiteral("verify"), QStringLiteral("/usr/lib/systemd/system/mayfly-relay.service")});
        QVERIFY2(verify.exitCode == 0 && verify.output.trimmed().isEmpty(), qPrintable(verify.output));
    }

    const Run remove = run(QStringLiteral("apt-get"),
        lockWait + QStringList{QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("mayfly")}, {},
        aptEnvironment());
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.output));
    QVERIFY(!isInstalled());
    // Cleanly: no file of the package stays behind (directories shared with others may).
    for (const QString& path : std::as_const(m_contents)) {
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            continue;
        QVERIFY2(!info.exists() && !info.isSymLink(), qPrintable(path + QStringLiteral(" is left after removal")));
    }
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
