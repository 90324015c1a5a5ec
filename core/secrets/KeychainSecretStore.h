#pragma once

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace mayfly::core::secrets {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never uses QtKeychain's insecure plaintext fallback.
class KeychainSecretStore final : public SecretStore
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::secrets::KeychainSecretStore)

public:
    // `service` groups the entries ("org.mayfly.Mayfly"); keys name one entry each.
    explicit KeychainSecretStore(QString service);
    ~KeychainSecretStore() override = default;

    [[nodiscard]] Result<SecureBuffer> read(const QString& key) override;
    [[nodiscard]] Result<void> write(const QString& key, const SecureBuffer& value) override;
    [[nodiscard]] Result<void> remove(const QString& key) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isPersistent() const override { return true; }

    // QKeychain::Error of the last call (0 NoError, 1 EntryNotFound, 7 OtherError ...), so callers
    // and tests can tell a missing entry from a missing backend.
    [[nodiscard]] int lastNativeError() const { return m_lastNativeError; }

    static constexpr int NativeEntryNotFound = 1;
    static constexpr int NativeOtherError = 7;

private:
    QString m_service;
    int m_lastNativeError = 0;
};

} // namespace mayfly::core::secrets
