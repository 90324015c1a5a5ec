#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSize>
#include <QString>

namespace mayfly::core::html {

// The only image formats message content may carry. Anything else (SVG above all: Qt's SVG plugin
// loads <image xlink:href> targets from disk) is refused, whatever the part or the data: URL says.
enum class RasterFormat
{
    None,
    Png,
    Gif,
    Jpeg,
    WebP,
};

// Larger images are refused before decoding: a decompression bomb must not stall the window.
inline constexpr qint64 kMaxImagePixels = 25'000'000;
// A cid: part larger than this is not decoded (data: URLs have the sanitiser's tighter cap).
inline constexpr qsizetype kMaxInlineImageBytes = 16 * 1024 * 1024;

// The format the bytes are, by their magic bytes alone (never by a declared type or a file name).
[[nodiscard]] RasterFormat sniffRasterFormat(QByteArrayView bytes);
// The QImageReader format name: "png", "gif", "jpeg", "webp"; empty for None.
[[nodiscard]] QByteArray rasterFormatName(RasterFormat format);

struct RasterCheck
{
    RasterFormat format = RasterFormat::None;
    QSize size; // from the header; invalid when refused
    bool allowed = false;
};

// Sniffs the format and reads the dimensions from the header (PNG IHDR, GIF logical screen, JPEG
// SOFn, WebP VP8/VP8L/VP8X) without decoding; allowed only for a known raster format whose header
// parses, with a size of 1 to kMaxImagePixels pixels and at most `maxBytes` bytes.
[[nodiscard]] RasterCheck checkRasterImage(QByteArrayView bytes, qsizetype maxBytes = kMaxInlineImageBytes);

} // namespace mayfly::core::html
