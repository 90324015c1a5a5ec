// mayfly-screenshots: renders the README's screenshots from the real widgets, driven like a user
// would (a local relay, a new address, the sample mail), in light and dark. Run it under Xvfb with
// scripts/screenshots.
#include "core/crypto/Random.h"
#include "core/net/HttpClient.h"
#include "core/providers/RelayProvider.h"
#include "core/store/Store.h"
#include "ui/LinkDialog.h"
#include "ui/LocalRelay.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/SampleMail.h"
#include "ui/Session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(outDir);

    QTemporaryDir relayData;
    ui::LocalRelay relay(relayData.path());
    relay.start();
    if (!QTest::qWaitFor([&] { return relay.isReady(); }, 20000)) {
        std::fprintf(stderr, "the local relay did not start\n");
        return 1;
    }
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
    ok = QTest::qWaitFor([&] { return addresses->model()->rowCount() == 2; }, 10000) && ok;
    addresses->setCurrentIndex(addresses->model()->index(0, 0));
    for (int i = 0; i < 2; ++i) {
        window.findChild<QAction*>(QStringLiteral("sendTestAction"))->trigger();
        ok = QTest::qWaitFor([&] { return messages->model()->rowCount() == i + 1; }, 10000) && ok;
    }
    messages->setCurrentIndex(messages->model()->index(0, 0));
    QTest::qWait(300);

    if (!ok)
        std::fprintf(stderr, "the inbox did not fill as expected\n");
    ok = save(window, outDir + QStringLiteral("/inbox-light.png")) && ok;

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

    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    ok = save(window, outDir + QStringLiteral("/inbox-dark.png")) && ok;

    relay.stop();
    return ok ? 0 : 1;
}
