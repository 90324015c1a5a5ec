#include "ui/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>

namespace mayfly::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mayfly"));
    resize(1100, 700);

    auto* splitter = new QSplitter(this);
    auto* addresses = new QListWidget(splitter);
    addresses->setObjectName(QStringLiteral("addressList"));
    addresses->setAccessibleName(tr("Addresses"));
    auto* messages = new QListWidget(splitter);
    messages->setObjectName(QStringLiteral("messageList"));
    messages->setAccessibleName(tr("Messages"));
    auto* placeholder = new QLabel(tr("No message selected"), splitter);
    placeholder->setAlignment(Qt::AlignCenter);
    splitter->setStretchFactor(2, 1);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

} // namespace mayfly::ui
