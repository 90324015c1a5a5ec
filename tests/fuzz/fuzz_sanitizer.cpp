// libFuzzer target: the HTML sanitiser. Checks that no forbidden markup survives and that
// sanitising twice gives the same output.
#include "core/html/Sanitizer.h"

#include <QRegularExpression>
#include <QSet>
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
    // Tags are parsed the way the output is written: name, then name="value" pairs (values never
    // contain quotes or angle brackets), so a value cannot be mistaken for markup.
    static const QRegularExpression anyTag(QStringLiteral(R"(<[^<>]*>)"));
    static const QRegularExpression tagRe(QStringLiteral(R"re(^<(/?)([a-z0-9]+)((?: [a-z]+="[^"<>]*")*)>$)re"));
    static const QRegularExpression attrRe(QStringLiteral(R"re( ([a-z]+)="([^"]*)")re"));
    static const QRegularExpression badCss(
        QStringLiteral(R"(url|expression|\\|@|behavior|binding|image|\()"), QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> badTags
        = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"), QStringLiteral("object"),
            QStringLiteral("embed"), QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("form"),
            QStringLiteral("input"), QStringLiteral("meta"), QStringLiteral("base"), QStringLiteral("link")};
    for (auto tags = anyTag.globalMatch(first.html); tags.hasNext();) {
        const QString tag = tags.next().captured(0);
        const auto m = tagRe.match(tag);
        if (!m.hasMatch() || badTags.contains(m.captured(2)))
            __builtin_trap();
        for (auto attrs = attrRe.globalMatch(m.captured(3)); attrs.hasNext();) {
            const auto a = attrs.next();
            const QString name = a.captured(1);
            const QString value = a.captured(2);
            if (name.startsWith(u"on") || name == u"srcset" || name == u"background")
                __builtin_trap();
            if (name == u"href" && !value.startsWith(u"https://") && !value.startsWith(u"http://")
                && !value.startsWith(u"mailto:") && !value.startsWith(u'#'))
                __builtin_trap();
            if (name == u"src" && !value.startsWith(u"cid:") && !value.startsWith(u"data:image/"))
                __builtin_trap();
            if (name == u"style"
                && badCss.match(QString(value).remove(QRegularExpression(QStringLiteral(R"(rgba?\()")))).hasMatch())
                __builtin_trap();
        }
    }
    if (!first.report.plainTextFallback) {
        const SanitizeResult second = Sanitizer::sanitize(first.html, options);
        if (second.html != first.html)
            __builtin_trap();
    }
    (void)Sanitizer::plainTextToHtml(html, options);
    return 0;
}
