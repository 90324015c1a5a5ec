#include "core/html/ImageFormat.h"

#include <cstdint>

namespace mayfly::core::html {

namespace {

// JPEG markers looked at before giving up on finding the frame header (ISO/IEC 10918-1 B.1.1.3);
// real files have it within a handful (APPn, DQT, DHT), after a few KB of EXIF at most.
constexpr int kMaxJpegSegments = 256;

quint32 byteAt(QByteArrayView b, qsizetype i)
{
    return quint32(quint8(b[i]));
}

quint32 be16(QByteArrayView b, qsizetype i)
{
    return byteAt(b, i) << 8 | byteAt(b, i + 1);
}

quint32 be32(QByteArrayView b, qsizetype i)
{
    return be16(b, i) << 16 | be16(b, i + 2);
}

quint32 le16(QByteArrayView b, qsizetype i)
{
    return byteAt(b, i) | byteAt(b, i + 1) << 8;
}

quint32 le24(QByteArrayView b, qsizetype i)
{
    return le16(b, i) | byteAt(b, i + 2) << 16;
}

bool startsWith(QByteArrayView bytes, QByteArrayView magic, qsizetype at = 0)
{
    return bytes.size() >= at + magic.size() && bytes.sliced(at, magic.size()) == magic;
}

// PNG (RFC 2083 §3.1, §4.1.1): the signature, then IHDR first with width and height.
QSize pngSize(QByteArrayView b)
{
    if (b.size() < 24 || !startsWith(b, "IHDR", 12))
        return {};
    const quint32 w = be32(b, 16);
    const quint32 h = be32(b, 20);
    if (w == 0 || h == 0 || w > 0x7fffffff || h > 0x7fffffff)
        return {};
    return QSize(int(w), int(h));
}

// GIF89a §18: the logical screen descriptor follows the six-byte signature.
QSize gifSize(QByteArrayView b)
{
    if (b.size() < 10)
        return {};
    return QSize(int(le16(b, 6)), int(le16(b, 8)));
}

// JPEG: walk the marker segments up to the first SOFn (C0-CF except DHT C4, JPG C8, DAC CC).
QSize jpegSize(QByteArrayView b)
{
    qsizetype i = 2;
    for (int segments = 0; segments < kMaxJpegSegments; ++segments) {
        while (i < b.size() && quint8(b[i]) == 0xff && i + 1 < b.size() && quint8(b[i + 1]) == 0xff)
            ++i; // fill bytes
        if (i + 4 > b.size() || quint8(b[i]) != 0xff)
            return {};
        const quint8 marker = quint8(b[i + 1]);
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            i += 2; // standalone markers carry no length
            continue;
        }
        if (marker == 0xd9 || marker == 0xda)
            return {}; // end of image or start of scan before any frame header
        const qsizetype length = be16(b, i + 2);
        if (length < 2)
            return {};
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
            if (i + 9 > b.size() || length < 7)
                return {};
            return QSize(int(be16(b, i + 7)), int(be16(b, i + 5)));
        }
        i += 2 + length;
    }
    return {};
}

// WebP (RFC 9649 §2.5-2.7): RIFF container, first chunk VP8 (lossy), VP8L (lossless) or VP8X.
QSize webpSize(QByteArrayView b)
{
    if (b.size() < 30)
        return {};
    if (startsWith(b, "VP8 ", 12)) {
        if (byteAt(b, 23) != 0x9d || byteAt(b, 24) != 0x01 || byteAt(b, 25) != 0x2a)
            return {};
        return QSize(int(le16(b, 26) & 0x3fff), int(le16(b, 28) & 0x3fff));
    }
    if (startsWith(b, "VP8L", 12)) {
        if (byteAt(b, 20) != 0x2f)
            return {};
        const quint32 bits = le16(b, 21) | le16(b, 23) << 16;
        return QSize(int((bits & 0x3fff) + 1), int(((bits >> 14) & 0x3fff) + 1));
    }
    if (startsWith(b, "VP8X", 12))
        return QSize(int(le24(b, 24) + 1), int(le24(b, 27) + 1));
    return {};
}

} // namespace

RasterFormat sniffRasterFormat(QByteArrayView bytes)
{
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n"))
        return RasterFormat::Png;
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return RasterFormat::Gif;
    if (startsWith(bytes, "\xff\xd8\xff"))
        return RasterFormat::Jpeg;
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8))
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

RasterCheck checkRasterImage(QByteArrayView bytes, qsizetype maxBytes)
{
    RasterCheck check;
    check.format = sniffRasterFormat(bytes);
    if (check.format == RasterFormat::None || bytes.size() > maxBytes)
        return check;
    QSize size;
    switch (check.format) {
    case RasterFormat::Png:
        size = pngSize(bytes);
        break;
    case RasterFormat::Gif:
        size = gifSize(bytes);
        break;
    case RasterFormat::Jpeg:
        size = jpegSize(bytes);
        break;
    case RasterFormat::WebP:
        size = webpSize(bytes);
        break;
    case RasterFormat::None:
        break;
    }
    if (size.width() <= 0 || size.height() <= 0 || qint64(size.width()) * size.height() > kMaxImagePixels)
        return check;
    check.size = size;
    check.allowed = true;
    return check;
}

} // namespace mayfly::core::html
