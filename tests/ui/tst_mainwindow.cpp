#include "ui/MainWindow.h"

#include <QListWidget>
#include <QTest>

using namespace mayfly;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructsAndShows();
};

void TestMainWindow::constructsAndShows()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("addressList")));
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("messageList")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Mayfly"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
