#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mayfly::relay {

// RFC 5321 4.5.3.1 size limits. The relay enforces each while reading, before buffering more.
namespace smtp_limits {
constexpr int MaxLocalPart = 64; // 4.5.3.1.1
constexpr int MaxDomain = 255; // 4.5.3.1.2
constexpr int MaxPath = 256; // 4.5.3.1.3 (including the angle brackets)
constexpr int MaxCommandLine = 512; // 4.5.3.1.4 (including CRLF)
constexpr int MaxReplyLine = 512; // 4.5.3.1.5
constexpr int MaxTextLine = 1000; // 4.5.3.1.6 (including CRLF)
constexpr int MaxTextLineWithDot = MaxTextLine + 1; // a line that starts with a transparency dot (4.5.2)
constexpr int MaxRecipients = 100; // 4.5.3.1.8: the minimum a server must accept; we accept no more
constexpr int MaxBadCommands = 10; // not an RFC number: a client that only sends garbage is cut off
// While the relay commits a message it stops parsing; what the client pipelines meanwhile is bounded.
constexpr int MaxPendingInput = 1 << 20;
} // namespace smtp_limits

// The SMTP server conversation as a pure state machine, without sockets, so it can be tested and
// fuzzed on its own. The session feeds it received bytes and sends what takeOutput() returns.
class SmtpProtocol final
{
public:
    struct Recipient
    {
        QString addressId;
        QByteArray mailbox; // "local@domain" as the backend names it, for the trace header's "for"
    };

    struct Verdict
    {
        int code = 550;
        QByteArray text; // "5.1.1 no such mailbox" (enhanced code and text, no reply code)
        QString addressId; // set when accepted
        QByteArray mailbox; // set when accepted: the canonical "local@domain"
    };

    // What a message arrived with, beyond its bytes: the material of its Received: header.
    struct Envelope
    {
        QByteArray heloName; // the EHLO/HELO argument as sent (whoever writes it out sanitises it)
        bool extended = false; // EHLO rather than HELO
        bool tls = false; // the session went through STARTTLS
        QList<Recipient> recipients; // distinct address ids, each with the mailbox that first named it

        // RFC 3848 / RFC 5321 4.4 "with" keyword. No AUTH here, so never ESMTPA or ESMTPSA.
        [[nodiscard]] QByteArray protocol() const
        {
            return tls     ? QByteArrayLiteral("ESMTPS")
                : extended ? QByteArrayLiteral("ESMTP")
                           : QByteArrayLiteral("SMTP");
        }
    };

    class Backend
    {
    public:
        virtual ~Backend() = default;
        // Decides one RCPT: accept (code 250, an address id and its mailbox) or refuse. No network
        // lookup. An empty domain means "RCPT TO:<Postmaster>" (RFC 5321 4.5.1), the only form
        // without one that reaches the backend.
        virtual Verdict checkRecipient(const QString& localPart, const QString& domain) = 0;
        // Takes a complete, valid message (the sender's bytes, unchanged) for the envelope's
        // recipients. The backend calls deliveryFinished() once the message is durable (or failed),
        // possibly from inside this call.
        virtual void deliver(const Envelope& envelope, QByteArray message) = 0;
    };

    struct Config
    {
        QByteArray hostname = "mayfly-relay";
        qint64 maxMessageSize = 25 * 1024 * 1024;
        bool tlsAvailable = false;
    };

    SmtpProtocol(Config config, Backend* backend);

    [[nodiscard]] QByteArray greeting() const;
    void feed(const char* data, qsizetype size);
    void feed(const QByteArray& bytes) { feed(bytes.constData(), bytes.size()); }
    [[nodiscard]] QByteArray takeOutput();

    // The session must flush the output and close the connection.
    [[nodiscard]] bool closeRequested() const { return m_close; }
    // The session must flush the "220" and start TLS now; then call tlsStarted().
    [[nodiscard]] bool takeStartTlsRequest();
    void tlsStarted();
    [[nodiscard]] bool tlsActive() const { return m_tlsActive; }
    void deliveryFinished(bool ok, const QByteArray& detail = {});

    // For the minimum-data-rate check: the client is in the middle of sending something.
    [[nodiscard]] bool receivingData() const { return m_state == State::Data || !m_in.isEmpty(); }
    [[nodiscard]] bool awaitingDelivery() const { return m_state == State::Delivering; }

private:
    enum class State
    {
        Command,
        Data,
        Delivering,
        Closed,
    };

    void process();
    void handleCommand(QByteArrayView line);
    void handleDataLine(QByteArrayView line, bool complete);
    void finishData();
    void reply(const QByteArray& codeAndText);
    void resetTransaction();
    void badCommand(const QByteArray& codeAndText);

    void cmdEhlo(QByteArrayView args, bool extended);
    void cmdMail(QByteArrayView args);
    void cmdRcpt(QByteArrayView args);
    void acceptRecipient(const Verdict& verdict);
    void cmdData();
    void cmdStartTls();

    Config m_config;
    Backend* m_backend;
    State m_state = State::Command;
    QByteArray m_in;
    QByteArray m_out;
    bool m_processing = false;
    bool m_close = false;
    bool m_startTls = false;
    bool m_tlsActive = false;
    bool m_greeted = false;
    bool m_inTransaction = false;
    bool m_discardingLongLine = false;
    bool m_moreInputAfterLine = false;
    int m_badCommands = 0;
    QByteArray m_heloName;
    bool m_extended = false;
    QList<Recipient> m_recipients;
    int m_recipientCount = 0;

    // DATA state
    QByteArray m_message;
    qint64 m_messageSize = 0;
    bool m_lastLineEndedCrlf = true;
    bool m_partialLine = false; // a line longer than the limit is being discarded
    bool m_partialEndsCr = false;
    qint64 m_partialLength = 0;
    bool m_bareLineEnding = false;
    bool m_lineTooLong = false;
    bool m_tooBig = false;
};

} // namespace mayfly::relay
