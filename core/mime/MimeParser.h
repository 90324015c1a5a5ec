#pragma once

#include "core/mime/Message.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mayfly::core::mime {

// Limits of the MIME walk. GMime itself stops nesting at 1024 but has no cap on sibling parts
// (PITFALLS.md 7), so these are enforced by Mayfly before and while walking the tree.
inline constexpr int kMaxNestingDepth = 50; // RFC 2046 §5.1 sets no bound; ours
inline constexpr int kMaxParts = 1000; // leaves + containers, whole message
inline constexpr qsizetype kMaxHeaderBytes = 1024 * 1024; // RFC 5322 §2.1.1 lines, summed
inline constexpr qsizetype kMaxMessageBytes = 25 * 1024 * 1024; // larger input is cut here
inline constexpr qsizetype kMaxDecodedPartBytes = 25 * 1024 * 1024;
inline constexpr qsizetype kMaxDecodedTotalBytes = 64 * 1024 * 1024;

class MimeParser final
{
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::mime::MimeParser)

public:
    // Never fails: whatever could be parsed, plus Message::problems for what could not. The
    // problems are sentences translated with tr() (English in the CLI, which installs no translator).
    [[nodiscard]] static Message parse(const QByteArray& raw);

    // Removes control, bidi-override and zero-width characters; sets *changed when it removed any.
    [[nodiscard]] static QString cleanDisplayText(const QString& text, bool* changed = nullptr);
    // A file name safe on Windows, macOS and Linux: no separators, no "..", no reserved device
    // names, no trailing dots or spaces, bounded length; never empty.
    [[nodiscard]] static QString safeFileName(const QString& name, const QString& mimeType = {});
};

} // namespace mayfly::core::mime
