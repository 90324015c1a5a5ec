#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>

namespace mayfly::core::crypto {

// AES-256-GCM. A sealed box is: version byte (1) | nonce (12) | ciphertext | tag (16).
// The associated data (a row id, an address id) is authenticated but not stored, so a box moved
// to another row fails to open.
class Aead final
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr char Version = 1;
    static constexpr int Overhead = 1 + NonceSize + TagSize;

    [[nodiscard]] static Result<QByteArray> seal(
        const SecureBuffer& key, const QByteArray& plaintext, const QByteArray& associatedData = {});
    [[nodiscard]] static Result<QByteArray> open(
        const SecureBuffer& key, const QByteArray& box, const QByteArray& associatedData = {});
};

} // namespace mayfly::core::crypto
