// core/privacy against a real SQLite profile on disk with a manual clock: the inventory and the
// per-item schedule agree with the store before and after the janitor runs, the timeline has the
// right points, and an export re-opens.
#include "core/crypto/Random.h"
#include "core/mime/RenderedMessage.h"
#include "core/privacy/Export.h"
#include "core/privacy/Inventory.h"
#include "core/privacy/Schedule.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/Profile.h"
#include "tests/support/TempProfile.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace mayfly;
using core::privacy::Schedule;
using core::privacy::StoredItem;

namespace {

const QDateTime Start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QByteArray mail(const QString& subject, const QString& body)
{
    return QStringLiteral("From: Shop <noreply@shop.example>\r\nTo: x@y.test\r\nSubject: %1\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\n%2\r\n")
        .arg(subject, body)
        .toUtf8();
}

core::providers::Mailbox mailbox(const QString& address, const QDateTime& expires)
{
    core::providers::Mailbox m;
    m.address = address;
    m.providerId = QStringLiteral("relay");
    m.remoteId = address;
    m.credentials = QByteArrayLiteral("{\"token\":\"CREDENTIAL-MARKER\"}");
    m.createdAt = Start;
    m.expiresAt = expires;
    return m;
}

const core::privacy::InventoryItem* find(const QList<core::privacy::InventoryItem>& list, const QString& kind)
{
    for (const auto& item : list) {
        if (item.kind == kind)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void itemsAddUpToTheInventory_data();
    void itemsAddUpToTheInventory();
    void timelineHasOnePointPerDeletion();
    void timelineLeavesOutWhatGoesAfterTheHorizon();
    void exportRoundTrips();
    void exportSealsCredentialsWithThePassphrase();

private:
    std::unique_ptr<test::TempProfile> m_temp;
    std::shared_ptr<core::secrets::MemorySecretStore> m_keychain;
    std::unique_ptr<core::store::ManualClock> m_clock;
    std::unique_ptr<core::store::Profile> m_profile;
    qint64 m_short = 0; // expires in 2 h
    qint64 m_long = 0; // expires in 3 days
    qint64 m_forever = 0; // no expiry
};

void TestPrivacy::init()
{
    m_temp = std::make_unique<test::TempProfile>();
    m_keychain = std::make_shared<core::secrets::MemorySecretStore>();
    m_clock = std::make_unique<core::store::ManualClock>(Start);
    core::store::ProfileOptions options;
    options.directory = m_temp->profileDir();
    options.keychain = m_keychain;
    options.clock = m_clock.get();
    auto profile = core::store::Profile::open(options);
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
    m_profile = std::move(*profile);
    auto& store = m_profile->store();
    auto a = store.addAddress(mailbox(QStringLiteral("short@mayfly.test"), Start.addSecs(2 * 3600)),
        QStringLiteral("newsletter"), core::providers::PrivacyLabel::Private);
    auto b = store.addAddress(mailbox(QStringLiteral("long@mayfly.test"), Start.addDays(3)), QStringLiteral("shop"),
        core::providers::PrivacyLabel::Private);
    auto c = store.addAddress(mailbox(QStringLiteral("forever@mayfly.test"), {}), {},
        core::providers::PrivacyLabel::Private, core::store::Retention::MaxSeconds);
    QVERIFY(a.ok() && b.ok() && c.ok());
    m_short = *a;
    m_long = *b;
    m_forever = *c;
    auto add = [&](qint64 address, const QString& id, const QString& subject) {
        core::providers::MessageSummary s;
        s.id = id;
        s.from = QStringLiteral("Shop <noreply@shop.example>");
        s.subject = subject;
        s.size = 100;
        return store.addMessage(address, s, mail(subject, QStringLiteral("Your code is 482913.")));
    };
    QVERIFY(add(m_short, QStringLiteral("1"), QStringLiteral("Welcome")).ok()); // goes with the address at +2 h
    m_clock->advance(3600);
    QVERIFY(add(m_long, QStringLiteral("2"), QStringLiteral("Your code")).ok()); // default 24 h: at +25 h
    QVERIFY(add(m_forever, QStringLiteral("3"), QStringLiteral("Kept")).ok()); // 30 days: past the timeline
}

void TestPrivacy::cleanup()
{
    m_profile.reset();
    m_clock.reset();
    m_temp.reset();
}

void TestPrivacy::itemsAddUpToTheInventory_data()
{
    QTest::addColumn<qint64>("advance");
    QTest::addColumn<int>("addresses");
    QTest::addColumn<int>("messages");
    QTest::addColumn<QDateTime>("nextAddress");
    QTest::addColumn<QDateTime>("nextMessage");
    QTest::newRow("fresh") << qint64(0) << 3 << 3 << Start.addSecs(2 * 3600) << Start.addSecs(2 * 3600);
    QTest::newRow("after-first-expiry") << qint64(2 * 3600) << 2 << 2 << Start.addDays(3) << Start.addSecs(25 * 3600);
    const QDateTime kept = Start.addSecs(3600 + core::store::Retention::MaxSeconds);
    QTest::newRow("after-a-day") << qint64(25 * 3600) << 2 << 1 << Start.addDays(3) << kept;
    QTest::newRow("after-a-week") << qint64(7 * 24 * 3600) << 1 << 1 << QDateTime() << kept;
}

void TestPrivacy::itemsAddUpToTheInventory()
{
    QFETCH(qint64, advance);
    QFETCH(int, addresses);
    QFETCH(int, messages);
    QFETCH(QDateTime, nextAddress);
    QFETCH(QDateTime, nextMessage);
    auto& store = m_profile->store();
    m_clock->set(Start.addSecs(advance));
    auto purged = store.purgeExpired();
    QVERIFY(purged.ok());

    auto items = Schedule::items(store);
    QVERIFY(items.ok());
    auto stats = store.stats();
    QVERIFY(stats.ok());
    auto inventory = core::privacy::Inventory::collect(*m_profile);
    QVERIFY(inventory.ok());
    const auto* addressRow = find(*inventory, QStringLiteral("addresses"));
    const auto* messageRow = find(*inventory, QStringLiteral("messages"));
    const auto* summaryRow = find(*inventory, QStringLiteral("summaries"));
    QVERIFY(addressRow && messageRow && summaryRow);

    int addressCount = 0, messageCount = 0;
    qint64 addressBytes = 0, messageBytes = 0;
    QDateTime next[2];
    for (const StoredItem& item : std::as_const(*items)) {
        const int k = item.kind == StoredItem::Kind::Address ? 0 : 1;
        (k == 0 ? addressCount : messageCount) += 1;
        (k == 0 ? addressBytes : messageBytes) += item.bytes;
        QVERIFY(item.bytes > 0);
        if (item.deletesAt.isValid() && (!next[k].isValid() || item.deletesAt < next[k]))
            next[k] = item.deletesAt;
    }
    QCOMPARE(addressCount, addresses);
    QCOMPARE(messageCount, messages);
    QCOMPARE(addressRow->count, qint64(addresses));
    QCOMPARE(messageRow->count, qint64(messages));
    QCOMPARE(addressBytes, addressRow->bytes);
    QCOMPARE(messageBytes, messageRow->bytes + summaryRow->bytes);
    QCOMPARE(next[0], nextAddress);
    QCOMPARE(next[1], nextMessage);
    QCOMPARE(addressRow->nextDeletion, nextAddress);
    QCOMPARE(messageRow->nextDeletion, nextMessage);
}

void TestPrivacy::timelineHasOnePointPerDeletion()
{
    auto items = Schedule::items(m_profile->store());
    QVERIFY(items.ok());
    const QDateTime now = m_clock->now();
    const auto points = Schedule::timeline(*items, now);
    // now; +2 h (short@ and its message); +25 h (the code mail); +3 d (long@). forever@ and its
    // message stay.
    QCOMPARE(points.size(), 4);
    QCOMPARE(points[0].at, now);
    QCOMPARE(points[0].items, 6);
    QVERIFY(points[0].going.isEmpty());
    QCOMPARE(points[1].at, Start.addSecs(2 * 3600));
    QCOMPARE(points[1].items, 4);
    QCOMPARE(points[1].going.size(), 2);
    QStringList names;
    for (const StoredItem& gone : points[1].going)
        names.append(Schedule::describe(gone));
    QVERIFY2(names.contains(QStringLiteral("address short@mayfly.test")), qPrintable(names.join(u'|')));
    QVERIFY2(names.contains(QStringLiteral("message from Shop <noreply@shop.example>: Welcome")),
        qPrintable(names.join(u'|')));
    QCOMPARE(points[2].at, Start.addSecs(25 * 3600));
    QCOMPARE(points[2].items, 3);
    QCOMPARE(points[3].at, Start.addDays(3));
    QCOMPARE(points[3].items, 2);
    for (int i = 1; i < points.size(); ++i) {
        QVERIFY(points[i].bytes < points[i - 1].bytes);
        QVERIFY(points[i].at > points[i - 1].at);
    }
}

void TestPrivacy::timelineLeavesOutWhatGoesAfterTheHorizon()
{
    auto items = Schedule::items(m_profile->store());
    QVERIFY(items.ok());
    const auto points = Schedule::timeline(*items, m_clock->now(), 23 * 3600);
    QCOMPARE(points.size(), 2); // now and +2 h; +25 h and +3 d are beyond the 23 hours from +1 h
    QCOMPARE(points.last().items, 4);
}

void TestPrivacy::exportRoundTrips()
{
    QTemporaryDir target;
    core::privacy::ExportOptions options;
    options.parentDirectory = target.path();
    auto report = core::privacy::Export::toFolder(m_profile->store(), options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->addresses, 3);
    QCOMPARE(report->messages, 3);
    QVERIFY(!report->credentials);
    const QDir root(report->folder);
    QVERIFY(root.exists(QStringLiteral("README.txt")));
    QVERIFY(!root.exists(QString::fromLatin1(core::privacy::Export::CredentialsFile)));
    QCOMPARE(QFile::permissions(report->folder) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());

    QFile json(root.filePath(QStringLiteral("addresses.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    QVERIFY(!jsonBytes.contains("CREDENTIAL-MARKER"));
    const QJsonArray list = QJsonDocument::fromJson(jsonBytes).array();
    QCOMPARE(list.size(), 3);
    QStringList labels;
    for (const auto& v : list)
        labels.append(v.toObject().value(QStringLiteral("label")).toString());
    QVERIFY(labels.contains(QStringLiteral("newsletter")) && labels.contains(QStringLiteral("shop")));

    QStringList subjects;
    QDirIterator it(root.filePath(QStringLiteral("messages")), {QStringLiteral("*.eml")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile eml(it.next());
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const auto rendered = core::mime::render(eml.readAll());
        subjects.append(rendered.message.subject);
        QCOMPARE(rendered.message.from.addrSpec, QStringLiteral("noreply@shop.example"));
        QVERIFY(rendered.text.contains(QStringLiteral("482913")));
        QVERIFY(!rendered.codes.isEmpty());
    }
    subjects.sort();
    QCOMPARE(subjects, QStringList({QStringLiteral("Kept"), QStringLiteral("Welcome"), QStringLiteral("Your code")}));
    QVERIFY(QFile::exists(root.filePath(QStringLiteral("messages/short@mayfly.test/1.eml"))));
}

void TestPrivacy::exportSealsCredentialsWithThePassphrase()
{
    QTemporaryDir target;
    core::privacy::ExportOptions options;
    options.parentDirectory = target.path();
    options.includeCredentials = true;
    options.passphrase = QStringLiteral("short");
    options.scrypt.n = 1 << 10; // fast for the test; the format stores the parameters
    QCOMPARE(core::privacy::Export::toFolder(m_profile->store(), options).error().code, core::ErrorCode::InvalidInput);

    options.passphrase = QStringLiteral("correct horse battery");
    auto report = core::privacy::Export::toFolder(m_profile->store(), options);
    QVERIFY(report.ok());
    QVERIFY(report->credentials);
    QFile file(QDir(report->folder).filePath(QString::fromLatin1(core::privacy::Export::CredentialsFile)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    QVERIFY(!sealed.contains("CREDENTIAL-MARKER"));
    QVERIFY(!sealed.contains("short@mayfly.test"));

    auto wrong = core::privacy::Export::openCredentials(sealed, QStringLiteral("wrong passphrase"));
    QVERIFY(!wrong.ok());
    auto opened = core::privacy::Export::openCredentials(sealed, options.passphrase);
    QVERIFY(opened.ok());
    const QJsonArray list = QJsonDocument::fromJson(*opened).array();
    QCOMPARE(list.size(), 3);
    const QByteArray credentials
        = QByteArray::fromBase64(list.first().toObject().value(QStringLiteral("credentials")).toString().toLatin1());
    QVERIFY(credentials.contains("CREDENTIAL-MARKER"));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
