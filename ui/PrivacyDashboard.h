#pragma once

#include "core/privacy/Schedule.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QComboBox;
class QTabWidget;
class QTreeWidget;

namespace mayfly::core::net {
class HttpClient;
}
namespace mayfly::core::store {
class Profile;
}

namespace mayfly::ui {

class DeletionTimeline;
class Session;

// What Mayfly holds, where, and when it goes, from the data it actually holds: the inventory with
// per-item Delete now, what each provider holds and its documented retention, a timeline of the
// next 7 days, the session's network log with a checked cookie count, what Mayfly never does, and
// the actions Delete everything, Export my data and the default retention.
class PrivacyDashboard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyDashboard)

public:
    using DialogRunner = std::function<int(QDialog&)>;
    using FolderPicker = std::function<QString()>;

    // Retention choices offered for new addresses (seconds; 0: until the address expires).
    static constexpr int RefreshIntervalMs = 60'000;

    PrivacyDashboard(
        Session* session, core::store::Profile* profile, core::net::HttpClient* http, QWidget* parent = nullptr);
    ~PrivacyDashboard() override;

    // Confirmations, the export options and the reports go through this (tests answer them).
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Where an export goes; the default asks with a folder dialog.
    void setFolderPicker(FolderPicker picker) { m_pickFolder = std::move(picker); }
    // Stops the local relay child before Delete everything removes its folder (LocalRelay::stop).
    void setLocalRelayStopper(std::function<void()> stop) { m_stopLocalRelay = std::move(stop); }

    [[nodiscard]] DeletionTimeline* timeline() const { return m_timeline; }
    [[nodiscard]] QString lastReport() const { return m_lastReport; }
    [[nodiscard]] bool isWiped() const { return m_wiped; }

public Q_SLOTS:
    void refresh();
    // Closing is refused while Delete everything waits for the providers: the local wipe the user
    // confirmed must not be dropped with the window.
    void reject() override;
    void deleteEverything();
    void exportData();

protected:
    void closeEvent(QCloseEvent* event) override;

Q_SIGNALS:
    // Delete everything finished (the report lists what went and what failed at the providers).
    void everythingDeleted(const QString& report);
    void exported(const QString& folder);

private:
    void buildComputerTab();
    void buildProvidersTab();
    void buildTimelineTab();
    void buildNetworkTab();
    void buildNeverTab();
    void refreshComputer(const QList<core::privacy::StoredItem>& items);
    void refreshProviders();
    void refreshNetwork();
    void deleteItem(const core::privacy::StoredItem& item);
    void deleteAtProvider(const QString& address);
    void finishWipe(const QStringList& remoteLines);
    void showReport(const QString& objectName, const QString& title, const QString& text);
    void retentionChosen(int index);

    Session* m_session;
    core::store::Profile* m_profile;
    core::net::HttpClient* m_http;
    DialogRunner m_runDialog;
    FolderPicker m_pickFolder;
    std::function<void()> m_stopLocalRelay;
    QString m_lastReport;
    bool m_wiped = false;
    bool m_wiping = false;

    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_inventory = nullptr;
    QComboBox* m_retention = nullptr;
    QTreeWidget* m_providers = nullptr;
    DeletionTimeline* m_timeline = nullptr;
    QLabel* m_timelineNote = nullptr;
    QTreeWidget* m_network = nullptr;
    QLabel* m_proxy = nullptr;
    QLabel* m_cookies = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_wipeButton = nullptr;
};

} // namespace mayfly::ui
