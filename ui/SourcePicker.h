#pragma once

#include "core/net/HttpClient.h"
#include "core/settings/ProfileSettings.h"

#include <QUrl>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mayfly::ui {

// Where addresses come from and how Mayfly connects: each source says in one line who can read
// the mailbox and how long mail is kept; the server URL and creation key where a source needs
// them; the proxy. Shown on the first-run page and in Settings.
class SourcePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePicker)

public:
    static constexpr const char* LocalSource = core::settings::LocalSource;
    using Choice = core::settings::SourceChoice;

    explicit SourcePicker(QWidget* parent = nullptr);
    ~SourcePicker() override;

    void setChoice(const Choice& choice);
    [[nodiscard]] Choice choice() const;
    void selectSource(const QString& source);

private:
    void updateFields();

    QButtonGroup* m_sources;
    QStringList m_sourceIds;
    QLineEdit* m_url;
    QLineEdit* m_creationKey;
    QComboBox* m_proxyType;
    QLineEdit* m_proxyHost;
    QSpinBox* m_proxyPort;
};

} // namespace mayfly::ui
