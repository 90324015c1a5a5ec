// Feeds arbitrary bytes, in arbitrary chunks, to the relay's SMTP state machine, and writes the
// Received: header of every message it delivers from whatever HELO name the input gave.
#include "relay/ReceivedHeader.h"
#include "relay/SmtpProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace mayfly::relay;

namespace {

// One header field, whatever the HELO name: CRLF only at the ends of lines, every other line a
// continuation, no line over RFC 5322's 998 octets, and the relay's "by" clause exactly once.
void checkHeader(const QByteArray& header)
{
    if (!header.startsWith("Received: from ") || !header.endsWith("\r\n") || header.count("\r\n\tby ") != 1)
        std::abort();
    qsizetype start = 0;
    while (start < header.size()) {
        const qsizetype lf = header.indexOf('\n', start);
        if (lf < 1 || header.at(lf - 1) != '\r' || lf + 1 - start > 1000)
            std::abort();
        for (qsizetype i = start; i < lf - 1; ++i) {
            const uchar c = uchar(header.at(i));
            if ((c < 0x20 && c != '\t') || c >= 0x7f)
                std::abort();
        }
        if (lf + 1 < header.size() && header.at(lf + 1) != '\t')
            std::abort();
        start = lf + 1;
    }
}

class Backend final : public SmtpProtocol::Backend
{
public:
    SmtpProtocol* protocol = nullptr;
    int delivered = 0;

    SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain) override
    {
        SmtpProtocol::Verdict v;
        if (domain.isEmpty() && localPart != u"postmaster")
            std::abort(); // only <Postmaster> may reach the backend without a domain (RFC 5321 4.5.1)
        if ((domain == u"mayfly.test" && !localPart.isEmpty()) || domain.isEmpty()) {
            v.code = 250;
            v.addressId = localPart.left(8);
            v.mailbox = "x@mayfly.test";
        } else {
            v.text = "5.1.1 no";
        }
        return v;
    }
    void deliver(const SmtpProtocol::Envelope& envelope, QByteArray message) override
    {
        if (envelope.recipients.isEmpty() || message.size() > 4096 + 1001)
            std::abort(); // the protocol must never pass more than the configured maximum
        ReceivedFields fields;
        fields.heloName = envelope.heloName;
        fields.client = QHostAddress(QHostAddress::LocalHost);
        fields.protocol = envelope.protocol();
        fields.byHost = "mayfly.test";
        fields.id = "abcdefghijklmnopqrstuvwx";
        fields.forMailbox = envelope.recipients.constFirst().mailbox;
        checkHeader(receivedHeader(fields));
        ++delivered;
        protocol->deliveryFinished((delivered & 1) != 0);
    }
};

void checkOutput(const QByteArray& out)
{
    // Every reply line is CRLF-terminated and within RFC 5321 4.5.3.1.5.
    qsizetype start = 0;
    while (start < out.size()) {
        const qsizetype lf = out.indexOf('\n', start);
        if (lf < 1 || out.at(lf - 1) != '\r' || lf + 1 - start > smtp_limits::MaxReplyLine)
            std::abort();
        start = lf + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Backend backend;
    SmtpProtocol protocol({QByteArrayLiteral("mayfly.test"), 4096, true}, &backend);
    backend.protocol = &protocol;
    size_t pos = 0;
    while (pos < size) {
        // The first byte of each chunk picks its length, so splits land everywhere.
        const size_t chunk = 1 + (data[pos] % 64);
        const size_t n = chunk < size - pos ? chunk : size - pos;
        protocol.feed(reinterpret_cast<const char*>(data) + pos, qsizetype(n));
        pos += n;
        checkOutput(protocol.takeOutput());
        if (protocol.takeStartTlsRequest())
            protocol.tlsStarted();
        if (protocol.closeRequested())
            break;
    }
    return 0;
}
