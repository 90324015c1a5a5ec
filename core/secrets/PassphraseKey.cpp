#include "core/secrets/PassphraseKey.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"

#include <QCborMap>
#include <QCborValue>

#include <openssl/evp.h>

namespace mayfly::core::secrets {

namespace {

const QByteArray WrapAssociatedData = QByteArrayLiteral("mayfly master key v1");
constexpr int BlobVersion = 1;

} // namespace

Result<SecureBuffer> PassphraseKey::derive(const QString& passphrase, const QByteArray& salt, const Params& params)
{
    if (params.n < 2 || params.n > MaxN || (params.n & (params.n - 1)) != 0 || params.r == 0 || params.r > MaxR
        || params.p == 0 || params.p > MaxP)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("scrypt parameters out of range"));
    QByteArray pass = passphrase.toUtf8();
    SecureBuffer key(crypto::Aead::KeySize);
    // Memory bound: 128 * r * N plus slack (RFC 7914 section 6).
    const quint64 maxMem = 128 * quint64(params.r) * params.n * quint64(params.p) + (quint64(1) << 24);
    const int rc = EVP_PBE_scrypt(pass.constData(), size_t(pass.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), params.n, params.r, params.p,
        maxMem, key.data(), key.size());
    secureWipe(pass);
    if (rc != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("scrypt failed"));
    return key;
}

Result<QByteArray> PassphraseKey::wrap(const SecureBuffer& masterKey, const QString& passphrase, const Params& params)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("empty passphrase"));
    const QByteArray salt = crypto::randomBytes(SaltSize);
    auto kek = derive(passphrase, salt, params);
    if (!kek)
        return kek.error();
    QByteArray plain = masterKey.toByteArray();
    auto wrapped = crypto::Aead::seal(*kek, plain, WrapAssociatedData);
    secureWipe(plain);
    if (!wrapped)
        return wrapped.error();
    QCborMap map;
    map.insert(QStringLiteral("v"), BlobVersion);
    map.insert(QStringLiteral("kdf"), QStringLiteral("scrypt"));
    map.insert(QStringLiteral("n"), qint64(params.n));
    map.insert(QStringLiteral("r"), qint64(params.r));
    map.insert(QStringLiteral("p"), qint64(params.p));
    map.insert(QStringLiteral("salt"), salt);
    map.insert(QStringLiteral("key"), *wrapped);
    return map.toCborValue().toCbor();
}

Result<SecureBuffer> PassphraseKey::unwrap(const QByteArray& blob, const QString& passphrase)
{
    const QCborMap map = QCborValue::fromCbor(blob).toMap();
    if (map.value(QStringLiteral("v")).toInteger() != BlobVersion
        || map.value(QStringLiteral("kdf")).toString() != u"scrypt")
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown passphrase key format"));
    Params params;
    params.n = quint64(map.value(QStringLiteral("n")).toInteger());
    params.r = quint32(map.value(QStringLiteral("r")).toInteger());
    params.p = quint32(map.value(QStringLiteral("p")).toInteger());
    auto kek = derive(passphrase, map.value(QStringLiteral("salt")).toByteArray(), params);
    if (!kek)
        return kek.error();
    auto plain = crypto::Aead::open(*kek, map.value(QStringLiteral("key")).toByteArray(), WrapAssociatedData);
    if (!plain)
        return makeError(ErrorCode::Crypto, tr("wrong passphrase"));
    QByteArray bytes = std::move(plain).value();
    SecureBuffer key = SecureBuffer::fromByteArray(bytes);
    secureWipe(bytes);
    if (key.size() != crypto::Aead::KeySize)
        return makeError(ErrorCode::Crypto, QStringLiteral("wrapped key has the wrong size"));
    return key;
}

} // namespace mayfly::core::secrets
