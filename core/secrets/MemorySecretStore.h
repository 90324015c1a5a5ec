#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>
#include <unordered_map>

#include <memory>

namespace mayfly::core::secrets {

// Secrets held only in this process: memory-only sessions and tests.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override = default;

    [[nodiscard]] Result<SecureBuffer> read(const QString& key) override;
    [[nodiscard]] Result<void> write(const QString& key, const SecureBuffer& value) override;
    [[nodiscard]] Result<void> remove(const QString& key) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isPersistent() const override { return false; }
    [[nodiscard]] int count() const { return int(m_entries.size()); }

private:
    std::unordered_map<QString, SecureBuffer> m_entries;
};

} // namespace mayfly::core::secrets
