#include "core/crypto/Aead.h"

#include "core/crypto/Random.h"

#include <openssl/evp.h>

#include <memory>

namespace mayfly::core::crypto {

namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

} // namespace

Result<QByteArray> Aead::seal(const SecureBuffer& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (key.size() != KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES-256-GCM needs a 32-byte key"));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray out(1 + NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    out[0] = Version;
    std::copy(nonce.cbegin(), nonce.cend(), out.begin() + 1);
    auto* cipher = reinterpret_cast<unsigned char*>(out.data()) + 1 + NonceSize;

    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("cipher initialisation failed"));
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("associated data rejected"));
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plaintext), int(plaintext.size())) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("encryption failed"));
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + plaintext.size(), &finalLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipher + plaintext.size()) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("encryption failed"));
    return out;
}

Result<QByteArray> Aead::open(const SecureBuffer& key, const QByteArray& box, const QByteArray& associatedData)
{
    if (key.size() != KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES-256-GCM needs a 32-byte key"));
    if (box.size() < Overhead || box.at(0) != Version)
        return makeError(ErrorCode::Crypto, QStringLiteral("not a sealed box"));

    const qsizetype cipherLen = box.size() - Overhead;
    const auto* nonce = bytes(box) + 1;
    const auto* cipher = nonce + NonceSize;
    const auto* tag = cipher + cipherLen;
    QByteArray plain(cipherLen, Qt::Uninitialized);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("cipher initialisation failed"));
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), int(associatedData.size())) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("associated data rejected"));
    if (cipherLen > 0
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, cipher, int(cipherLen))
            != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("decryption failed"));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, const_cast<unsigned char*>(tag)) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("decryption failed"));
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + cipherLen, &finalLen) != 1) {
        secureWipe(plain);
        return makeError(ErrorCode::Crypto, QStringLiteral("authentication failed: wrong key or tampered data"));
    }
    return plain;
}

} // namespace mayfly::core::crypto
