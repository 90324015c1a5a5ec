#include "ui/AppSettings.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace mayfly::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString StartInTrayKey = QStringLiteral("ui/startInTray");
const QString KeepRunningKey = QStringLiteral("ui/keepRunningInTray");
const QString NotificationsKey = QStringLiteral("notifications/enabled");
const QString ShowCodeKey = QStringLiteral("notifications/showCode");
const QString ShowSenderKey = QStringLiteral("notifications/showSender");
const QString ClipboardKey = QStringLiteral("clipboard/clearSeconds");
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings s;
    s.language = settings.value(LanguageKey).toString();
    if (!availableLanguages().contains(s.language))
        s.language.clear();
    s.startInTray = settings.value(StartInTrayKey, false).toBool();
    s.keepRunningInTray = settings.value(KeepRunningKey, false).toBool();
    s.notifications = settings.value(NotificationsKey, true).toBool();
    s.showCodeInNotifications = settings.value(ShowCodeKey, false).toBool();
    s.showSenderInNotifications = settings.value(ShowSenderKey, false).toBool();
    s.clipboardClearSeconds
        = std::clamp(settings.value(ClipboardKey, DefaultClipboardClearSeconds).toInt(), 0, MaxClipboardClearSeconds);
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
    settings.setValue(StartInTrayKey, startInTray);
    settings.setValue(KeepRunningKey, keepRunningInTray);
    settings.setValue(NotificationsKey, notifications);
    settings.setValue(ShowCodeKey, showCodeInNotifications);
    settings.setValue(ShowSenderKey, showSenderInNotifications);
    settings.setValue(ClipboardKey, std::clamp(clipboardClearSeconds, 0, MaxClipboardClearSeconds));
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
        QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("ja")};
}

} // namespace mayfly::ui
