#pragma once

#include <QString>

namespace mayfly::ui {

// The desktop app's own preferences, in QSettings (the platform's settings file or registry).
// Nothing here is secret or personal: no addresses, no keys. Settings about addresses and
// providers live in the profile's store instead (SourceSettings), where the CLI sees them too.
struct AppSettings
{
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int MaxClipboardClearSeconds = 600;

    QString language; // "de", "pt_BR"...; empty: the system's language
    bool startInTray = false; // start hidden, with only the tray icon
    bool keepRunningInTray = false; // closing the window hides it; Quit ends Mayfly
    bool notifications = true; // a native notification per new message
    bool showCodeInNotifications = false; // "Code: 123456" instead of "A code was received."
    bool showSenderInNotifications = false; // sender and subject (the code masked unless shown)
    int clipboardClearSeconds = DefaultClipboardClearSeconds; // 0: never

    [[nodiscard]] static AppSettings load();
    void save() const;

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

// The languages Mayfly is translated into, as locale names ("de", "pt_BR"), English first.
[[nodiscard]] QStringList availableLanguages();

} // namespace mayfly::ui
