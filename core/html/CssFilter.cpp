#include "core/html/CssFilter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace mayfly::core::html {

namespace {

constexpr int kMaxDeclarations = 64; // per style attribute
constexpr qsizetype kMaxStyleChars = 4096;
constexpr qsizetype kStyleCacheEntries = 2048; // per thread

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

struct Declaration
{
    QString property;
    QString value;
};

// Splits "a: b; c: d" on semicolons outside quotes and parentheses.
QList<Declaration> declarations(const QString& decoded)
{
    QList<Declaration> result;
    QString current;
    QChar quote;
    int parens = 0;
    auto flush = [&] {
        const qsizetype colon = current.indexOf(u':');
        if (colon > 0)
            result.append({current.left(colon).trimmed().toLower(), current.mid(colon + 1).trimmed()});
        current.clear();
    };
    for (QChar c : decoded) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            parens = std::max(0, parens - 1);
        } else if (c == u';' && parens == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return result;
}

bool isLength(QStringView t)
{
    static const QSet<QString> keywords = {
        QStringLiteral("auto"),
        QStringLiteral("normal"),
        QStringLiteral("inherit"),
        QStringLiteral("initial"),
        QStringLiteral("thin"),
        QStringLiteral("medium"),
        QStringLiteral("thick"),
        QStringLiteral("xx-small"),
        QStringLiteral("x-small"),
        QStringLiteral("small"),
        QStringLiteral("large"),
        QStringLiteral("x-large"),
        QStringLiteral("xx-large"),
        QStringLiteral("smaller"),
        QStringLiteral("larger"),
    };
    if (t.isEmpty() || t.size() > 16)
        return false;
    if (t.front().isLetter())
        return keywords.contains(t.toString());
    // -?digits[.digits]unit, the same language as lengthRe() without a regex per token.
    qsizetype i = t.front() == u'-' ? 1 : 0;
    qsizetype digits = 0;
    while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
        ++i, ++digits;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        qsizetype frac = 0;
        while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
            ++i, ++frac;
        if (frac == 0)
            return false;
        digits += frac;
    }
    if (digits == 0 || digits > 9)
        return false;
    static const QSet<QString> units = {QStringLiteral("px"), QStringLiteral("pt"), QStringLiteral("em"),
        QStringLiteral("rem"), QStringLiteral("%"), QStringLiteral("ex"), QStringLiteral("ch"), QStringLiteral("cm"),
        QStringLiteral("mm"), QStringLiteral("in"), QStringLiteral("pc"), QStringLiteral("vw"), QStringLiteral("vh")};
    const QStringView unit = t.mid(i);
    return unit.isEmpty() || units.contains(unit.toString());
}

bool isLengthList(const QString& v, int maxTokens)
{
    const QStringList tokens = v.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > maxTokens)
        return false;
    for (const QString& t : tokens) {
        if (!isLength(t))
            return false;
    }
    return true;
}

bool oneOf(const QString& v, const char* alternation)
{
    // The alternations are string literals; compile each once per thread.
    thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(alternation);
    if (it == cache.end())
        it = cache.insert(
            alternation, QRegularExpression(QStringLiteral("^(?:%1)$").arg(QLatin1StringView(alternation))));
    return it->match(v).hasMatch();
}

bool keywordList(const QString& v, const char* alternation, int maxTokens)
{
    const QStringList tokens = v.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > maxTokens)
        return false;
    for (const QString& t : tokens) {
        if (!oneOf(t, alternation))
            return false;
    }
    return true;
}

const char* kBorderStyles = "none|hidden|solid|dashed|dotted|double|groove|ridge|inset|outset";

bool isBorderShorthand(const QString& v)
{
    // Colours may contain spaces inside rgb( ); split on spaces outside parentheses.
    QStringList tokens;
    QString cur;
    int parens = 0;
    for (QChar c : v) {
        if (c == u'(')
            ++parens;
        if (c == u')')
            --parens;
        if (c == u' ' && parens == 0) {
            if (!cur.isEmpty())
                tokens.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty())
        tokens.append(cur);
    if (tokens.isEmpty() || tokens.size() > 3)
        return false;
    for (const QString& t : tokens) {
        if (!isLength(t) && !oneOf(t, kBorderStyles) && !CssFilter::isColor(t))
            return false;
    }
    return true;
}

bool fontFamily(const QString& v)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9 ,'"\-_]{1,200}$)"));
    return re.match(v).hasMatch() && v.count(u'"') % 2 == 0 && v.count(u'\'') % 2 == 0;
}

// Returns the value to write (possibly under another property name via *outProperty), or empty.
QString allowed(const QString& property, const QString& rawValue, QString* outProperty)
{
    *outProperty = property;
    QString value = rawValue.simplified();
    if (value.endsWith(QStringLiteral("!important"), Qt::CaseInsensitive))
        value = value.chopped(10).trimmed();
    if (value.isEmpty() || value.size() > 200)
        return {};
    const QString lower = value.toLower();
    if (property == u"color" || property == u"background-color" || property == u"border-color")
        return CssFilter::isColor(lower) ? lower : QString();
    if (property == u"background") {
        // Only a plain colour survives the shorthand; images are reported elsewhere.
        *outProperty = QStringLiteral("background-color");
        return CssFilter::isColor(lower) ? lower : QString();
    }
    if (property == u"font-size" || property == u"line-height" || property == u"text-indent"
        || property == u"letter-spacing" || property == u"word-spacing" || property == u"width" || property == u"height"
        || property == u"max-width" || property == u"min-width" || property == u"border-width"
        || property == u"border-spacing")
        return isLengthList(lower, property == u"border-width" || property == u"border-spacing" ? 4 : 1) ? lower
                                                                                                         : QString();
    if (property == u"margin" || property == u"padding" || property.startsWith(u"margin-")
        || property.startsWith(u"padding-")) {
        static const QSet<QString> sides = {QStringLiteral("margin"), QStringLiteral("padding"),
            QStringLiteral("margin-top"), QStringLiteral("margin-right"), QStringLiteral("margin-bottom"),
            QStringLiteral("margin-left"), QStringLiteral("padding-top"), QStringLiteral("padding-right"),
            QStringLiteral("padding-bottom"), QStringLiteral("padding-left")};
        if (!sides.contains(property))
            return {};
        return isLengthList(lower, property.contains(u'-') ? 1 : 4) ? lower : QString();
    }
    if (property == u"font-weight")
        return oneOf(lower, "normal|bold|bolder|lighter|[1-9]00") ? lower : QString();
    if (property == u"font-style")
        return oneOf(lower, "normal|italic|oblique") ? lower : QString();
    if (property == u"font-variant")
        return oneOf(lower, "normal|small-caps") ? lower : QString();
    if (property == u"font-family")
        return fontFamily(value) ? value : QString();
    if (property == u"text-align")
        return oneOf(lower, "left|right|center|justify|start|end") ? lower : QString();
    if (property == u"text-decoration")
        return keywordList(lower, "none|underline|overline|line-through", 3) ? lower : QString();
    if (property == u"vertical-align")
        return oneOf(lower, "baseline|sub|super|top|middle|bottom|text-top|text-bottom") ? lower : QString();
    if (property == u"white-space")
        return oneOf(lower, "normal|pre|nowrap|pre-wrap|pre-line") ? lower : QString();
    if (property == u"text-transform")
        return oneOf(lower, "none|uppercase|lowercase|capitalize") ? lower : QString();
    if (property == u"list-style-type")
        return oneOf(lower, "disc|circle|square|decimal|lower-alpha|upper-alpha|lower-roman|upper-roman|none")
            ? lower
            : QString();
    if (property == u"border-style")
        return keywordList(lower, kBorderStyles, 4) ? lower : QString();
    if (property == u"border-collapse")
        return oneOf(lower, "collapse|separate") ? lower : QString();
    if (property == u"border" || property == u"border-top" || property == u"border-right"
        || property == u"border-bottom" || property == u"border-left")
        return isBorderShorthand(lower) ? lower : QString();
    if (property == u"float")
        return oneOf(lower, "left|right|none") ? lower : QString();
    return {};
}

} // namespace

bool CssFilter::isColor(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:#[0-9a-f]{3}|#[0-9a-f]{4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|rgba?\(\s*[0-9.]{1,5}%?\s*,\s*[0-9.]{1,5}%?\s*,\s*[0-9.]{1,5}%?\s*(?:,\s*[0-9.]{1,5}%?\s*)?\))$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!re.match(value).hasMatch())
        return false;
    // Keywords that are not colours but could smuggle meaning.
    const QString lower = value.toLower();
    return lower != u"expression" && lower != u"inherit" && lower != u"url";
}

QString CssFilter::decode(const QString& css)
{
    if (!css.contains(u'\\') && !css.contains(QLatin1StringView("/*")) && !css.contains(QChar(0)))
        return css;
    QString out;
    out.reserve(css.size());
    const qsizetype n = css.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = css[i];
        if (c == u'/' && i + 1 < n && css[i + 1] == u'*') {
            const qsizetype end = css.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        if (c == u'\\') {
            if (i + 1 >= n)
                break;
            if (isHex(css[i + 1])) {
                qsizetype j = i + 1;
                uint code = 0;
                while (j < n && j < i + 7 && isHex(css[j])) {
                    code = code * 16 + uint(QStringView(css).mid(j, 1).toUInt(nullptr, 16));
                    ++j;
                }
                if (j < n && (css[j] == u' ' || css[j] == u'\t' || css[j] == u'\n'))
                    ++j;
                if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    code = 0xFFFD;
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1);
                i = j - 1;
                continue;
            }
            if (css[i + 1] == u'\n') {
                ++i;
                continue;
            }
            out += css[i + 1];
            ++i;
            continue;
        }
        if (c.isNull())
            continue;
        out += c;
    }
    return out;
}

QList<CssFilter::UrlRef> CssFilter::findUrls(const QString& css)
{
    QList<UrlRef> refs;
    // Every way CSS fetches needs a '(' or an '@' (possibly behind an escape or a comment).
    if (!css.contains(u'(') && !css.contains(u'@') && !css.contains(u'\\'))
        return refs;
    const QString decoded = decode(css);
    static const QRegularExpression urlRe(
        QStringLiteral(R"((?:url|image|image-set|-webkit-image-set|src)\s*\(\s*(?:(['"])(.*?)\1|([^()'"\s]*))\s*[),])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression importRe(
        QStringLiteral(R"(@import\s*(['"])(.*?)\1)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression setStrings(
        QStringLiteral(R"(image-set\s*\(([^)]*)\))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral(R"((['"])(.*?)\1)"));
    // IE's filter: progid:DXImageTransform.Microsoft.AlphaImageLoader(src='...', sizingMethod=...).
    static const QRegularExpression progid(
        QStringLiteral(R"(progid\s*:\s*[a-z0-9_.]+\s*\(([^)]*)\))"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression progidSrc(QStringLiteral(R"((?:^|[\s,])src\s*=\s*(?:(['"])(.*?)\1|([^\s,'"]+)))"),
        QRegularExpression::CaseInsensitiveOption);
    auto propertyAt = [&](qsizetype pos) {
        const qsizetype start = std::max({decoded.lastIndexOf(u';', pos), decoded.lastIndexOf(u'{', pos),
                                    decoded.lastIndexOf(u'}', pos), qsizetype(-1)})
            + 1;
        const QString head = decoded.mid(start, pos - start);
        const qsizetype colon = head.indexOf(u':');
        if (head.trimmed().startsWith(u"@import", Qt::CaseInsensitive))
            return QStringLiteral("@import");
        return colon > 0 ? head.left(colon).trimmed().toLower() : QString();
    };
    auto inFontFace = [&](qsizetype pos) {
        const qsizetype face = decoded.lastIndexOf(QStringLiteral("@font-face"), pos, Qt::CaseInsensitive);
        return face >= 0 && decoded.indexOf(u'}', face) > pos;
    };
    auto add = [&](const QString& url, qsizetype pos) {
        if (url.trimmed().isEmpty() || refs.size() >= 1000)
            return;
        refs.append({url.trimmed(), propertyAt(pos), inFontFace(pos)});
    };
    for (auto it = urlRe.globalMatch(decoded); it.hasNext();) {
        const auto m = it.next();
        add(m.captured(2).isEmpty() ? m.captured(3) : m.captured(2), m.capturedStart());
    }
    for (auto it = importRe.globalMatch(decoded); it.hasNext();) {
        const auto m = it.next();
        refs.append({m.captured(2).trimmed(), QStringLiteral("@import"), false});
    }
    for (auto it = progid.globalMatch(decoded); it.hasNext();) {
        const auto m = it.next();
        const auto src = progidSrc.match(m.captured(1));
        if (src.hasMatch())
            add(src.captured(2).isEmpty() ? src.captured(3) : src.captured(2), m.capturedStart());
    }
    for (auto it = setStrings.globalMatch(decoded); it.hasNext();) {
        const auto m = it.next();
        for (auto q = quoted.globalMatch(m.captured(1)); q.hasNext();) {
            const QString url = q.next().captured(2);
            bool seen = false;
            for (const UrlRef& r : std::as_const(refs))
                seen = seen || r.url == url;
            if (!seen)
                add(url, m.capturedStart());
        }
    }
    return refs;
}

QString CssFilter::filterDeclarations(const QString& style)
{
    if (style.size() > kMaxStyleChars)
        return {};
    // Newsletters repeat the same few style attributes hundreds of times.
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(style); it != cache.constEnd())
        return it.value();
    if (cache.size() > kStyleCacheEntries)
        cache.clear();
    QString filtered = filterUncached(style);
    cache.insert(style, filtered);
    return filtered;
}

QString CssFilter::filterUncached(const QString& style)
{
    const QString decoded = decode(style);
    QString out;
    int count = 0;
    for (const Declaration& d : declarations(decoded)) {
        if (++count > kMaxDeclarations)
            break;
        QString property;
        const QString value = allowed(d.property, d.value, &property);
        if (value.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1StringView("; ");
        out += property + QLatin1StringView(": ") + value;
    }
    return out;
}

bool CssFilter::isHidden(const QString& style)
{
    // Cheap test first: nearly every style attribute hides nothing.
    const QString folded = style.toLower();
    static const QString needles[] = {QStringLiteral("none"), QStringLiteral("hidden"), QStringLiteral("opacity"),
        QStringLiteral("mso-hide"), QStringLiteral("\\")};
    if (std::none_of(std::begin(needles), std::end(needles), [&](const QString& n) { return folded.contains(n); }))
        return false;
    const QString decoded = decode(style).toLower();
    if (!decoded.contains(u':'))
        return false;
    bool maxHeightZero = false;
    bool overflowHidden = false;
    for (const Declaration& d : declarations(decoded)) {
        const QString v = d.value.simplified().remove(QStringLiteral("!important")).trimmed();
        if ((d.property == u"display" && v == u"none") || (d.property == u"visibility" && v == u"hidden")
            || (d.property == u"opacity" && (v == u"0" || v == u"0.0" || v == u".0")) || d.property == u"mso-hide")
            return true;
        if (d.property == u"max-height" && (v == u"0" || v == u"0px"))
            maxHeightZero = true;
        if (d.property == u"overflow" && v == u"hidden")
            overflowHidden = true;
    }
    return maxHeightZero && overflowHidden;
}

bool CssFilter::isHiddenOrTiny(const QString& style)
{
    if (isHidden(style))
        return true;
    if (!style.contains(QStringLiteral("px"), Qt::CaseInsensitive) && !style.contains(u'0') && !style.contains(u'\\'))
        return false;
    static const QRegularExpression tiny(QStringLiteral(R"(^(?:0|[0-2](?:\.[0-9]+)?px)$)"));
    for (const Declaration& d : declarations(decode(style).toLower())) {
        if ((d.property == u"width" || d.property == u"height" || d.property == u"max-width"
                || d.property == u"max-height")
            && tiny.match(d.value.trimmed()).hasMatch())
            return true;
    }
    return false;
}

} // namespace mayfly::core::html
