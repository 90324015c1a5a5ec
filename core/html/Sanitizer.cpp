#include "core/html/Sanitizer.h"

#include "core/common/Logging.h"
#include "core/html/CssFilter.h"
#include "core/html/ImageFormat.h"
#include "core/html/LinkAnalyzer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>

namespace mayfly::core::html {

namespace {

void ensureLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

enum class Kind
{
    Keep,
    Unwrap,
    Drop
};

struct Rule
{
    Kind kind = Kind::Unwrap;
    const char16_t* outName = nullptr; // for Keep: the element written (renames strike to s ...)
};

const QHash<QByteArray, Rule>& rules()
{
    static const QHash<QByteArray, Rule> table = [] {
        QHash<QByteArray, Rule> t;
        // The HTML subset QTextDocument renders (Qt's "Supported HTML Subset").
        struct Keep
        {
            const char* name;
            const char16_t* out;
        };
        const Keep keep[] = {
            {"a", u"a"},
            {"address", u"address"},
            {"b", u"b"},
            {"big", u"big"},
            {"blockquote", u"blockquote"},
            {"br", u"br"},
            {"center", u"center"},
            {"cite", u"cite"},
            {"code", u"code"},
            {"dd", u"dd"},
            {"dfn", u"dfn"},
            {"div", u"div"},
            {"dl", u"dl"},
            {"dt", u"dt"},
            {"em", u"em"},
            {"font", u"font"},
            {"h1", u"h1"},
            {"h2", u"h2"},
            {"h3", u"h3"},
            {"h4", u"h4"},
            {"h5", u"h5"},
            {"h6", u"h6"},
            {"hr", u"hr"},
            {"i", u"i"},
            {"img", u"img"},
            {"kbd", u"kbd"},
            {"li", u"li"},
            {"nobr", u"nobr"},
            {"ol", u"ol"},
            {"p", u"p"},
            {"pre", u"pre"},
            {"s", u"s"},
            {"samp", u"samp"},
            {"small", u"small"},
            {"span", u"span"},
            {"strong", u"strong"},
            {"sub", u"sub"},
            {"sup", u"sup"},
            {"table", u"table"},
            {"tbody", u"tbody"},
            {"td", u"td"},
            {"tfoot", u"tfoot"},
            {"th", u"th"},
            {"thead", u"thead"},
            {"tr", u"tr"},
            {"tt", u"tt"},
            {"u", u"u"},
            {"ul", u"ul"},
            {"var", u"var"},
            {"strike", u"s"},
            {"del", u"s"},
            {"ins", u"u"},
            {"menu", u"ul"},
            {"dir", u"ul"},
            {"listing", u"pre"},
            {"xmp", u"pre"},
            {"plaintext", u"pre"},
            {"section", u"div"},
            {"article", u"div"},
            {"header", u"div"},
            {"footer", u"div"},
            {"main", u"div"},
            {"nav", u"div"},
            {"aside", u"div"},
            {"figure", u"div"},
            {"figcaption", u"div"},
            {"details", u"div"},
            {"summary", u"div"},
            {"fieldset", u"div"},
            {"form", u"div"},
            {"legend", u"div"},
            {"hgroup", u"div"},
            {"caption", u"div"},
            {"dialog", u"div"},
        };
        for (const Keep& k : keep)
            t.insert(QByteArray(k.name), Rule{Kind::Keep, k.out});
        const char* drop[] = {
            "script",
            "style",
            "head",
            "title",
            "meta",
            "link",
            "base",
            "basefont",
            "iframe",
            "frame",
            "frameset",
            "noframes",
            "object",
            "embed",
            "applet",
            "param",
            "svg",
            "math",
            "noscript",
            "noembed",
            "template",
            "audio",
            "video",
            "source",
            "track",
            "canvas",
            "map",
            "area",
            "input",
            "button",
            "select",
            "option",
            "optgroup",
            "datalist",
            "textarea",
            "keygen",
            "xml",
            "bgsound",
            "portal",
            "image",
            "slot",
            "command",
            "col",
            "colgroup",
            "meter",
            "progress",
            "isindex",
            "frame",
            "layer",
            "ilayer",
            "xss",
            "animate",
            "set",
            "use",
        };
        for (const char* d : drop)
            t.insert(QByteArray(d), Rule{Kind::Drop, nullptr});
        return t;
    }();
    return table;
}

bool isVoid(QStringView name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

bool isBlockForText(QStringView name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("br"),
        QStringLiteral("tr"),
        QStringLiteral("li"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("table"),
        QStringLiteral("blockquote"),
        QStringLiteral("pre"),
        QStringLiteral("hr"),
        QStringLiteral("dd"),
        QStringLiteral("dt"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("address"),
        QStringLiteral("center"),
    };
    return blocks.contains(name.toString());
}

QString fromXml(const xmlChar* s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
}

QString attributeValue(xmlAttr* attr)
{
    if (!attr->children)
        return {};
    if (attr->children->type == XML_TEXT_NODE && !attr->children->next)
        return fromXml(attr->children->content);
    xmlChar* v = xmlNodeListGetString(attr->doc, attr->children, 1);
    QString result = fromXml(v);
    xmlFree(v);
    return result;
}

void appendEscapedText(QString& out, QStringView text)
{
    // Appends runs of ordinary characters at once; escapes markup, drops control characters.
    qsizetype run = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const bool plain = (c >= 0x20 && c != u'&' && c != u'<' && c != u'>' && (c < 0x7f || c >= 0xa0)) || c == u'\t'
            || c == u'\n' || c == u'\r';
        if (plain)
            continue;
        out += text.mid(run, i - run);
        run = i + 1;
        if (c == u'&')
            out += QLatin1StringView("&amp;");
        else if (c == u'<')
            out += QLatin1StringView("&lt;");
        else if (c == u'>')
            out += QLatin1StringView("&gt;");
        // control characters have no business in mail text: dropped
    }
    out += text.mid(run);
}

void appendAttribute(QString& out, QStringView name, QStringView value)
{
    out += u' ';
    out += name;
    out += QLatin1StringView("=\"");
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        default:
            if (c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() >= 0xa0))
                out += c; // controls are dropped, not replaced: a space would collapse on re-reading
        }
    }
    out += u'"';
}

// Browsers trim C0 controls and spaces around a URL and drop tabs and line breaks inside it
// ("java\tscript:"); so do we before deciding what a URL is. Other controls inside are dropped too.
QString normaliseUrl(const QString& raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && raw[end - 1].unicode() <= 0x20)
        --end;
    QString s;
    s.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = raw[i];
        if ((c.unicode() < 0x20 && c != u' ') || c.unicode() == 0x7f)
            continue;
        s += c;
    }
    return s;
}

bool isRemoteUrl(const QString& normalised)
{
    static const QRegularExpression remote(
        QStringLiteral(R"(^(?:[a-z][a-z0-9+.\-]*:)?(?://|\\\\))"), QRegularExpression::CaseInsensitiveOption);
    if (remote.match(normalised).hasMatch())
        return true;
    const QString lower = normalised.left(12).toLower();
    return lower.startsWith(u"http:") || lower.startsWith(u"https:") || lower.startsWith(u"ftp:");
}

QString hostOf(const QString& url)
{
    QString u = url;
    if (u.startsWith(u"//"))
        u.prepend(QStringLiteral("https:"));
    return QUrl(u, QUrl::TolerantMode).host();
}

enum class DataImage
{
    Allowed,
    TooLarge,
    Disallowed, // not base64 PNG, GIF, JPEG or WebP whose bytes are what the type says
};

// QImage sniffs the bytes and ignores the declared type: an SVG document typed image/png reaches
// QtSvg, which opens the files its <image> elements name (issue 22). So a data: image is kept only
// when its bytes start with the magic bytes of the raster type it declares.
DataImage dataImageVerdict(const QString& url)
{
    if (url.size() > kMaxDataImageBytes)
        return DataImage::TooLarge;
    static const QRegularExpression re(
        QStringLiteral(R"(^data:image/(png|gif|jpeg|jpg|webp)(?:;[a-z0-9=._\-]+)*;base64,([A-Za-z0-9+/]+={0,2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return DataImage::Disallowed;
    const QString type = m.captured(1).toLower();
    const RasterFormat declared = type == u"png" ? RasterFormat::Png
        : type == u"gif"                         ? RasterFormat::Gif
        : type == u"webp"                        ? RasterFormat::WebP
                                                 : RasterFormat::Jpeg;
    // 16 base64 characters are 12 bytes, enough for the longest signature (WebP's).
    const QByteArray head = QByteArray::fromBase64(m.capturedView(2).left(16).toLatin1());
    return sniffRasterFormat(head) == declared ? DataImage::Allowed : DataImage::Disallowed;
}

bool isDataUrl(const QString& normalised)
{
    return normalised.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive);
}

// libxml2 knows the HTML 4 entities only and leaves "&lpar;" as text; browsers decode the HTML5 ones
// too, so "url&lpar;https&colon;&sol;&sol;...&rpar;" is a url() to them. The HTML5 names of ASCII
// punctuation (and the few other characters a URL or CSS needs) become numeric references, which
// libxml2 decodes where a browser would: in text and attribute values, not in script or style.
QString withHtml5CharacterReferences(const QString& html)
{
    struct Entity
    {
        const char16_t* name;
        char16_t ch;
    };
    static const Entity entities[] = {
        {u"Tab", 9},
        {u"NewLine", 10},
        {u"excl", '!'},
        {u"QUOT", '"'},
        {u"num", '#'},
        {u"dollar", '$'},
        {u"percnt", '%'},
        {u"AMP", '&'},
        {u"apos", '\''},
        {u"lpar", '('},
        {u"rpar", ')'},
        {u"ast", '*'},
        {u"midast", '*'},
        {u"plus", '+'},
        {u"comma", ','},
        {u"period", '.'},
        {u"sol", '/'},
        {u"colon", ':'},
        {u"semi", ';'},
        {u"LT", '<'},
        {u"equals", '='},
        {u"GT", '>'},
        {u"quest", '?'},
        {u"commat", '@'},
        {u"lsqb", '['},
        {u"lbrack", '['},
        {u"bsol", '\\'},
        {u"rsqb", ']'},
        {u"rbrack", ']'},
        {u"Hat", '^'},
        {u"lowbar", '_'},
        {u"UnderBar", '_'},
        {u"grave", '`'},
        {u"DiacriticalGrave", '`'},
        {u"lcub", '{'},
        {u"lbrace", '{'},
        {u"verbar", '|'},
        {u"vert", '|'},
        {u"VerticalLine", '|'},
        {u"rcub", '}'},
        {u"rbrace", '}'},
        {u"NonBreakingSpace", 0xa0},
    };
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> t;
        for (const Entity& e : entities)
            t.insert(QString::fromUtf16(e.name), e.ch);
        return t;
    }();
    constexpr qsizetype kLongestName = 16; // "DiacriticalGrave"
    const qsizetype n = html.size();
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = html.indexOf(u'&'); i >= 0 && i < n; i = html.indexOf(u'&', i + 1)) {
        qsizetype end = i + 1;
        while (end < n && end - i <= kLongestName
            && ((html[end] >= u'a' && html[end] <= u'z') || (html[end] >= u'A' && html[end] <= u'Z')))
            ++end;
        if (end >= n || html[end] != u';' || end == i + 1)
            continue;
        const auto it = table.constFind(html.sliced(i + 1, end - i - 1));
        if (it == table.cend())
            continue;
        if (out.isEmpty())
            out.reserve(n);
        out += QStringView(html).sliced(copied, i - copied);
        out += QLatin1StringView("&#") + QString::number(int(it.value())) + u';';
        copied = end + 1;
        i = end;
    }
    if (copied == 0)
        return html;
    out += QStringView(html).sliced(copied);
    return out;
}

// Elements whose content a browser's tokenizer reads as text up to the first matching end tag,
// while libxml2 parses it as markup (libxml2 treats only script and style so).
enum class TextContent
{
    Markup,
    Opaque, // script, style: libxml2 agrees; copied unread
    RawText, // xmp, iframe, noembed, noframes, plaintext: no markup, no character references
    RcData, // textarea, title: no markup, character references decoded
};

TextContent textContentOf(QStringView name)
{
    if (name == u"script" || name == u"style")
        return TextContent::Opaque;
    if (name == u"xmp" || name == u"iframe" || name == u"noembed" || name == u"noframes" || name == u"plaintext")
        return TextContent::RawText;
    if (name == u"textarea" || name == u"title")
        return TextContent::RcData;
    return TextContent::Markup;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The index after the '>' that closes the tag whose name starts at `from`, following the browser's
// attribute rules (a quote only opens a value right after '='); html.size() when unterminated.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    const qsizetype n = html.size();
    qsizetype j = from;
    while (j < n) {
        const QChar c = html[j];
        if (c == u'>')
            return j + 1;
        ++j;
        if (c != u'=')
            continue;
        while (j < n && isHtmlSpace(html[j]))
            ++j;
        if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
            const qsizetype close = html.indexOf(html[j], j + 1);
            if (close < 0)
                return n;
            j = close + 1;
        } else {
            while (j < n && !isHtmlSpace(html[j]) && html[j] != u'>')
                ++j;
        }
    }
    return n;
}

// The input as a browser tokenizes it, re-expressed so that libxml2 reads the same: comments go,
// and the content of raw-text elements (xmp, iframe, noembed, noframes, plaintext, textarea, title)
// is escaped up to the end tag a browser would stop at. "<xmp><p title="</xmp><img src=...>">"
// loads the image in a browser while libxml2 sees a title attribute; reporting this view too lists
// it. *diverges is set when such content holds a '<', the only case in which the views differ in
// what they load. Linear.
QString browserTokenView(QStringView html, bool* diverges)
{
    *diverges = false;
    const qsizetype n = html.size();
    QString out;
    out.reserve(n + n / 16);
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= n) {
            out += html.sliced(i);
            break;
        }
        out += html.sliced(i, lt - i);
        i = lt;
        const QChar next = html[i + 1];
        if (html.sliced(i).startsWith(u"<!--")) {
            // <!--> and <!---> are complete comments; otherwise --> or --!> end one.
            qsizetype end = n;
            if (html.sliced(i + 4).startsWith(u">"))
                end = i + 5;
            else if (html.sliced(i + 4).startsWith(u"->"))
                end = i + 6;
            else {
                // The first "--" followed by ">" or "!>"; each search starts where the last one
                // stopped, so many comments stay linear.
                for (qsizetype dash = html.indexOf(u"--", i + 4); dash >= 0; dash = html.indexOf(u"--", dash + 1)) {
                    if (dash + 2 < n && html[dash + 2] == u'>') {
                        end = dash + 3;
                        break;
                    }
                    if (dash + 3 < n && html[dash + 2] == u'!' && html[dash + 3] == u'>') {
                        end = dash + 4;
                        break;
                    }
                }
            }
            i = end;
        } else if (next == u'!' || next == u'?' || (next == u'/' && i + 2 < n && !isAsciiLetter(html[i + 2]))) {
            // Bogus comments, doctypes, processing instructions, "</>": gone up to the next '>'.
            const qsizetype close = html.indexOf(u'>', i + 1);
            i = close < 0 ? n : close + 1;
        } else if (next == u'/' || isAsciiLetter(next)) {
            const qsizetype nameStart = i + (next == u'/' ? 2 : 1);
            qsizetype nameEnd = nameStart;
            while (nameEnd < n && !isHtmlSpace(html[nameEnd]) && html[nameEnd] != u'/' && html[nameEnd] != u'>')
                ++nameEnd;
            const qsizetype end = tagEnd(html, nameEnd);
            out += html.sliced(i, end - i);
            i = end;
            if (next == u'/' || end >= n)
                continue;
            const QString name = html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
            const TextContent kind = textContentOf(name);
            if (kind == TextContent::Markup)
                continue;
            // The content ends at "</name" followed by a space, '/' or '>' (plaintext never ends).
            qsizetype close = n;
            if (name != u"plaintext") {
                const QString closing = QLatin1StringView("</") + name;
                for (qsizetype at = html.indexOf(closing, i, Qt::CaseInsensitive); at >= 0;
                     at = html.indexOf(closing, at + 1, Qt::CaseInsensitive)) {
                    const qsizetype after = at + closing.size();
                    if (after >= n || isHtmlSpace(html[after]) || html[after] == u'/' || html[after] == u'>') {
                        close = at;
                        break;
                    }
                }
            }
            const QStringView content = html.sliced(i, close - i);
            if (kind == TextContent::Opaque) {
                out += content;
            } else {
                *diverges = *diverges || content.contains(u'<');
                for (QChar c : content) {
                    if (c == u'<')
                        out += QLatin1StringView("&lt;");
                    else if (c == u'>')
                        out += QLatin1StringView("&gt;");
                    else if (c == u'&' && kind == TextContent::RawText)
                        out += QLatin1StringView("&amp;");
                    else
                        out += c;
                }
            }
            i = close;
        } else {
            out += u'<';
            ++i;
        }
    }
    return out;
}

enum class Pass
{
    Ok,
    Restructured,
    TooDeep
};

// Parses, walks and reports html as sanitize() does (with the HTML5 references and the browser's
// view of raw-text elements), for the top-level body and for the srcdoc documents inside it.
Pass analyse(const QString& html, const SanitizeOptions& options, SanitizeResult& result, int srcdocDepth);
int maxAttributesInAnyTag(QStringView html);

bool validToken(const QString& v, const QRegularExpression& re)
{
    return re.match(v).hasMatch();
}

// Plain text out of HTML without a parser: for input too large or too deep to parse. Linear.
QString stripTags(QStringView html)
{
    QString out;
    out.reserve(html.size() / 2);
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0)
                break;
            const QStringView tag = html.mid(i + 1, std::min<qsizetype>(end - i - 1, 12));
            auto skipTo = [&](QStringView closing) {
                const qsizetype close = html.indexOf(closing, end, Qt::CaseInsensitive);
                end = close < 0 ? n - 1 : close + closing.size() - 1;
            };
            if (tag.startsWith(u"script", Qt::CaseInsensitive))
                skipTo(u"</script>");
            else if (tag.startsWith(u"style", Qt::CaseInsensitive))
                skipTo(u"</style>");
            else if (tag.startsWith(u"!--"))
                skipTo(u"-->");
            if (tag.startsWith(u"p", Qt::CaseInsensitive) || tag.startsWith(u"br", Qt::CaseInsensitive)
                || tag.startsWith(u"div", Qt::CaseInsensitive) || tag.startsWith(u"tr", Qt::CaseInsensitive)
                || tag.startsWith(u"/p", Qt::CaseInsensitive) || tag.startsWith(u"/div", Qt::CaseInsensitive))
                out += u'\n';
            i = end + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            if (semi > i && semi - i <= 10) {
                const QStringView entity = html.mid(i + 1, semi - i - 1);
                QString decoded;
                if (entity == u"amp")
                    decoded = QStringLiteral("&");
                else if (entity == u"lt")
                    decoded = QStringLiteral("<");
                else if (entity == u"gt")
                    decoded = QStringLiteral(">");
                else if (entity == u"quot")
                    decoded = QStringLiteral("\"");
                else if (entity == u"nbsp")
                    decoded = QStringLiteral(" ");
                else if (entity.startsWith(u'#')) {
                    bool ok = false;
                    const uint code = entity.startsWith(u"#x", Qt::CaseInsensitive) ? entity.mid(2).toUInt(&ok, 16)
                                                                                    : entity.mid(1).toUInt(&ok, 10);
                    if (ok && code > 0 && code < 0x110000) {
                        const char32_t cp = code;
                        decoded = QString::fromUcs4(&cp, 1);
                    }
                }
                if (!decoded.isNull()) {
                    out += decoded;
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

class Walker final
{
public:
    // analyse = false: only serialise (the settling passes of sanitize()); no report work.
    Walker(const SanitizeOptions& options, SanitizeResult& result, bool analyse, int srcdocDepth = 0)
        : m_options(options)
        , m_result(result)
        , m_analyse(analyse)
        , m_srcdocDepth(srcdocDepth)
    {
        const QString recipient = options.recipient.trimmed().toLower();
        if (recipient.contains(u'@')) {
            const QByteArray bytes = recipient.toUtf8();
            m_recipientNeedles = {
                recipient,
                QString::fromLatin1(QUrl::toPercentEncoding(recipient)).toLower(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            };
            // base64 is case-sensitive: compared against the URL as written.
            m_recipientBase64 = {
                QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals)),
                QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            };
        }
    }

    bool tooDeep() const { return m_tooDeep; }
    // Elements were unwrapped or renamed: libxml2 may nest the output differently when it reads it
    // again (a <p> inside an unknown element inside a <p>), so sanitize() serialises once more.
    bool restructured() const { return m_restructured; }

    void walkDocument(xmlNode* root)
    {
        for (xmlNode* n = root; n; n = n->next)
            walkTopLevel(n);
    }

private:
    void walkTopLevel(xmlNode* node)
    {
        if (node->type != XML_ELEMENT_NODE) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
                emitText(node);
            return;
        }
        const char* name = reinterpret_cast<const char*>(node->name);
        if (std::strcmp(name, "html") == 0) {
            scanAttributes(node, QStringLiteral("html"), false);
            for (xmlNode* c = node->children; c; c = c->next)
                walkTopLevel(c);
        } else if (std::strcmp(name, "head") == 0) {
            reportSubtree(node, 1, false);
        } else if (std::strcmp(name, "body") == 0) {
            scanAttributes(node, QStringLiteral("body"), false);
            for (xmlNode* c = node->children; c; c = c->next)
                walk(c, 1);
        } else {
            walk(node, 1);
        }
    }

    // ---- reporting -----------------------------------------------------------------------------

    bool carriesRecipient(const QString& url) const
    {
        if (m_recipientNeedles.isEmpty())
            return false;
        const QString lower = url.toLower();
        for (const QString& needle : m_recipientNeedles) {
            if (!needle.isEmpty() && lower.contains(needle))
                return true;
        }
        for (const QString& needle : m_recipientBase64) {
            if (needle.size() >= 8 && url.contains(needle))
                return true;
        }
        return false;
    }

    void report(const QString& element, const QString& attribute, const QString& rawUrl, BlockReason reason)
    {
        if (!m_analyse)
            return;
        if (m_result.report.blocked.size() >= kMaxReportEntries)
            return;
        const QString url = normaliseUrl(rawUrl);
        if (url.isEmpty())
            return;
        if (!isRemoteUrl(url)) {
            if (url.startsWith(QLatin1StringView("data:image/"), Qt::CaseInsensitive)
                && dataImageVerdict(url) == DataImage::Disallowed)
                reportImageData(element, attribute, url);
            return;
        }
        BlockedReference ref;
        ref.element = element;
        ref.attribute = attribute;
        ref.url = url.left(2048);
        ref.company = TrackerDomains::companyFor(hostOf(url));
        if (!ref.company.isEmpty())
            ref.reason = BlockReason::KnownTracker;
        else if (carriesRecipient(url))
            ref.reason = BlockReason::RecipientIdentifier;
        else
            ref.reason = reason;
        ref.reasonText = blockReasonText(ref.reason);
        if (!ref.company.isEmpty() && !m_result.report.trackerCompanies.contains(ref.company))
            m_result.report.trackerCompanies.append(ref.company);
        if (m_result.report.blocked.size() < kMaxReportEntries)
            m_result.report.blocked.append(ref);
    }

    // A data: image whose bytes are not the allowed raster type it declares (SVG above all).
    void reportImageData(const QString& element, const QString& attribute, const QString& url)
    {
        if (!m_analyse || m_result.report.blocked.size() >= kMaxReportEntries)
            return;
        BlockedReference ref;
        ref.element = element;
        ref.attribute = attribute;
        ref.url = url.left(2048);
        ref.reason = BlockReason::DisallowedImageData;
        ref.reasonText = blockReasonText(ref.reason);
        m_result.report.blocked.append(ref);
    }

    // Space-separated URL lists: ping, attributionsrc (an empty attributionsrc asks the browser to
    // register the src or href request itself, which is reported already).
    void reportUrlList(const QString& element, const QString& attribute, const QString& value, BlockReason reason)
    {
        for (const QString& url : value.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts))
            report(element, attribute, url, reason);
    }

    // An iframe's srcdoc is a document of its own: what it would load is reported (with the
    // attribute "srcdoc:<attribute>"), its content is never shown.
    void reportSrcdoc(const QString& html)
    {
        if (m_srcdocDepth >= kMaxSrcdocDepth || html.trimmed().isEmpty() || html.toUtf8().size() > kMaxHtmlInputBytes
            || maxAttributesInAnyTag(html) > kMaxAttributesInInput)
            return;
        SanitizeResult inner;
        analyse(html, m_options, inner, m_srcdocDepth + 1);
        for (BlockedReference& ref : inner.report.blocked) {
            if (m_result.report.blocked.size() >= kMaxReportEntries)
                break;
            ref.attribute.prepend(QLatin1StringView("srcdoc:"));
            m_result.report.blocked.append(ref);
        }
        for (const QString& company : std::as_const(inner.report.trackerCompanies)) {
            if (!m_result.report.trackerCompanies.contains(company))
                m_result.report.trackerCompanies.append(company);
        }
    }

    // SVG presentation attributes are CSS properties: fill="url(https://...#paint)" loads that
    // document, cursor="url(...)" an image.
    static bool isPresentationAttribute(const QString& name)
    {
        static const QSet<QString> names = {
            QStringLiteral("fill"),
            QStringLiteral("stroke"),
            QStringLiteral("mask"),
            QStringLiteral("clip-path"),
            QStringLiteral("filter"),
            QStringLiteral("marker"),
            QStringLiteral("marker-start"),
            QStringLiteral("marker-mid"),
            QStringLiteral("marker-end"),
            QStringLiteral("cursor"),
            QStringLiteral("color-profile"),
        };
        return names.contains(name);
    }

    static bool isAnimationElement(QStringView element)
    {
        return element == u"set" || element == u"animate" || element == u"animatecolor" || element == u"animatemotion"
            || element == u"animatetransform";
    }

    // SMIL: <set attributeName="href" to="https://..."> inside an <image> loads that image;
    // <animate values="a;b" from by to> likewise, and url() values load paint servers.
    void reportAnimationValue(xmlNode* node, const QString& element, const QString& attribute, const QString& value)
    {
        const QString target = attr(node, "attributename").trimmed().toLower().section(u':', -1);
        const QString parent = node->parent && node->parent->type == XML_ELEMENT_NODE
            ? fromXml(node->parent->name).toLower()
            : QString();
        const BlockReason reason
            = target == u"href" || target == u"src" ? reasonFor(parent, target) : BlockReason::OtherRemote;
        const QStringList parts = attribute == u"values" ? value.split(u';') : QStringList{value};
        for (const QString& part : parts) {
            if (part.contains(u'('))
                reportCss(element, attribute, part, false);
            else
                report(element, attribute, part, reason);
        }
    }

    void reportCss(const QString& element, const QString& attribute, const QString& css, bool hidden)
    {
        if (!m_analyse)
            return;
        for (const CssFilter::UrlRef& ref : CssFilter::findUrls(css)) {
            BlockReason reason = ref.font ? BlockReason::RemoteFont : BlockReason::RemoteCss;
            if (hidden && !ref.font)
                reason = BlockReason::TrackingPixel;
            report(element, ref.property.isEmpty() ? attribute : attribute + u':' + ref.property, ref.url, reason);
        }
    }

    static BlockReason reasonFor(QStringView element, QStringView attribute)
    {
        if (attribute == u"srcset" || attribute == u"imagesrcset")
            return BlockReason::Srcset;
        if (attribute == u"background")
            return BlockReason::BackgroundAttribute;
        if (attribute == u"ping" || attribute == u"attributionsrc")
            return BlockReason::Prefetch;
        if (attribute == u"action" || attribute == u"formaction")
            return BlockReason::FormAction;
        if (element == u"iframe" || element == u"frame")
            return BlockReason::Frame;
        if (element == u"object" || element == u"embed" || element == u"applet" || element == u"param")
            return BlockReason::EmbeddedObject;
        if (element == u"audio" || element == u"video" || element == u"source" || element == u"track"
            || element == u"bgsound")
            return BlockReason::Media;
        if (element == u"script")
            return BlockReason::Script;
        if (element == u"base")
            return BlockReason::Base;
        if ((element == u"img" || element == u"image" || element == u"input")
            && (attribute == u"src" || attribute == u"href" || attribute == u"xlink:href" || attribute == u"lowsrc"
                || attribute == u"dynsrc"))
            return BlockReason::RemoteImage;
        if (attribute == u"lowsrc" || attribute == u"dynsrc")
            return BlockReason::RemoteImage;
        // MathML's glyph image; VML's image, imagedata and fill (libxml2 drops the "v:" prefix of
        // element names), whose o:href names the original image.
        if ((element == u"mglyph" || element == u"imagedata" || element == u"fill")
            && (attribute == u"src" || attribute == u"href"))
            return BlockReason::RemoteImage;
        return BlockReason::OtherRemote;
    }

    static bool isUrlAttribute(const QString& name)
    {
        static const QSet<QString> names = {
            QStringLiteral("src"), QStringLiteral("href"), QStringLiteral("background"), QStringLiteral("poster"),
            QStringLiteral("data"), QStringLiteral("codebase"), QStringLiteral("action"), QStringLiteral("formaction"),
            QStringLiteral("lowsrc"), QStringLiteral("dynsrc"), QStringLiteral("longdesc"), QStringLiteral("cite"),
            QStringLiteral("profile"), QStringLiteral("manifest"), QStringLiteral("icon"), QStringLiteral("ping"),
            QStringLiteral("xlink:href"), QStringLiteral("archive"), QStringLiteral("classid"), QStringLiteral("code"),
            QStringLiteral("usemap"), QStringLiteral("itemtype"), QStringLiteral("datasrc"), QStringLiteral("srcdoc"),
            QStringLiteral("xml:base"), QStringLiteral("content"), QStringLiteral("value"), QStringLiteral("srcset"),
            QStringLiteral("imagesrcset"), QStringLiteral("attributionsrc"),
            QStringLiteral("movie"), // <object movie>, as Flash's <param name=movie>
            QStringLiteral("object"), // <applet object>: a serialised applet
        };
        return names.contains(name);
    }

    // Reports every remote reference an element's attributes carry (the element is being dropped,
    // or the attribute is not one the output keeps).
    void scanAttributes(xmlNode* node, const QString& element, bool hidden, bool skipLinkHref = false)
    {
        if (!m_analyse)
            return;
        int count = 0;
        for (xmlAttr* a = node->properties; a && count < kMaxAttributesPerElement; a = a->next, ++count) {
            const QString name = fromXml(a->name).toLower();
            if (name == u"style") {
                reportCss(element, QStringLiteral("style"), attributeValue(a), hidden);
                continue;
            }
            if (name.startsWith(u"on"))
                ++m_result.report.removedElements;
            // A prefix changes nothing about what loads: VML's o:href, xlink:href.
            const QString local = name.contains(u':') && !isUrlAttribute(name) ? name.section(u':', -1) : name;
            if (isPresentationAttribute(local)) {
                reportCss(element, name, attributeValue(a), hidden);
                continue;
            }
            if (isAnimationElement(element)
                && (local == u"to" || local == u"from" || local == u"by" || local == u"values")) {
                reportAnimationValue(node, element, local, attributeValue(a));
                continue;
            }
            if (!isUrlAttribute(local))
                continue;
            if (skipLinkHref && name == u"href")
                continue;
            const QString value = attributeValue(a);
            if (local == u"srcdoc") {
                reportSrcdoc(value);
                continue;
            }
            if (local == u"srcset" || local == u"imagesrcset") {
                for (const QString& candidate : value.split(u',', Qt::SkipEmptyParts))
                    report(element, name, candidate.trimmed().section(u' ', 0, 0), BlockReason::Srcset);
                continue;
            }
            if (local == u"ping" || local == u"attributionsrc") {
                reportUrlList(element, name, value, BlockReason::Prefetch);
                continue;
            }
            if (local == u"content") {
                if (element == u"meta")
                    reportMeta(node, value);
                continue;
            }
            if (local == u"value" && element != u"param")
                continue;
            if (element == u"link" && local == u"href") {
                report(element, name, value, linkReason(node));
                continue;
            }
            BlockReason reason = reasonFor(element, local);
            if (reason == BlockReason::RemoteImage && (hidden || looksLikePixel(node)))
                reason = BlockReason::TrackingPixel;
            report(element, name, value, reason);
        }
    }

    static QString attr(xmlNode* node, const char* name)
    {
        for (xmlAttr* a = node->properties; a; a = a->next) {
            if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0)
                return attributeValue(a);
        }
        return {};
    }

    static BlockReason linkReason(xmlNode* node)
    {
        const QString rel = attr(node, "rel").toLower();
        if (rel.contains(u"stylesheet"))
            return BlockReason::RemoteCss;
        if (rel.contains(u"prefetch") || rel.contains(u"preload") || rel.contains(u"preconnect")
            || rel.contains(u"prerender"))
            return BlockReason::Prefetch;
        if (rel.contains(u"font"))
            return BlockReason::RemoteFont;
        return BlockReason::OtherRemote;
    }

    void reportMeta(xmlNode* node, const QString& content)
    {
        const QString equiv = attr(node, "http-equiv").toLower();
        static const QRegularExpression urlPart(
            QStringLiteral(R"(url\s*=\s*['"]?([^'"\s;]+))"), QRegularExpression::CaseInsensitiveOption);
        const auto m = urlPart.match(content);
        if (equiv == u"refresh" && m.hasMatch())
            report(QStringLiteral("meta"), QStringLiteral("content"), m.captured(1), BlockReason::MetaRefresh);
        else if (equiv == u"set-cookie" || equiv == u"link") {
            const auto any = QRegularExpression(QStringLiteral(R"(<([^>]+)>)")).match(content);
            if (any.hasMatch())
                report(QStringLiteral("meta"), QStringLiteral("content"), any.captured(1), BlockReason::Prefetch);
        } else if (isRemoteUrl(normaliseUrl(content)) && !attr(node, "itemprop").isEmpty())
            report(QStringLiteral("meta"), QStringLiteral("content"), content, BlockReason::OtherRemote);
    }

    static bool looksLikePixel(xmlNode* node)
    {
        auto tiny = [](const QString& v) {
            static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*(px)?\s*$)"));
            const auto m = re.match(v);
            return m.hasMatch() && m.captured(1).toDouble() <= 2.0;
        };
        if (tiny(attr(node, "width")) || tiny(attr(node, "height")))
            return true;
        const QString style = attr(node, "style");
        return !style.isEmpty() && CssFilter::isHiddenOrTiny(style);
    }

    void reportSubtree(xmlNode* node, int depth, bool hidden)
    {
        if (!m_analyse)
            return;
        if (depth > kMaxTreeDepth) {
            m_tooDeep = true;
            return;
        }
        if (node->type != XML_ELEMENT_NODE)
            return;
        const QString element = fromXml(node->name).toLower();
        scanAttributes(node, element, hidden);
        if (element == u"style") {
            QString css;
            for (xmlNode* c = node->children; c; c = c->next) {
                if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
                    css += fromXml(c->content);
            }
            reportCss(QStringLiteral("style"), QStringLiteral("css"), css, false);
        }
        for (xmlNode* c = node->children; c; c = c->next)
            reportSubtree(c, depth + 1, hidden);
    }

    // ---- output --------------------------------------------------------------------------------

    void emitText(xmlNode* node)
    {
        const QString text = fromXml(node->content);
        appendEscapedText(m_result.html, text);
        m_result.text += text;
        if (m_linkDepth > 0)
            m_linkText += text;
    }

    void newline()
    {
        if (!m_result.text.isEmpty() && !m_result.text.endsWith(u'\n'))
            m_result.text += u'\n';
    }

    void walk(xmlNode* node, int depth)
    {
        if (depth > kMaxTreeDepth) {
            m_tooDeep = true;
            return;
        }
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            emitText(node);
            return;
        case XML_ELEMENT_NODE:
            break;
        default:
            return; // comments (and the conditional comments inside them), PIs, entity refs
        }
        // libxml2's HTML parser lower-cases element names already.
        const QByteArray rawName = QByteArray::fromRawData(reinterpret_cast<const char*>(node->name),
            qsizetype(std::strlen(reinterpret_cast<const char*>(node->name))));
        const auto it = rules().constFind(rawName);
        Rule rule = it == rules().constEnd() ? Rule{Kind::Unwrap, nullptr} : it.value();
        const QString element = QString::fromLatin1(rawName.constData(), rawName.size()).toLower();

        if (rule.kind == Kind::Drop) {
            ++m_result.report.removedElements;
            reportSubtree(node, depth, false);
            return;
        }
        // Our own output never hides anything (no display, visibility or opacity survives), so the
        // settling passes skip this check.
        bool hidden = false;
        if (m_analyse) {
            const QString style = attr(node, "style");
            hidden = (!style.isEmpty() && CssFilter::isHidden(style))
                || xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden"));
        }
        if (hidden && rule.kind == Kind::Keep && element != u"img") {
            // Hidden blocks are where pre-headers and pixels hide; nothing of them is shown.
            reportSubtree(node, depth, true);
            return;
        }
        QStringView outName(rule.outName);
        if (rule.kind == Kind::Keep && m_options.flattenLayoutTables && isTablePart(element)) {
            xmlNode* table = element == u"table" ? node : owningTable(node);
            if (table && isLayoutTable(table)) {
                if (element == u"td")
                    outName = u"div";
                else
                    rule.kind = Kind::Unwrap;
            }
        }
        if (rule.kind == Kind::Unwrap) {
            m_restructured = m_restructured || node->children != nullptr;
            scanAttributes(node, element, false);
            walkChildren(node, depth);
            return;
        }
        m_restructured = m_restructured || outName != element;
        if (outName == u"img") {
            emitImage(node, hidden);
            return;
        }
        if (outName == u"a") {
            emitLink(node, depth);
            return;
        }
        scanAttributes(node, element, false);
        const bool block = isBlockForText(outName);
        if (block)
            newline();
        m_result.html += u'<';
        m_result.html += outName;
        emitAllowedAttributes(node, outName);
        m_result.html += u'>';
        if (isVoid(outName))
            return;
        walkChildren(node, depth);
        m_result.html += QLatin1StringView("</");
        m_result.html += outName;
        m_result.html += u'>';
        if (block)
            newline();
        else if (outName == u"td" || outName == u"th")
            m_result.text += u' ';
    }

    static bool isTablePart(QStringView element)
    {
        return element == u"table" || element == u"tbody" || element == u"thead" || element == u"tfoot"
            || element == u"tr" || element == u"td";
    }

    static bool isElement(xmlNode* node, const char* name)
    {
        return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
    }

    // The table a row, row group or cell belongs to (nullptr when it is not inside one).
    static xmlNode* owningTable(xmlNode* node)
    {
        for (xmlNode* p = node->parent; p; p = p->parent) {
            if (isElement(p, "table"))
                return p;
            if (p->type == XML_ELEMENT_NODE && !isElement(p, "tbody") && !isElement(p, "thead")
                && !isElement(p, "tfoot") && !isElement(p, "tr"))
                return nullptr;
        }
        return nullptr;
    }

    // One <td> in every row, no header cells, no caption, no visible border: a table that only
    // stacks its cells. Decided once per table.
    bool isLayoutTable(xmlNode* table)
    {
        const auto known = m_layoutTables.constFind(table);
        if (known != m_layoutTables.cend())
            return *known;
        auto decide = [&]() -> bool {
            const QString border = attr(table, "border").trimmed();
            if (!border.isEmpty() && border != u"0")
                return false;
            int rows = 0;
            std::function<bool(xmlNode*)> rowsOf = [&](xmlNode* parent) -> bool {
                for (xmlNode* c = parent->children; c; c = c->next) {
                    if (c->type == XML_TEXT_NODE || c->type == XML_COMMENT_NODE)
                        continue;
                    if (isElement(c, "tbody") || isElement(c, "thead") || isElement(c, "tfoot")) {
                        if (parent != table || !rowsOf(c))
                            return false;
                        continue;
                    }
                    if (!isElement(c, "tr"))
                        return false; // caption, colgroup, stray content
                    int cells = 0;
                    for (xmlNode* cell = c->children; cell; cell = cell->next) {
                        if (cell->type == XML_TEXT_NODE || cell->type == XML_COMMENT_NODE)
                            continue;
                        if (!isElement(cell, "td") || ++cells > 1)
                            return false;
                    }
                    if (cells != 1)
                        return false;
                    ++rows;
                }
                return true;
            };
            return rowsOf(table) && rows > 0;
        };
        const bool layout = decide();
        m_layoutTables.insert(table, layout);
        return layout;
    }

    void walkChildren(xmlNode* node, int depth)
    {
        for (xmlNode* c = node->children; c && !m_tooDeep; c = c->next)
            walk(c, depth + 1);
    }

    void emitAllowedAttributes(xmlNode* node, QStringView element)
    {
        static const QRegularExpression length(QStringLiteral(R"(^[0-9]{1,4}%?$)"));
        static const QRegularExpression number(QStringLiteral(R"(^[0-9]{1,3}$)"));
        static const QRegularExpression fontSize(QStringLiteral(R"(^[+-]?[0-7]$)"));
        static const QRegularExpression align(QStringLiteral(R"(^(left|right|center|justify)$)"));
        static const QRegularExpression valign(QStringLiteral(R"(^(top|middle|bottom|baseline)$)"));
        static const QRegularExpression dir(QStringLiteral(R"(^(ltr|rtl)$)"));
        static const QRegularExpression face(QStringLiteral(R"(^[A-Za-z0-9 ,'\-]{1,100}$)"));
        static const QRegularExpression listType(QStringLiteral(R"(^(1|a|A|i|I|disc|circle|square)$)"));
        static const QRegularExpression anchor(QStringLiteral(R"(^[A-Za-z0-9_.:\-]{1,64}$)"));
        const bool table = element == u"table";
        const bool cell = element == u"td" || element == u"th";
        const bool row = element == u"tr" || element == u"thead" || element == u"tbody" || element == u"tfoot";
        int count = 0;
        for (xmlAttr* a = node->properties; a && count < kMaxAttributesPerElement; a = a->next, ++count) {
            const QString name = fromXml(a->name).toLower();
            QString value = attributeValue(a).trimmed();
            if (name == u"style") {
                const QString css = CssFilter::filterDeclarations(value);
                if (!css.isEmpty())
                    appendAttribute(m_result.html, u"style", css);
                continue;
            }
            QString lower = value.toLower();
            if (lower.endsWith(u"px") && (name == u"width" || name == u"height"))
                lower.chop(2);
            bool ok = false;
            if (name == u"align")
                ok = validToken(lower, align);
            else if (name == u"dir")
                ok = validToken(lower, dir);
            else if (name == u"valign")
                ok = (cell || row) && validToken(lower, valign);
            else if (name == u"width")
                ok = (table || cell || element == u"hr" || element == u"img") && validToken(lower, length);
            else if (name == u"height")
                ok = (table || cell || element == u"img") && validToken(lower, length);
            else if (name == u"bgcolor")
                ok = (table || cell || row) && CssFilter::isColor(lower);
            else if (name == u"color")
                ok = element == u"font" && CssFilter::isColor(lower);
            else if (name == u"border" || name == u"cellspacing" || name == u"cellpadding")
                ok = table && validToken(lower, number);
            else if (name == u"colspan" || name == u"rowspan")
                ok = cell && validToken(lower, number);
            else if (name == u"nowrap")
                ok = cell, lower = QStringLiteral("nowrap");
            else if (name == u"size")
                ok = element == u"font" && validToken(lower, fontSize);
            else if (name == u"face")
                ok = element == u"font" && validToken(value, face), lower = value;
            else if (name == u"type")
                ok = (element == u"ol" || element == u"ul") && validToken(value, listType), lower = value;
            else if (name == u"start")
                ok = element == u"ol" && validToken(lower, number);
            else if (name == u"name")
                ok = element == u"a" && validToken(value, anchor), lower = value;
            if (ok)
                appendAttribute(m_result.html, name, lower);
        }
    }

    QString cidFor(const QString& normalised) const
    {
        if (!normalised.startsWith(u"cid:", Qt::CaseInsensitive))
            return {};
        QString id = QUrl::fromPercentEncoding(normalised.mid(4).toUtf8());
        if (id.startsWith(u'<') && id.endsWith(u'>'))
            id = id.mid(1, id.size() - 2);
        return m_options.cidIds.contains(id) ? id : QString();
    }

    void emitImage(xmlNode* node, bool hidden)
    {
        // Attributes other than src are scanned (srcset, lowsrc, dynsrc, style urls ...).
        int count = 0;
        const bool pixel = hidden || looksLikePixel(node);
        QString src;
        for (xmlAttr* a = node->properties; a && count < kMaxAttributesPerElement; a = a->next, ++count) {
            if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>("src")) == 0) {
                src = normaliseUrl(attributeValue(a));
                break;
            }
        }
        scanAttributesExceptSrc(node, pixel);
        QString safeSrc;
        const QString cid = cidFor(src);
        if (!cid.isEmpty())
            safeSrc = QStringLiteral("cid:") + QString::fromLatin1(QUrl::toPercentEncoding(cid, "@.-_~!$*+,;=:()"));
        else if (isDataUrl(src) && dataImageVerdict(src) == DataImage::Allowed) {
            // The media type is case-insensitive; the viewer gets one spelling ("data:image/png;base64,").
            const qsizetype comma = src.indexOf(u',');
            safeSrc = src.left(comma).toLower() + src.mid(comma);
        }
        if (safeSrc.isEmpty()) {
            // Whatever its declared type, an <img> would decode these bytes as an image.
            if (isDataUrl(src) && dataImageVerdict(src) == DataImage::Disallowed)
                reportImageData(QStringLiteral("img"), QStringLiteral("src"), src);
            else if (!src.isEmpty())
                report(QStringLiteral("img"), QStringLiteral("src"), src,
                    pixel ? BlockReason::TrackingPixel : BlockReason::RemoteImage);
            const QString alt = attr(node, "alt").simplified();
            if (!alt.isEmpty() && !pixel) {
                appendEscapedText(m_result.html, alt);
                m_result.text += alt;
                if (m_linkDepth > 0)
                    m_linkText += alt;
            }
            return;
        }
        if (pixel)
            return;
        m_result.html += QLatin1StringView("<img");
        appendAttribute(m_result.html, u"src", safeSrc);
        const QString alt = attr(node, "alt").simplified();
        if (!alt.isEmpty())
            appendAttribute(m_result.html, u"alt", alt);
        emitAllowedAttributes(node, u"img");
        m_result.html += u'>';
        if (m_linkDepth > 0 && !alt.isEmpty())
            m_linkText += alt;
    }

    void scanAttributesExceptSrc(xmlNode* node, bool pixel)
    {
        int count = 0;
        for (xmlAttr* a = node->properties; a && count < kMaxAttributesPerElement; a = a->next, ++count) {
            const QString name = fromXml(a->name).toLower();
            if (name == u"src")
                continue;
            const QString local = name.contains(u':') && !isUrlAttribute(name) ? name.section(u':', -1) : name;
            if (name == u"style") {
                reportCss(QStringLiteral("img"), name, attributeValue(a), pixel);
            } else if (local == u"srcset" || local == u"imagesrcset") {
                for (const QString& candidate : attributeValue(a).split(u',', Qt::SkipEmptyParts))
                    report(QStringLiteral("img"), name, candidate.trimmed().section(u' ', 0, 0), BlockReason::Srcset);
            } else if (local == u"ping" || local == u"attributionsrc") {
                reportUrlList(QStringLiteral("img"), name, attributeValue(a), BlockReason::Prefetch);
            } else if (local == u"srcdoc") {
                reportSrcdoc(attributeValue(a));
            } else if (isUrlAttribute(local)) {
                report(QStringLiteral("img"), name, attributeValue(a),
                    pixel ? BlockReason::TrackingPixel : reasonFor(u"img", local));
            }
        }
    }

    static QString safeHref(const QString& raw)
    {
        const QString href = normaliseUrl(raw);
        static const QRegularExpression fragment(QStringLiteral(R"(^#[A-Za-z0-9_.:\-]{1,64}$)"));
        if (fragment.match(href).hasMatch())
            return href;
        const qsizetype colon = href.indexOf(u':');
        if (colon <= 0)
            return {};
        const QString scheme = href.left(colon).toLower();
        if (scheme != u"http" && scheme != u"https" && scheme != u"mailto")
            return {};
        const QUrl url(href, QUrl::TolerantMode);
        if (!url.isValid())
            return {};
        if (scheme != u"mailto" && url.host().isEmpty())
            return {};
        return url.toString(QUrl::FullyEncoded);
    }

    void emitLink(xmlNode* node, int depth)
    {
        scanAttributes(node, QStringLiteral("a"), false, true);
        const QString href = safeHref(attr(node, "href"));
        const bool outer = m_linkDepth == 0;
        if (outer)
            m_linkText.clear();
        ++m_linkDepth;
        m_result.html += QLatin1StringView("<a");
        if (!href.isEmpty())
            appendAttribute(m_result.html, u"href", href);
        emitAllowedAttributes(node, u"a");
        m_result.html += u'>';
        walkChildren(node, depth);
        m_result.html += QLatin1StringView("</a>");
        --m_linkDepth;
        if (m_analyse && !href.isEmpty() && !href.startsWith(u'#')
            && m_result.report.links.size() < kMaxReportEntries) {
            LinkInfo info = LinkAnalyzer::analyse(m_linkText.simplified().left(300), href);
            if (!info.company.isEmpty() && !m_result.report.trackerCompanies.contains(info.company))
                m_result.report.trackerCompanies.append(info.company);
            m_result.report.links.append(info);
        }
        if (outer)
            m_linkText.clear();
    }

    const SanitizeOptions& m_options;
    SanitizeResult& m_result;
    QStringList m_recipientNeedles;
    QStringList m_recipientBase64;
    QString m_linkText;
    int m_linkDepth = 0;
    bool m_tooDeep = false;
    bool m_restructured = false;
    QHash<xmlNode*, bool> m_layoutTables;
    const bool m_analyse;
    const int m_srcdocDepth; // 0: the body; n: inside n nested iframe srcdoc documents
};

// libxml2 drops whitespace before the first element and implies a <p> around text that comes
// before any element; an empty <span> first keeps the output a fixed point of sanitize().
void makeStable(QString& html)
{
    qsizetype first = 0;
    while (first < html.size() && html[first].isSpace())
        ++first;
    html.remove(0, first);
    if (!html.isEmpty() && html.front() != u'<')
        html.prepend(QLatin1StringView("<span></span>"));
}

// libxml2 checks each attribute against all earlier ones of its element (quadratic); a tag with
// thousands of attributes is hostile. A quote-aware scan finds the largest attribute count.
int maxAttributesInAnyTag(QStringView html)
{
    enum class State
    {
        Text,
        Tag,
        Quote,
        Comment
    } state
        = State::Text;
    QChar quote;
    int count = 0;
    int most = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        switch (state) {
        case State::Text:
            if (c == u'<' && i + 1 < n) {
                if (html.mid(i, 4) == u"<!--") {
                    state = State::Comment;
                    i += 3;
                } else if (html[i + 1].isLetter()) {
                    state = State::Tag;
                    count = 0;
                }
            }
            break;
        case State::Tag:
            if (c == u'"' || c == u'\'') {
                state = State::Quote;
                quote = c;
            } else if (c == u'=' || c.isSpace()) {
                if (c == u'=')
                    most = std::max(most, ++count);
            } else if (c == u'>') {
                state = State::Text;
            }
            break;
        case State::Quote:
            if (c == quote)
                state = State::Tag;
            break;
        case State::Comment:
            if (c == u'>' && i >= 2 && html[i - 1] == u'-' && html[i - 2] == u'-')
                state = State::Text;
            break;
        }
    }
    return most;
}

SanitizeResult textFallback(const QString& html, const QString& notice, const SanitizeOptions& options)
{
    SanitizeResult result = Sanitizer::plainTextToHtml(stripTags(html).trimmed(), options);
    result.report.plainTextFallback = true;
    result.report.notices.append(notice);
    return result;
}

constexpr int kMaxSettlingPasses = 4; // re-reads of the output until libxml2 reads it back unchanged

Pass runPass(
    const QByteArray& utf8, const SanitizeOptions& options, SanitizeResult& result, bool analyse, int srcdocDepth = 0)
{
    std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(nullptr, xmlFreeDoc);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return Pass::TooDeep;
    doc.reset(htmlCtxtReadMemory(ctxt, utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NODEFDTD
            | HTML_PARSE_IGNORE_ENC));
    htmlFreeParserCtxt(ctxt);
    if (!doc)
        return Pass::Ok; // empty input
    Walker walker(options, result, analyse, srcdocDepth);
    walker.walkDocument(doc->children);
    if (walker.tooDeep())
        return Pass::TooDeep;
    makeStable(result.html);
    return walker.restructured() ? Pass::Restructured : Pass::Ok;
}

QString blockedKey(const BlockedReference& ref)
{
    return ref.element + u'\x1f' + ref.attribute + u'\x1f' + ref.url + u'\x1f' + QString::number(int(ref.reason));
}

Pass analyse(const QString& html, const SanitizeOptions& options, SanitizeResult& result, int srcdocDepth)
{
    const QString prepared = withHtml5CharacterReferences(html);
    const Pass pass = runPass(prepared.toUtf8(), options, result, true, srcdocDepth);
    if (pass == Pass::TooDeep)
        return pass;
    // Most mail has no raw-text element but <title>, whose text holds no '<'.
    static const QRegularExpression rawText(
        QStringLiteral(R"(<(?:xmp|iframe|noembed|noframes|plaintext|textarea|title)[\s/>])"),
        QRegularExpression::CaseInsensitiveOption);
    if (!rawText.match(prepared).hasMatch())
        return pass;
    bool diverges = false;
    const QString view = browserTokenView(prepared, &diverges);
    if (!diverges)
        return pass;
    // Only the report is taken from the browser's view; the output stays libxml2's reading.
    SanitizeResult browser;
    if (runPass(view.toUtf8(), options, browser, true, srcdocDepth) == Pass::TooDeep)
        return pass;
    QSet<QString> known;
    for (const BlockedReference& ref : std::as_const(result.report.blocked))
        known.insert(blockedKey(ref));
    for (const BlockedReference& ref : std::as_const(browser.report.blocked)) {
        if (result.report.blocked.size() >= kMaxReportEntries)
            break;
        if (!known.contains(blockedKey(ref)))
            result.report.blocked.append(ref);
    }
    for (const QString& company : std::as_const(browser.report.trackerCompanies)) {
        if (!result.report.trackerCompanies.contains(company))
            result.report.trackerCompanies.append(company);
    }
    return pass;
}

} // namespace

QString blockReasonName(BlockReason reason)
{
    switch (reason) {
    case BlockReason::KnownTracker:
        return QStringLiteral("known-tracker");
    case BlockReason::RecipientIdentifier:
        return QStringLiteral("recipient-identifier");
    case BlockReason::TrackingPixel:
        return QStringLiteral("tracking-pixel");
    case BlockReason::RemoteImage:
        return QStringLiteral("remote-image");
    case BlockReason::RemoteCss:
        return QStringLiteral("remote-css");
    case BlockReason::RemoteFont:
        return QStringLiteral("remote-font");
    case BlockReason::Prefetch:
        return QStringLiteral("prefetch");
    case BlockReason::FormAction:
        return QStringLiteral("form-action");
    case BlockReason::MetaRefresh:
        return QStringLiteral("meta-refresh");
    case BlockReason::Base:
        return QStringLiteral("base");
    case BlockReason::Frame:
        return QStringLiteral("frame");
    case BlockReason::EmbeddedObject:
        return QStringLiteral("embedded-object");
    case BlockReason::Media:
        return QStringLiteral("media");
    case BlockReason::Script:
        return QStringLiteral("script");
    case BlockReason::Srcset:
        return QStringLiteral("srcset");
    case BlockReason::BackgroundAttribute:
        return QStringLiteral("background-attribute");
    case BlockReason::DisallowedImageData:
        return QStringLiteral("disallowed-image-data");
    case BlockReason::OtherRemote:
        return QStringLiteral("other-remote");
    }
    return {};
}

QString blockReasonText(BlockReason reason)
{
    switch (reason) {
    case BlockReason::KnownTracker:
        return Sanitizer::tr("known tracker domain");
    case BlockReason::RecipientIdentifier:
        return Sanitizer::tr("the URL identifies you (your address or a hash of it)");
    case BlockReason::TrackingPixel:
        return Sanitizer::tr("tracking pixel (tiny or invisible image)");
    case BlockReason::RemoteImage:
        return Sanitizer::tr("remote image");
    case BlockReason::RemoteCss:
        return Sanitizer::tr("remote CSS resource");
    case BlockReason::RemoteFont:
        return Sanitizer::tr("remote font");
    case BlockReason::Prefetch:
        return Sanitizer::tr("prefetch, preconnect or ping");
    case BlockReason::FormAction:
        return Sanitizer::tr("form submission target");
    case BlockReason::MetaRefresh:
        return Sanitizer::tr("meta refresh redirect");
    case BlockReason::Base:
        return Sanitizer::tr("base URL");
    case BlockReason::Frame:
        return Sanitizer::tr("embedded frame");
    case BlockReason::EmbeddedObject:
        return Sanitizer::tr("plug-in object");
    case BlockReason::Media:
        return Sanitizer::tr("audio or video");
    case BlockReason::Script:
        return Sanitizer::tr("script");
    case BlockReason::Srcset:
        return Sanitizer::tr("responsive image candidate (srcset)");
    case BlockReason::BackgroundAttribute:
        return Sanitizer::tr("background image attribute");
    case BlockReason::DisallowedImageData:
        return Sanitizer::tr("image bytes are not an allowed raster format");
    case BlockReason::OtherRemote:
        return Sanitizer::tr("remote reference");
    }
    return {};
}

SanitizeResult Sanitizer::sanitize(const QString& html, const SanitizeOptions& options)
{
    ensureLibxml();
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > kMaxHtmlInputBytes)
        return textFallback(html,
            tr("shown as plain text: the HTML is larger than %n MiB", nullptr, int(kMaxHtmlInputBytes >> 20)), options);
    if (maxAttributesInAnyTag(html) > kMaxAttributesInInput)
        return textFallback(html,
            tr("shown as plain text: an element has more than %n attributes", nullptr, kMaxAttributesInInput), options);
    SanitizeResult result;
    result.html.reserve(html.size());
    const Pass pass = analyse(html, options, result, 0);
    if (pass == Pass::TooDeep)
        return textFallback(
            html, tr("shown as plain text: the HTML is nested deeper than %n levels", nullptr, kMaxTreeDepth), options);
    // libxml2 builds trees its own parser would not build from their serialisation (a table inside
    // an implied <p>, a <p> inside an unknown element inside a <p> ...). Read the output back the way
    // the next reader will until it no longer changes, so that sanitising twice is stable. Usually
    // one light pass (no report work) confirms it.
    for (int round = 0; round < kMaxSettlingPasses; ++round) {
        SanitizeResult again;
        if (runPass(result.html.toUtf8(), options, again, false) == Pass::TooDeep || again.html == result.html)
            break;
        result.html = again.html;
    }
    std::sort(result.report.trackerCompanies.begin(), result.report.trackerCompanies.end());
    return result;
}

SanitizeResult Sanitizer::plainTextToHtml(const QString& text, const SanitizeOptions& options)
{
    Q_UNUSED(options);
    SanitizeResult result;
    result.text = text;
    QString& out = result.html;
    out.reserve(text.size() + text.size() / 8 + 64);
    out += QLatin1StringView("<div style=\"white-space: pre-wrap\">");
    static const QRegularExpression urlRe(QStringLiteral(R"((?:https?://|www\.)[^\s<>"'`\x{0}-\x{1f}\x{7f}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    auto it = urlRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString url = m.captured(0);
        // Trailing punctuation belongs to the sentence; a closing bracket only when unbalanced.
        while (!url.isEmpty()) {
            const QChar last = url.back();
            if (QStringView(u".,;:!?*").contains(last) || (last == u')' && url.count(u'(') < url.count(u')'))
                || (last == u']' && url.count(u'[') < url.count(u']'))
                || (last == u'}' && url.count(u'{') < url.count(u'}')))
                url.chop(1);
            else
                break;
        }
        appendEscapedText(out, QStringView(text).mid(pos, m.capturedStart() - pos));
        pos = m.capturedStart();
        const QString absolute = url.startsWith(u"www.", Qt::CaseInsensitive) ? QStringLiteral("https://") + url : url;
        const QUrl parsed(absolute, QUrl::TolerantMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || url.size() < 8) {
            continue;
        }
        const QString href = parsed.toString(QUrl::FullyEncoded);
        out += QLatin1StringView("<a");
        appendAttribute(out, u"href", href);
        out += u'>';
        appendEscapedText(out, url);
        out += QLatin1StringView("</a>");
        pos += url.size();
        if (result.report.links.size() < kMaxReportEntries)
            result.report.links.append(LinkAnalyzer::analyse(url, href));
    }
    appendEscapedText(out, QStringView(text).mid(pos));
    out += QLatin1StringView("</div>");
    for (const LinkInfo& link : std::as_const(result.report.links)) {
        if (!link.company.isEmpty() && !result.report.trackerCompanies.contains(link.company))
            result.report.trackerCompanies.append(link.company);
    }
    std::sort(result.report.trackerCompanies.begin(), result.report.trackerCompanies.end());
    return result;
}

} // namespace mayfly::core::html
