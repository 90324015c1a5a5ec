#include "tests/support/fakes/FakeSelfHosted.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mayfly::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject mailpitSummary(const FakeMailpit::Message& message)
{
    QJsonArray to;
    for (const QString& address : message.to)
        to.append(QJsonObject{{u"Name"_s, QString()}, {u"Address"_s, address}});
    return QJsonObject{{u"ID"_s, message.id}, {u"MessageID"_s, QString(message.id + u"@fake"_s)},
        {u"Read"_s, message.read},
        {u"From"_s, QJsonObject{{u"Name"_s, u"Sender"_s}, {u"Address"_s, u"sender@example.org"_s}}}, {u"To"_s, to},
        {u"Cc"_s, QJsonArray()}, {u"Bcc"_s, QJsonValue()}, {u"Subject"_s, message.subject},
        {u"Created"_s, u"2026-11-23T12:00:00.000+00:00"_s}, {u"Size"_s, message.raw.size()}, {u"Attachments"_s, 0},
        {u"Snippet"_s, message.subject}, {u"Tags"_s, QJsonArray()}};
}

} // namespace

FakeMailpit::FakeMailpit(const QString& basicAuth, QObject* parent)
    : QObject(parent)
{
    if (!basicAuth.isEmpty())
        m_authorization = "Basic " + basicAuth.toUtf8().toBase64();
    m_server.setHandler([this](const FakeRequest& request) { return handle(request); });
    m_server.setUpgradeHandler([this](const FakeRequest& request) {
        if (request.path != u"/api/events")
            return 404;
        if (!m_authorization.isEmpty() && request.header("Authorization") != m_authorization)
            return 401;
        return 0;
    });
}

QString FakeMailpit::deliver(const QStringList& to, const QString& subject, const QByteArray& raw)
{
    Message message;
    message.id = u"mp"_s + QString::number(m_next++);
    message.to = to;
    message.subject = subject;
    message.raw = raw;
    m_messages.prepend(message);
    m_server.sendWebSocket(u"/api/events"_s,
        QString::fromUtf8(json(QJsonObject{{u"Type"_s, u"new"_s}, {u"Data"_s, mailpitSummary(message)}})));
    return message.id;
}

FakeResponse FakeMailpit::handle(const FakeRequest& request)
{
    if (!m_authorization.isEmpty() && request.header("Authorization") != m_authorization)
        return FakeResponse::text(401, "Unauthorized");
    const QString path = request.path;
    if (request.method == "GET" && (path == u"/api/v1/messages" || path == u"/api/v1/search")) {
        QString needle = request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        needle = needle.section(u':', 1).remove(u'"').toLower();
        QJsonArray list;
        for (const auto& message : m_messages) {
            // The source's LIKE '%x%' on the JSON of the address lists.
            if (path == u"/api/v1/search" && !message.to.join(u',').toLower().contains(needle))
                continue;
            list.append(mailpitSummary(message));
        }
        return FakeResponse::json(200,
            json(QJsonObject{{u"total"_s, m_messages.size()}, {u"unread"_s, 0}, {u"messages_count"_s, list.size()},
                {u"start"_s, 0}, {u"tags"_s, QJsonArray()}, {u"messages"_s, list}}));
    }
    if (request.method == "DELETE" && path == u"/api/v1/messages") {
        const QJsonArray ids = QJsonDocument::fromJson(request.body).object().value(u"IDs").toArray();
        if (ids.isEmpty()) {
            m_messages.clear(); // the documented footgun
            return FakeResponse::text(200, "ok");
        }
        for (const auto& id : ids) {
            for (qsizetype i = 0; i < m_messages.size(); ++i) {
                if (m_messages[i].id == id.toString())
                    m_messages.removeAt(i--);
            }
        }
        return FakeResponse::text(200, "ok");
    }
    if (request.method == "PUT" && path == u"/api/v1/messages") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        for (const auto& id : body.value(u"IDs").toArray()) {
            for (auto& message : m_messages) {
                if (message.id == id.toString())
                    message.read = body.value(u"Read").toBool();
            }
        }
        return FakeResponse::text(200, "ok");
    }
    if (request.method == "GET" && path.startsWith(u"/api/v1/message/") && path.endsWith(u"/raw")) {
        const QString id = path.section(u'/', 4, 4);
        for (const auto& message : m_messages) {
            if (message.id == id)
                return FakeResponse::text(200, message.raw);
        }
        return FakeResponse::text(404, "message not found");
    }
    return FakeResponse::text(404, "not found");
}

FakeInbucket::FakeInbucket(QObject* parent)
    : QObject(parent)
{
    m_server.setHandler([this](const FakeRequest& request) { return handle(request); });
    m_server.setUpgradeHandler(
        [](const FakeRequest& request) { return request.path.startsWith(u"/api/v1/monitor/messages") ? 0 : 404; });
}

int FakeInbucket::monitorSockets(const QString& name) const
{
    return m_server.webSocketCount(u"/api/v1/monitor/messages/"_s + name);
}

QString FakeInbucket::deliver(const QString& to, const QString& subject, const QByteArray& raw)
{
    Message message;
    message.id = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmss"_s) + u'-' + QString::number(m_next++);
    message.mailbox = to.section(u'@', 0, 0).section(u'+', 0, 0).toLower();
    message.to = to;
    message.subject = subject;
    message.raw = raw;
    m_messages.append(message);
    const QJsonObject header{{u"mailbox"_s, message.mailbox}, {u"id"_s, message.id},
        {u"from"_s, u"<sender@example.org>"_s}, {u"to"_s, QJsonArray{QString(u"<"_s + to + u'>')}},
        {u"subject"_s, subject}, {u"date"_s, u"2026-11-23T12:00:00Z"_s}, {u"posix-millis"_s, qint64(1795000000000)},
        {u"size"_s, raw.size()}, {u"seen"_s, false}};
    // Monitor sockets for a name see the messages of that mailbox (the server normalises the name).
    m_server.sendWebSocket(u"/api/v1/monitor/messages/"_s + to, QString::fromUtf8(json(header)));
    return message.id;
}

FakeResponse FakeInbucket::handle(const FakeRequest& request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // api v1 mailbox NAME [ID [source]]
    if (parts.size() < 4 || parts[0] != u"api" || parts[1] != u"v1" || parts[2] != u"mailbox")
        return FakeResponse::text(404, "not found");
    const QString mailbox = parts[3].section(u'@', 0, 0).section(u'+', 0, 0).toLower();
    if (parts.size() == 4 && request.method == "GET") {
        QJsonArray list;
        for (const auto& message : m_messages) {
            if (message.mailbox != mailbox)
                continue;
            list.append(
                QJsonObject{{u"mailbox"_s, mailbox}, {u"id"_s, message.id}, {u"from"_s, u"<sender@example.org>"_s},
                    {u"to"_s, QJsonArray{QString(u"<"_s + message.to + u'>')}}, {u"subject"_s, message.subject},
                    {u"date"_s, u"2026-11-23T12:00:00Z"_s}, {u"posix-millis"_s, qint64(1795000000000)},
                    {u"size"_s, message.raw.size()}, {u"seen"_s, message.seen}});
        }
        return FakeResponse::json(200, json(list));
    }
    if (parts.size() == 4 && request.method == "DELETE")
        return FakeResponse::json(200, "\"OK\""); // purge: a client must not use this
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        Message& message = m_messages[i];
        if (message.mailbox != mailbox || parts.size() < 5 || message.id != parts[4])
            continue;
        if (parts.size() == 6 && parts[5] == u"source" && request.method == "GET")
            return FakeResponse::text(200, message.raw);
        if (parts.size() == 5 && request.method == "DELETE") {
            m_messages.removeAt(i);
            return FakeResponse::json(200, "\"OK\"");
        }
        if (parts.size() == 5 && request.method == "PATCH") {
            message.seen = QJsonDocument::fromJson(request.body).object().value(u"seen").toBool();
            return FakeResponse::json(200, "\"OK\"");
        }
    }
    return FakeResponse::text(404, "message not found");
}

} // namespace mayfly::test
