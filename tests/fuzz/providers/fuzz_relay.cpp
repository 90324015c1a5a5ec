// mayfly-relay answers and WebSocket events.
#include "core/providers/ResponseParsers.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::providers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parse::relayAddress(bytes);
    (void)parse::relayMessages(bytes);
    (void)parse::relayExpiresAt(bytes);
    (void)parse::relayErrorReason(bytes);
    (void)parse::relayEvent(bytes);
    return 0;
}
