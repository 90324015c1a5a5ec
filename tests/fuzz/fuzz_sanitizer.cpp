// libFuzzer target: the HTML sanitiser. Checks that no forbidden markup survives and that
// sanitising twice gives the same output.
#include "core/html/Sanitizer.h"

#include <QRegularExpression>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace mayfly::core::html;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    SanitizeOptions options;
    options.cidIds = {QStringLiteral("a@b")};
    options.recipient = QStringLiteral("alice@mayfly.test");
    const SanitizeResult first = Sanitizer::sanitize(html, options);
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(<(script|style|iframe|object|embed|svg|math|form|input|meta|base|link)|\son[a-z]+=|javascript:|srcset|background=)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral(R"(<[^<>]*>)"));
    static const QRegularExpression style(QStringLiteral(R"re(style="([^"]*)")re"));
    static const QRegularExpression badCss(
        QStringLiteral(R"(url|expression|\\|@|behavior|binding|image)"), QRegularExpression::CaseInsensitiveOption);
    QString markup;
    for (auto it = tag.globalMatch(first.html); it.hasNext();)
        markup += it.next().captured(0);
    if (forbidden.match(markup).hasMatch())
        __builtin_trap();
    // CSS can only come through style attributes; no fetching or scripting construct may survive there.
    for (auto it = style.globalMatch(markup); it.hasNext();) {
        if (badCss.match(it.next().captured(1)).hasMatch())
            __builtin_trap();
    }
    if (!first.report.plainTextFallback) {
        const SanitizeResult second = Sanitizer::sanitize(first.html, options);
        if (second.html != first.html)
            __builtin_trap();
    }
    (void)Sanitizer::plainTextToHtml(html, options);
    return 0;
}
