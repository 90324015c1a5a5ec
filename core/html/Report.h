#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mayfly::core::html {

// Why a reference was removed. The most specific reason wins: a known tracker domain beats a
// pixel, a pixel beats a plain remote image.
enum class BlockReason
{
    KnownTracker, // host on the tracker/ESP list
    RecipientIdentifier, // the URL carries the recipient's address or a hash of it
    TrackingPixel, // tiny or invisible image
    RemoteImage,
    RemoteCss, // url() in a style, <link rel=stylesheet>, @import
    RemoteFont, // @font-face
    Prefetch, // <link rel=prefetch|preload|dns-prefetch|preconnect|prerender>, ping
    FormAction, // <form action>, formaction
    MetaRefresh, // <meta http-equiv=refresh>
    Base, // <base href>
    Frame, // iframe, frame
    EmbeddedObject, // object, embed, applet
    Media, // audio, video, source, track, bgsound
    Script, // <script src>
    Srcset, // srcset / imagesrcset candidates
    BackgroundAttribute, // background="..."
    DisallowedImageData, // data:/cid: image bytes that are not PNG, GIF, JPEG or WebP (SVG above all)
    OtherRemote,
};

[[nodiscard]] QString blockReasonName(BlockReason reason); // stable identifier, e.g. "tracking-pixel"
[[nodiscard]] QString blockReasonText(BlockReason reason); // short explanation, translated (English in the CLI)

struct BlockedReference
{
    QString element; // e.g. "img"
    QString attribute; // attribute name, or "style:background-image", "css:@import"
    QString url;
    BlockReason reason = BlockReason::OtherRemote;
    QString reasonText;
    QString company; // for known trackers
};

enum class LinkWarning
{
    HostMismatch, // the visible text names another host than the target
    IdnHost, // internationalised host (shown as punycode)
    MixedScript, // a host label mixes scripts (e.g. Latin and Cyrillic)
    IpLiteral, // the host is an IP address
    NotHttps, // plain http
    UserInfo, // user@host: the part before @ is not the host
    ClickTracker, // goes through an ESP click-tracking redirect
    Unwrapped, // a redirect wrapper was removed offline to show the destination
};

[[nodiscard]] QString linkWarningName(LinkWarning warning);

struct LinkInfo
{
    QString text; // visible text (or image alt text)
    QString target; // the real href, normalised
    QString cleanedTarget; // redirect wrappers unwrapped offline, tracking parameters removed
    QList<LinkWarning> warningKinds;
    QStringList warnings; // one readable sentence per warning kind, translated (English in the CLI)
    QString company; // click-tracking company, when known
};

struct Report
{
    QList<BlockedReference> blocked;
    QStringList trackerCompanies; // sorted, unique
    QList<LinkInfo> links;
    QStringList notices; // e.g. "shown as plain text: the HTML is nested too deeply", translated
    bool plainTextFallback = false;
    int removedElements = 0; // script, form controls, frames ... dropped from the output
};

} // namespace mayfly::core::html
