#pragma once

#include "ui/AppSettings.h"
#include "ui/SourcePicker.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;

namespace mayfly::ui {

// Settings: where new addresses come from (with the relay's creation key, kept sealed in the
// store), the proxy, how long mail is kept, clipboard clearing, notifications, the tray and the
// language. It only edits values; MainWindow saves and applies them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    struct Values
    {
        SourcePicker::Choice source;
        std::optional<qint64> retentionSeconds; // nullopt: the store's default
        AppSettings app;
    };

    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const Values& values);
    [[nodiscard]] Values values() const;
    // Without a system tray the tray options are shown disabled, with the reason.
    void setTrayAvailable(bool available);

private:
    QWidget* buildAddressesPage();
    QWidget* buildPrivacyPage();
    QWidget* buildGeneralPage();
    void updateFields();

    QTabWidget* m_tabs;
    SourcePicker* m_source;
    QComboBox* m_retention;
    QSpinBox* m_clipboardSeconds;
    QCheckBox* m_notifications;
    QCheckBox* m_showCode;
    QCheckBox* m_showSender;
    QComboBox* m_language;
    QCheckBox* m_startInTray;
    QCheckBox* m_keepRunning;
    bool m_trayAvailable = true;
};

} // namespace mayfly::ui
