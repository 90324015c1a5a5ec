#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

namespace mayfly::relay {

// The trace header the relay prepends to every message it accepts (RFC 5321 4.4):
//
//   Received: from client.example ([203.0.113.5])
//           by mx.example.org with ESMTPS id k3v9x0q1m2abk3v9x0q1m2ab
//           for <alice@mail.example.org>; Tue, 21 Jul 2026 12:00:00 +0000
//
// Only the HELO name comes from the sender, and it is never copied as it is unless it is a
// well-formed host name or address literal; anything else is written as "from unknown" with a
// sanitised copy in a comment, so no byte of it can end the header, start another one or forge a
// trace clause.
struct ReceivedFields
{
    QByteArray heloName; // the EHLO/HELO argument exactly as the client sent it
    QHostAddress client;
    QByteArray protocol; // "SMTP", "ESMTP" or "ESMTPS" (RFC 3848)
    QByteArray byHost; // the relay's own name (--hostname), a validated host name
    QByteArray id; // the stored message's id
    QByteArray forMailbox; // one recipient, "local@domain" (RFC 5321 4.4: exactly one path)
    qint64 dateMs = 0; // when the relay took the message
};

namespace received_limits {
// RFC 5322 2.1.1: a header line is at most 998 octets. The sanitised HELO in the comment is capped
// well below that, so every folded line stays short whatever the client sent.
constexpr int MaxInvalidHeloEcho = 100;
} // namespace received_limits

// The complete header field, folded (RFC 5322 2.2.3), ending with CRLF.
[[nodiscard]] QByteArray receivedHeader(const ReceivedFields& fields);

// RFC 5321 4.1.2 Domain: letters, digits and hyphens in dot-separated labels of 1-63 octets, at most
// 255 octets in all.
[[nodiscard]] bool isValidDomainName(QByteArrayView name);

// A HELO argument that may appear verbatim after "from": an RFC 5321 4.1.2 Domain or an
// address literal of IPv4 or IPv6 (4.1.3).
[[nodiscard]] bool isValidHeloName(QByteArrayView name);

// "Tue, 21 Jul 2026 12:00:00 +0000" (RFC 5322 3.3), always in UTC.
[[nodiscard]] QByteArray rfc5322Date(qint64 ms);

// The client's address as an RFC 5321 4.1.3 address literal: "[192.0.2.1]", "[IPv6:2001:db8::1]".
[[nodiscard]] QByteArray addressLiteral(const QHostAddress& address);

} // namespace mayfly::relay
