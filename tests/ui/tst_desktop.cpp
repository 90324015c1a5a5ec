// The desktop app end to end: the real MainWindow, the real mayfly-relay as the local relay, a real
// SMTP client (swaks) delivering mail, the real (memory-only) store.
#include "core/crypto/Random.h"
#include "core/net/HttpClient.h"
#include "core/providers/RelayProvider.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"
#include "tests/support/TempProfile.h"
#include "tests/support/TestPaths.h"
#include "ui/AddressListModel.h"
#include "ui/ClipboardGuard.h"
#include "ui/CodeBanner.h"
#include "ui/Desktop.h"
#include "ui/FirstRunDialog.h"
#include "ui/LinkDialog.h"
#include "ui/LocalRelay.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/MessageView.h"
#include "ui/Session.h"
#include "ui/SourceSettings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace mayfly;

class TestDesktop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createAddressAndReceiveMail();
    void openedFileIsShownReadOnly();
    void labelExtendAndAllAddresses();
    void firstRunToLocalRelay();
    void unreadableFileIsRefused_data();
    void unreadableFileIsRefused();
    void commandLineOpensAFile();
    void openMessageSurvivesItsOwnWrites();

private:
    // A memory-only store with a random key, and providers that reach the shared test relay.
    static std::unique_ptr<core::store::Store> memoryStore();
    ui::Session::ProviderFactory relayProviders(core::net::HttpClient& http) const;
    bool sendMail(const QString& to, const QString& subject, const QString& html, quint16 port = 0);

    test::TempProfile m_profile;
    QTemporaryDir m_relayData;
    std::unique_ptr<ui::LocalRelay> m_relay;
};

void TestDesktop::initTestCase()
{
    QVERIFY(!ui::LocalRelay::findExecutable().isEmpty());
    m_relay = std::make_unique<ui::LocalRelay>(m_relayData.path());
    QSignalSpy ready(m_relay.get(), &ui::LocalRelay::ready);
    m_relay->start();
    QVERIFY(ready.wait(20000));
    QVERIFY(m_relay->smtpPort() > 0);
}

void TestDesktop::cleanupTestCase()
{
    m_relay.reset();
}

bool TestDesktop::sendMail(const QString& to, const QString& subject, const QString& html, quint16 port)
{
    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.html")));
    if (!body.open(QIODevice::WriteOnly))
        return false;
    body.write(html.toUtf8());
    body.close();
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port ? port : m_relay->smtpPort()),
            QStringLiteral("--to"), to, QStringLiteral("--from"), QStringLiteral("noreply@shop.example"),
            QStringLiteral("--header"), QStringLiteral("Subject: ") + subject, QStringLiteral("--add-header"),
            QStringLiteral("Content-Type: text/html; charset=utf-8"), QStringLiteral("--body"), body.fileName()});
    if (!swaks.waitForFinished(20000))
        return false;
    if (swaks.exitCode() != 0)
        qWarning() << swaks.readAll();
    return swaks.exitCode() == 0;
}

std::unique_ptr<core::store::Store> TestDesktop::memoryStore()
{
    auto store = core::store::Store::open({});
    if (!store || !(*store)->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")))
        return nullptr;
    return std::move(*store);
}

ui::Session::ProviderFactory TestDesktop::relayProviders(core::net::HttpClient& http) const
{
    return [&http, this](const QString& id) -> std::unique_ptr<core::providers::Provider> {
        if (id == u"relay")
            return std::make_unique<core::providers::RelayProvider>(http, m_relay->apiUrl());
        return nullptr;
    };
}

void TestDesktop::createAddressAndReceiveMail()
{
    auto store = memoryStore();
    QVERIFY(store);
    core::net::HttpClient http;
    ui::Session session(*store, relayProviders(http));
    ui::MainWindow window(&session, m_relay.get());
    QList<QString> dialogs;
    ui::LinkDetails shownLink;
    window.setDialogRunner([&](QDialog& dialog) {
        dialogs.append(dialog.objectName());
        if (auto* link = qobject_cast<ui::LinkDialog*>(&dialog))
            shownLink = link->link();
        return int(QDialog::Rejected);
    });
    session.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // New address in one click; it lands on the clipboard.
    auto* addresses = window.findChild<QListView*>(QStringLiteral("addressList"));
    auto* newAddress = window.findChild<QAction*>(QStringLiteral("newAddressAction"));
    QVERIFY(addresses && newAddress);
    QVERIFY(newAddress->isEnabled());
    newAddress->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->rowCount(), 1, 10000);
    const QString address = addresses->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    QVERIFY(address.endsWith(QStringLiteral("@mayfly.localhost")));
    QCOMPARE(QGuiApplication::clipboard()->text(), address);

    // A hostile sign-up mail arrives through push, without a refresh.
    const QString html = QStringLiteral(
        "<html><body><p>Your verification code is <b>739204</b>.</p>"
        "<img src=\"https://pixel.example-tracker.com/o.gif\" width=1 height=1>"
        "<img src=\"file:///etc/hostname\"><img src=\"/etc/hostname\">"
        "<p style=\"background:url(https://t.example/bg.png)\">x</p>"
        "<script>document.title='owned'</script>"
        "<a href=\"https://evil.example/login?utm_source=mail\">https://bank.example</a></body></html>");
    QVERIFY(sendMail(address, QStringLiteral("Confirm <b>now</b>"), html));
    auto* list = window.findChild<QTreeView*>(QStringLiteral("messageList"));
    QVERIFY(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);

    // Markup in the subject stays text.
    const QString subjectCell = list->model()->index(0, 1).data().toString();
    QVERIFY2(subjectCell.contains(QStringLiteral("Confirm <b>now</b>")), qPrintable(subjectCell));

    list->setCurrentIndex(list->model()->index(0, 0));
    ui::MessagePane* pane = window.messagePane();
    QTRY_VERIFY(!pane->banner()->isHidden());
    QCOMPARE(pane->banner()->value(), QStringLiteral("739204"));

    // Copy marks the code secret and clears it later.
    window.clipboardGuard()->setClearAfter(1);
    QSignalSpy cleared(window.clipboardGuard(), &ui::ClipboardGuard::cleared);
    pane->banner()->findChild<QPushButton*>(QStringLiteral("copyCodeButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("739204"));
    QVERIFY(cleared.wait(5000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // The blocked bar names what was removed, and the view asked for nothing but cid: parts.
    QVERIFY2(pane->blockedSummary().contains(QStringLiteral("tracker")), qPrintable(pane->blockedSummary()));
    pane->view()->document()->adjustSize();
    for (const auto& request : pane->view()->resourceRequests())
        QCOMPARE(request.url.scheme(), QStringLiteral("cid"));
    QVERIFY(!pane->view()->toPlainText().contains(QStringLiteral("owned")));

    // A link click shows the real target first and navigates nowhere.
    Q_EMIT pane->view()->linkActivated(QUrl(QStringLiteral("https://evil.example/login?utm_source=mail")));
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(shownLink.target.host(), QStringLiteral("evil.example"));
    QVERIFY(!shownLink.cleanedTarget.toString().contains(QStringLiteral("utm_source")));
    QVERIFY(!shownLink.warnings.isEmpty());

    // Search looks through every address, including the message source.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setText(QStringLiteral("739204"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    search->setText(QStringLiteral("no-such-text-anywhere"));
    QTRY_COMPARE(list->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(list->model()->rowCount(), 1);

    // Deleting the address removes it and its mail.
    QVERIFY(dialogs.size() == 1);
    window.setDialogRunner([](QDialog&) { return int(QMessageBox::Yes); });
    window.findChild<QAction*>(QStringLiteral("deleteAddressAction"))->trigger();
    QTRY_COMPARE(addresses->model()->rowCount(), 0);
    QCOMPARE(list->model()->rowCount(), 0);
}

void TestDesktop::openedFileIsShownReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suspicious.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: \"PayPal <service@paypal.com>\" <x@evil.example>\r\nSubject: Invoice <i>42</i>\r\n"
               "Content-Type: text/html\r\n\r\n<p>Pay now</p><img src=\"https://t.example/p.gif\">\r\n");
    file.close();
    ui::ClipboardGuard clipboard;
    ui::MessagePane* window = ui::MessagePane::openFileWindow(path, &clipboard);
    QVERIFY(window);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Invoice <i>42</i>")));
    QVERIFY(window->view()->toPlainText().contains(QStringLiteral("Pay now")));
    auto* headers = window->findChild<QLabel*>(QStringLiteral("messageHeaders"));
    QVERIFY(headers);
    QCOMPARE(headers->textFormat(), Qt::PlainText);
    QVERIFY(headers->text().contains(QStringLiteral("x@evil.example")));
    QVERIFY(!window->blockedSummary().isEmpty());
    window->close();
}

void TestDesktop::labelExtendAndAllAddresses()
{
    auto store = memoryStore();
    QVERIFY(store);
    core::net::HttpClient http;
    ui::Session session(*store, relayProviders(http));
    ui::MainWindow window(&session, m_relay.get());
    session.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* addresses = window.findChild<QListView*>(QStringLiteral("addressList"));
    auto* messages = window.findChild<QTreeView*>(QStringLiteral("messageList"));
    auto action = [&](const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); };

    // Two addresses: "All addresses" appears above them.
    action("newAddressAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->rowCount(), 1, 10000);
    const QString first = addresses->model()->index(0, 0).data(ui::AddressListModel::AddressRole).toString();
    action("newAddressAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->rowCount(), 3, 10000);
    QVERIFY(addresses->model()->index(0, 0).data(ui::AddressListModel::IsAllRole).toBool());
    const QString second = addresses->currentIndex().data(ui::AddressListModel::AddressRole).toString();
    QVERIFY(!second.isEmpty() && second != first);

    // Label it; the label is stored sealed and shown in the list.
    window.setDialogRunner([](QDialog& dialog) {
        auto* input = qobject_cast<QInputDialog*>(&dialog);
        if (!input)
            return int(QDialog::Rejected);
        input->setTextValue(QStringLiteral("used on <b>shop</b>.example"));
        return int(QDialog::Accepted);
    });
    action("labelAddressAction")->trigger();
    QTRY_VERIFY(addresses->currentIndex().data(Qt::DisplayRole).toString().contains(QStringLiteral("<b>shop</b>")));
    QCOMPARE(store->findAddress(second)->label, QStringLiteral("used on <b>shop</b>.example"));

    // Extend: the relay pushes the expiry back, the store follows.
    QVERIFY(action("extendAddressAction")->isEnabled());
    const QDateTime before = store->findAddress(second)->mailbox.expiresAt;
    QVERIFY(before.isValid());
    action("extendAddressAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(store->findAddress(second)->mailbox.expiresAt > before.addSecs(3600), 10000);
    QTRY_VERIFY(addresses->currentIndex().data(ui::AddressListModel::ExpiresRole).toDateTime() > before);

    // Mail to both shows in "All addresses", newest first, live.
    QVERIFY(sendMail(first, QStringLiteral("to the first"), QStringLiteral("<p>one</p>")));
    QVERIFY(sendMail(second, QStringLiteral("to the second"), QStringLiteral("<p>two</p>")));
    addresses->setCurrentIndex(addresses->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);
    QVERIFY(!action("deleteAddressAction")->isEnabled()); // nothing to delete in "All"
    QVERIFY(!action("labelAddressAction")->isEnabled());
    QVERIFY(sendMail(first, QStringLiteral("third"), QStringLiteral("<p>three</p>")));
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 3, 10000);

    // Deleting one address takes "All addresses" away with it.
    addresses->setCurrentIndex(addresses->model()->index(addresses->model()->rowCount() - 1, 0));
    window.setDialogRunner([](QDialog&) { return int(QMessageBox::Yes); });
    action("deleteAddressAction")->trigger();
    QTRY_COMPARE(addresses->model()->rowCount(), 1);
    QVERIFY(!addresses->model()->index(0, 0).data(ui::AddressListModel::IsAllRole).toBool());
    QVERIFY(addresses->currentIndex().isValid());
    const QString left = addresses->currentIndex().data(ui::AddressListModel::AddressRole).toString();
    QTRY_COMPARE(messages->model()->rowCount(), left == first ? 2 : 1);
}

// What `mayfly` does on a new machine: the first-run page (answered "This computer"), the local
// relay child, the main window; then an address and a mail from a real SMTP client.
void TestDesktop::firstRunToLocalRelay()
{
    core::store::ProfileOptions options;
    options.memoryOnly = true;
    auto profile = core::store::Profile::open(options);
    QVERIFY(profile.ok());
    QStringList dialogs;
    ui::Desktop::Options desktopOptions;
    desktopOptions.runDialog = [&](QDialog& dialog) {
        dialogs.append(dialog.objectName());
        if (auto* firstRun = qobject_cast<ui::FirstRunDialog*>(&dialog)) {
            auto* local = firstRun->findChild<QRadioButton*>(QStringLiteral("source_local"));
            if (!local || !local->isChecked()) // the default, as a new user finds it
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
    {
        ui::Desktop desktop(**profile, desktopOptions);
        desktop.start();
        QCOMPARE(dialogs, QStringList{QStringLiteral("firstRunDialog")});
        const auto saved = ui::loadSourceChoice((*profile)->store());
        QVERIFY(saved);
        QCOMPARE(saved->source, QStringLiteral("local"));

        ui::MainWindow* window = desktop.window();
        QVERIFY(window && window->isVisible());
        QVERIFY(desktop.localRelay());
        QTRY_VERIFY_WITH_TIMEOUT(desktop.localRelay()->isReady(), 20000);
        auto* status = window->findChild<QLabel*>(QStringLiteral("relayStatus"));
        QTRY_VERIFY(status->text().contains(QString::number(desktop.localRelay()->smtpPort())));

        auto* newAddress = window->findChild<QAction*>(QStringLiteral("newAddressAction"));
        QTRY_VERIFY(newAddress->isEnabled());
        newAddress->trigger();
        auto* addresses = window->findChild<QListView*>(QStringLiteral("addressList"));
        QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->rowCount(), 1, 10000);
        const QString address = addresses->model()->index(0, 0).data(ui::AddressListModel::AddressRole).toString();
        QVERIFY(address.endsWith(QStringLiteral("@mayfly.localhost")));

        QVERIFY(sendMail(address, QStringLiteral("Your code"), QStringLiteral("<p>Code: <b>482913</b></p>"),
            desktop.localRelay()->smtpPort()));
        auto* messages = window->findChild<QTreeView*>(QStringLiteral("messageList"));
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, 10000);
        messages->setCurrentIndex(messages->model()->index(0, 0));
        QTRY_COMPARE(window->messagePane()->foundCode(), QStringLiteral("482913"));
    }
    // A second start asks nothing: the choice is in the profile.
    dialogs.clear();
    ui::Desktop again(**profile, desktopOptions);
    again.start();
    QVERIFY(dialogs.isEmpty());
    QVERIFY(again.localRelay());
}

void TestDesktop::unreadableFileIsRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("directory") << QStringLiteral("directory");
    QTest::newRow("too large") << QStringLiteral("large");
}

void TestDesktop::unreadableFileIsRefused()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("missing.eml"));
    if (what == u"directory") {
        path = dir.path();
    } else if (what == u"large") {
        path = dir.filePath(QStringLiteral("large.eml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(26 * 1024 * 1024)); // sparse: 26 MiB of nothing
    }
    ui::ClipboardGuard clipboard;
    QStringList shown;
    ui::MessagePane* window = ui::MessagePane::openFileWindow(path, &clipboard, nullptr, [&](QDialog& dialog) {
        shown << dialog.objectName();
        return int(QDialog::Accepted);
    });
    QVERIFY(!window);
    QCOMPARE(shown, QStringList{QStringLiteral("openFileFailed")});
}

// `mayfly FILE.eml`, the real program: the file window, with no profile, keychain or first run.
void TestDesktop::commandLineOpensAFile()
{
    QTemporaryDir home;
    QFile mail(home.filePath(QStringLiteral("mail.eml")));
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("From: shop@example.test\r\nSubject: Hello\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n");
    mail.close();
    QProcess mayfly;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MAYFLY_TRACE_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("MAYFLY_TRACE_EXIT"), QStringLiteral("1"));
    mayfly.setProcessEnvironment(env);
    mayfly.start(test::binaryPath(u"mayfly"), {mail.fileName()});
    QVERIFY(mayfly.waitForFinished(30000));
    const QString err = QString::fromLocal8Bit(mayfly.readAllStandardError());
    QCOMPARE(mayfly.exitCode(), 0);
    QVERIFY2(
        err.contains(QStringLiteral("shown")) && err.contains(QStringLiteral("openedMessageWindow")), qPrintable(err));
    // Nothing was set up: no profile, no settings.
    QVERIFY(!QDir(home.filePath(QStringLiteral("data"))).exists());
}

// A store on disk announces every write to other processes; the window's own writes (marking a
// message seen, storing new mail) must not reset it: the message being read stays on screen.
void TestDesktop::openMessageSurvivesItsOwnWrites()
{
    QTemporaryDir dir;
    auto opened = core::store::Store::open({dir.filePath(QStringLiteral("mayfly.db"))});
    QVERIFY(opened.ok());
    std::unique_ptr<core::store::Store> store = std::move(*opened);
    QVERIFY(store->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")).ok());
    core::net::HttpClient http;
    ui::Session session(*store, relayProviders(http));
    ui::MainWindow window(&session, m_relay.get());
    session.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("newAddressAction"))->trigger();
    auto* addresses = window.findChild<QListView*>(QStringLiteral("addressList"));
    QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->rowCount(), 1, 10000);
    const QString address = addresses->model()->index(0, 0).data(ui::AddressListModel::AddressRole).toString();
    QVERIFY(sendMail(address, QStringLiteral("first"), QStringLiteral("<p>Your code is 551902</p>")));
    auto* messages = window.findChild<QTreeView*>(QStringLiteral("messageList"));
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, 10000);

    messages->setCurrentIndex(messages->model()->index(0, 0)); // unread: opening it writes "seen"
    QCOMPARE(window.messagePane()->foundCode(), QStringLiteral("551902"));
    QTest::qWait(700); // the change file's echo arrives through inotify
    QCOMPARE(window.messagePane()->foundCode(), QStringLiteral("551902"));
    QVERIFY(messages->currentIndex().isValid());

    // New mail for the same address is stored (another write) while the first one is read.
    QVERIFY(sendMail(address, QStringLiteral("second"), QStringLiteral("<p>hello</p>")));
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);
    QTest::qWait(700);
    QCOMPARE(window.messagePane()->foundCode(), QStringLiteral("551902"));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
