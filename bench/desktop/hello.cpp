// bench/desktop's peer: the smallest Qt Widgets program that shows a window, traced exactly like
// mayfly (app/gui/StartupTrace), so both figures come from the same clock and the same milestone.
#include "app/gui/StartupTrace.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[])
{
    mayfly::app::StartupTrace::begin();
    QApplication application(argc, argv);
    QLabel label(QStringLiteral("Hello, world"));
    label.setAlignment(Qt::AlignCenter);
    label.resize(1180, 740); // the size of Mayfly's main window: as many pixels to paint
    label.show();
    return application.exec();
}
