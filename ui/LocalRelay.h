#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace mayfly::ui {

// "This computer": a mayfly-relay child on loopback, started with the app and stopped with it,
// so a new user can create addresses and receive mail with no account and no internet.
// It prefers the well-known ports (SMTP 2525, HTTP 8025) so a developer can point their own
// application at a stable port, and falls back to ports the OS picks when those are taken.
class LocalRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRelay)

public:
    static constexpr quint16 PreferredSmtpPort = 2525;
    static constexpr quint16 PreferredHttpPort = 8025;

    explicit LocalRelay(const QString& dataDir, QObject* parent = nullptr);
    ~LocalRelay() override;

    static QString domain() { return QStringLiteral("mayfly.localhost"); }
    [[nodiscard]] static QString findExecutable();

    void start();
    void stop();
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QUrl apiUrl() const { return m_apiUrl; }
    [[nodiscard]] quint16 smtpPort() const { return m_smtpPort; }

Q_SIGNALS:
    void ready();
    void failed(const QString& reason);

private:
    void launch(bool preferredPorts);
    void readOutput();

    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QUrl m_apiUrl;
    quint16 m_smtpPort = 0;
    bool m_ready = false;
    bool m_triedPreferred = false;
};

} // namespace mayfly::ui
