#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mayfly::core::html {

// The only image formats Mayfly decodes from mail. Everything else (SVG above all: QtSvg loads the
// files an <image> names) is refused, whatever type the mail declares.
enum class RasterFormat
{
    None,
    Png,
    Gif,
    Jpeg,
    WebP,
};

// The format whose magic bytes start `bytes` (PNG: 89 'PNG' CR LF 1A LF, GIF: "GIF87a"/"GIF89a",
// JPEG: FF D8 FF, WebP: "RIFF", four size bytes, "WEBP"); None for anything else.
[[nodiscard]] RasterFormat sniffRasterFormat(QByteArrayView bytes);
// The QImageReader format name ("png", "gif", "jpeg", "webp"); empty for None.
[[nodiscard]] QByteArray rasterFormatName(RasterFormat format);

} // namespace mayfly::core::html
