#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/SealedBox.h"

#include "core/settings/ProviderRoute.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>
#include <optional>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::ui {

// "This computer": a mayfly-relay child on loopback, started with the app and stopped with it,
// so a new user can create addresses and receive mail with no account and no internet.
// It prefers the well-known ports (SMTP 2525, HTTP 8025) so a developer can point their own
// application at a stable port, and falls back to ports the OS picks when those are taken.
//
// Inside the profile's promises: catch-all and postmaster mail is sealed to the profile's own key
// (--seal-to), so the relay's folder holds nothing it can open; a memory-only profile runs it with
// --memory (no file at all); and it dies with the app, however the app ends: its stdin is a pipe
// from the app (--watch-stdin, every OS) and on Linux PR_SET_PDEATHSIG sends it SIGTERM.
class LocalRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRelay)

public:
    static constexpr quint16 PreferredSmtpPort = 2525;
    static constexpr quint16 PreferredHttpPort = 8025;

    struct Config
    {
        QString dataDir; // empty: --memory, nothing is written
        // The key pair catch-all mail is sealed to; empty: one made for this run only (mail sealed
        // to it cannot be opened after the app exits).
        core::crypto::X25519KeyPair sealKeys;
    };

    explicit LocalRelay(const QString& dataDir, QObject* parent = nullptr);
    explicit LocalRelay(Config config, QObject* parent = nullptr);
    ~LocalRelay() override;

    static QString domain() { return QString::fromLatin1(core::settings::LocalRelayDomain); }
    [[nodiscard]] static QString findExecutable();
    // The profile's key pair for --seal-to (RelayProvider::LocalRelayKeySetting), created and
    // stored (sealed under the store's master key) on first use.
    [[nodiscard]] static core::Result<core::crypto::X25519KeyPair> profileKeyPair(core::store::Store& store);

    // The HTTP API of the mayfly-relay that owns `dataDir` and runs now (it holds DIR/relay.lock,
    // DIR/endpoint.json names its ports and /healthz answers), if there is one.
    [[nodiscard]] static std::optional<QUrl> runningEndpoint(const QString& dataDir);
    // The exit code of mayfly-relay when another relay owns its --data folder.
    static constexpr int DataInUseExitCode = 4;

    // Starts the child, or uses the relay already running over the same folder (which is then
    // not ours: stop() leaves it running).
    void start();
    void stop();
    [[nodiscard]] bool isShared() const { return m_shared; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QUrl apiUrl() const { return m_apiUrl; }
    [[nodiscard]] quint16 smtpPort() const { return m_smtpPort; }
    [[nodiscard]] bool isInMemory() const { return m_config.dataDir.isEmpty(); }
    // A copy of the private key for RelayProvider::setOperatorKey.
    [[nodiscard]] core::SecureBuffer operatorKey() const { return m_config.sealKeys.privateKey.clone(); }
    // The child's process id while it runs, else 0.
    [[nodiscard]] qint64 processId() const;

Q_SIGNALS:
    void ready();
    void failed(const QString& reason);

private:
    void launch(bool preferredPorts);
    void readOutput();
    bool adoptRunning();

    Config m_config;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QUrl m_apiUrl;
    quint16 m_smtpPort = 0;
    bool m_ready = false;
    bool m_triedPreferred = false;
    bool m_shared = false;
};

} // namespace mayfly::ui
