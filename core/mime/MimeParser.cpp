#include "core/mime/MimeParser.h"

#include "core/common/Logging.h"

#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace mayfly::core::mime {

namespace {

// RFC 5322 §2.1: a header section ends at the first empty line.
qsizetype headerEnd(const QByteArray& raw, qsizetype from = 0)
{
    const qsizetype lf = raw.indexOf("\n\n", from);
    const qsizetype crlf = raw.indexOf("\r\n\r\n", from);
    if (lf < 0)
        return crlf;
    if (crlf < 0)
        return lf;
    return std::min(lf, crlf);
}

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T>
struct GObjectDeleter
{
    void operator()(T* p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

struct OptionsDeleter
{
    void operator()(GMimeParserOptions* o) const { g_mime_parser_options_free(o); }
};

struct WarningSink
{
    bool critical = false;
    QStringList notes;
};

QString describeWarning(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return MimeParser::tr("a header name is invalid; parts of the message may be skipped");
    case GMIME_CRIT_CONFLICTING_HEADER:
        return MimeParser::tr("conflicting headers");
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return MimeParser::tr("conflicting header parameters");
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return MimeParser::tr("a multipart has no boundary");
    case GMIME_CRIT_NESTING_OVERFLOW:
        return MimeParser::tr("MIME nesting is too deep");
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return MimeParser::tr("a MIME part has neither headers nor content");
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return MimeParser::tr("the message is truncated");
    case GMIME_WARN_MALFORMED_MULTIPART:
        return MimeParser::tr("a multipart has no parts");
    case GMIME_WARN_MALFORMED_MESSAGE:
        return MimeParser::tr("the message is malformed");
    default:
        return {};
    }
}

void onWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* /*item*/, gpointer userData)
{
    auto* sink = static_cast<WarningSink*>(userData);
    switch (code) {
    case GMIME_CRIT_INVALID_HEADER_NAME:
    case GMIME_CRIT_CONFLICTING_HEADER:
    case GMIME_CRIT_CONFLICTING_PARAMETER:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
    case GMIME_CRIT_NESTING_OVERFLOW:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        sink->critical = true;
        break;
    default:
        break;
    }
    const QString text = describeWarning(code);
    if (!text.isEmpty() && !sink->notes.contains(text) && sink->notes.size() < 20)
        sink->notes.append(text);
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

QString fromWindows1252(const QByteArray& bytes)
{
    gsize written = 0;
    char* converted = g_convert_with_fallback(
        bytes.constData(), bytes.size(), "UTF-8", "WINDOWS-1252", "?", nullptr, &written, nullptr);
    if (!converted)
        return QString::fromLatin1(bytes);
    QString result = QString::fromUtf8(converted, qsizetype(written));
    g_free(converted);
    return result;
}

// Any charset to UTF-8; undeclared or unknown charsets are UTF-8 when valid, else Windows-1252
// (the usual label of mislabelled 8-bit mail).
QString decodeCharset(const QByteArray& bytes, const QByteArray& declared, QStringList* problems)
{
    QString result;
    const QByteArray charset = declared.trimmed().toLower();
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii") {
        if (isValidUtf8(bytes))
            result = QString::fromUtf8(bytes);
        else
            result = fromWindows1252(bytes);
    } else {
        const char* iconvName = g_mime_charset_iconv_name(charset.constData());
        GError* error = nullptr;
        gsize written = 0;
        char* converted = g_convert_with_fallback(
            bytes.constData(), bytes.size(), "UTF-8", iconvName, "?", nullptr, &written, &error);
        if (converted) {
            result = QString::fromUtf8(converted, qsizetype(written));
            g_free(converted);
        } else {
            if (error)
                g_error_free(error);
            if (problems)
                problems->append(MimeParser::tr("unknown charset \"%1\"; shown as UTF-8 or Windows-1252")
                                     .arg(QString::fromLatin1(charset.left(40))));
            result = isValidUtf8(bytes) ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
        }
    }
    result.remove(QChar(0));
    return result;
}

bool isInvisible(char32_t c)
{
    switch (c) {
    case 0x115F:
    case 0x1160:
    case 0x2800:
    case 0x3164:
    case 0xFFA0:
    case 0x180E:
    case 0x034F:
        return true;
    default:
        break;
    }
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
        || category == QChar::Other_NotAssigned;
}

QString utf8(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

struct Bodies
{
    QString text;
    QString html;
};

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

class Walker final
{
public:
    explicit Walker(Message& message)
        : m_message(message)
    { }

    void walk(GMimeObject* object, int depth, Bodies& bodies)
    {
        if (!object)
            return;
        if (++m_parts > kMaxParts) {
            problemOnce(
                m_partsHit, MimeParser::tr("more than %n MIME parts; the rest is not shown", nullptr, kMaxParts));
            return;
        }
        if (depth > kMaxNestingDepth) {
            problemOnce(m_depthHit,
                MimeParser::tr("MIME nesting deeper than %n; the rest is not shown", nullptr, kMaxNestingDepth));
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            walkMessagePart(GMIME_MESSAGE_PART(object), depth, bodies);
        } else if (GMIME_IS_MULTIPART(object)) {
            walkMultipart(GMIME_MULTIPART(object), depth, bodies);
        } else if (GMIME_IS_PART(object)) {
            walkLeaf(GMIME_PART(object), bodies);
        }
    }

private:
    void problemOnce(bool& flag, const QString& text)
    {
        if (flag)
            return;
        flag = true;
        m_message.problems.append(text);
    }

    static QString mimeTypeOf(GMimeObject* object)
    {
        GMimeContentType* type = g_mime_object_get_content_type(object);
        if (!type)
            return QStringLiteral("application/octet-stream");
        char* name = g_mime_content_type_get_mime_type(type);
        QString result = utf8(name).toLower();
        g_free(name);
        return result;
    }

    void walkMultipart(GMimeMultipart* multipart, int depth, Bodies& bodies)
    {
        GMimeContentType* type = g_mime_object_get_content_type(GMIME_OBJECT(multipart));
        const bool alternative
            = type && g_ascii_strcasecmp(g_mime_content_type_get_media_subtype(type), "alternative") == 0;
        const int count = g_mime_multipart_get_count(multipart);
        if (!alternative) {
            for (int i = 0; i < count && m_parts <= kMaxParts; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1, bodies);
            return;
        }
        // RFC 2046 §5.1.4: the last alternative is the richest the sender had.
        QString text;
        QString html;
        for (int i = 0; i < count && m_parts <= kMaxParts; ++i) {
            Bodies child;
            walk(g_mime_multipart_get_part(multipart, i), depth + 1, child);
            if (!child.text.isEmpty())
                text = child.text;
            if (!child.html.isEmpty())
                html = child.html;
        }
        appendText(bodies, text);
        appendHtml(bodies, html);
    }

    static void appendText(Bodies& bodies, const QString& text)
    {
        if (text.isEmpty())
            return;
        if (!bodies.text.isEmpty() && !bodies.text.endsWith(u'\n'))
            bodies.text += u'\n';
        bodies.text += text;
    }
    static void appendHtml(Bodies& bodies, const QString& html)
    {
        if (html.isEmpty())
            return;
        bodies.html += html;
    }

    void walkMessagePart(GMimeMessagePart* part, int depth, Bodies& bodies)
    {
        GMimeMessage* inner = g_mime_message_part_get_message(part);
        if (!inner)
            return;
        const char* disposition = g_mime_object_get_disposition(GMIME_OBJECT(part));
        if (disposition && g_ascii_strcasecmp(disposition, "attachment") == 0) {
            char* serialised = g_mime_object_to_string(GMIME_OBJECT(inner), nullptr);
            QByteArray data(serialised ? serialised : "");
            g_free(serialised);
            const QString subject = utf8(g_mime_message_get_subject(inner));
            addAttachment(subject.isEmpty() ? QStringLiteral("message.eml") : subject + QStringLiteral(".eml"),
                QStringLiteral("message/rfc822"), data);
            return;
        }
        Bodies nested;
        walk(g_mime_message_get_mime_part(inner), depth + 1, nested);
        // A forwarded message is shown below its parent, introduced by its own header fields.
        const QString from = [&] {
            InternetAddressList* list = g_mime_message_get_from(inner);
            char* s = list ? internet_address_list_to_string(list, nullptr, FALSE) : nullptr;
            QString r = MimeParser::cleanDisplayText(utf8(s));
            g_free(s);
            return r;
        }();
        const QString subject = MimeParser::cleanDisplayText(utf8(g_mime_message_get_subject(inner)));
        const QString intro
            = QStringLiteral("---------- Forwarded message ----------\nFrom: %1\nSubject: %2\n\n").arg(from, subject);
        if (!nested.text.isEmpty() || nested.html.isEmpty())
            appendText(bodies, intro + nested.text);
        else
            appendText(bodies, intro);
        if (!nested.html.isEmpty() || !bodies.html.isEmpty()) {
            QString html = QStringLiteral("<hr><p><b>Forwarded message</b><br>From: %1<br>Subject: %2</p>")
                               .arg(htmlEscape(from), htmlEscape(subject));
            html += nested.html.isEmpty() ? QStringLiteral("<pre>") + htmlEscape(nested.text) + QStringLiteral("</pre>")
                                          : nested.html;
            appendHtml(bodies, html);
        }
    }

    QByteArray decodedContent(GMimePart* part)
    {
        GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
        if (!wrapper)
            return {};
        GPtr<GMimeStream> stream(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
        GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
        if (!bytes)
            return {};
        qsizetype size = qsizetype(bytes->len);
        if (size > kMaxDecodedPartBytes) {
            problemOnce(m_decodedPartHit,
                MimeParser::tr(
                    "a part decodes to more than %n MiB; it was cut", nullptr, int(kMaxDecodedPartBytes >> 20)));
            size = kMaxDecodedPartBytes;
        }
        if (m_decodedTotal + size > kMaxDecodedTotalBytes) {
            problemOnce(m_decodedTotalHit,
                MimeParser::tr("the decoded message exceeds %n MiB; the rest is not shown", nullptr,
                    int(kMaxDecodedTotalBytes >> 20)));
            size = std::max<qsizetype>(0, kMaxDecodedTotalBytes - m_decodedTotal);
        }
        m_decodedTotal += size;
        return QByteArray(reinterpret_cast<const char*>(bytes->data), size);
    }

    void walkLeaf(GMimePart* part, Bodies& bodies)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        const QString mimeType = mimeTypeOf(object);
        const char* disposition = g_mime_object_get_disposition(object);
        const bool isAttachment = disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
        const QString fileName = utf8(g_mime_part_get_filename(part));
        const bool textBody = (mimeType == u"text/plain" || mimeType == u"text/html") && !isAttachment
            && (fileName.isEmpty() || disposition);
        if (textBody) {
            const QByteArray charset = QByteArray(g_mime_object_get_content_type_parameter(object, "charset"));
            QString text = decodeCharset(decodedContent(part), charset, &m_message.problems);
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (mimeType == u"text/html")
                appendHtml(bodies, text);
            else
                appendText(bodies, text);
            return;
        }
        QString contentId = utf8(g_mime_object_get_content_id(object));
        if (!contentId.isEmpty() && !isAttachment) {
            m_message.inlineParts.append(Part{contentId.trimmed(), mimeType, decodedContent(part)});
            return;
        }
        addAttachment(fileName, mimeType, decodedContent(part));
    }

    void addAttachment(const QString& name, const QString& mimeType, const QByteArray& data)
    {
        Attachment attachment;
        attachment.originalFileName = MimeParser::cleanDisplayText(name);
        attachment.safeFileName = MimeParser::safeFileName(name, mimeType);
        attachment.mimeType = mimeType;
        attachment.size = data.size();
        attachment.data = data;
        m_message.attachments.append(attachment);
    }

    Message& m_message;
    int m_parts = 0;
    qsizetype m_decodedTotal = 0;
    bool m_partsHit = false;
    bool m_depthHit = false;
    bool m_decodedPartHit = false;
    bool m_decodedTotalHit = false;
};

Mailbox toMailbox(InternetAddress* address)
{
    Mailbox mailbox;
    bool changed = false;
    mailbox.displayName = MimeParser::cleanDisplayText(utf8(internet_address_get_name(address)), &changed);
    mailbox.displayNameSanitised = changed;
    if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
        const QString addr = utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        bool addrChanged = false;
        mailbox.addrSpec = MimeParser::cleanDisplayText(addr, &addrChanged);
        static const QRegularExpression suspicious(QStringLiteral(R"(=\?|[\s"<>,;\\()\[\]])"));
        mailbox.addrSpecSuspicious = addrChanged || addr.contains(suspicious) || addr.count(u'@') != 1;
    }
    // Mailsploit-style names ("support@bank.example" <attacker@evil.example>) and full-width at signs.
    const QString folded = mailbox.displayName.normalized(QString::NormalizationForm_KC);
    mailbox.displayNameHasAddress = folded.contains(u'@');
    return mailbox;
}

QList<Mailbox> toMailboxes(InternetAddressList* list, int budget = 200)
{
    QList<Mailbox> result;
    if (!list)
        return result;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count && result.size() < budget; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            const QList<Mailbox> members = toMailboxes(
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), budget - int(result.size()));
            result += members;
        } else {
            result.append(toMailbox(address));
        }
    }
    return result;
}

// Cuts input that GMime would spend unbounded time on before it reaches GMime: the whole size, the
// top-level header section, and the number of boundary-like lines (GMime has no sibling cap).
QByteArray applyInputLimits(QByteArray raw, QStringList& problems)
{
    if (raw.startsWith("From ")) { // an mbox separator line is not a header
        const qsizetype eol = raw.indexOf('\n');
        raw = eol < 0 ? QByteArray() : raw.mid(eol + 1);
    }
    if (raw.size() > kMaxMessageBytes) {
        raw.truncate(kMaxMessageBytes);
        problems.append(MimeParser::tr(
            "the message is larger than %n MiB; the rest was cut", nullptr, int(kMaxMessageBytes >> 20)));
    }
    const qsizetype end = headerEnd(raw);
    if ((end < 0 && raw.size() > kMaxHeaderBytes) || end > kMaxHeaderBytes) {
        qsizetype cut = raw.lastIndexOf('\n', kMaxHeaderBytes);
        if (cut < 0)
            cut = kMaxHeaderBytes;
        const QByteArray body = end < 0 ? QByteArray() : raw.mid(end);
        raw = raw.left(cut) + (body.isEmpty() ? QByteArrayLiteral("\n\n") : body);
        problems.append(MimeParser::tr("the header section is larger than %n KiB; the rest of it was dropped", nullptr,
            int(kMaxHeaderBytes >> 10)));
    }
    // Every part starts at a "--boundary" line (RFC 2046 §5.1.1). Allow two such lines per part
    // (closing delimiters, signature separators) before cutting.
    constexpr int kMaxBoundaryLines = 2 * kMaxParts + 16;
    int seen = 0;
    qsizetype pos = 0;
    if (raw.startsWith("--"))
        ++seen;
    while ((pos = raw.indexOf("\n--", pos)) >= 0) {
        if (++seen > kMaxBoundaryLines) {
            raw.truncate(pos + 1);
            problems.append(MimeParser::tr("more than %n MIME parts; the rest is not shown", nullptr, kMaxParts));
            break;
        }
        pos += 3;
    }
    return raw;
}

} // namespace

QString Mailbox::toDisplayString() const
{
    if (displayName.isEmpty())
        return addrSpec;
    return displayName + QStringLiteral(" <") + addrSpec + u'>';
}

QString MimeParser::cleanDisplayText(const QString& text, bool* changed)
{
    QString result;
    result.reserve(text.size());
    bool removed = false;
    const auto ucs4 = text.toUcs4();
    for (char32_t c : ucs4) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            result += u' ';
            continue;
        }
        if (isInvisible(c)) {
            removed = true;
            continue;
        }
        result += QString::fromUcs4(&c, 1);
    }
    result = result.simplified();
    if (changed)
        *changed = removed;
    return result;
}

QString MimeParser::safeFileName(const QString& name, const QString& mimeType)
{
    QString s = cleanDisplayText(name).normalized(QString::NormalizationForm_C);
    const qsizetype slash = std::max(s.lastIndexOf(u'/'), s.lastIndexOf(u'\\'));
    if (slash >= 0)
        s = s.mid(slash + 1);
    for (QChar& c : s) {
        if (QStringView(u"<>:\"|?*").contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    while (s.contains(QStringLiteral("..")))
        s.replace(QStringLiteral(".."), QStringLiteral("."));
    while (!s.isEmpty() && (s.front() == u'.' || s.front() == u' '))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u'.' || s.back() == u' '))
        s.chop(1);
    // Windows device names are reserved with any extension.
    static const QRegularExpression reserved(
        QStringLiteral(R"(^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        s.prepend(u'_');
    constexpr qsizetype kMaxFileNameChars = 120; // well under 255 bytes of UTF-8 on every file system
    if (s.size() > kMaxFileNameChars) {
        const qsizetype dot = s.lastIndexOf(u'.');
        const QString ext = (dot > 0 && s.size() - dot <= 16) ? s.mid(dot) : QString();
        s = s.left(kMaxFileNameChars - ext.size()) + ext;
        while (!s.isEmpty() && (s.back() == u'.' || s.back() == u' '))
            s.chop(1);
    }
    if (s.isEmpty()) {
        s = QStringLiteral("attachment");
        if (!mimeType.isEmpty()) {
            const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
            if (!suffix.isEmpty())
                s += u'.' + suffix;
        }
    }
    return s;
}

Message MimeParser::parse(const QByteArray& input)
{
    ensureGMime();
    Message message;
    const QByteArray raw = applyInputLimits(input, message.problems);

    std::unique_ptr<GMimeParserOptions, OptionsDeleter> options(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    const char* fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    WarningSink sink;
    g_mime_parser_options_set_warning_callback(options.get(), &onWarning, &sink);

    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), options.get()));

    if (parsed) {
        GMimeMessage* m = parsed.get();
        bool changed = false;
        message.subject = cleanDisplayText(utf8(g_mime_message_get_subject(m)), &changed);
        if (changed)
            message.problems.append(tr("hidden or control characters were removed from the subject"));
        const QList<Mailbox> from = toMailboxes(g_mime_message_get_from(m));
        if (!from.isEmpty())
            message.from = from.constFirst();
        if (from.size() > 1)
            message.problems.append(tr("the message names %n senders; the first is shown", nullptr, int(from.size())));
        if (message.from.displayNameSanitised)
            message.problems.append(tr("hidden or control characters were removed from the sender name"));
        if (message.from.displayNameHasAddress)
            message.problems.append(
                tr("the sender name contains an address; the real sender is %1").arg(message.from.addrSpec));
        if (message.from.addrSpecSuspicious)
            message.problems.append(tr("the sender address is malformed"));
        message.to = toMailboxes(g_mime_message_get_to(m));
        message.cc = toMailboxes(g_mime_message_get_cc(m));
        if (InternetAddressList* replyTo = g_mime_message_get_reply_to(m);
            replyTo && internet_address_list_length(replyTo) > 0) {
            char* s = internet_address_list_to_string(replyTo, nullptr, FALSE);
            message.replyTo = cleanDisplayText(utf8(s));
            g_free(s);
        }
        if (GDateTime* date = g_mime_message_get_date(m)) {
            const qint64 secs = g_date_time_to_unix(date);
            const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
            message.date = QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, offset);
        }
        message.messageId = cleanDisplayText(utf8(g_mime_message_get_message_id(m)));

        Bodies bodies;
        Walker walker(message);
        walker.walk(g_mime_message_get_mime_part(m), 0, bodies);
        message.textBody = bodies.text;
        message.htmlBody = bodies.html;
    } else {
        message.problems.append(tr("the input is not a MIME message; shown as text"));
        sink.critical = true;
    }

    message.problems += sink.notes;
    if (sink.critical) {
        message.plainTextFallback = true;
        message.problems.append(tr("the message is malformed in a way that can hide content; shown as plain text"));
    }
    // Input that is not mail at all still shows something.
    if (message.textBody.isEmpty() && message.htmlBody.isEmpty() && message.from.addrSpec.isEmpty()
        && message.subject.isEmpty() && !raw.trimmed().isEmpty()) {
        message.textBody = decodeCharset(raw, {}, nullptr);
        message.plainTextFallback = true;
    }
    return message;
}

} // namespace mayfly::core::mime
