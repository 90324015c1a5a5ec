#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QString>

namespace mayfly::core::secrets {

// Where small secrets (the store's master key) live. Calls are synchronous: they run a local
// event loop for backends that are asynchronous (QtKeychain over D-Bus).
//
// Errors: NotFound means the backend answered and holds no entry for the key; every other failure
// is KeychainUnavailable. Callers must not treat NotFound as "first run" when data already exists:
// QtKeychain reports a locked keyring as "entry not found" (docs/PITFALLS item 4).
class SecretStore
{
public:
    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;

    [[nodiscard]] virtual Result<SecureBuffer> read(const QString& key) = 0;
    [[nodiscard]] virtual Result<void> write(const QString& key, const SecureBuffer& value) = 0;
    // Removing an entry that does not exist succeeds.
    [[nodiscard]] virtual Result<void> remove(const QString& key) = 0;

    // For the privacy dashboard: "GNOME Keyring / KWallet (Secret Service)", "memory".
    [[nodiscard]] virtual QString backendName() const = 0;
    // True when entries outlive the process.
    [[nodiscard]] virtual bool isPersistent() const = 0;
};

} // namespace mayfly::core::secrets
