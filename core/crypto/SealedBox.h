#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>

namespace mayfly::core::crypto {

struct X25519KeyPair
{
    QByteArray publicKey; // 32 bytes, raw
    SecureBuffer privateKey; // 32 bytes, raw
};

// Anonymous public-key encryption: anyone with the recipient's X25519 public key can seal, only the
// private key opens. Each box uses a fresh ephemeral key pair:
//   key = HKDF-SHA256(ikm = X25519(ephemeral, recipient), salt = ephemeralPub || recipientPub,
//                     info = "mayfly sealed box v1"), 32 bytes
//   box = 0x02 | ephemeralPub (32) | Aead box under key (0x01 | nonce 12 | ciphertext | tag 16)
// The associated data is authenticated, not stored.
class SealedBox final
{
public:
    static constexpr int KeySize = 32;
    static constexpr char Version = 2;
    static constexpr int Overhead = 1 + KeySize + 1 + 12 + 16;

    [[nodiscard]] static X25519KeyPair generateKeyPair();
    [[nodiscard]] static Result<QByteArray> publicKeyOf(const SecureBuffer& privateKey);

    [[nodiscard]] static Result<QByteArray> seal(
        const QByteArray& recipientPublicKey, const QByteArray& plaintext, const QByteArray& associatedData = {});
    [[nodiscard]] static Result<QByteArray> open(
        const SecureBuffer& recipientPrivateKey, const QByteArray& box, const QByteArray& associatedData = {});
};

} // namespace mayfly::core::crypto
