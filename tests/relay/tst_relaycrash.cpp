// kill -9 in the middle of a burst: every message that got its 250 survives, the database is intact.
#include "tests/relay/RelayHarness.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mayfly;
using test::RelayProcess;

class TestRelayCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedMessagesSurviveSigkill();
};

void TestRelayCrash::acknowledgedMessagesSurviveSigkill()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("relay"));
    RelayProcess relay;
    QVERIFY2(relay.start(data), qPrintable(relay.child().output()));
    const auto a = relay.createAddress();
    QVERIFY(!a.id.isEmpty());

    QMutex mutex;
    QSet<QByteArray> acknowledged;
    std::atomic<int> count{0};
    constexpr int Senders = 4;
    constexpr int MaxPerSender = 200;
    QList<QThread*> threads;
    for (int s = 0; s < Senders; ++s) {
        threads.append(QThread::create([&, s] {
            test::SmtpClient smtp;
            if (!smtp.connectTo(relay.smtpPort()) || smtp.readReply() != 220 || smtp.command("EHLO c.test") != 250)
                return;
            for (int i = 0; i < MaxPerSender; ++i) {
                const QByteArray marker = "crash-" + QByteArray::number(s) + '-' + QByteArray::number(i);
                if (smtp.sendMail("x@example.org", {a.address.toLatin1()}, "Subject: " + marker + "\r\n\r\nx\r\n")
                    != 250)
                    return; // the relay died under us
                QMutexLocker lock(&mutex);
                acknowledged.insert(marker);
                ++count;
            }
        }));
        threads.last()->start();
    }
    QTRY_VERIFY_WITH_TIMEOUT(count.load() >= 60, 30000);
    relay.kill(); // SIGKILL, mid-burst
    for (QThread* t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QVERIFY(count.load() < Senders * MaxPerSender); // the kill did land mid-burst

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(data + QStringLiteral("/relay.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    RelayProcess restarted;
    QVERIFY2(restarted.start(data), qPrintable(restarted.child().output()));
    QSet<QByteArray> stored;
    for (const QString& id : restarted.messageIds(a)) {
        const QByteArray sent = restarted.sent(a, id);
        stored.insert(sent.mid(9, sent.indexOf("\r\n") - 9)); // "Subject: <marker>"
    }
    const QSet<QByteArray> lost = acknowledged - stored;
    QVERIFY2(lost.isEmpty(), lost.values().join(' ').constData());
    QVERIFY(stored.size() >= acknowledged.size());
}

QTEST_GUILESS_MAIN(TestRelayCrash)
#include "tst_relaycrash.moc"
