// libFuzzer target: the whole offline pipeline on raw message bytes (MIME parse, sanitise, extract).
#include "core/mime/RenderedMessage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto rendered = mayfly::core::mime::render(raw, QStringLiteral("alice@mayfly.test"));
    // Output invariants: no markup that could run or fetch anything.
    if (rendered.html.contains(QLatin1StringView("<script"), Qt::CaseInsensitive)
        || rendered.html.contains(QLatin1StringView("javascript:"), Qt::CaseInsensitive))
        __builtin_trap();
    return 0;
}
