#pragma once

#include "core/html/Report.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace mayfly::core::html {

// Bounds of the sanitiser. libxml2 itself stops at depth 256 without XML_PARSE_HUGE.
inline constexpr qsizetype kMaxHtmlInputBytes = 8 * 1024 * 1024; // larger bodies are shown as text
inline constexpr int kMaxTreeDepth = 160; // deeper trees are shown as text
inline constexpr qsizetype kMaxDataImageBytes = 512 * 1024; // per data: URL
inline constexpr int kMaxAttributesPerElement = 128; // looked at per element
inline constexpr int kMaxAttributesInInput = 2000; // more in one tag: shown as text (libxml2 is quadratic)
inline constexpr int kMaxReportEntries = 5000; // per list: blocked, links
inline constexpr int kMaxSrcdocDepth = 3; // nested iframe srcdoc documents scanned for what they load

struct SanitizeOptions
{
    QSet<QString> cidIds; // Content-IDs (without <>) of this message's inline parts
    QString recipient; // the address the mail was sent to; finds it (or its hashes) in URLs
    // Layout tables (one cell in every row, no border, no header cells: the scaffolding of most
    // newsletters) become plain blocks. QTextDocument lays nested tables out several times over and
    // cannot lay a table out lazily; blocks show the same content several times faster.
    bool flattenLayoutTables = true;
};

struct SanitizeResult
{
    QString html; // the QTextDocument HTML subset; body content only
    QString text; // the visible text, blocks separated by newlines
    Report report;
};

// Allow-list HTML sanitiser. Parses with libxml2's HTML parser (no network, no huge mode), keeps only
// what QTextDocument renders, removes every remote reference and reports it. Thread-safe.
// The report's sentences (block reasons, notices) are translated with tr() where they are made: the
// GUI installs a translator, the CLI does not and prints the English source text.
class Sanitizer final
{
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::html::Sanitizer)

public:
    [[nodiscard]] static SanitizeResult sanitize(const QString& html, const SanitizeOptions& options = {});
    // Plain text to safe HTML: escaped, line breaks kept, http(s) URLs turned into links whose href
    // is re-encoded so that no character can leave the attribute.
    [[nodiscard]] static SanitizeResult plainTextToHtml(const QString& text, const SanitizeOptions& options = {});
};

} // namespace mayfly::core::html
