#include "ui/MainWindow.h"

#include <QAction>
#include <QListView>
#include <QTest>
#include <QTreeView>

using namespace mayfly;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructsAndShows();
    void everyActionHasAShortcutAndName();
};

void TestMainWindow::constructsAndShows()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QListView*>(QStringLiteral("addressList")));
    QVERIFY(window.findChild<QTreeView*>(QStringLiteral("messageList")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Mayfly"));
    // Without a session there is nothing to create addresses with.
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newAddressAction"))->isEnabled());
}

void TestMainWindow::everyActionHasAShortcutAndName()
{
    ui::MainWindow window;
    const QList<QAction*> actions = window.actions();
    QVERIFY(actions.size() >= 8);
    for (QAction* action : actions) {
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
