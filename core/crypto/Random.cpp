#include "core/crypto/Random.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace mayfly::core::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        std::abort(); // no entropy: continuing would create predictable keys
    return out;
}

SecureBuffer randomKey(std::size_t size)
{
    SecureBuffer key(size);
    if (size > 0 && RAND_bytes(key.data(), int(size)) != 1)
        std::abort();
    return key;
}

QString randomToken(int length, QStringView alphabet)
{
    QString out;
    out.reserve(length);
    const auto n = unsigned(alphabet.size());
    // Rejection sampling keeps every character equally likely.
    const unsigned limit = 256 - (256 % n);
    while (out.size() < length) {
        const QByteArray chunk = randomBytes(length * 2);
        for (char c : chunk) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= limit)
                continue;
            out.append(alphabet.at(byte % n));
            if (out.size() == length)
                break;
        }
    }
    return out;
}

} // namespace mayfly::core::crypto
