// Inbucket mailbox listings and monitor-socket messages.
#include "core/providers/ResponseParsers.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::providers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parse::inbucketMessages(bytes, QStringLiteral("bob@a.test"));
    (void)parse::inbucketEvent(bytes, QStringLiteral("bob@a.test"));
    (void)parse::bareAddress(QString::fromUtf8(bytes));
    return 0;
}
