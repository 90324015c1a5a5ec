#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mayfly"));
    QApplication::setOrganizationName(QStringLiteral("Mayfly"));
    QApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mayfly/icons/mayfly.svg")));

    mayfly::ui::MainWindow window;
    window.show();
    return app.exec();
}
