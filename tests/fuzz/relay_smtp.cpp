// Feeds arbitrary bytes, in arbitrary chunks, to the relay's SMTP state machine.
#include "relay/SmtpProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace mayfly::relay;

namespace {

class Backend final : public SmtpProtocol::Backend
{
public:
    SmtpProtocol* protocol = nullptr;
    int delivered = 0;

    SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain) override
    {
        SmtpProtocol::Verdict v;
        if (domain == u"mayfly.test" && !localPart.isEmpty()) {
            v.code = 250;
            v.addressId = localPart.left(8);
        } else {
            v.text = "5.1.1 no";
        }
        return v;
    }
    void deliver(const QStringList& ids, QByteArray message) override
    {
        if (ids.isEmpty() || message.size() > 4096 + 1001)
            std::abort(); // the protocol must never pass more than the configured maximum
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
