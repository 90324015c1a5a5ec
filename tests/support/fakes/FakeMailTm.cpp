#include "tests/support/fakes/FakeMailTm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mayfly::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeResponse jsonLd(int status, const QByteArray& body)
{
    FakeResponse response = FakeResponse::json(status, body);
    response.headers[0].second = "application/ld+json; charset=utf-8";
    return response;
}

FakeResponse violation(const QString& message)
{
    QJsonObject v{{u"propertyPath"_s, u"address"_s}, {u"message"_s, message}, {u"code"_s, QJsonValue()}};
    QJsonObject body{{u"status"_s, 422}, {u"violations"_s, QJsonArray{v}},
        {u"detail"_s, QString(u"address: "_s + message)}, {u"title"_s, u"An error occurred"_s},
        {u"type"_s, u"/validation_errors/x"_s}};
    return FakeResponse::json(422, json(body));
}

QJsonObject messageJson(const FakeMailTm::Account& account, const FakeMailTm::Message& message)
{
    return QJsonObject{{u"@id"_s, QString(u"/messages/"_s + message.id)}, {u"@type"_s, u"Message"_s},
        {u"id"_s, message.id}, {u"accountId"_s, QString(u"/accounts/"_s + account.id)},
        {u"msgid"_s, QString(u"<"_s + message.id + u"@fake>"_s)},
        {u"from"_s, QJsonObject{{u"name"_s, u"Sender"_s}, {u"address"_s, message.from}}},
        {u"to"_s, QJsonArray{QJsonObject{{u"name"_s, QString()}, {u"address"_s, account.address}}}},
        {u"subject"_s, message.subject}, {u"intro"_s, message.subject.left(20)}, {u"seen"_s, message.seen},
        {u"isDeleted"_s, false}, {u"hasAttachments"_s, false}, {u"size"_s, message.raw.size()},
        {u"downloadUrl"_s, QString(u"/messages/"_s + message.id + u"/download"_s)},
        {u"sourceUrl"_s, QString(u"/sources/"_s + message.id)},
        {u"createdAt"_s, message.createdAt.toString(Qt::ISODate)},
        {u"updatedAt"_s, message.createdAt.toString(Qt::ISODate)}};
}

} // namespace

FakeMailTm::FakeMailTm(QObject* parent)
    : QObject(parent)
{
    m_server.setHandler([this](const FakeRequest& request) {
        FakeResponse response = handle(request);
        if (m_hubPath != u"/.well-known/mercure")
            response.headers.emplaceBack("Link", "<" + m_hubPath.toUtf8() + ">; rel=\"mercure\"");
        return response;
    });
}

void FakeMailTm::failNext(int count, int status, int retryAfter)
{
    m_failCount = count;
    m_failStatus = status;
    m_failRetryAfter = retryAfter;
}

void FakeMailTm::addTakenAddress(const QString& address)
{
    Account account;
    account.id = u"taken"_s + QString::number(m_nextId++);
    account.address = address;
    account.password = u"someone-else"_s;
    m_accounts.append(account);
}

const FakeMailTm::Account* FakeMailTm::account(const QString& address) const
{
    for (const auto& account : m_accounts) {
        if (account.address == address)
            return &account;
    }
    return nullptr;
}

FakeMailTm::Account* FakeMailTm::accountForToken(const FakeRequest& request)
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return nullptr;
    const QString id = m_tokens.value(QString::fromUtf8(auth.mid(7)));
    for (auto& account : m_accounts) {
        if (!id.isEmpty() && account.id == id)
            return &account;
    }
    return nullptr;
}

QByteArray FakeMailTm::collection(const QList<QByteArray>& items, qsizetype total) const
{
    QByteArray members = "[" + items.join(',') + "]";
    if (m_plainArrays)
        return members;
    return "{\"@context\":\"/contexts/Message\",\"@id\":\"/messages\",\"@type\":\"hydra:Collection\","
           "\"hydra:member\":"
        + members + ",\"hydra:totalItems\":" + QByteArray::number(total < 0 ? items.size() : total) + "}";
}

QString FakeMailTm::deliver(const QString& address, const QString& subject, const QByteArray& raw)
{
    for (auto& account : m_accounts) {
        if (account.address != address)
            continue;
        Message message;
        message.id = u"6f"_s + QString::number(m_nextId++).rightJustified(6, u'0');
        message.from = u"sender@example.org"_s;
        message.subject = subject;
        message.raw = raw;
        message.createdAt = QDateTime::currentDateTimeUtc();
        account.messages.prepend(message);
        QByteArray event = "id: urn:uuid:" + message.id.toLatin1() + "\n";
        if (m_junk)
            event += "data: 2\n";
        event += "data: " + json(messageJson(account, message)) + "\n\n";
        m_server.pushStream(u"hub:"_s + account.id, event);
        return message.id;
    }
    return {};
}

void FakeMailTm::dropHubStreams()
{
    for (const auto& account : m_accounts)
        m_server.closeStreams(u"hub:"_s + account.id);
}

int FakeMailTm::hubStreams() const
{
    int count = 0;
    for (const auto& account : m_accounts)
        count += m_server.streamCount(u"hub:"_s + account.id);
    return count;
}

FakeResponse FakeMailTm::handle(const FakeRequest& request)
{
    if (m_failCount > 0) {
        --m_failCount;
        FakeResponse failure = FakeResponse::json(m_failStatus, "{\"detail\":\"failure\"}");
        if (m_failRetryAfter >= 0)
            failure.headers.emplaceBack("Retry-After", QByteArray::number(m_failRetryAfter));
        return failure;
    }
    if (m_garbageNext) {
        m_garbageNext = false;
        return FakeResponse::text(200, "<html>maintenance</html>", "text/html");
    }
    const QString path = request.path;
    const QByteArray method = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();

    if (method == "GET" && path == u"/domains") {
        return jsonLd(200,
            collection({"{\"@id\":\"/domains/1\",\"@type\":\"Domain\",\"id\":\"1\",\"domain\":\"fake-tm.test\","
                        "\"isActive\":true,\"isPrivate\":false}",
                "{\"id\":\"2\",\"domain\":\"private.test\",\"isActive\":true,\"isPrivate\":true}",
                "{\"id\":\"3\",\"domain\":\"old.test\",\"isActive\":false,\"isPrivate\":false}"}));
    }
    if (method == "POST" && path == u"/accounts") {
        const QString address = body.value(u"address").toString();
        const QString local = address.section(u'@', 0, 0);
        if (address.section(u'@', 1) != u"fake-tm.test")
            return violation(u"The domain \"" + address.section(u'@', 1) + u"\" is not valid."_s);
        if (local.size() < 3)
            return violation(u"The username \""_s + local + u"\" is not valid."_s);
        if (account(address))
            return violation(u"This value is already used."_s);
        Account created;
        created.id = u"acc"_s + QString::number(m_nextId++);
        created.address = address;
        created.password = body.value(u"password").toString();
        m_accounts.append(created);
        return jsonLd(201,
            json({{u"@id"_s, QString(u"/accounts/"_s + created.id)}, {u"@type"_s, u"Account"_s}, {u"id"_s, created.id},
                {u"address"_s, address}, {u"quota"_s, 40000000}, {u"used"_s, 0}}));
    }
    if (method == "POST" && path == u"/token") {
        ++m_logins;
        const Account* found = account(body.value(u"address").toString());
        if (!found || m_passwordsBroken || found->password != body.value(u"password").toString())
            return FakeResponse::json(401, "{\"code\":401,\"message\":\"Invalid credentials.\"}");
        const QString token = u"jwt-"_s + QString::number(m_nextId++);
        m_tokens.insert(token, found->id);
        return FakeResponse::json(
            200, json({{u"token"_s, token}, {u"id"_s, found->id}, {u"@id"_s, QString(u"/accounts/"_s + found->id)}}));
    }
    if (path == m_hubPath) {
        Account* subscriber = accountForToken(request);
        if (!subscriber)
            return FakeResponse::json(401, "{}");
        if (request.query.queryItemValue(u"topic"_s, QUrl::FullyDecoded) != u"/accounts/"_s + subscriber->id)
            return FakeResponse::json(403, "{}");
        FakeResponse stream = FakeResponse::text(200, ":\n\n", "text/event-stream");
        stream.streamTag = u"hub:"_s + subscriber->id;
        return stream;
    }

    Account* owner = accountForToken(request);
    if (!owner)
        return FakeResponse::json(401, "{\"code\":401,\"message\":\"JWT Token not found\"}");
    if (method == "GET" && path == u"/me")
        return jsonLd(200, json({{u"id"_s, owner->id}, {u"address"_s, owner->address}}));
    if (method == "GET" && path == u"/messages") {
        // 30 a page, 1-based, like mail.tm; the total in hydra:totalItems.
        const int page = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
        QList<QByteArray> items;
        for (qsizetype i = qsizetype(page - 1) * 30; i < owner->messages.size() && items.size() < 30; ++i)
            items.append(json(messageJson(*owner, owner->messages.at(i))));
        return jsonLd(200, collection(items, owner->messages.size()));
    }
    if (method == "DELETE" && path == u"/accounts/"_s + owner->id) {
        for (qsizetype i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts[i].id == owner->id) {
                m_accounts.removeAt(i);
                break;
            }
        }
        return FakeResponse::text(204, {});
    }
    const QString id = path.section(u'/', 2, 2);
    for (qsizetype i = 0; i < owner->messages.size(); ++i) {
        Message& message = owner->messages[i];
        if (message.id != id)
            continue;
        if (method == "GET" && path == u"/sources/"_s + id) {
            return jsonLd(200,
                json({{u"@id"_s, QString(u"/sources/"_s + id)}, {u"id"_s, id},
                    {u"data"_s, QString::fromUtf8(message.raw)},
                    {u"downloadUrl"_s, QString(u"/messages/"_s + id + u"/download"_s)}}));
        }
        if (method == "DELETE" && path == u"/messages/"_s + id) {
            owner->messages.removeAt(i);
            return FakeResponse::text(204, {});
        }
        if (method == "PATCH" && path == u"/messages/"_s + id) {
            if (request.header("Content-Type") != "application/merge-patch+json")
                return FakeResponse::json(415, "{\"detail\":\"The content-type is not supported.\"}");
            message.seen = body.value(u"seen").toBool();
            return jsonLd(200, json({{u"seen"_s, message.seen}}));
        }
    }
    return FakeResponse::json(404, "{\"detail\":\"Not Found\"}");
}

} // namespace mayfly::test
