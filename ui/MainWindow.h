#pragma once

#include "ui/AppSettings.h"
#include "ui/SourcePicker.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QMenu;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTreeView;

namespace mayfly::core::net {
class HttpClient;
}
namespace mayfly::core::store {
class Profile;
}

namespace mayfly::ui {

class AddressListModel;
class ClipboardGuard;
class LocalRelay;
class MessageListModel;
class MessagePane;
class Session;
struct StoredAddress;
struct StoredMessage;

// The main window: addresses on the left, their messages in the middle, the sandboxed message
// pane on the right. Every action has a shortcut and an objectName tests drive it by.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Every modal dialog goes through this so tests can answer it without blocking.
    using DialogRunner = std::function<int(QDialog&)>;

    explicit MainWindow(Session* session = nullptr, LocalRelay* localRelay = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDialogRunner(DialogRunner runner);
    [[nodiscard]] const DialogRunner& dialogRunner() const { return m_runDialog; }
    [[nodiscard]] ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    [[nodiscard]] MessagePane* messagePane() const { return m_pane; }

    // The provider new addresses come from ("relay" for the local relay, "mailtm" ...).
    void setDefaultProvider(const QString& providerId) { m_defaultProvider = providerId; }

    // What the privacy dashboard reports on and acts on besides the session (nullptr: left out).
    void setPrivacySources(core::store::Profile* profile, core::net::HttpClient* http);

    // What Settings edits that lives outside the window (the store's source and retention are
    // read and written through the session's store). Applied at once where possible.
    void applyAppSettings(const AppSettings& settings);

    // Shows a message file read-only in its own window (File > Open, drag and drop, mayfly FILE.eml).
    bool openMessageFile(const QString& path);

public Q_SLOTS:
    void newAddress();
    void copyAddress();
    void deleteAddress();
    void labelAddress();
    void extendAddress();
    void showSettings();
    void sendTestMessage();
    void openFile();
    void showShortcuts();
    void showPrivacyDashboard();

Q_SIGNALS:
    // Settings were saved: the source (provider, URL, creation key) and proxy may have changed.
    void sourceChanged(const mayfly::ui::SourcePicker::Choice& choice);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void connectSession();
    void addressSelected();
    void runSearch();
    void messageSelected();
    void onMessageAdded(const StoredMessage& message, const QString& code);
    void reloadModels();
    void onAddressCreated(const StoredAddress& address);
    void updateCounts();
    void updateActions();
    void buildTray();
    [[nodiscard]] bool keepsRunningInTray() const { return m_tray && m_appSettings.keepRunningInTray; }
    [[nodiscard]] QString currentAddress() const;

    Session* m_session;
    LocalRelay* m_localRelay;
    core::store::Profile* m_profile = nullptr;
    core::net::HttpClient* m_http = nullptr;
    QString m_defaultProvider = QStringLiteral("relay");
    QString m_shownKey; // the message in the pane; it stays there when the lists are rebuilt
    DialogRunner m_runDialog;

    AddressListModel* m_addresses;
    MessageListModel* m_messages;
    QSortFilterProxyModel* m_messageFilter;
    ClipboardGuard* m_clipboard;

    QListView* m_addressView = nullptr;
    QTreeView* m_messageView = nullptr;
    QLineEdit* m_search = nullptr;
    MessagePane* m_pane = nullptr;
    QLabel* m_relayStatus = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    AppSettings m_appSettings; // as last loaded or saved; read on every new message

    bool m_quitting = false;

    QAction* m_newAddress = nullptr;
    QAction* m_copyAddress = nullptr;
    QAction* m_deleteAddress = nullptr;
    QAction* m_labelAddress = nullptr;
    QAction* m_extendAddress = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_deleteMessage = nullptr;
    QAction* m_sendTest = nullptr;
    QAction* m_openFile = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace mayfly::ui
