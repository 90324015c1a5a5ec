#pragma once

#include "core/net/HttpClient.h"

#include <QDialog>
#include <QUrl>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mayfly::ui {

// Where addresses come from, chosen before anything is sent: each option says in one line who can
// read the mailbox and how long mail is kept. "This computer" (the local relay) is the default.
// The proxy is set here too, so even the first request goes through it.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    static constexpr const char* LocalSource = "local";

    struct Choice
    {
        QString source = QString::fromLatin1(LocalSource); // "local" or a provider id
        QUrl baseUrl; // own relay, Mailpit, Inbucket
        QString creationKey; // own relay
        core::net::ProxySettings proxy;
    };

    explicit FirstRunDialog(QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    void setChoice(const Choice& choice);
    [[nodiscard]] Choice choice() const;
    // Selects an option by its source id (tests and settings use this).
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
