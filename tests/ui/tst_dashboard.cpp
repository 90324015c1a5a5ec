// The privacy dashboard over a real profile on disk (SQLite files, an in-memory keychain), a real
// Session with a provider fake, a manual clock, and a real HttpClient talking to a local HTTP fake
// that sets cookies.
#include "core/crypto/Random.h"
#include "core/mime/RenderedMessage.h"
#include "core/net/HttpClient.h"
#include "core/privacy/Export.h"
#include "core/privacy/LocalRelayData.h"
#include "core/privacy/Schedule.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/Profile.h"
#include "tests/support/TempProfile.h"
#include "ui/DeletionTimeline.h"
#include "ui/LocalRelay.h"
#include "ui/MainWindow.h"
#include "ui/PrivacyDashboard.h"
#include "ui/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

using namespace mayfly;
using core::privacy::Schedule;
using core::privacy::StoredItem;

namespace {

const QDateTime Start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// A provider that answers from memory and remembers what it was asked to delete. Addresses whose
// local part starts with "fail" cannot be deleted (the provider answers 503).
class FakeProvider final : public core::providers::Provider
{
public:
    FakeProvider(QString id, bool canDelete, QStringList* deleted)
        : m_id(std::move(id))
        , m_canDelete(canDelete)
        , m_deleted(deleted)
    { }

    core::providers::ProviderInfo info() const override
    {
        core::providers::ProviderInfo i;
        i.id = m_id;
        i.displayName = m_canDelete ? QStringLiteral("Fake Mail") : QStringLiteral("Public Box");
        i.privacy = m_canDelete ? core::providers::PrivacyLabel::Private : core::providers::PrivacyLabel::Public;
        if (m_canDelete)
            i.capabilities = core::providers::Capability::DeleteMailbox | core::providers::Capability::DeleteMessage;
        i.retention = m_canDelete ? QStringLiteral("messages about 7 days, account until deleted")
                                  : QStringLiteral("about 1 hour");
        return i;
    }
    void domains(core::providers::Callback<QStringList> done) override
    {
        later([done] { done(QStringList()); });
    }
    void createMailbox(
        const core::providers::CreateRequest&, core::providers::Callback<core::providers::Mailbox> done) override
    {
        core::providers::Mailbox m;
        m.address = QStringLiteral("new%1@fake.test").arg(++m_created);
        m.providerId = m_id;
        m.remoteId = m.address;
        m.createdAt = Start;
        later([done, m] { done(m); });
    }
    void listMessages(const core::providers::Mailbox&,
        core::providers::Callback<QList<core::providers::MessageSummary>> done) override
    {
        later([done] { done(QList<core::providers::MessageSummary>()); });
    }
    void fetchRaw(const core::providers::Mailbox&, const QString&, core::providers::Callback<QByteArray> done) override
    {
        later([done] { done(core::makeError(core::ErrorCode::NotFound, QStringLiteral("gone"))); });
    }
    void deleteMessage(
        const core::providers::Mailbox& m, const QString& id, core::providers::Callback<void> done) override
    {
        m_deleted->append(QStringLiteral("message ") + m.address + u'/' + id);
        later([done] { done(core::Result<void>()); });
    }
    void deleteMailbox(const core::providers::Mailbox& m, core::providers::Callback<void> done) override
    {
        m_deleted->append(QStringLiteral("address ") + m.address);
        const bool fail = m.address.startsWith(u"fail");
        later([done, fail] {
            done(fail ? core::Result<void>(core::makeError(core::ErrorCode::ProviderDown, QStringLiteral("HTTP 503")))
                      : core::Result<void>());
        });
    }
    void markSeen(const core::providers::Mailbox&, const QString&, core::providers::Callback<void> done) override
    {
        later([done] { done(core::Result<void>()); });
    }
    void extend(
        const core::providers::Mailbox&, std::chrono::seconds, core::providers::Callback<QDateTime> done) override
    {
        later([done] { done(core::makeError(core::ErrorCode::Unsupported, QString())); });
    }
    std::unique_ptr<core::providers::PushSubscription> subscribe(const core::providers::Mailbox&) override
    {
        return nullptr;
    }

private:
    template <typename F>
    void later(F f)
    {
        QTimer::singleShot(0, this, std::move(f));
    }
    QString m_id;
    bool m_canDelete;
    QStringList* m_deleted;
    int m_created = 0;
};

QByteArray mail(const QString& subject)
{
    return QStringLiteral("From: Shop <noreply@shop.example>\r\nTo: x@y.test\r\nSubject: %1\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\nYour code is 482913.\r\n")
        .arg(subject)
        .toUtf8();
}

QStringList filesContaining(const QStringList& files, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QTreeWidgetItem* topRow(QTreeWidget* tree, const QString& kind)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == kind)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QToolButton* deleteButton(QTreeWidget* tree, const QString& kind, qint64 id)
{
    const auto buttons = tree->findChildren<QToolButton*>(QStringLiteral("deleteNow"));
    for (QToolButton* b : buttons) {
        if (b->property("itemKind").toString() == kind && b->property("itemId").toLongLong() == id)
            return b;
    }
    return nullptr;
}

// One-shot HTTP/1.1 server that sets two cookies on every answer and keeps what it was sent.
class CookieServer final : public QObject
{
public:
    CookieServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(m_buffer.take(socket));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Set-Cookie: sid=tracking-1; Path=/\r\nSet-Cookie: uid=tracking-2; Path=/\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inventoryListsWhatTheStoreHolds();
    void deleteNowRemovesTheMessageEverywhere();
    void deleteNowRemovesTheAddressAtTheProvider();
    void deleteEverythingLeavesNothing();
    void deleteEverythingRemovesTheOsKeychainEntry();
    void exportRoundTrips();
    void retentionDefaultAppliesToNewAddresses();
    void timelineModelAndPainting();
    void timelineHoverNamesWhatGoes();
    void networkPanelShowsRequestsAndNoCookies();
    void mainWindowOpensTheDashboard();
    void deleteEverythingFromTheWindowStopsTheLocalRelay();

private:
    std::unique_ptr<ui::PrivacyDashboard> makeDashboard(core::net::HttpClient* http = nullptr);

    std::unique_ptr<test::TempProfile> m_temp;
    std::shared_ptr<core::secrets::MemorySecretStore> m_keychain;
    std::unique_ptr<core::store::ManualClock> m_clock;
    std::unique_ptr<core::store::Profile> m_profile;
    std::unique_ptr<ui::Session> m_session;
    QStringList m_deleted; // what the provider fakes were asked to delete
    QStringList m_dialogs; // every dialog the dashboard ran
    QList<qint64> m_messageIds;
    qint64 m_soon = 0;
};

void TestDashboard::init()
{
    m_deleted.clear();
    m_dialogs.clear();
    m_messageIds.clear();
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
    QCOMPARE(m_keychain->count(), 1);

    auto& store = m_profile->store();
    auto mailbox = [](const QString& address, const QString& provider, const QDateTime& expires) {
        core::providers::Mailbox m;
        m.address = address;
        m.providerId = provider;
        m.remoteId = address;
        m.credentials = QByteArrayLiteral("{\"password\":\"CREDENTIAL-MARKER\"}");
        m.createdAt = Start;
        m.expiresAt = expires;
        return m;
    };
    auto soon
        = store.addAddress(mailbox(QStringLiteral("soon@fake.test"), QStringLiteral("fake"), Start.addSecs(2 * 3600)),
            QStringLiteral("newsletter"), core::providers::PrivacyLabel::Private);
    auto fail = store.addAddress(mailbox(QStringLiteral("fail@fake.test"), QStringLiteral("fake"), Start.addDays(3)),
        QStringLiteral("shop"), core::providers::PrivacyLabel::Private);
    auto pub = store.addAddress(mailbox(QStringLiteral("pub@public.test"), QStringLiteral("public"), {}), {},
        core::providers::PrivacyLabel::Public);
    QVERIFY(soon.ok() && fail.ok() && pub.ok());
    m_soon = *soon;
    int n = 0;
    for (const auto& [address, subject] : {std::pair{*soon, QStringLiteral("Welcome <b>friend</b>")},
             std::pair{*fail, QStringLiteral("Your code")}, std::pair{*pub, QStringLiteral("Public note")}}) {
        core::providers::MessageSummary s;
        s.id = QStringLiteral("remote-%1").arg(++n);
        s.from = QStringLiteral("Shop <noreply@shop.example>");
        s.subject = subject;
        auto id = store.addMessage(address, s, mail(subject) + core::crypto::randomBytes(3000).toHex());
        QVERIFY(id.ok());
        m_messageIds.append(*id);
    }

    m_session
        = std::make_unique<ui::Session>(store, [this](const QString& id) -> std::unique_ptr<core::providers::Provider> {
              if (id == u"fake")
                  return std::make_unique<FakeProvider>(id, true, &m_deleted);
              if (id == u"public")
                  return std::make_unique<FakeProvider>(id, false, &m_deleted);
              return nullptr;
          });
    m_session->start();
    QCOMPARE(m_session->addresses().size(), 3);
}

void TestDashboard::cleanup()
{
    m_session.reset();
    m_profile.reset();
    m_clock.reset();
    m_temp.reset();
}

std::unique_ptr<ui::PrivacyDashboard> TestDashboard::makeDashboard(core::net::HttpClient* http)
{
    auto dashboard = std::make_unique<ui::PrivacyDashboard>(m_session.get(), m_profile.get(), http);
    dashboard->setDialogRunner([this](QDialog& dialog) {
        m_dialogs.append(dialog.objectName());
        return int(dialog.objectName() == u"confirmDeleteEverything" ? QMessageBox::Yes : QMessageBox::Ok);
    });
    return dashboard;
}

void TestDashboard::inventoryListsWhatTheStoreHolds()
{
    auto dashboard = makeDashboard();
    auto* tree = dashboard->findChild<QTreeWidget*>(QStringLiteral("inventoryTree"));
    QVERIFY(tree);
    QTreeWidgetItem* addresses = topRow(tree, QStringLiteral("addresses"));
    QTreeWidgetItem* messages = topRow(tree, QStringLiteral("messages"));
    QVERIFY(addresses && messages && topRow(tree, QStringLiteral("master-key"))
        && topRow(tree, QStringLiteral("wal-file")));
    QVERIFY(topRow(tree, QStringLiteral("window-settings")));
    QCOMPARE(addresses->text(2), QStringLiteral("3")); // the Count column
    QCOMPARE(addresses->childCount(), 3);
    QCOMPARE(messages->text(2), QStringLiteral("3"));
    QCOMPARE(messages->childCount(), 3);
    // Markup in a subject stays text, and the row names its sender.
    QStringList texts;
    for (int i = 0; i < messages->childCount(); ++i)
        texts.append(messages->child(i)->text(0));
    QVERIFY2(texts.join(u'|').contains(QStringLiteral("Shop <noreply@shop.example> \u2014 Welcome <b>friend</b>")),
        qPrintable(texts.join(u'|')));
    QCOMPARE(tree->findChildren<QToolButton*>(QStringLiteral("deleteNow")).size(), 6);
    // Each message row says where it went and when it came; each address row its provider.
    auto child = [](QTreeWidgetItem* parent, const QString& containing) -> QTreeWidgetItem* {
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->text(0).contains(containing))
                return parent->child(i);
        }
        return nullptr;
    };
    QTreeWidgetItem* note = child(messages, QStringLiteral("Public note"));
    QTreeWidgetItem* soon = child(addresses, QStringLiteral("soon@fake.test"));
    QVERIFY(note && soon);
    const QString at = QLocale().toString(Start.toLocalTime(), QStringLiteral("ddd d MMM, HH:mm"));
    QCOMPARE(note->text(7), QStringLiteral("to pub@public.test, received ") + at);
    QCOMPARE(soon->text(7), QStringLiteral("at Fake Mail, created ") + at);

    // The timeline is the store's schedule: the first deletion is soon@ with its message at +2 h.
    auto items = Schedule::items(m_profile->store());
    QVERIFY(items.ok());
    const auto expected = Schedule::timeline(*items, Start);
    auto* timeline = dashboard->timeline();
    QCOMPARE(timeline->points().size(), expected.size());
    QCOMPARE(timeline->points().size(), 4); // now, +2 h, +24 h (the code mail), +3 d (fail@)
    QCOMPARE(timeline->nextDeletionIndex(), 1);
    QCOMPARE(timeline->points()[1].at, Start.addSecs(2 * 3600));
    QCOMPARE(timeline->points()[1].going.size(), 2);

    // After the clock passes +2 h and the janitor runs, the dashboard follows.
    m_clock->advance(2 * 3600);
    QVERIFY(m_profile->store().purgeExpired().ok());
    dashboard->refresh();
    addresses = topRow(tree, QStringLiteral("addresses"));
    QCOMPARE(addresses->text(2), QStringLiteral("2"));
    QCOMPARE(topRow(tree, QStringLiteral("messages"))->childCount(), 2);
    QCOMPARE(dashboard->timeline()->points().size(), 3);

    // The providers tab names each provider's retention and offers deletion only where it exists.
    auto* providers = dashboard->findChild<QTreeWidget*>(QStringLiteral("providerTree"));
    QVERIFY(providers);
    QCOMPARE(providers->topLevelItemCount(), 3);
    QCOMPARE(providers->findChildren<QToolButton*>(QStringLiteral("deleteAtProvider")).size(), 2);
    const auto fail = providers->findItems(QStringLiteral("fail@fake.test"), Qt::MatchExactly);
    QCOMPARE(fail.size(), 1);
    QVERIFY2(fail.first()->text(3).startsWith(
                 QStringLiteral("messages about 7 days, account until deleted (this address expires")),
        qPrintable(fail.first()->text(3)));
}

void TestDashboard::deleteNowRemovesTheMessageEverywhere()
{
    auto& store = m_profile->store();
    const qint64 id = m_messageIds.first();
    // The sealed box is what sits on disk; a slice of it is the marker.
    QSqlQuery q(store.database());
    QVERIFY(q.prepare(QStringLiteral("SELECT sealed_raw FROM messages WHERE id = ?")));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    const QByteArray marker = q.value(0).toByteArray().mid(200, 48);
    q.finish();
    QCOMPARE(marker.size(), 48);
    QVERIFY(store.checkpoint().ok());
    QVERIFY(!filesContaining(store.files(), marker).isEmpty());

    auto dashboard = makeDashboard();
    auto* tree = dashboard->findChild<QTreeWidget*>(QStringLiteral("inventoryTree"));
    QToolButton* button = deleteButton(tree, QStringLiteral("message"), id);
    QVERIFY(button);
    button->click();

    QCOMPARE(store.message(id).error().code, core::ErrorCode::NotFound);
    QCOMPARE(store.messages()->size(), 2);
    const QStringList hits = filesContaining(store.files(), marker);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    QCOMPARE(topRow(tree, QStringLiteral("messages"))->childCount(), 2);
    QTRY_VERIFY(m_deleted.contains(QStringLiteral("message soon@fake.test/remote-1")));
}

void TestDashboard::deleteNowRemovesTheAddressAtTheProvider()
{
    auto dashboard = makeDashboard();
    auto* tree = dashboard->findChild<QTreeWidget*>(QStringLiteral("inventoryTree"));
    QToolButton* button = deleteButton(tree, QStringLiteral("address"), m_soon);
    QVERIFY(button);
    // The Delete key on the selected row does what its button does.
    QTreeWidgetItem* row = nullptr;
    for (QTreeWidgetItem* it :
        tree->findItems(QStringLiteral("soon@fake.test"), Qt::MatchStartsWith | Qt::MatchRecursive))
        row = it;
    QVERIFY(row);
    dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
    tree->setFocus();
    tree->setCurrentItem(row);
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY(m_deleted.contains(QStringLiteral("address soon@fake.test")));
    QCOMPARE(m_profile->store().address(m_soon).error().code, core::ErrorCode::NotFound);
    QCOMPARE(m_profile->store().messages()->size(), 2); // its message went with it
    QCOMPARE(topRow(tree, QStringLiteral("addresses"))->childCount(), 2);
    QCOMPARE(m_session->addresses().size(), 2);
}

void TestDashboard::deleteEverythingLeavesNothing()
{
    const QStringList files = m_profile->store().files();
    QVERIFY(files.size() >= 2);
    auto dashboard = makeDashboard();
    QSignalSpy done(dashboard.get(), &ui::PrivacyDashboard::everythingDeleted);
    dashboard->findChild<QPushButton*>(QStringLiteral("deleteEverythingButton"))->click();
    QVERIFY(m_dialogs.contains(QStringLiteral("confirmDeleteEverything")));
    // The providers answer later; closing meanwhile must not drop the local wipe.
    QVERIFY(done.isEmpty());
    dashboard->show();
    QVERIFY(!dashboard->close());
    QVERIFY(done.wait(5000));
    QVERIFY(dashboard->isWiped());
    QVERIFY(m_dialogs.contains(QStringLiteral("deleteEverythingReport")));

    for (const QString& f : files)
        QVERIFY2(!QFile::exists(f), qPrintable(f));
    QCOMPARE(m_keychain->count(), 0);
    QVERIFY(m_session->isStopped());
    QVERIFY(m_session->addresses().isEmpty());
    QVERIFY(m_deleted.contains(QStringLiteral("address soon@fake.test")));
    QVERIFY(m_deleted.contains(QStringLiteral("address fail@fake.test")));

    const QString report = done.first().first().toString();
    QVERIFY2(report.contains(QStringLiteral("soon@fake.test: deleted at the provider.")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("fail@fake.test: the provider could not delete it")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("HTTP 503")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("pub@public.test: Public Box offers no deletion")), qPrintable(report));
    QVERIFY(!dashboard->findChild<QPushButton*>(QStringLiteral("deleteEverythingButton"))->isEnabled());
    QCOMPARE(dashboard->findChild<QTreeWidget*>(QStringLiteral("inventoryTree"))->topLevelItemCount(), 0);
}

void TestDashboard::deleteEverythingRemovesTheOsKeychainEntry()
{
    // scripts/test runs the suite in a private D-Bus session with an unlocked gnome-keyring.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with an unlocked Secret Service (scripts/test provides one)");
    QTemporaryDir dir;
    auto keychain = std::make_shared<core::secrets::KeychainSecretStore>(
        QString::fromLatin1(core::store::Profile::KeychainService));
    core::store::ProfileOptions options;
    options.directory = dir.filePath(QStringLiteral("profile"));
    options.keychain = keychain;
    auto profile = core::store::Profile::open(options);
    if (!profile && profile.error().code == core::ErrorCode::KeychainUnavailable)
        QSKIP("the Secret Service is not usable here");
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
    QCOMPARE((*profile)->keyMode(), QStringLiteral("keychain"));
    const QString entry = (*profile)->keychainKey();
    QVERIFY(keychain->read(entry).ok());

    ui::Session session((*profile)->store(), ui::Session::RouteFactory{});
    session.start();
    ui::PrivacyDashboard dashboard(&session, profile->get(), nullptr);
    dashboard.setDialogRunner([](QDialog& dialog) {
        return int(dialog.objectName() == u"confirmDeleteEverything" ? QMessageBox::Yes : QMessageBox::Ok);
    });
    QSignalSpy done(&dashboard, &ui::PrivacyDashboard::everythingDeleted);
    dashboard.findChild<QPushButton*>(QStringLiteral("deleteEverythingButton"))->click();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(keychain->read(entry).error().code, core::ErrorCode::NotFound);
    QVERIFY(!QFile::exists(options.directory));
}

void TestDashboard::exportRoundTrips()
{
    QTemporaryDir target;
    auto dashboard = makeDashboard();
    dashboard->setDialogRunner([this](QDialog& dialog) {
        m_dialogs.append(dialog.objectName());
        if (dialog.objectName() != u"exportDialog")
            return int(QMessageBox::Ok);
        dialog.findChild<QCheckBox*>(QStringLiteral("includeCredentials"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("exportPassphrase"))->setText(QStringLiteral("tr0ub4dor&3x"));
        dialog.findChild<QLineEdit*>(QStringLiteral("exportPassphraseRepeat"))->setText(QStringLiteral("tr0ub4dor&3x"));
        return int(QDialog::Accepted);
    });
    dashboard->setFolderPicker([&target] { return target.path(); });
    QSignalSpy exported(dashboard.get(), &ui::PrivacyDashboard::exported);
    dashboard->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QCOMPARE(exported.size(), 1);
    QVERIFY(m_dialogs.contains(QStringLiteral("exportReport")));
    const QDir root(exported.first().first().toString());
    QVERIFY(root.exists(QStringLiteral("README.txt")));
    QVERIFY(root.exists(QStringLiteral("addresses.json")));

    QStringList subjects;
    QDirIterator it(root.path(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile eml(it.next());
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const auto rendered = core::mime::render(eml.readAll());
        subjects.append(rendered.message.subject);
        QCOMPARE(rendered.codes.value(0).value, QStringLiteral("482913"));
    }
    subjects.sort();
    QCOMPARE(subjects,
        QStringList(
            {QStringLiteral("Public note"), QStringLiteral("Welcome <b>friend</b>"), QStringLiteral("Your code")}));

    QFile sealed(root.filePath(QString::fromLatin1(core::privacy::Export::CredentialsFile)));
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray box = sealed.readAll();
    QVERIFY(!box.contains("CREDENTIAL-MARKER"));
    auto opened = core::privacy::Export::openCredentials(box, QStringLiteral("tr0ub4dor&3x"));
    QVERIFY(opened.ok());
    const QJsonArray list = QJsonDocument::fromJson(*opened).array();
    QCOMPARE(list.size(), 3);
    QVERIFY(QByteArray::fromBase64(list.first().toObject().value(QStringLiteral("credentials")).toString().toLatin1())
                .contains("CREDENTIAL-MARKER"));
}

void TestDashboard::retentionDefaultAppliesToNewAddresses()
{
    auto dashboard = makeDashboard();
    auto* combo = dashboard->findChild<QComboBox*>(QStringLiteral("retentionDefault"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toLongLong(), core::store::Retention::DefaultSeconds);
    const int hour = combo->findData(qint64(3600));
    QVERIFY(hour >= 0);
    combo->setCurrentIndex(hour);
    Q_EMIT combo->activated(hour);
    QCOMPARE(
        m_profile->store().setting(QStringLiteral("retention.default")).valueOr(QString()), QStringLiteral("3600"));

    QSignalSpy created(m_session.get(), &ui::Session::addressCreated);
    m_session->createAddress(QStringLiteral("fake"), {});
    QVERIFY(created.wait(5000));
    auto record = m_profile->store().findAddress(QStringLiteral("new1@fake.test"));
    QVERIFY(record.ok());
    QCOMPARE(record->retentionSeconds.value_or(-1), qint64(3600));
}

void TestDashboard::timelineModelAndPainting()
{
    auto items = Schedule::items(m_profile->store());
    QVERIFY(items.ok());
    ui::DeletionTimeline timeline;
    timeline.resize(700, 220);
    timeline.setSchedule(Schedule::timeline(*items, Start), Start);
    const int next = timeline.nextDeletionIndex();
    QCOMPARE(next, 1);
    const QRectF plot = timeline.plotRect();
    const int markerX = qRound(timeline.xFor(timeline.points()[next].at));
    QVERIFY(markerX > plot.left() && markerX < plot.left() + plot.width() / 7); // +2 h of 7 days

    // Hover: the dot of the next deletion names what goes, subjects as plain text.
    QCOMPARE(timeline.pointAt(timeline.positionOf(next)), next);
    QCOMPARE(timeline.pointAt(timeline.positionOf(next) + QPointF(30, 30)), -1);
    const QString tip = timeline.describePoint(next);
    QVERIFY2(tip.contains(QStringLiteral("Address soon@fake.test")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Message from Shop <noreply@shop.example>: Welcome <b>friend</b>")),
        qPrintable(tip));

    QImage image(timeline.size(), QImage::Format_ARGB32);
    timeline.render(&image);
    const QColor marker = ui::DeletionTimeline::markerColor();
    auto markerPixels = [&](int x) {
        int n = 0;
        for (int y = int(plot.top()); y < int(plot.bottom()); ++y) {
            const QColor c = image.pixelColor(x, y);
            n += qAbs(c.red() - marker.red()) < 40 && qAbs(c.green() - marker.green()) < 40
                && qAbs(c.blue() - marker.blue()) < 40;
        }
        return n;
    };
    QVERIFY2(markerPixels(markerX) > plot.height() / 2, qPrintable(QString::number(markerPixels(markerX))));
    QCOMPARE(markerPixels(int(plot.center().x())), 0);
    // Every other scheduled point has its dot, in the series colour.
    const QColor series = timeline.palette().color(QPalette::Highlight);
    for (int i = next + 1; i < timeline.points().size(); ++i) {
        const QPoint p = timeline.positionOf(i).toPoint();
        const QColor c = image.pixelColor(p);
        QVERIFY2(qAbs(c.red() - series.red()) < 40 && qAbs(c.blue() - series.blue()) < 40,
            qPrintable(QStringLiteral("point %1 at %2,%3 is %4").arg(i).arg(p.x()).arg(p.y()).arg(c.name())));
    }

    // Nothing stored: no marker anywhere.
    timeline.setSchedule({}, Start);
    QCOMPARE(timeline.nextDeletionIndex(), -1);
    QImage empty(timeline.size(), QImage::Format_ARGB32);
    timeline.render(&empty);
    image = empty;
    QCOMPARE(markerPixels(markerX), 0);
}

void TestDashboard::timelineHoverNamesWhatGoes()
{
    auto items = Schedule::items(m_profile->store());
    QVERIFY(items.ok());
    ui::DeletionTimeline timeline;
    timeline.resize(700, 220);
    timeline.setSchedule(Schedule::timeline(*items, Start), Start);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    const QPoint dot = timeline.positionOf(1).toPoint();
    QHelpEvent hover(QEvent::ToolTip, dot, timeline.mapToGlobal(dot));
    QCoreApplication::sendEvent(&timeline, &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    // The subject's markup arrives escaped: it is shown, never interpreted.
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("Address soon@fake.test")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Welcome &lt;b&gt;friend&lt;/b&gt;")), qPrintable(tip));
    QToolTip::hideText();

    // Away from every dot there is nothing to name.
    const QPoint empty(int(timeline.plotRect().center().x()), int(timeline.plotRect().top()) + 2);
    QHelpEvent away(QEvent::ToolTip, empty, timeline.mapToGlobal(empty));
    QCoreApplication::sendEvent(&timeline, &away);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestDashboard::networkPanelShowsRequestsAndNoCookies()
{
    CookieServer server;
    QVERIFY(server.listen());
    core::net::HttpClient http;
    http.setHostSpacing(std::chrono::milliseconds(0));
    auto dashboard = makeDashboard(&http);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    int answered = 0;
    for (const QString& path : {QStringLiteral("/token"), QStringLiteral("/messages?secret=hunter2")}) {
        core::net::Request request;
        request.url = QUrl(base + path);
        http.get(request, [&answered](core::Result<core::net::Response> r) { answered += r.ok() ? 1 : 100; });
        QTRY_COMPARE(answered, int(server.requests.size())); // one after the other, so the jar had its chance
    }
    QTRY_COMPARE(answered, 2);
    QCOMPARE(server.requests.size(), 2);
    for (const QByteArray& request : std::as_const(server.requests))
        QVERIFY2(!request.toLower().contains("\r\ncookie:"), request.constData());

    auto* tree = dashboard->findChild<QTreeWidget*>(QStringLiteral("networkTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* host = tree->topLevelItem(0);
    QCOMPARE(host->text(0), QStringLiteral("127.0.0.1"));
    QCOMPARE(host->text(1), QStringLiteral("2"));
    QCOMPARE(host->childCount(), 2);
    QVERIFY(host->child(0)->text(0).endsWith(QStringLiteral("GET /token")));
    QVERIFY(host->child(1)->text(0).endsWith(QStringLiteral("GET /messages")));
    QCOMPARE(host->child(1)->text(3), QStringLiteral("200"));

    QCOMPARE(http.storedCookieCount(), 0);
    QCOMPARE(http.requestsWithCookies(), qint64(0));
    const QString cookies = dashboard->findChild<QLabel*>(QStringLiteral("cookieCheck"))->text();
    QVERIFY2(cookies.contains(QStringLiteral("Cookie jar: empty")), qPrintable(cookies));
    QVERIFY2(cookies.contains(QStringLiteral("No request of this session carried a cookie")), qPrintable(cookies));
    QVERIFY2(cookies.contains(QStringLiteral("tried to set 4 cookie(s)")), qPrintable(cookies));
    QVERIFY(dashboard->findChild<QLabel*>(QStringLiteral("proxyLabel"))->text().contains(QStringLiteral("none")));
}

void TestDashboard::mainWindowOpensTheDashboard()
{
    core::net::HttpClient http;
    ui::MainWindow window(m_session.get(), nullptr);
    window.setPrivacySources(m_profile.get(), &http);
    QString shown;
    int rows = -1;
    window.setDialogRunner([&](QDialog& dialog) {
        shown = dialog.objectName();
        if (auto* dashboard = qobject_cast<ui::PrivacyDashboard*>(&dialog)) {
            auto* tree = dashboard->findChild<QTreeWidget*>(QStringLiteral("inventoryTree"));
            rows = topRow(tree, QStringLiteral("messages"))->childCount();
        }
        return int(QDialog::Rejected);
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("privacyDashboardAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action->trigger();
    QCOMPARE(shown, QStringLiteral("privacyDashboard"));
    QCOMPARE(rows, 3);
}

// The window passes LocalRelay::stop to the wipe: the relay child is gone before its folder is deleted,
// so it cannot write into deleted files (or recreate them).
void TestDashboard::deleteEverythingFromTheWindowStopsTheLocalRelay()
{
    const QString relayDir = core::privacy::LocalRelayData::directory(*m_profile);
    ui::LocalRelay relay(relayDir);
    QSignalSpy ready(&relay, &ui::LocalRelay::ready);
    relay.start();
    QVERIFY(ready.wait(15000));
    QVERIFY(relay.processId() != 0);

    core::net::HttpClient http;
    ui::MainWindow window(m_session.get(), &relay);
    window.setPrivacySources(m_profile.get(), &http);
    bool wiped = false;
    window.setDialogRunner([&](QDialog& dialog) {
        if (auto* dashboard = qobject_cast<ui::PrivacyDashboard*>(&dialog)) {
            QSignalSpy done(dashboard, &ui::PrivacyDashboard::everythingDeleted);
            dashboard->findChild<QPushButton*>(QStringLiteral("deleteEverythingButton"))->click();
            wiped = done.wait(10000) && dashboard->isWiped();
            return int(QDialog::Accepted);
        }
        return int(dialog.objectName() == u"confirmDeleteEverything" ? QMessageBox::Yes : QMessageBox::Ok);
    });
    window.findChild<QAction*>(QStringLiteral("privacyDashboardAction"))->trigger();
    QVERIFY(wiped);
    QCOMPARE(relay.processId(), 0);
    QVERIFY(!relay.isReady());
    QVERIFY2(!QDir(relayDir).exists(), qPrintable(core::privacy::LocalRelayData::files(relayDir).join(u'\n')));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
