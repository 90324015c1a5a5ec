#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mayfly::core::secrets {

// RFC 7914 section 2: N = 2^15, r = 8, p = 1 costs 32 MiB and about 0.1 s here: interactive.
struct ScryptParams
{
    quint64 n = quint64(1) << 15;
    quint32 r = 8;
    quint32 p = 1;
};

// The store's master key wrapped under a key derived from a passphrase with scrypt (RFC 7914).
// The blob keeps the scrypt parameters and salt beside the wrapped key; the AES-GCM tag of the
// wrapped key is the verifier, so a wrong passphrase is a clear error, never a garbage key.
class PassphraseKey final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::secrets::PassphraseKey)

public:
    using Params = ScryptParams;
    static constexpr int SaltSize = 16;
    // Refuse blobs that would make us allocate absurd amounts (a damaged or hostile profile).
    static constexpr quint64 MaxN = quint64(1) << 20;
    static constexpr quint32 MaxR = 32;
    static constexpr quint32 MaxP = 16;

    [[nodiscard]] static Result<QByteArray> wrap(
        const SecureBuffer& masterKey, const QString& passphrase, const Params& params = ScryptParams());
    // Crypto error "wrong passphrase" when the verifier does not match.
    [[nodiscard]] static Result<SecureBuffer> unwrap(const QByteArray& blob, const QString& passphrase);

    [[nodiscard]] static Result<SecureBuffer> derive(
        const QString& passphrase, const QByteArray& salt, const Params& params);
};

} // namespace mayfly::core::secrets
