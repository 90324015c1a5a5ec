// libFuzzer target: the raster-image check that decides which message bytes may reach an image
// decoder. Checks that nothing but PNG, GIF, JPEG or WebP magic is ever allowed, and that an
// allowed size is within the pixel cap.
#include "core/html/ImageFormat.h"

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::html;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const RasterCheck check = checkRasterImage(bytes);
    const RasterFormat sniffed = sniffRasterFormat(bytes);
    if (check.format != sniffed)
        __builtin_trap();
    if (check.allowed) {
        if (sniffed == RasterFormat::None || rasterFormatName(sniffed).isEmpty())
            __builtin_trap();
        if (check.size.width() <= 0 || check.size.height() <= 0
            || qint64(check.size.width()) * check.size.height() > kMaxImagePixels)
            __builtin_trap();
    }
    // Whatever the bytes, a leading SVG document is never a raster image.
    if (bytes.startsWith("<svg") && sniffed != RasterFormat::None)
        __builtin_trap();
    return 0;
}
