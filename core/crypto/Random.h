#pragma once

#include "core/common/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace mayfly::core::crypto {

// Cryptographically secure random bytes from OpenSSL's DRBG.
[[nodiscard]] QByteArray randomBytes(int count);
[[nodiscard]] SecureBuffer randomKey(std::size_t size);

// A random string over [a-z0-9] (for local parts) of the given length, unbiased.
[[nodiscard]] QString randomToken(int length, QStringView alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789");

} // namespace mayfly::core::crypto
