#pragma once

#include <QList>
#include <QString>

namespace mayfly::core::html {

// Inline CSS: an allow-list of properties whose values are checked against narrow grammars, so no
// url(), expression(), behavior, -moz-binding or escape sequence can survive in any spelling.
class CssFilter final
{
public:
    struct UrlRef
    {
        QString url;
        QString property; // e.g. "background-image", "@import"; empty when unknown
        bool font = false; // inside @font-face
    };

    // Comments removed, CSS escapes (\75 \72 \6c, "\\u") decoded, NULs dropped: the text as a CSS
    // engine would read it.
    [[nodiscard]] static QString decode(const QString& css);
    // Every URL the CSS would fetch: url(), @import, image-set().
    [[nodiscard]] static QList<UrlRef> findUrls(const QString& css);
    // The allowed declarations of a style attribute, normalised ("color: red; font-weight: bold").
    [[nodiscard]] static QString filterDeclarations(const QString& style);
    [[nodiscard]] static bool isHidden(const QString& style);
    [[nodiscard]] static bool isHiddenOrTiny(const QString& style);
    [[nodiscard]] static bool isColor(const QString& value);

private:
    [[nodiscard]] static QString filterUncached(const QString& style);
};

} // namespace mayfly::core::html
