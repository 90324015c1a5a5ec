// The text/event-stream parser, fed in two chunks split at the first input byte's value.
#include "core/net/SseClient.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::net;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype split = std::min<qsizetype>(bytes.size(), data[0]);
    SseParser parser;
    auto events = parser.feed(bytes.left(split));
    events += parser.feed(bytes.mid(split));
    for (const auto& event : events) {
        if (event.data.size() > SseParser::MaxEventBytes)
            __builtin_trap();
    }
    return 0;
}
