// Mailpit message lists and /api/events messages.
#include "core/providers/ResponseParsers.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::providers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parse::mailpitMessages(bytes, QStringLiteral("bob@ex.test"));
    (void)parse::mailpitEvent(bytes);
    return 0;
}
