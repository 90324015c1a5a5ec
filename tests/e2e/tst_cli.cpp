// mayfly-cli as a user runs it: a real process against a real profile on disk. The profile is
// prepared in-process through core/store and unlocked by passphrase, so no keychain is needed.
#include "core/store/ChangeNotifier.h"
#include "core/store/Profile.h"
#include "tests/core/store/StoreTestSupport.h"
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace mayfly;
using namespace mayfly::core;

namespace {

const QString Passphrase = QStringLiteral("cli-test-passphrase");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList& args, const QProcessEnvironment& extra = {}, bool withPassphrase = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the developer's keychain
    env.remove(QStringLiteral("DISPLAY"));
    if (withPassphrase)
        env.insert(QStringLiteral("MAYFLY_PASSPHRASE"), Passphrase);
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(test::binaryPath(u"mayfly-cli"), args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sampleRaw(const QString& subject, const QString& body)
{
    return QStringLiteral("From: Shop <noreply@shop.test>\r\nTo: a@x.test\r\nSubject: %1\r\n"
                          "Date: Mon, 23 Nov 2026 12:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\n%2\r\n")
        .arg(subject, body)
        .toUtf8();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageErrors_data();
    void usageErrors();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void listAndShow();
    void terminalEscapesAreRemoved();
    void deleteMessageAndAddress();
    void privacyInventory();
    void expiredIsNeverShownAndIsErased();
    void wipeRemovesEverything();
    void memoryOnlyWritesNothing();
    void noKeychainFailsClosedWithAdvice();
    void otherProcessSeesCliWrites();
    void newerStoreIsRefused();

private:
    qint64 addMessage(
        const QString& address, const QString& id, const QByteArray& raw, const store::Clock* clock = nullptr);

    std::unique_ptr<test::TempProfile> m_home;
    QString m_profile;
};

void TestCli::init()
{
    m_home = std::make_unique<test::TempProfile>();
    m_profile = m_home->profileDir() + QStringLiteral("/p");
}

void TestCli::cleanup()
{
    m_home.reset();
}

qint64 TestCli::addMessage(const QString& address, const QString& id, const QByteArray& raw, const store::Clock* clock)
{
    store::ProfileOptions options;
    options.directory = m_profile;
    options.passphrase = Passphrase;
    options.scrypt.n = 1024;
    options.clock = clock;
    auto profile = store::Profile::open(options);
    if (!profile) {
        qWarning() << profile.error().toString();
        return -1;
    }
    store::Store& st = (*profile)->store();
    auto a = st.findAddress(address);
    qint64 addressId = a ? a->id : 0;
    if (!a) {
        auto created
            = st.addAddress(test::testMailbox(address), QStringLiteral("label"), providers::PrivacyLabel::Private);
        if (!created)
            return -1;
        addressId = *created;
    }
    providers::MessageSummary s;
    s.id = id;
    const QString text = QString::fromUtf8(raw);
    const auto subject = QRegularExpression(QStringLiteral("Subject: ([^\r\n]*)")).match(text);
    s.subject = subject.captured(1);
    s.from = QStringLiteral("Shop <noreply@shop.test>");
    auto m = st.addMessage(addressId, s, raw);
    return m ? *m : -1;
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no-command") << QStringList{};
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("wipe-without-yes") << QStringList{QStringLiteral("wipe")};
    QTest::newRow("show-not-a-number") << QStringList{QStringLiteral("show"), QStringLiteral("abc")};
    QTest::newRow("show-two-formats") << QStringList{
        QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--raw"), QStringLiteral("--html")};
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    QTest::newRow("profile-without-dir") << QStringList{QStringLiteral("list"), QStringLiteral("--profile")};
    QTest::newRow("memory-only-and-profile") << QStringList{
        QStringLiteral("--memory-only"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("list")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : {"new", "list", "wait", "show", "delete", "wipe", "privacy"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QString, command);
    const Run r = runCli({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray expected = QByteArray("usage: mayfly-cli ") + command.toUtf8();
    QVERIFY2(r.out.startsWith(expected), r.out.constData());
    QVERIFY(!QFile::exists(m_profile)); // help never opens a profile
}

void TestCli::listAndShow()
{
    const QByteArray raw = sampleRaw(QStringLiteral("Your code"), QStringLiteral("Your verification code is 482913."));
    const qint64 id = addMessage(QStringLiteral("a@x.test"), QStringLiteral("m1"), raw);
    QVERIFY(id > 0);

    Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("a@x.test"), r.out.constData());
    QVERIFY(r.out.contains("1 messages (1 unread)"));

    r = runCli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--profile"), m_profile});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray addresses = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("addresses")).toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.at(0).toObject().value(QStringLiteral("address")).toString(), QStringLiteral("a@x.test"));
    QCOMPARE(addresses.at(0).toObject().value(QStringLiteral("privacy")).toString(),
        providers::privacyLabelName(providers::PrivacyLabel::Private));

    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("--json"), QStringLiteral("list"),
        QStringLiteral("A@X.TEST")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray messages = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("id")).toString(), QString::number(id));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Your code"));

    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("show"), QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Subject:  Your code"), r.out.constData());
    QVERIFY(r.out.contains("Your verification code is 482913."));
    QVERIFY(r.out.contains("Code:     482913"));

    r = runCli(
        {QStringLiteral("--profile"), m_profile, QStringLiteral("show"), QString::number(id), QStringLiteral("--raw")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, raw);

    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("--json"), QStringLiteral("show"),
        QString::number(id), QStringLiteral("--html")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QVERIFY(shown.value(QStringLiteral("html")).toString().contains(QLatin1String("482913")));
    QCOMPARE(shown.value(QStringLiteral("code")).toString(), QStringLiteral("482913"));

    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("not found")));

    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list")});
    QVERIFY(r.out.contains("(0 unread)")); // show marked it seen
}

void TestCli::terminalEscapesAreRemoved()
{
    const QByteArray raw = sampleRaw(QStringLiteral("evil\x1b]0;pwned\x07\x1b[31mred"), QStringLiteral("body\x1b[2J"));
    const qint64 id = addMessage(QStringLiteral("esc@x.test"), QStringLiteral("e1"), raw);
    QVERIFY(id > 0);
    for (const QStringList& args : {QStringList{QStringLiteral("list"), QStringLiteral("esc@x.test")},
             QStringList{QStringLiteral("show"), QString::number(id)}}) {
        const Run r = runCli(QStringList{QStringLiteral("--profile"), m_profile} + args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains('\x1b'), r.out.toHex().constData());
        QVERIFY(!r.out.contains('\x07'));
    }
}

void TestCli::deleteMessageAndAddress()
{
    const qint64 first
        = addMessage(QStringLiteral("d@x.test"), QStringLiteral("1"), sampleRaw(QStringLiteral("one"), {}));
    const qint64 second
        = addMessage(QStringLiteral("d@x.test"), QStringLiteral("2"), sampleRaw(QStringLiteral("two"), {}));
    QVERIFY(first > 0 && second > 0);
    Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("delete"), QString::number(first),
        QStringLiteral("--local-only")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("show"), QString::number(first)});
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("delete"), QStringLiteral("d@x.test"),
        QStringLiteral("--local-only")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list"), QStringLiteral("d@x.test")});
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("show"), QString::number(second)});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::privacyInventory()
{
    QVERIFY(
        addMessage(QStringLiteral("p@x.test"), QStringLiteral("1"), sampleRaw(QStringLiteral("s"), QStringLiteral("b")))
        > 0);
    const Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("--json"), QStringLiteral("privacy")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("keyMode")).toString(), QStringLiteral("passphrase"));
    QHash<QString, QJsonObject> kinds;
    for (const QJsonValue& v : doc.value(QStringLiteral("items")).toArray())
        kinds.insert(v.toObject().value(QStringLiteral("kind")).toString(), v.toObject());
    for (const char* kind : {"addresses", "credentials", "messages", "summaries", "attachments", "settings",
             "master-key", "database-file", "wal-file", "shm-file", "network-log"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    QCOMPARE(kinds.value(QStringLiteral("messages")).value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(kinds.value(QStringLiteral("messages")).value(QStringLiteral("bytes")).toInt() > 0);
    QVERIFY(kinds.value(QStringLiteral("messages")).value(QStringLiteral("encrypted")).toBool());
    QVERIFY(!kinds.value(QStringLiteral("messages")).value(QStringLiteral("nextDeletion")).toString().isEmpty());
    QCOMPARE(kinds.value(QStringLiteral("credentials")).value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(kinds.value(QStringLiteral("database-file"))
                .value(QStringLiteral("location"))
                .toString()
                .startsWith(m_profile));

    const Run text = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("privacy")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("next deletion:"));
}

void TestCli::expiredIsNeverShownAndIsErased()
{
    // Arrived two days ago: past the default 24 h retention by the real clock the CLI uses.
    store::ManualClock past(QDateTime::currentDateTimeUtc().addDays(-2));
    const QByteArray body = QByteArrayLiteral("EXPIRED-MARKER");
    const qint64 id = addMessage(QStringLiteral("old@x.test"), QStringLiteral("1"),
        sampleRaw(QStringLiteral("old"), QString::fromLatin1(body)), &past);
    QVERIFY(id > 0);
    QByteArray box;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_profile + QStringLiteral("/mayfly.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sealed_raw FROM messages")) && q.next());
        box = q.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    const Run r
        = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list"), QStringLiteral("old@x.test")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No messages"));
    const QStringList files{m_profile + QStringLiteral("/mayfly.db"), m_profile + QStringLiteral("/mayfly.db-wal"),
        m_profile + QStringLiteral("/mayfly.db-shm")};
    QVERIFY(test::filesContaining(files, box.mid(box.size() / 2, 20)).isEmpty());
    QVERIFY(test::filesContaining(files, body).isEmpty());
}

void TestCli::wipeRemovesEverything()
{
    QVERIFY(addMessage(QStringLiteral("w@x.test"), QStringLiteral("1"), sampleRaw(QStringLiteral("s"), {})) > 0);
    QVERIFY(QFile::exists(m_profile + QStringLiteral("/mayfly.db")));
    const Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("wipe"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFile::exists(m_profile));
}

void TestCli::memoryOnlyWritesNothing()
{
    const QStringList before = m_home->files();
    for (const char* command : {"list", "privacy"}) {
        const Run r = runCli({QStringLiteral("--memory-only"), QString::fromLatin1(command)}, {}, false);
        QCOMPARE(r.exitCode, 0);
    }
    QCOMPARE(m_home->files(), before);
}

void TestCli::noKeychainFailsClosedWithAdvice()
{
    const Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list")}, {}, false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("keychain unavailable")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("MAYFLY_PASSPHRASE")));
    QVERIFY(r.err.contains(QLatin1String("--memory-only")));
    QVERIFY(!QFile::exists(m_profile));
}

void TestCli::otherProcessSeesCliWrites()
{
    // What the GUI does while the CLI runs: watch the store's change file.
    const qint64 id = addMessage(QStringLiteral("g@x.test"), QStringLiteral("1"), sampleRaw(QStringLiteral("s"), {}));
    QVERIFY(id > 0);
    store::ChangeNotifier notifier(m_profile + QStringLiteral("/mayfly.db-changed"));
    QVERIFY(notifier.isWatching());
    QSignalSpy changed(&notifier, &store::ChangeNotifier::changed);
    const Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("delete"), QString::number(id),
        QStringLiteral("--local-only")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(changed.wait(5000) || !changed.isEmpty());
}

void TestCli::newerStoreIsRefused()
{
    QVERIFY(addMessage(QStringLiteral("n@x.test"), QStringLiteral("1"), sampleRaw(QStringLiteral("s"), {})) > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(m_profile + QStringLiteral("/mayfly.db"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const Run r = runCli({QStringLiteral("--profile"), m_profile, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("newer Mayfly")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
