#include "relay/ReceivedHeader.h"

#include <QDateTime>

#include <cstdio>

namespace mayfly::relay {

namespace {

bool isLetDig(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

// RFC 5321 4.1.2: Domain = sub-domain *("." sub-domain); sub-domain = Let-dig [Ldh-str];
// at most 255 octets, labels at most 63 (RFC 1035 2.3.4).
bool isValidDomainName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != '.') {
            if (!isLetDig(name[i]) && name[i] != '-')
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length < 1 || length > 63 || name[labelStart] == '-' || name[i - 1] == '-')
            return false;
        labelStart = i + 1;
    }
    return true;
}

namespace {

// RFC 5321 4.1.3: "[" IPv4 "]" or "[IPv6:" IPv6 "]"; General-address-literal is not accepted.
bool isAddressLiteral(QByteArrayView name)
{
    if (name.size() < 3 || name.front() != '[' || name.back() != ']')
        return false;
    QByteArrayView inner = name.sliced(1, name.size() - 2);
    bool v6 = false;
    if (inner.size() > 5 && inner.first(5).compare("IPv6:", Qt::CaseInsensitive) == 0) {
        inner = inner.sliced(5);
        v6 = true;
    }
    for (char c : inner) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != '.' && c != ':')
            return false;
    }
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(inner)))
        return false;
    return v6 ? address.protocol() == QAbstractSocket::IPv6Protocol
              : address.protocol() == QAbstractSocket::IPv4Protocol;
}

// What is left of an unusable HELO name, for a comment: printable ASCII except the three
// characters that end or escape a comment (RFC 5322 3.2.2 ctext), capped in length.
QByteArray commentSafe(QByteArrayView text)
{
    QByteArray out;
    const qsizetype n = qMin<qsizetype>(text.size(), received_limits::MaxInvalidHeloEcho);
    out.reserve(n + 3);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        const bool printable = c > ' ' && c < 0x7f;
        out.append(printable && c != '(' && c != ')' && c != '\\' ? c : '?');
    }
    if (text.size() > n)
        out.append("...");
    return out;
}

} // namespace

bool isValidHeloName(QByteArrayView name)
{
    return isValidDomainName(name) || isAddressLiteral(name);
}

QByteArray addressLiteral(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress plain(address.toIPv6Address()); // without a scope id: "%eth0" is no address literal
        return "[IPv6:" + plain.toString().toLatin1() + ']';
    }
    return QByteArrayLiteral("[0.0.0.0]"); // not a TCP peer (in-process tests)
}

QByteArray rfc5322Date(qint64 ms)
{
    static constexpr const char* Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char* Months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = t.date();
    const QTime tm = t.time();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s, %d %s %04d %02d:%02d:%02d +0000", Days[d.dayOfWeek() - 1], d.day(),
        Months[d.month() - 1], d.year(), tm.hour(), tm.minute(), tm.second());
    return QByteArray(buffer);
}

QByteArray receivedHeader(const ReceivedFields& f)
{
    const bool valid = isValidHeloName(f.heloName);
    QByteArray out;
    out.reserve(160 + f.byHost.size() + f.forMailbox.size() + (valid ? f.heloName.size() : 120));
    out.append("Received: from ");
    out.append(valid ? f.heloName : QByteArrayLiteral("unknown"));
    out.append(" (");
    out.append(addressLiteral(f.client));
    out.append(')');
    if (!valid) {
        out.append("\r\n\t(invalid HELO ");
        out.append(commentSafe(f.heloName));
        out.append(')');
    }
    // Folding (RFC 5322 2.2.3): CRLF then a tab, at the places RFC 5321 4.4's examples break.
    out.append("\r\n\tby ");
    out.append(f.byHost);
    out.append(" with ");
    out.append(f.protocol);
    out.append(" id ");
    out.append(f.id);
    out.append("\r\n\tfor <");
    out.append(f.forMailbox);
    out.append(">; ");
    out.append(rfc5322Date(f.dateMs));
    out.append("\r\n");
    return out;
}

} // namespace mayfly::relay
