#include "core/html/ImageFormat.h"

namespace mayfly::core::html {

RasterFormat sniffRasterFormat(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return RasterFormat::Png;
    if (bytes.startsWith(QByteArrayView("GIF87a", 6)) || bytes.startsWith(QByteArrayView("GIF89a", 6)))
        return RasterFormat::Gif;
    if (bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return RasterFormat::Jpeg;
    if (bytes.size() >= 12 && bytes.startsWith(QByteArrayView("RIFF", 4))
        && bytes.sliced(8, 4) == QByteArrayView("WEBP", 4))
        return RasterFormat::WebP;
    return RasterFormat::None;
}

QByteArray rasterFormatName(RasterFormat format)
{
    switch (format) {
    case RasterFormat::Png:
        return QByteArrayLiteral("png");
    case RasterFormat::Gif:
        return QByteArrayLiteral("gif");
    case RasterFormat::Jpeg:
        return QByteArrayLiteral("jpeg");
    case RasterFormat::WebP:
        return QByteArrayLiteral("webp");
    case RasterFormat::None:
        break;
    }
    return {};
}

} // namespace mayfly::core::html
