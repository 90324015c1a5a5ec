// --seal-to: mail that has no owner's key to go to (catch-all, postmaster, an address created
// without publicKey, mail for an address that was deleted) is sealed to the operator's key. No data
// key is stored next to it, nothing on disk reads as mail, and the private key's holder opens it,
// through the API and through RelayProvider.
#include "core/crypto/SealedBox.h"
#include "core/providers/RelayProvider.h"
#include "tests/core/providers/ProviderTestUtil.h"
#include "tests/relay/FileScan.h"
#include "tests/relay/RelayHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mayfly;
using core::crypto::SealedBox;
using test::RelayProcess;

namespace {

const QByteArray PostmasterToken = "postmaster-secret-0123456789";

QByteArray base64(const QByteArray& key)
{
    return key.toBase64();
}

} // namespace

class TestRelaySealTo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noDataKeyAndNothingReadableOnDisk();
    void operatorKeyOpensWhatTheApiServes();
    void claimWithAKeySealsLaterMailToTheOwner();
    void relayProviderOpensOperatorSealedMail();
    void badSealToIsRefused();
    void dataKeysFromBeforeSealToGoWhenUnused();

private:
    [[nodiscard]] bool deliver(const QByteArray& to, const QByteArray& body);
    [[nodiscard]] QByteArray marker(const char* what) const { return "MARKER-" + m_stamp + "-" + what; }
    [[nodiscard]] RelayProcess::Address claim(const QString& localPart, const QByteArray& publicKey = {});
    // Every message of `a` fetched raw: content type and body.
    [[nodiscard]] QList<test::HttpReply> fetchAll(const RelayProcess::Address& a);

    QTemporaryDir m_dir;
    RelayProcess m_relay;
    core::crypto::X25519KeyPair m_operator;
    QByteArray m_stamp;
};

void TestRelaySealTo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_operator = SealedBox::generateKeyPair();
    m_stamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(m_relay.start(m_dir.filePath(QStringLiteral("relay")),
                 {QStringLiteral("--catch-all"), QStringLiteral("--seal-to"),
                     QString::fromLatin1(base64(m_operator.publicKey)), QStringLiteral("--postmaster-token"),
                     QString::fromLatin1(PostmasterToken)}),
        qPrintable(m_relay.child().output()));

    // Catch-all: an address nobody created yet.
    QVERIFY(deliver("catchme@mayfly.test", "Subject: " + marker("catchall") + "\r\n\r\nbody " + marker("catchall")));
    // Postmaster.
    QVERIFY(deliver("postmaster@mayfly.test", "Subject: " + marker("postmaster") + "\r\n\r\n" + marker("postmaster")));
    // An address created without a key.
    const auto nokey = m_relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("nokey")}});
    QVERIFY(!nokey.id.isEmpty());
    QVERIFY(deliver("nokey@mayfly.test", "Subject: " + marker("nokey") + "\r\n\r\n" + marker("nokey")));
    // An address deleted, then mailed: catch-all brings it back as a new, unclaimed address.
    const auto gone = m_relay.createAddress({{QStringLiteral("localPart"), QStringLiteral("gone")}});
    QVERIFY(!gone.id.isEmpty());
    QCOMPARE(
        test::httpRequest(m_relay.httpPort(), "DELETE", "/api/v1/addresses/" + gone.id.toLatin1(), gone.token).status,
        204);
    QVERIFY(deliver("gone@mayfly.test", "Subject: " + marker("deleted") + "\r\n\r\n" + marker("deleted")));
}

bool TestRelaySealTo::deliver(const QByteArray& to, const QByteArray& body)
{
    test::SmtpClient smtp;
    return smtp.connectTo(m_relay.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO client.test") == 250
        && smtp.sendMail("sender@example.org", {to}, body + "\r\n") == 250;
}

RelayProcess::Address TestRelaySealTo::claim(const QString& localPart, const QByteArray& publicKey)
{
    QJsonObject request{{QStringLiteral("localPart"), localPart}};
    if (!publicKey.isEmpty())
        request.insert(QStringLiteral("publicKey"), QString::fromLatin1(base64(publicKey)));
    return m_relay.createAddress(request);
}

QList<test::HttpReply> TestRelaySealTo::fetchAll(const RelayProcess::Address& a)
{
    QList<test::HttpReply> out;
    for (const QString& id : m_relay.messageIds(a))
        out.append(test::httpRequest(m_relay.httpPort(), "GET",
            "/api/v1/addresses/" + a.id.toLatin1() + "/messages/" + id.toLatin1() + "/raw", a.token));
    return out;
}

void TestRelaySealTo::noDataKeyAndNothingReadableOnDisk()
{
    const QString db = m_dir.filePath(QStringLiteral("relay/relay.sqlite"));
    const QStringList files = test::databaseFiles(db);
    QVERIFY(!files.isEmpty());
    for (const char* what : {"catchall", "postmaster", "nokey", "deleted"})
        QCOMPARE(test::filesContaining(files, marker(what)), QStringList());
    QCOMPARE(test::filesContaining(files, QByteArray("Subject: ")), QStringList());
    QCOMPARE(test::filesContaining(files, QByteArray("Received: from")), QStringList());

    // The rows themselves: no data key anywhere, every message sealed to the operator (2).
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
        sql.setDatabaseName(db);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT local_part, data_key IS NULL FROM addresses")));
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            QVERIFY2(q.value(1).toBool(), qPrintable(q.value(0).toString() + QStringLiteral(" has a data key")));
        }
        names.sort();
        QCOMPARE(names,
            (QStringList{QStringLiteral("catchme"), QStringLiteral("gone"), QStringLiteral("nokey"),
                QStringLiteral("postmaster")}));
        QVERIFY(q.exec(QStringLiteral("SELECT sealed, COUNT(*) FROM messages GROUP BY sealed")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 4);
        QVERIFY(!q.next());
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
}

void TestRelaySealTo::operatorKeyOpensWhatTheApiServes()
{
    struct Box
    {
        RelayProcess::Address address;
        const char* marker;
    };
    const RelayProcess::Address postmaster{QStringLiteral("postmaster"), QString(), PostmasterToken};
    const RelayProcess::Address nokey = m_relay.createAddress(); // no publicKey
    QVERIFY(!nokey.id.isEmpty());
    const QList<Box> boxes{{postmaster, "postmaster"}, {claim(QStringLiteral("gone")), "deleted"}};
    for (const Box& b : boxes) {
        QVERIFY2(!b.address.id.isEmpty(), b.marker);
        const auto listed = test::httpRequest(
            m_relay.httpPort(), "GET", "/api/v1/addresses/" + b.address.id.toLatin1() + "/messages", b.address.token)
                                .json()
                                .value(u"messages")
                                .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"sealed").toBool(), true);
        QCOMPARE(listed.first().toObject().value(u"sealedTo").toString(), QStringLiteral("operator"));
        const QString id = listed.first().toObject().value(u"id").toString();
        const auto replies = fetchAll(b.address);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().status, 200);
        QCOMPARE(
            replies.first().headers.value("content-type"), QByteArray("application/vnd.mayfly.sealed; key=operator"));
        QVERIFY(!replies.first().body.contains(marker(b.marker)));
        auto opened = SealedBox::open(m_operator.privateKey, replies.first().body, id.toUtf8());
        QVERIFY2(opened.ok(), b.marker);
        QVERIFY(opened->contains(marker(b.marker)));
        QVERIFY(test::parseTrace(*opened).ok);
        // Only that key: another does not open it.
        QVERIFY(!SealedBox::open(SealedBox::generateKeyPair().privateKey, replies.first().body, id.toUtf8()).ok());
    }
    // An address made without a key says where its mail goes.
    const QJsonObject info
        = test::httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + nokey.id.toLatin1(), nokey.token).json();
    QCOMPARE(info.value(u"sealed").toBool(), true);
    QCOMPARE(info.value(u"sealedTo").toString(), QStringLiteral("operator"));
}

void TestRelaySealTo::claimWithAKeySealsLaterMailToTheOwner()
{
    const auto owner = SealedBox::generateKeyPair();
    const auto a = claim(QStringLiteral("catchme"), owner.publicKey);
    QVERIFY(!a.id.isEmpty());
    QVERIFY(deliver("catchme@mayfly.test", "Subject: after the claim\r\n\r\n" + marker("owner")));
    const auto listed
        = test::httpRequest(m_relay.httpPort(), "GET", "/api/v1/addresses/" + a.id.toLatin1() + "/messages", a.token)
              .json()
              .value(u"messages")
              .toArray();
    QCOMPARE(listed.size(), 2);
    // Newest first: the one after the claim is the owner's, the one before stays the operator's.
    QCOMPARE(listed.at(0).toObject().value(u"sealedTo").toString(), QStringLiteral("address"));
    QCOMPARE(listed.at(1).toObject().value(u"sealedTo").toString(), QStringLiteral("operator"));
    const auto replies = fetchAll(a);
    QCOMPARE(replies.at(0).headers.value("content-type"), QByteArray("application/vnd.mayfly.sealed"));
    auto mine = SealedBox::open(
        owner.privateKey, replies.at(0).body, listed.at(0).toObject().value(u"id").toString().toUtf8());
    QVERIFY(mine.ok());
    QVERIFY(mine->contains(marker("owner")));
    auto before = SealedBox::open(
        m_operator.privateKey, replies.at(1).body, listed.at(1).toObject().value(u"id").toString().toUtf8());
    QVERIFY(before.ok());
    QVERIFY(before->contains(marker("catchall")));
    const QString db = m_dir.filePath(QStringLiteral("relay/relay.sqlite"));
    QCOMPARE(test::filesContaining(test::databaseFiles(db), marker("owner")), QStringList());
}

void TestRelaySealTo::relayProviderOpensOperatorSealedMail()
{
    QVERIFY(deliver("viaprovider@mayfly.test", "Subject: x\r\n\r\n" + marker("provider")));
    core::net::HttpClient http;
    test::quickNetwork(http);
    core::providers::RelayProvider provider(http, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_relay.httpPort())));
    core::providers::CreateRequest request;
    request.localPart = QStringLiteral("viaprovider");
    auto mailbox = test::await<core::providers::Mailbox>([&](auto done) { provider.createMailbox(request, done); });
    MAYFLY_VERIFY_OK(mailbox);
    auto listed = test::await<QList<core::providers::MessageSummary>>(
        [&](auto done) { provider.listMessages(*mailbox, done); });
    MAYFLY_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    const QString id = listed->first().id;

    // Without the operator's key the message is named, not opened.
    auto refused = test::await<QByteArray>([&](auto done) { provider.fetchRaw(*mailbox, id, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, core::ErrorCode::Crypto);

    bool created = true;
    auto pair = core::providers::RelayProvider::operatorKeyPair(
        core::providers::RelayProvider::encodeKey(m_operator.privateKey), &created);
    MAYFLY_VERIFY_OK(pair);
    QVERIFY(!created);
    QCOMPARE(pair->publicKey, m_operator.publicKey);
    provider.setOperatorKey(std::move(pair->privateKey));
    auto raw = test::await<QByteArray>([&](auto done) { provider.fetchRaw(*mailbox, id, done); });
    MAYFLY_VERIFY_OK(raw);
    QVERIFY(raw->contains(marker("provider")));

    // Mail after the claim goes to the mailbox's own key and still opens.
    QVERIFY(deliver("viaprovider@mayfly.test", "Subject: y\r\n\r\n" + marker("provider-owner")));
    listed = test::await<QList<core::providers::MessageSummary>>(
        [&](auto done) { provider.listMessages(*mailbox, done); });
    MAYFLY_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    auto newest = test::await<QByteArray>([&](auto done) { provider.fetchRaw(*mailbox, listed->first().id, done); });
    MAYFLY_VERIFY_OK(newest);
    QVERIFY(newest->contains(marker("provider-owner")));

    // A fresh pair when nothing is stored yet.
    auto fresh = core::providers::RelayProvider::operatorKeyPair(QString(), &created);
    MAYFLY_VERIFY_OK(fresh);
    QVERIFY(created);
    QCOMPARE(fresh->publicKey.size(), SealedBox::KeySize);
}

void TestRelaySealTo::badSealToIsRefused()
{
    RelayProcess other;
    QVERIFY(
        !other.start(m_dir.filePath(QStringLiteral("other")), {QStringLiteral("--seal-to"), QStringLiteral("AAAA")}));
    QVERIFY(other.child().output().contains(QStringLiteral("--seal-to")));
}

namespace {

// address local part -> whether its row holds a data key, read from the database file.
QHash<QString, bool> dataKeys(const QString& db)
{
    QHash<QString, bool> out;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
        sql.setDatabaseName(db);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sql.open()) {
            QSqlQuery q(sql);
            if (q.exec(QStringLiteral("SELECT local_part, data_key IS NOT NULL FROM addresses"))) {
                while (q.next())
                    out.insert(q.value(0).toString(), q.value(1).toBool());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keys"));
    return out;
}

} // namespace

void TestRelaySealTo::dataKeysFromBeforeSealToGoWhenUnused()
{
    const QString dir = m_dir.filePath(QStringLiteral("upgrade"));
    const QString db = dir + QStringLiteral("/relay.sqlite");
    RelayProcess before;
    QVERIFY2(before.start(dir), qPrintable(before.child().output()));
    const auto old = before.createAddress({{QStringLiteral("localPart"), QStringLiteral("old")}});
    QVERIFY(!old.id.isEmpty());
    {
        test::SmtpClient smtp;
        QVERIFY(smtp.connectTo(before.smtpPort()) && smtp.readReply() == 220 && smtp.command("EHLO c.test") == 250);
        QCOMPARE(smtp.sendMail("a@example.org", {"old@mayfly.test"}, "Subject: old\r\n\r\nold mail\r\n"), 250);
    }
    QCOMPARE(before.terminate(), 0);
    QCOMPARE(dataKeys(db).value(QStringLiteral("postmaster")), true);

    RelayProcess after;
    QVERIFY2(after.start(dir,
                 {QStringLiteral("--seal-to"), QString::fromLatin1(base64(m_operator.publicKey)),
                     QStringLiteral("--janitor-interval"), QStringLiteral("1s")}),
        qPrintable(after.child().output()));
    // The postmaster's key had nothing under it; "old" still opens its old mail.
    QCOMPARE(dataKeys(db).value(QStringLiteral("postmaster")), false);
    QCOMPARE(dataKeys(db).value(QStringLiteral("old")), true);
    const QStringList ids = after.messageIds(old);
    QCOMPARE(ids.size(), 1);
    QVERIFY(after.raw(old, ids.first()).contains("old mail"));
    QCOMPARE(test::httpRequest(after.httpPort(), "DELETE",
                 "/api/v1/addresses/" + old.id.toLatin1() + "/messages/" + ids.first().toLatin1(), old.token)
                 .status,
        204);
    QTRY_COMPARE_WITH_TIMEOUT(dataKeys(db).value(QStringLiteral("old")), false, 10000);
    QCOMPARE(after.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestRelaySealTo)
#include "tst_relaysealto.moc"
