#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace mayfly::core {

// Key material: a fixed-size heap buffer that wipes itself with OPENSSL_cleanse when it is
// destroyed or reassigned. Copies are explicit (clone()) so keys do not spread by accident.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const unsigned char* data, std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] static SecureBuffer fromByteArray(const QByteArray& bytes);
    [[nodiscard]] SecureBuffer clone() const;

    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.empty(); }

    // For the few APIs that need a QByteArray (QtKeychain); the caller wipes the copy.
    [[nodiscard]] QByteArray toByteArray() const;

    void clear();

private:
    std::vector<unsigned char> m_bytes;
};

// Wipes a QByteArray's storage in place (before it is released).
void secureWipe(QByteArray& bytes);

} // namespace mayfly::core
