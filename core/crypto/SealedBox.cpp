#include "core/crypto/SealedBox.h"

#include "core/crypto/Aead.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace mayfly::core::crypto {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

constexpr char Info[] = "mayfly sealed box v1";

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Pkey privateFromRaw(const unsigned char* raw)
{
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw, SealedBox::KeySize));
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(SealedBox::KeySize, Qt::Uninitialized);
    std::size_t len = std::size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &len) != 1
        || len != std::size_t(SealedBox::KeySize))
        return {};
    return out;
}

// X25519 then HKDF-SHA256 into an AES-256 key.
Result<SecureBuffer> deriveKey(EVP_PKEY* own, const QByteArray& peerPublic, const QByteArray& salt)
{
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublic), SealedBox::KeySize));
    PkeyCtx ctx(EVP_PKEY_CTX_new(own, nullptr));
    if (!peer || !ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("key agreement failed"));
    SecureBuffer shared(SealedBox::KeySize);
    std::size_t sharedLen = shared.size();
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &sharedLen) != 1 || sharedLen != shared.size())
        return makeError(ErrorCode::Crypto, QStringLiteral("key agreement failed"));
    // An all-zero shared secret means a low-order peer key (RFC 7748 section 6.1).
    unsigned char acc = 0;
    for (std::size_t i = 0; i < shared.size(); ++i)
        acc |= shared.data()[i];
    if (acc == 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("invalid public key"));

    PkeyCtx kdf(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    SecureBuffer key(Aead::KeySize);
    std::size_t keyLen = key.size();
    if (!kdf || EVP_PKEY_derive_init(kdf.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(kdf.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set1_hkdf_salt(kdf.get(), bytes(salt), int(salt.size())) != 1
        || EVP_PKEY_CTX_set1_hkdf_key(kdf.get(), shared.data(), int(shared.size())) != 1
        || EVP_PKEY_CTX_add1_hkdf_info(kdf.get(), reinterpret_cast<const unsigned char*>(Info), int(sizeof(Info) - 1))
            != 1
        || EVP_PKEY_derive(kdf.get(), key.data(), &keyLen) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("key derivation failed"));
    return key;
}

} // namespace

X25519KeyPair SealedBox::generateKeyPair()
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        std::abort(); // no key generation: nothing safe to continue with
    Pkey key(raw);
    X25519KeyPair pair;
    pair.publicKey = rawPublic(key.get());
    pair.privateKey = SecureBuffer(KeySize);
    std::size_t len = pair.privateKey.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &len) != 1)
        std::abort();
    return pair;
}

Result<QByteArray> SealedBox::publicKeyOf(const SecureBuffer& privateKey)
{
    if (privateKey.size() != KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("X25519 private keys are 32 bytes"));
    Pkey key = privateFromRaw(privateKey.data());
    if (!key)
        return makeError(ErrorCode::Crypto, QStringLiteral("invalid private key"));
    return rawPublic(key.get());
}

Result<QByteArray> SealedBox::seal(
    const QByteArray& recipientPublicKey, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (recipientPublicKey.size() != KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("X25519 public keys are 32 bytes"));
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("key generation failed"));
    Pkey ephemeral(raw);
    const QByteArray ephemeralPublic = rawPublic(ephemeral.get());
    const QByteArray salt = ephemeralPublic + recipientPublicKey;
    auto key = deriveKey(ephemeral.get(), recipientPublicKey, salt);
    if (!key)
        return key.error();
    auto inner = Aead::seal(*key, plaintext, associatedData);
    if (!inner)
        return inner.error();
    QByteArray out = QByteArray(1, Version) + ephemeralPublic + *inner;
    return out;
}

Result<QByteArray> SealedBox::open(
    const SecureBuffer& recipientPrivateKey, const QByteArray& box, const QByteArray& associatedData)
{
    if (box.size() < Overhead || box.at(0) != Version)
        return makeError(ErrorCode::Crypto, QStringLiteral("not a sealed box"));
    if (recipientPrivateKey.size() != KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("X25519 private keys are 32 bytes"));
    Pkey own = privateFromRaw(recipientPrivateKey.data());
    if (!own)
        return makeError(ErrorCode::Crypto, QStringLiteral("invalid private key"));
    const QByteArray ephemeralPublic = box.mid(1, KeySize);
    const QByteArray salt = ephemeralPublic + rawPublic(own.get());
    auto key = deriveKey(own.get(), ephemeralPublic, salt);
    if (!key)
        return key.error();
    return Aead::open(*key, box.mid(1 + KeySize), associatedData);
}

} // namespace mayfly::core::crypto
