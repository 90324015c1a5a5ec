#pragma once

#include "tests/support/ChildProcess.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <memory>

namespace mayfly::test {

// Blocking clients for tests that run mayfly-relay as a child process (real sockets, real files).
// They block on the socket, never on the relay's event loop, so they may run on any thread.

class SmtpClient final
{
public:
    SmtpClient();
    ~SmtpClient();
    [[nodiscard]] bool connectTo(quint16 port, int timeoutMs = 5000, const QHostAddress& from = {});
    void send(const QByteArray& bytes);
    // One complete (possibly multi-line) reply: its code, or -1 on timeout or a closed connection.
    int readReply(int timeoutMs = 10000, QByteArray* text = nullptr);
    int command(const QByteArray& line, QByteArray* text = nullptr);
    // EHLO, MAIL, RCPT..., DATA, body, "." -> the final reply code (or the first failing one).
    int sendMail(const QByteArray& from, const QList<QByteArray>& to, const QByteArray& body);
    [[nodiscard]] bool waitForClosed(int timeoutMs = 10000);
    [[nodiscard]] QTcpSocket& socket() { return *m_socket; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

struct HttpReply
{
    int status = -1;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
};

[[nodiscard]] HttpReply httpRequest(quint16 port, const QByteArray& method, const QByteArray& path,
    const QByteArray& token = {}, const QByteArray& body = {},
    const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

// The Received: header mayfly-relay puts in front of every stored message (RFC 5321 4.4), taken
// apart. `ok` is false unless the raw message starts with exactly one such header, folded as the
// relay folds it, with CRLF line ends only and nothing in it the relay did not put there.
struct Trace
{
    bool ok = false;
    QByteArray header; // the whole field, folded, with its final CRLF
    QByteArray message; // everything after it: the bytes the sender sent
    QByteArray helo; // after "from": a valid HELO name, or "unknown"
    QByteArray invalidHelo; // the sanitised echo of an invalid one (the comment), or empty
    QByteArray client; // inside the brackets: "127.0.0.1"
    QByteArray by;
    QByteArray protocol; // SMTP, ESMTP or ESMTPS
    QByteArray id;
    QByteArray forMailbox;
    QDateTime date; // UTC
};
[[nodiscard]] Trace parseTrace(const QByteArray& raw);

// mayfly-relay on 127.0.0.1 with ports chosen by the OS; an empty dataDir passes no --data (for
// --memory in extraArguments).
class RelayProcess final
{
public:
    [[nodiscard]] bool start(const QString& dataDir, const QStringList& extraArguments = {},
        const QStringList& domains = {QStringLiteral("mayfly.test")});
    [[nodiscard]] quint16 smtpPort() const { return m_smtp; }
    [[nodiscard]] quint16 httpPort() const { return m_http; }
    [[nodiscard]] ChildProcess& child() { return *m_child; }
    int terminate() { return m_child->terminate(); }
    void kill() { m_child->kill(); }

    struct Address
    {
        QString id;
        QString address;
        QByteArray token;
    };
    // POST /api/v1/addresses; empty id on failure.
    [[nodiscard]] Address createAddress(const QJsonObject& request = {}, const QByteArray& creationKey = {});
    // Ids of the address's messages, newest first.
    [[nodiscard]] QStringList messageIds(const Address& address);
    [[nodiscard]] QByteArray raw(const Address& address, const QString& messageId);
    // The raw message without the relay's Received: header (null when it has no well-formed one).
    [[nodiscard]] QByteArray sent(const Address& address, const QString& messageId);
    [[nodiscard]] int messageCount(const Address& address) { return int(messageIds(address).size()); }

private:
    std::unique_ptr<ChildProcess> m_child = std::make_unique<ChildProcess>();
    quint16 m_smtp = 0;
    quint16 m_http = 0;
};

} // namespace mayfly::test
