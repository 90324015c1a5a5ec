#include "relay/SmtpProtocol.h"

#include <algorithm>
#include <cstring>

namespace mayfly::relay {

using namespace smtp_limits;

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

struct ParsedPath
{
    bool ok = false;
    QByteArray error; // reply line when !ok
    QByteArrayView path; // without brackets
    QByteArrayView params;
};

// "FROM:<path> params" / "TO:<path> params" (RFC 5321 4.1.1.2, 4.1.1.3).
ParsedPath parsePath(QByteArrayView args, QByteArrayView keyword)
{
    ParsedPath out;
    if (!startsWithNoCase(args, keyword)) {
        out.error = QByteArrayLiteral("501 5.5.4 syntax error in parameters");
        return out;
    }
    QByteArrayView rest = trimmed(args.sliced(keyword.size()));
    if (rest.isEmpty() || rest.front() != '<') {
        out.error = QByteArrayLiteral("501 5.5.4 path must be in angle brackets");
        return out;
    }
    const qsizetype close = rest.indexOf('>');
    if (close < 0) {
        out.error = QByteArrayLiteral("501 5.5.4 unterminated path");
        return out;
    }
    if (close + 1 > MaxPath) {
        out.error = QByteArrayLiteral("501 5.1.7 path too long (RFC 5321 4.5.3.1.3)");
        return out;
    }
    out.path = rest.sliced(1, close - 1);
    out.params = trimmed(rest.sliced(close + 1));
    out.ok = true;
    return out;
}

} // namespace

SmtpProtocol::SmtpProtocol(Config config, Backend* backend)
    : m_config(std::move(config))
    , m_backend(backend)
{ }

QByteArray SmtpProtocol::greeting() const
{
    return "220 " + m_config.hostname + " ESMTP mayfly-relay\r\n";
}

QByteArray SmtpProtocol::takeOutput()
{
    return std::exchange(m_out, QByteArray());
}

bool SmtpProtocol::takeStartTlsRequest()
{
    return std::exchange(m_startTls, false);
}

void SmtpProtocol::tlsStarted()
{
    // RFC 3207 4.2: forget everything learnt before the handshake, including EHLO.
    m_tlsActive = true;
    m_greeted = false;
    m_heloName.clear();
    m_extended = false;
    m_in.clear();
    resetTransaction();
    m_state = State::Command;
}

void SmtpProtocol::reply(const QByteArray& codeAndText)
{
    m_out.append(codeAndText);
    m_out.append("\r\n");
}

void SmtpProtocol::badCommand(const QByteArray& codeAndText)
{
    reply(codeAndText);
    if (++m_badCommands > MaxBadCommands) {
        reply("421 4.7.0 too many errors, closing");
        m_close = true;
        m_state = State::Closed;
    }
}

void SmtpProtocol::resetTransaction()
{
    m_inTransaction = false;
    m_recipients.clear();
    m_recipientCount = 0;
    m_message.clear();
    m_messageSize = 0;
    m_lastLineEndedCrlf = true;
    m_partialLine = false;
    m_partialEndsCr = false;
    m_partialLength = 0;
    m_bareLineEnding = false;
    m_lineTooLong = false;
    m_tooBig = false;
}

void SmtpProtocol::feed(const char* data, qsizetype size)
{
    if (m_state == State::Closed || m_close || size <= 0)
        return;
    if (m_state == State::Delivering && m_in.size() + size > MaxPendingInput) {
        reply("421 4.7.0 too much pipelined input, closing");
        m_close = true;
        m_state = State::Closed;
        return;
    }
    m_in.append(data, size);
    if (!m_processing)
        process();
}

void SmtpProtocol::process()
{
    m_processing = true;
    qsizetype pos = 0;
    while (pos < m_in.size() && !m_close && !m_startTls && (m_state == State::Command || m_state == State::Data)) {
        const char* base = m_in.constData() + pos;
        const qsizetype available = m_in.size() - pos;
        const auto* lf = static_cast<const char*>(std::memchr(base, '\n', size_t(available)));
        if (m_state == State::Command) {
            if (!lf) {
                // No end of line yet: keep at most one command line's worth (RFC 5321 4.5.3.1.4).
                if (m_discardingLongLine || available > MaxCommandLine) {
                    m_discardingLongLine = true;
                    pos = m_in.size();
                }
                break;
            }
            const qsizetype length = lf - base + 1;
            pos += length;
            if (m_discardingLongLine || length > MaxCommandLine) {
                m_discardingLongLine = false;
                badCommand("500 5.5.6 line too long (RFC 5321 4.5.3.1.4)");
                continue;
            }
            if (length < 2 || base[length - 2] != '\r') {
                // RFC 5321 2.3.8: lines end with CRLF; a bare LF is how smuggling starts.
                badCommand("500 5.5.2 line must end with CRLF (RFC 5321 2.3.8)");
                continue;
            }
            m_moreInputAfterLine = pos < m_in.size();
            handleCommand(QByteArrayView(base, length - 2));
        } else {
            if (!lf) {
                const qsizetype limit = MaxTextLineWithDot;
                if (m_partialLine || available > limit) {
                    // A line over the limit: count and drop it rather than buffer it.
                    m_partialLine = true;
                    m_lineTooLong = true;
                    m_partialEndsCr = base[available - 1] == '\r';
                    m_partialLength += available;
                    m_messageSize += available;
                    if (!m_message.isEmpty()) {
                        m_message.clear();
                        m_message.squeeze();
                    }
                    pos = m_in.size();
                }
                break;
            }
            const qsizetype length = lf - base + 1;
            pos += length;
            handleDataLine(QByteArrayView(base, length), true);
        }
    }
    m_in.remove(0, pos);
    if (m_in.capacity() > 64 * 1024 && m_in.size() < 4096)
        m_in.squeeze();
    m_processing = false;
}

void SmtpProtocol::handleDataLine(QByteArrayView line, bool)
{
    const qsizetype length = line.size();
    const bool continuation = m_partialLine;
    const bool endsCrlf = (length >= 2 && line[length - 2] == '\r') || (length == 1 && continuation && m_partialEndsCr);
    const qsizetype contentEnd = (length >= 2 && line[length - 2] == '\r') ? length - 2 : length - 1;
    // RFC 5321 2.3.8 / 4.1.1.4: CR and LF appear only together. Anything else is refused, which is
    // what defeats SMTP smuggling (<LF>.<CR><LF>, <CR>.<CR>, \r\r\n ...).
    if (!endsCrlf || (contentEnd > 0 && std::memchr(line.data(), '\r', size_t(contentEnd))))
        m_bareLineEnding = true;
    if (continuation && m_partialEndsCr && length > 1)
        m_bareLineEnding = true;

    if (!continuation && endsCrlf && m_lastLineEndedCrlf && length == 3 && line[0] == '.') {
        finishData(); // only <CRLF>.<CRLF> ends the data (RFC 5321 4.1.1.4)
        return;
    }

    const bool dot = !continuation && line[0] == '.';
    const qsizetype fullLength = m_partialLength + length;
    if (fullLength > (dot ? MaxTextLineWithDot : MaxTextLine))
        m_lineTooLong = true; // RFC 5321 4.5.3.1.6

    QByteArrayView content = dot ? line.sliced(1) : line; // transparency (RFC 5321 4.5.2)
    if (continuation)
        content = line;
    m_messageSize += content.size();
    if (m_messageSize > m_config.maxMessageSize)
        m_tooBig = true; // RFC 5321 4.5.3.1.7, enforced while reading

    if (m_bareLineEnding || m_lineTooLong || m_tooBig) {
        if (!m_message.isEmpty()) {
            m_message.clear();
            m_message.squeeze();
        }
    } else {
        m_message.append(content);
    }
    m_lastLineEndedCrlf = endsCrlf;
    m_partialLine = false;
    m_partialEndsCr = false;
    m_partialLength = 0;
}

void SmtpProtocol::finishData()
{
    if (m_bareLineEnding) {
        // Whatever follows in this connection may be a smuggled transaction that another MTA saw
        // as part of the message: refuse the message and end the session, as Postfix does.
        reply("550 5.6.0 message refused: bare CR or LF in the data (RFC 5321 2.3.8), closing");
        m_close = true;
        m_state = State::Closed;
        return;
    }
    if (m_tooBig)
        reply("552 5.3.4 message exceeds the size limit (RFC 5321 4.5.3.1.7)");
    else if (m_lineTooLong)
        reply("500 5.5.6 text line too long (RFC 5321 4.5.3.1.6)");
    else {
        m_state = State::Delivering;
        Envelope envelope;
        envelope.heloName = m_heloName;
        envelope.extended = m_extended;
        envelope.tls = m_tlsActive;
        envelope.recipients = m_recipients;
        QByteArray message = std::exchange(m_message, QByteArray());
        m_backend->deliver(envelope, std::move(message));
        return;
    }
    resetTransaction();
    m_state = State::Command;
}

void SmtpProtocol::deliveryFinished(bool ok, const QByteArray& detail)
{
    if (m_state != State::Delivering)
        return;
    if (ok)
        reply("250 2.0.0 Ok: stored" + (detail.isEmpty() ? QByteArray() : " " + detail));
    else
        reply(detail.isEmpty() ? QByteArrayLiteral("451 4.3.0 could not store the message, try again later") : detail);
    resetTransaction();
    m_state = State::Command;
    if (!m_processing)
        process();
}

void SmtpProtocol::handleCommand(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView verb = space < 0 ? line : line.first(space);
    const QByteArrayView args = space < 0 ? QByteArrayView() : trimmed(line.sliced(space + 1));
    auto is = [&](QByteArrayView name) { return verb.compare(name, Qt::CaseInsensitive) == 0; };

    if (line.isEmpty())
        badCommand("500 5.5.2 empty command");
    else if (is("EHLO"))
        cmdEhlo(args, true);
    else if (is("HELO"))
        cmdEhlo(args, false);
    else if (is("MAIL"))
        cmdMail(args);
    else if (is("RCPT"))
        cmdRcpt(args);
    else if (is("DATA"))
        cmdData();
    else if (is("RSET")) {
        resetTransaction();
        reply("250 2.0.0 Ok");
    } else if (is("NOOP"))
        reply("250 2.0.0 Ok");
    else if (is("QUIT")) {
        reply("221 2.0.0 Bye");
        m_close = true;
        m_state = State::Closed;
    } else if (is("VRFY"))
        reply("252 2.5.0 cannot VRFY, send some mail"); // RFC 5321 3.5.3
    else if (is("STARTTLS"))
        cmdStartTls();
    else if (is("HELP"))
        reply("214 2.0.0 commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY STARTTLS");
    else if (is("GET") || is("POST") || is("HEAD") || is("PUT") || is("CONNECT") || is("OPTIONS")) {
        // Cross-protocol requests (a browser tricked into talking to port 25): no second chance.
        reply("421 4.7.0 this is an SMTP server, closing");
        m_close = true;
        m_state = State::Closed;
    } else if (is("EXPN") || is("AUTH") || is("BDAT") || is("ETRN") || is("TURN"))
        badCommand("502 5.5.1 command not implemented");
    else
        badCommand("500 5.5.2 command not recognized");
}

void SmtpProtocol::cmdEhlo(QByteArrayView args, bool extended)
{
    if (args.isEmpty()) {
        badCommand(extended ? "501 5.5.4 syntax: EHLO domain" : "501 5.5.4 syntax: HELO domain");
        return;
    }
    // The name ends up in the Received: header. A well-formed one has no control character, and a
    // CR or NUL in it is an attempt to smuggle something into that header: refuse it outright.
    for (char c : args) {
        if (uchar(c) < 0x20 || c == 0x7f) {
            badCommand("501 5.5.4 control character in the domain (RFC 5321 4.1.2)");
            return;
        }
    }
    resetTransaction(); // RFC 5321 4.1.4
    m_greeted = true;
    m_extended = extended;
    m_heloName = args.toByteArray();
    if (!extended) {
        reply("250 " + m_config.hostname);
        return;
    }
    QList<QByteArray> lines{m_config.hostname, QByteArrayLiteral("PIPELINING"),
        "SIZE " + QByteArray::number(m_config.maxMessageSize), QByteArrayLiteral("8BITMIME"),
        QByteArrayLiteral("ENHANCEDSTATUSCODES")};
    if (m_config.tlsAvailable && !m_tlsActive)
        lines.append(QByteArrayLiteral("STARTTLS"));
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
}

void SmtpProtocol::cmdMail(QByteArrayView args)
{
    if (!m_greeted) {
        badCommand("503 5.5.1 send EHLO or HELO first");
        return;
    }
    if (m_inTransaction) {
        badCommand("503 5.5.1 nested MAIL command"); // RFC 5321 4.1.4
        return;
    }
    const ParsedPath parsed = parsePath(args, "FROM:");
    if (!parsed.ok) {
        badCommand(parsed.error);
        return;
    }
    qint64 declaredSize = 0;
    for (QByteArrayView param : QByteArray(parsed.params.toByteArray()).split(' ')) {
        if (param.isEmpty())
            continue;
        if (startsWithNoCase(param, "SIZE=")) {
            bool ok = false;
            declaredSize = param.sliced(5).toLongLong(&ok);
            if (!ok || declaredSize < 0) {
                badCommand("501 5.5.4 bad SIZE parameter");
                return;
            }
            if (declaredSize > m_config.maxMessageSize) {
                reply("552 5.3.4 message size exceeds the fixed maximum (RFC 1870)");
                return;
            }
        } else if (startsWithNoCase(param, "BODY=")) {
            const QByteArrayView body = param.sliced(5);
            if (body.compare("7BIT", Qt::CaseInsensitive) != 0 && body.compare("8BITMIME", Qt::CaseInsensitive) != 0) {
                badCommand("501 5.5.4 bad BODY parameter");
                return;
            }
        } else {
            badCommand("555 5.5.4 unsupported MAIL parameter");
            return;
        }
    }
    m_inTransaction = true;
    // A hint only: a client that declares SIZE and sends nothing must not pin memory.
    if (declaredSize > 0)
        m_message.reserve(qsizetype(qMin<qint64>(declaredSize, 1024 * 1024)));
    reply("250 2.1.0 Ok");
}

void SmtpProtocol::cmdRcpt(QByteArrayView args)
{
    if (!m_inTransaction) {
        badCommand("503 5.5.1 need MAIL first");
        return;
    }
    const ParsedPath parsed = parsePath(args, "TO:");
    if (!parsed.ok) {
        badCommand(parsed.error);
        return;
    }
    if (!parsed.params.isEmpty()) {
        badCommand("555 5.5.4 unsupported RCPT parameter");
        return;
    }
    if (m_recipientCount >= MaxRecipients) {
        reply("452 4.5.3 too many recipients (RFC 5321 4.5.3.1.10)");
        return;
    }
    QByteArrayView path = parsed.path;
    if (path.compare("postmaster", Qt::CaseInsensitive) == 0) {
        // RFC 5321 4.5.1: "RCPT TO:<Postmaster>" without a domain must be accepted.
        acceptRecipient(m_backend->checkRecipient(QStringLiteral("postmaster"), QString()));
        return;
    }
    if (!path.isEmpty() && path.front() == '@') {
        // A source route (RFC 5321 4.1.1.3, appendix C): ignore the route, keep the mailbox.
        const qsizetype colon = path.indexOf(':');
        path = colon < 0 ? QByteArrayView() : path.sliced(colon + 1);
    }
    const qsizetype at = path.lastIndexOf('@');
    if (at <= 0 || at + 1 >= path.size()) {
        reply("550 5.1.1 no such mailbox");
        return;
    }
    const QByteArrayView local = path.first(at);
    const QByteArrayView domain = path.sliced(at + 1);
    if (local.size() > MaxLocalPart) {
        reply("501 5.1.3 local part too long (RFC 5321 4.5.3.1.1)");
        return;
    }
    if (domain.size() > MaxDomain) {
        reply("501 5.1.2 domain too long (RFC 5321 4.5.3.1.2)");
        return;
    }
    acceptRecipient(m_backend->checkRecipient(QString::fromUtf8(local), QString::fromUtf8(domain)));
}

void SmtpProtocol::acceptRecipient(const Verdict& verdict)
{
    if (verdict.code != 250) {
        reply(QByteArray::number(verdict.code) + ' ' + verdict.text);
        return;
    }
    ++m_recipientCount;
    const bool known = std::any_of(m_recipients.cbegin(), m_recipients.cend(),
        [&](const Recipient& r) { return r.addressId == verdict.addressId; });
    if (!known)
        m_recipients.append(Recipient{verdict.addressId, verdict.mailbox});
    reply("250 2.1.5 Ok");
}

void SmtpProtocol::cmdData()
{
    if (!m_inTransaction) {
        badCommand("503 5.5.1 need MAIL first");
        return;
    }
    if (m_recipients.isEmpty()) {
        reply("554 5.5.1 no valid recipients"); // RFC 5321 3.3
        return;
    }
    m_state = State::Data;
    m_messageSize = 0;
    m_lastLineEndedCrlf = true;
    reply("354 End data with <CR><LF>.<CR><LF>");
}

void SmtpProtocol::cmdStartTls()
{
    if (!m_config.tlsAvailable) {
        badCommand("502 5.5.1 STARTTLS not available");
        return;
    }
    if (m_tlsActive) {
        badCommand("503 5.5.1 TLS already active");
        return;
    }
    if (m_moreInputAfterLine) {
        // CVE-2011-0411: plaintext pipelined after STARTTLS would be taken as if it came over TLS.
        reply("554 5.5.0 input pipelined after STARTTLS, closing");
        m_close = true;
        m_state = State::Closed;
        return;
    }
    reply("220 2.0.0 Ready to start TLS");
    m_startTls = true;
}

} // namespace mayfly::relay
