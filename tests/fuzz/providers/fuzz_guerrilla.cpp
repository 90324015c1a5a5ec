// Guerrilla Mail answers, and the RFC 5322 message built from a fetched mail.
#include "core/providers/ResponseParsers.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::providers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parse::guerrillaAddress(bytes);
    (void)parse::guerrillaList(bytes);
    (void)parse::guerrillaDeleted(bytes);
    const auto mail = parse::guerrillaMail(bytes);
    if (mail.ok()) {
        const QByteArray raw = parse::guerrillaToRfc5322(*mail, QStringLiteral("me@sharklasers.com"));
        // The built header must never carry a bare CR or LF inside a field.
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (qsizetype i = 0; i < head.size(); ++i) {
            if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r'))
                __builtin_trap();
            if (head[i] == '\r' && (i + 1 >= head.size() || head[i + 1] != '\n'))
                __builtin_trap();
        }
    }
    return 0;
}
