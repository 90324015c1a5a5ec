#pragma once

#include "ui/AppSettings.h"

#include <QCoreApplication>
#include <QString>

namespace mayfly::ui {

// What the desktop notification for a new message says. Notifications outlive the window: desktops
// keep them in a history and show them on a locked screen. So by default they say only which
// address got mail and whether a code came; sender and subject only when the user chose so, and
// the code never unless chosen, not even inside a subject ("453237 is your code").
struct Notification
{
    QString title;
    QString body;
};

[[nodiscard]] Notification notificationFor(const QString& address, const QString& from, const QString& subject,
    const QString& code, const AppSettings& settings);

} // namespace mayfly::ui
