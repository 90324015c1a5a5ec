// Faults: SIGKILL in the middle of writes, a full disk. Real processes, real files.
#include "core/crypto/Random.h"
#include "core/store/Store.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>

using namespace mayfly;
using namespace mayfly::core;
using test::why;

class TestStoreFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillDuringWritesLeavesConsistentStore_data();
    void sigkillDuringWritesLeavesConsistentStore();
    void fullDiskIsAClearErrorAndLosesNothing();
};

void TestStoreFaults::sigkillDuringWritesLeavesConsistentStore_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::addColumn<int>("bodyBytes");
    QTest::newRow("first-commits/small") << 1 << 200;
    QTest::newRow("after-30/overflow-pages") << 30 << 20000;
    QTest::newRow("after-150/small") << 150 << 1000;
}

void TestStoreFaults::sigkillDuringWritesLeavesConsistentStore()
{
    QFETCH(int, killAfter);
    QFETCH(int, bodyBytes);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mayfly.db"));
    const QByteArray key = crypto::randomBytes(32);

    QSet<qint64> committed;
    for (int round = 0; round < 2; ++round) { // the second round writes into the recovered store
        QProcess writer;
        writer.start(
            test::binaryPath(u"store_writer"), {db, QString::fromLatin1(key.toHex()), QString::number(bodyBytes)});
        QVERIFY(writer.waitForStarted());
        int seen = 0;
        QByteArray pending;
        while (seen < killAfter) {
            QVERIFY2(writer.waitForReadyRead(20000), "writer stalled");
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                QVERIFY2(line.startsWith("committed "), line.constData());
                committed.insert(line.mid(10).toLongLong());
                ++seen;
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines written before the kill but not yet read are acknowledged too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n')) {
            if (line.startsWith("committed "))
                committed.insert(line.mid(10).toLongLong());
        }
    }

    auto s = store::Store::open(store::StoreOptions{db, nullptr});
    QVERIFY2(s.ok(), why(s).constData());
    QVERIFY((*s)->setMasterKey(SecureBuffer::fromByteArray(key), QStringLiteral("keychain")).ok());
    QSqlQuery q((*s)->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();
    auto list = (*s)->messages();
    QVERIFY2(list.ok(), why(list).constData());
    QSet<qint64> present;
    for (const auto& m : *list) {
        present.insert(m.id);
        QVERIFY2((*s)->rawMessage(m.id).ok(), "every stored message still opens");
    }
    for (qint64 id : committed)
        QVERIFY2(present.contains(id), qPrintable(QStringLiteral("acknowledged message %1 lost").arg(id)));
}

void TestStoreFaults::fullDiskIsAClearErrorAndLosesNothing()
{
    // A 1 MiB tmpfs is a real full disk (ENOSPC -> SQLITE_FULL). Needs CAP_SYS_ADMIN; CI runs as
    // root in its container. RLIMIT_FSIZE is no substitute: it fails with EFBIG/SIGXFSZ instead.
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m,mode=0700") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    struct Unmount
    {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount{QFile::encodeName(mountPoint)};

    const QString db = QDir(mountPoint).filePath(QStringLiteral("mayfly.db"));
    const QByteArray key = crypto::randomBytes(32);
    QList<QPair<qint64, QByteArray>> stored;
    Error failure;
    {
        auto s = store::Store::open(store::StoreOptions{db, nullptr});
        QVERIFY2(s.ok(), why(s).constData());
        auto& st = **s;
        QVERIFY(st.setMasterKey(SecureBuffer::fromByteArray(key), QStringLiteral("keychain")).ok());
        auto a = st.addAddress(test::testMailbox(QStringLiteral("full@x.test")), {}, providers::PrivacyLabel::Private);
        QVERIFY(a.ok());
        for (int i = 0; i < 1000; ++i) {
            const QByteArray raw = crypto::randomBytes(16 * 1024);
            auto id = st.addMessage(*a, test::testSummary(QString::number(i), QStringLiteral("m")), raw);
            if (!id) {
                failure = id.error();
                break;
            }
            stored.append({*id, raw});
        }
        QVERIFY2(!stored.isEmpty(), "some messages fit");
        QCOMPARE(failure.code, ErrorCode::DiskFull);
        QVERIFY2(failure.detail.contains(QLatin1String("disk is full")), qPrintable(failure.detail));
        // Still usable for reading while full.
        QCOMPARE(st.messages()->size(), stored.size());
    }
    auto s = store::Store::open(store::StoreOptions{db, nullptr});
    QVERIFY2(s.ok(), why(s).constData());
    QVERIFY((*s)->setMasterKey(SecureBuffer::fromByteArray(key), QStringLiteral("keychain")).ok());
    for (const auto& [id, raw] : stored)
        QCOMPARE(*(*s)->rawMessage(id), raw);
    QSqlQuery q((*s)->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
