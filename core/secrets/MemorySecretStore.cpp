#include "core/secrets/MemorySecretStore.h"

namespace mayfly::core::secrets {

Result<SecureBuffer> MemorySecretStore::read(const QString& key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such entry in memory"));
    return it->second.clone();
}

Result<void> MemorySecretStore::write(const QString& key, const SecureBuffer& value)
{
    m_entries.insert_or_assign(key, value.clone());
    return {};
}

Result<void> MemorySecretStore::remove(const QString& key)
{
    m_entries.erase(key);
    return {};
}

QString MemorySecretStore::backendName() const
{
    return QStringLiteral("process memory");
}

} // namespace mayfly::core::secrets
