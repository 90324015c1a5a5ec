// Every control a keyboard or screen-reader user reaches has a name: its text, an accessible name
// or the label it is the buddy of (what Qt's accessibility bridge reads out).
#include "core/crypto/Random.h"
#include "core/store/Store.h"
#include "ui/ClipboardGuard.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessagePane.h"
#include "ui/PrivacyDashboard.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QTabWidget>
#include <QTest>

using namespace mayfly;

namespace {

// The focusable controls under root that a screen reader would announce without a name.
QStringList unnamed(QWidget* root)
{
    QStringList missing;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        // Qt's own helpers (scroll bars' buttons, the tab bar's scrollers, viewports).
        if (widget->objectName().startsWith(u"qt_") || widget->inherits("QScrollBar") || widget->inherits("QTabBar")
            || widget->inherits("QToolButton"))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1#%2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return missing;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindow();
    void firstRun();
    void settingsEveryTab();
    void messagePane();
    void privacyDashboard();
};

void TestAccessibility::mainWindow()
{
    auto store = core::store::Store::open({});
    QVERIFY(store.ok());
    QVERIFY((*store)->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")).ok());
    ui::Session session(**store, [](const QString&) { return nullptr; });
    ui::MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList missing = unnamed(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::firstRun()
{
    ui::FirstRunDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectSource(QStringLiteral("relay")); // enables the URL and key fields
    const QStringList missing = unnamed(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::settingsEveryTab()
{
    ui::SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QStringList missing;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        missing << unnamed(&dialog);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::messagePane()
{
    ui::ClipboardGuard clipboard;
    ui::MessagePane pane(&clipboard);
    pane.showRaw("From: a@example.test\r\nSubject: Code\r\nContent-Type: text/html\r\n\r\n"
                 "<p>Your code is 123456</p><img src=\"https://t.example/p.gif\" width=1 height=1>\r\n");
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QStringList missing = unnamed(&pane);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::privacyDashboard()
{
    auto store = core::store::Store::open({});
    QVERIFY(store.ok());
    QVERIFY((*store)->setMasterKey(core::crypto::randomKey(32), QStringLiteral("memory")).ok());
    ui::Session session(**store, [](const QString&) { return nullptr; });
    ui::PrivacyDashboard dashboard(&session, nullptr, nullptr);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    auto* tabs = dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    QVERIFY(tabs);
    QStringList missing;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        missing << unnamed(&dashboard);
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
