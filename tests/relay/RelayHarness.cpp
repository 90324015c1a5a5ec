#include "tests/relay/RelayHarness.h"

#include "tests/support/TestPaths.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mayfly::test {

SmtpClient::SmtpClient()
    : m_socket(std::make_unique<QTcpSocket>())
{ }

SmtpClient::~SmtpClient() = default;

bool SmtpClient::connectTo(quint16 port, int timeoutMs, const QHostAddress& from)
{
    if (!from.isNull() && !m_socket->bind(from))
        return false;
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    return m_socket->waitForConnected(timeoutMs);
}

void SmtpClient::send(const QByteArray& bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(5000);
}

int SmtpClient::readReply(int timeoutMs, QByteArray* text)
{
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray all;
    qsizetype pos = 0;
    for (;;) {
        // Consume complete lines; the reply ends with "NNN " (or a bare "NNN").
        for (;;) {
            const qsizetype lf = m_buffer.indexOf('\n', pos);
            if (lf < 0)
                break;
            const QByteArray line = m_buffer.mid(pos, lf + 1 - pos);
            pos = lf + 1;
            all += line;
            if (line.size() < 4 || line.at(3) != '-') {
                m_buffer.remove(0, pos);
                if (text)
                    *text = all;
                return line.left(3).toInt();
            }
        }
        if (deadline.hasExpired())
            return -1;
        if (m_socket->bytesAvailable() == 0
            && !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
                return -1;
            if (deadline.hasExpired())
                return -1;
        }
        m_buffer += m_socket->readAll();
    }
}

int SmtpClient::command(const QByteArray& line, QByteArray* text)
{
    send(line + "\r\n");
    return readReply(10000, text);
}

int SmtpClient::sendMail(const QByteArray& from, const QList<QByteArray>& to, const QByteArray& body)
{
    int code = command("MAIL FROM:<" + from + ">");
    if (code != 250)
        return code;
    for (const QByteArray& rcpt : to) {
        code = command("RCPT TO:<" + rcpt + ">");
        if (code != 250)
            return code;
    }
    code = command("DATA");
    if (code != 354)
        return code;
    send(body);
    return command(".");
}

bool SmtpClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket->readAll();
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpRequest(quint16 port, const QByteArray& method, const QByteArray& path, const QByteArray& token,
    const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return reply;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    for (const auto& [name, value] : extraHeaders)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray data;
    const QDeadlineTimer deadline(30000);
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headerEnd).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            contentLength = reply.headers.value("content-length", "0").toLongLong();
        }
        if (headerEnd >= 0 && data.size() - (headerEnd + 4) >= contentLength)
            break;
    }
    if (headerEnd >= 0)
        reply.body = data.mid(headerEnd + 4, contentLength);
    return reply;
}

Trace parseTrace(const QByteArray& raw)
{
    Trace t;
    // The header ends at the first line that does not start with a tab (RFC 5322 2.2.3 unfolding).
    qsizetype end = 0;
    do {
        const qsizetype lf = raw.indexOf('\n', end);
        if (lf < 0)
            return t;
        end = lf + 1;
    } while (end < raw.size() && raw.at(end) == '\t');
    t.header = raw.left(end);
    t.message = raw.mid(end);
    static const QRegularExpression shape(QStringLiteral(
        "^Received: from (?<helo>[A-Za-z0-9.:\\[\\]-]+) \\(\\[(?<client>(?:IPv6:)?[0-9A-Fa-f.:]+)\\]\\)\r\n"
        "(?:\t\\(invalid HELO (?<invalid>[\\x21-\\x7e]{1,103})\\)\r\n)?"
        "\tby (?<by>[A-Za-z0-9.-]+) with (?<protocol>SMTP|ESMTP|ESMTPS) id (?<id>[a-z0-9]{24})\r\n"
        "\tfor <(?<for>[^<>\\s]+)>; (?<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} "
        "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d) \\+0000\r\n$"));
    const auto m = shape.match(QString::fromLatin1(t.header));
    if (!m.hasMatch())
        return t;
    t.helo = m.captured(u"helo").toLatin1();
    t.invalidHelo = m.captured(u"invalid").toLatin1();
    if (t.invalidHelo.contains('(') || t.invalidHelo.contains(')') || t.invalidHelo.contains('\\'))
        return t; // those would end or escape the comment
    t.client = m.captured(u"client").toLatin1();
    t.by = m.captured(u"by").toLatin1();
    t.protocol = m.captured(u"protocol").toLatin1();
    t.id = m.captured(u"id").toLatin1();
    t.forMailbox = m.captured(u"for").toLatin1();
    t.date = QDateTime::fromString(m.captured(u"date"), QStringLiteral("ddd, d MMM yyyy HH:mm:ss"));
    t.date.setTimeSpec(Qt::UTC);
    t.ok = t.date.isValid();
    return t;
}

bool RelayProcess::start(const QString& dataDir, const QStringList& extraArguments, const QStringList& domains)
{
    QStringList args{QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
        QStringLiteral("127.0.0.1:0")};
    if (!dataDir.isEmpty())
        args << QStringLiteral("--data") << dataDir;
    for (const QString& d : domains)
        args << QStringLiteral("--domain") << d;
    args += extraArguments;
    m_child = std::make_unique<ChildProcess>();
    const QRegularExpression ready(
        QStringLiteral(R"(mayfly-relay: listening smtp=127\.0\.0\.1:(?<smtp>\d+) http=127\.0\.0\.1:(?<http>\d+))"));
    if (!m_child->start(binaryPath(u"mayfly-relay"), args, ready))
        return false;
    m_smtp = quint16(m_child->capture(QStringLiteral("smtp")).toUInt());
    m_http = quint16(m_child->capture(QStringLiteral("http")).toUInt());
    return m_smtp != 0 && m_http != 0;
}

RelayProcess::Address RelayProcess::createAddress(const QJsonObject& request, const QByteArray& creationKey)
{
    const HttpReply reply = httpRequest(
        m_http, "POST", "/api/v1/addresses", creationKey, QJsonDocument(request).toJson(QJsonDocument::Compact));
    Address a;
    if (reply.status != 201)
        return a;
    const QJsonObject o = reply.json();
    a.id = o.value(u"id").toString();
    a.address = o.value(u"address").toString();
    a.token = o.value(u"token").toString().toLatin1();
    return a;
}

QStringList RelayProcess::messageIds(const Address& address)
{
    const HttpReply reply
        = httpRequest(m_http, "GET", "/api/v1/addresses/" + address.id.toLatin1() + "/messages", address.token);
    QStringList ids;
    const QJsonArray messages = reply.json().value(u"messages").toArray();
    for (const QJsonValue& m : messages)
        ids.append(m.toObject().value(u"id").toString());
    return ids;
}

QByteArray RelayProcess::raw(const Address& address, const QString& messageId)
{
    const HttpReply reply = httpRequest(m_http, "GET",
        "/api/v1/addresses/" + address.id.toLatin1() + "/messages/" + messageId.toLatin1() + "/raw", address.token);
    return reply.status == 200 ? reply.body : QByteArray();
}

QByteArray RelayProcess::sent(const Address& address, const QString& messageId)
{
    const Trace trace = parseTrace(raw(address, messageId));
    return trace.ok ? trace.message : QByteArray();
}

} // namespace mayfly::test
