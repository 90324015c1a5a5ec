// mayfly-screenshots: renders the README's screenshots from the real widgets, driven like a user
// would (a local relay, a new address, the sample mail), in light and dark. Run it under Xvfb with
// scripts/screenshots. `mayfly-screenshots privacy [DIR]` renders only the privacy dashboard
// (docs/images/dashboard.png and dashboard-timeline.png).
#include "core/crypto/Random.h"
#include "core/net/HttpClient.h"
#include "core/providers/RelayProvider.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"
#include "ui/AddressListModel.h"
#include "ui/CodeBanner.h"
#include "ui/FirstRunDialog.h"
#include "ui/LinkDialog.h"
#include "ui/LocalRelay.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/PrivacyDashboard.h"
#include "ui/SampleMail.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace mayfly;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x46));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

bool save(QWidget& widget, const QString& path)
{
    QTest::qWait(200);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The dashboard over a profile on disk (so the inventory shows real files) with a few addresses
// of different lifetimes at the local relay, mail in two of them and the relay traffic in the
// network log.
int privacyScreenshots(ui::LocalRelay& relay, const QString& outDir)
{
    QTemporaryDir profileDir;
    core::store::ProfileOptions options;
    options.directory = profileDir.path();
    options.keychain = std::make_shared<core::secrets::MemorySecretStore>();
    auto profile = core::store::Profile::open(options);
    if (!profile)
        return 1;
    core::net::HttpClient http;
    ui::Session session((*profile)->store(), [&](const QString& id) -> std::unique_ptr<core::providers::Provider> {
        if (id == u"relay")
            return std::make_unique<core::providers::RelayProvider>(http, relay.apiUrl());
        return nullptr;
    });
    session.start();
    const std::chrono::seconds ttls[] = {std::chrono::hours(3), std::chrono::hours(50), std::chrono::hours(130)};
    const QString labels[] = {QStringLiteral("forum sign-up"), QStringLiteral("shop"), QString()};
    for (int i = 0; i < 3; ++i) {
        core::providers::CreateRequest request;
        request.ttl = ttls[i];
        session.createAddress(QStringLiteral("relay"), request, labels[i]);
        if (!QTest::qWaitFor([&] { return session.addresses().size() == i + 1; }, 10000))
            return 1;
    }
    bool ok = true;
    int sent = 0;
    for (const ui::StoredAddress& a : session.addresses()) {
        if (sent == 2)
            break;
        ui::SampleMail mail;
        mail.send(relay.smtpPort(), a.mailbox.address, core::crypto::randomToken(6, u"0123456789"));
        ++sent;
        ok = QTest::qWaitFor([&] { return session.messages().size() == sent; }, 10000) && ok;
    }

    ui::PrivacyDashboard dashboard(&session, profile->get(), &http);
    dashboard.setDialogRunner([](QDialog&) { return int(QDialog::Rejected); });
    dashboard.resize(1100, 640);
    dashboard.show();
    (void)QTest::qWaitForWindowExposed(&dashboard);
    dashboard.refresh();
    ok = save(dashboard, outDir + QStringLiteral("/dashboard.png")) && ok;
    auto* tabs = dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    tabs->setCurrentIndex(1);
    ok = save(dashboard, outDir + QStringLiteral("/dashboard-timeline.png")) && ok;
    tabs->setCurrentIndex(3);
    ok = save(dashboard, outDir + QStringLiteral("/dashboard-network.png")) && ok;
    dashboard.close();
    relay.stop();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // English plurals ("1 tracker") come from the embedded English catalogue, as in the app.
    QTranslator english;
    if (english.load(QStringLiteral("mayfly_en"), QStringLiteral(":/mayfly/i18n")))
        QApplication::installTranslator(&english);
    QStringList args = QApplication::arguments().mid(1);
    const bool privacyOnly = !args.isEmpty() && args.first() == u"privacy";
    if (privacyOnly)
        args.removeFirst();
    const QString outDir = !args.isEmpty() ? args.first() : QStringLiteral("docs/images");
    QDir().mkpath(outDir);

    QTemporaryDir relayData;
    ui::LocalRelay relay(relayData.path());
    relay.start();
    if (!QTest::qWaitFor([&] { return relay.isReady(); }, 20000)) {
        std::fprintf(stderr, "the local relay did not start\n");
        return 1;
    }
    if (privacyOnly)
        return privacyScreenshots(relay, outDir);
    auto store = core::store::Store::open({});
    if (!store || !(*store)->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")))
        return 1;
    core::net::HttpClient http;
    ui::Session session(**store, [&](const QString& id) -> std::unique_ptr<core::providers::Provider> {
        if (id == u"relay")
            return std::make_unique<core::providers::RelayProvider>(http, relay.apiUrl());
        return nullptr;
    });
    ui::MainWindow window(&session, &relay);
    window.setDialogRunner([](QDialog&) { return int(QDialog::Rejected); });
    session.start();
    window.resize(1280, 780);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);

    auto* addresses = window.findChild<QListView*>(QStringLiteral("addressList"));
    auto* messages = window.findChild<QTreeView*>(QStringLiteral("messageList"));
    window.findChild<QAction*>(QStringLiteral("newAddressAction"))->trigger();
    bool ok = QTest::qWaitFor([&] { return addresses->model()->rowCount() == 1; }, 10000);
    window.findChild<QAction*>(QStringLiteral("newAddressAction"))->trigger();
    // Two addresses and "All addresses" above them.
    ok = QTest::qWaitFor([&] { return addresses->model()->rowCount() == 3; }, 10000) && ok;
    addresses->setCurrentIndex(addresses->model()->index(1, 0));
    session.setLabel(addresses->currentIndex().data(ui::AddressListModel::AddressRole).toString(),
        QStringLiteral("used on shop.example"));
    for (int i = 0; i < 2; ++i) {
        window.findChild<QAction*>(QStringLiteral("sendTestAction"))->trigger();
        ok = QTest::qWaitFor([&] { return messages->model()->rowCount() == i + 1; }, 10000) && ok;
    }
    messages->setCurrentIndex(messages->model()->index(0, 0));
    QTest::qWait(300);

    if (!ok)
        std::fprintf(stderr, "the inbox did not fill as expected\n");
    ok = save(window, outDir + QStringLiteral("/inbox-light.png")) && ok;

    // The code banner and the blocked bar above the message, on their own.
    ui::MessagePane* pane = window.messagePane();
    if (auto* tabs = pane->findChild<QTabWidget*>()) {
        QTest::qWait(200);
        const int height = std::min(pane->height(), tabs->y() + 150);
        ok = pane->grab(QRect(0, 0, pane->width(), height)).save(outDir + QStringLiteral("/code-banner.png")) && ok;
    }

    ui::LinkDetails link{QStringLiteral("Confirm my account"),
        QUrl(QStringLiteral("https://click.mailchimp.example/track?url=https%3A%2F%2Fshop.example%2F"
                            "account%2Fverify%3Ftoken%3Dabc123&utm_source=email")),
        QUrl(QStringLiteral("https://shop.example/account/verify?token=abc123")),
        {QStringLiteral("Goes through a click-tracking redirect (unwrapped offline)")}};
    ui::LinkDialog dialog(link, &window);
    dialog.show();
    (void)QTest::qWaitForWindowExposed(&dialog);
    ok = save(dialog, outDir + QStringLiteral("/link-dialog.png")) && ok;
    dialog.close();

    ui::SettingsDialog settings(&window);
    ui::SettingsDialog::Values values;
    values.retentionSeconds = 24 * 3600;
    settings.setValues(values);
    settings.show();
    (void)QTest::qWaitForWindowExposed(&settings);
    ok = save(settings, outDir + QStringLiteral("/settings.png")) && ok;
    if (auto* tabs = settings.findChild<QTabWidget*>(QStringLiteral("settingsTabs")))
        tabs->setCurrentIndex(1);
    ok = save(settings, outDir + QStringLiteral("/settings-privacy.png")) && ok;
    settings.close();

    ui::FirstRunDialog firstRun;
    firstRun.show();
    (void)QTest::qWaitForWindowExposed(&firstRun);
    ok = save(firstRun, outDir + QStringLiteral("/first-run.png")) && ok;

    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    ok = save(window, outDir + QStringLiteral("/inbox-dark.png")) && ok;
    ok = save(firstRun, outDir + QStringLiteral("/first-run-dark.png")) && ok;
    firstRun.close();
    QApplication::setPalette(QApplication::style()->standardPalette());
    ok = privacyScreenshots(relay, outDir) == 0 && ok;
    return ok ? 0 : 1;
}
