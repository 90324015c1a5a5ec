#include "core/common/SecureBuffer.h"

#include <openssl/crypto.h>

namespace mayfly::core {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_bytes(size, 0)
{ }

SecureBuffer::SecureBuffer(const unsigned char* data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBuffer SecureBuffer::fromByteArray(const QByteArray& bytes)
{
    return SecureBuffer(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()));
}

SecureBuffer SecureBuffer::clone() const
{
    return SecureBuffer(m_bytes.data(), m_bytes.size());
}

QByteArray SecureBuffer::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), qsizetype(m_bytes.size()));
}

void SecureBuffer::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

void secureWipe(QByteArray& bytes)
{
    // A shared buffer belongs to others too: only an unshared one can be wiped safely.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace mayfly::core
