#pragma once

#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"
#include "core/settings/ProviderRoute.h"
#include "ui/MainWindow.h"
#include "ui/SourcePicker.h"

#include <QObject>

#include <memory>

namespace mayfly::core::store {
class Profile;
}

namespace mayfly::ui {

class LocalRelay;
class Session;

// The desktop app over an open profile: the first-run page when nothing is configured yet, the
// local relay child when addresses come from "This computer", the session and the main window.
// app/gui/main.cpp runs it; tests drive the same path through the dialog runner.
class Desktop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desktop)

public:
    struct Options
    {
        bool localRelay = true; // false: --no-local-relay
        MainWindow::DialogRunner runDialog; // empty: QDialog::exec
    };

    Desktop(core::store::Profile& profile, Options options, QObject* parent = nullptr);
    ~Desktop() override; // stops the local relay

    // Asks where addresses come from if nothing is configured, starts the local relay or the
    // session, and shows the main window (unless the user chose to start in the tray).
    void start();

    // Another `mayfly` on this profile: show, raise and activate the window.
    void raiseWindow();
    // Another process takes the profile (mayfly-cli wipe): stops the session and the local relay.
    void release();

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] LocalRelay* localRelay() const { return m_relay.get(); }
    [[nodiscard]] const SourcePicker::Choice& choice() const { return m_choice; }

private:
    std::unique_ptr<core::providers::Provider> createProvider(const core::settings::ProviderRoute& route);

    core::store::Profile& m_profile;
    Options m_options;
    core::net::HttpClient m_http;
    SourcePicker::Choice m_choice;
    std::unique_ptr<LocalRelay> m_relay;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace mayfly::ui
