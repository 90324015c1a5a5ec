// The relay API's JSON bodies: never a crash, always a value or an error.
#include "relay/ApiJson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto create = mayfly::relay::parseCreateAddressRequest(body);
    if (create.ok() && !create->publicKey.isEmpty() && create->publicKey.size() != 32)
        std::abort();
    if (create.ok() && create->localPart.size() > 64)
        std::abort();
    const auto extend = mayfly::relay::parseExtendRequest(body);
    if (extend.ok() && *extend <= 0)
        std::abort();
    return 0;
}
