#include "tests/support/fakes/FakeRelay.h"

#include "core/crypto/SealedBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mayfly::test {

using namespace Qt::StringLiterals;
using mayfly::core::crypto::SealedBox;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeResponse error(int status, const QString& reason)
{
    return FakeResponse::json(status, json({{u"error"_s, reason}}));
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

FakeRelay::FakeRelay(const QString& creationKey, QObject* parent)
    : QObject(parent)
    , m_creationKey(creationKey)
{
    m_server.setHandler([this](const FakeRequest& request) { return handle(request); });
    m_server.setUpgradeHandler([this](const FakeRequest& request) { return upgrade(request); });
}

const FakeRelay::Address* FakeRelay::address(const QString& address) const
{
    for (const auto& entry : m_addresses) {
        if (entry.address == address)
            return &entry;
    }
    return nullptr;
}

QString FakeRelay::eventsPath(const Address& address) const
{
    return u"/api/v1/addresses/"_s + address.id + u"/events"_s;
}

int FakeRelay::sockets(const QString& address) const
{
    const Address* entry = this->address(address);
    return entry ? m_server.webSocketCount(eventsPath(*entry)) : 0;
}

void FakeRelay::dropSockets(const QString& address)
{
    if (const Address* entry = this->address(address))
        m_server.closeWebSockets(eventsPath(*entry));
}

QString FakeRelay::deliver(const QString& address, const QByteArray& raw)
{
    for (auto& entry : m_addresses) {
        if (entry.address != address)
            continue;
        Message message;
        message.id = u"m"_s + QString::number(m_nextId++);
        message.raw = raw;
        message.receivedAt = QDateTime::currentDateTimeUtc();
        entry.messages.prepend(message);
        m_server.sendWebSocket(eventsPath(entry),
            QString::fromUtf8(json({{u"type"_s, u"message.new"_s}, {u"id"_s, message.id},
                {u"receivedAt"_s, iso(message.receivedAt)}, {u"size"_s, raw.size()}})));
        return message.id;
    }
    return {};
}

void FakeRelay::expire(const QString& address)
{
    for (qsizetype i = 0; i < m_addresses.size(); ++i) {
        if (m_addresses[i].address != address)
            continue;
        m_server.sendWebSocket(eventsPath(m_addresses[i]), u"{\"type\":\"address.expired\"}"_s);
        m_addresses.removeAt(i);
        return;
    }
}

QByteArray FakeRelay::storedBlob(const QString& address, const QString& messageId) const
{
    const Address* entry = this->address(address);
    if (!entry)
        return {};
    for (const auto& message : entry->messages) {
        if (message.id != messageId)
            continue;
        if (entry->publicKey.isEmpty())
            return message.raw;
        auto sealed = SealedBox::seal(entry->publicKey, message.raw, message.id.toUtf8());
        return sealed ? *sealed : QByteArray();
    }
    return {};
}

FakeRelay::Address* FakeRelay::authorised(const FakeRequest& request, const QString& id)
{
    const QByteArray auth = request.header("Authorization");
    for (auto& entry : m_addresses) {
        if (entry.id == id && auth == "Bearer " + entry.token.toUtf8())
            return &entry;
    }
    return nullptr;
}

int FakeRelay::upgrade(const FakeRequest& request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    // api v1 addresses {id} events
    if (parts.size() != 5 || parts[4] != u"events" || !authorised(request, parts[3]))
        return 404;
    if (request.hasHeader("Origin"))
        return 403; // browsers are not clients
    return 0;
}

FakeResponse FakeRelay::handle(const FakeRequest& request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (request.method == "GET" && request.path == u"/healthz")
        return FakeResponse::json(200, "{\"status\":\"ok\"}");
    if (parts.size() < 3 || parts[0] != u"api" || parts[1] != u"v1" || parts[2] != u"addresses")
        return error(404, u"not found"_s);

    if (parts.size() == 3 && request.method == "POST") {
        if (!m_creationKey.isEmpty() && request.header("Authorization") != "Bearer " + m_creationKey.toUtf8())
            return error(401, u"creation key required"_s);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body.isEmpty() ? "{}" : request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, u"malformed JSON"_s);
        const QJsonObject body = doc.object();
        QString local = body.value(u"localPart").toString();
        if (local.isEmpty())
            local = u"r"_s + QString::number(m_nextId++) + u"x"_s;
        if (local.contains(u'@') || local.contains(u' '))
            return error(400, u"invalid localPart"_s);
        const QString domain = body.value(u"domain").toString(u"mayfly.test"_s);
        if (domain != u"mayfly.test")
            return error(400, u"invalid domain"_s);
        const QString full = local + u'@' + domain;
        if (address(full))
            return error(409, u"address taken"_s);
        Address entry;
        entry.id = u"a"_s + QString::number(m_nextId++);
        entry.address = full;
        entry.token = u"tok-"_s + entry.id + u"-secret"_s;
        if (body.contains(u"publicKey")) {
            entry.publicKey = QByteArray::fromBase64(body.value(u"publicKey").toString().toLatin1());
            if (entry.publicKey.size() != SealedBox::KeySize)
                return error(400, u"invalid publicKey"_s);
        }
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.expiresAt = entry.createdAt.addSecs(body.value(u"ttlSeconds").toInteger(3600));
        m_addresses.append(entry);
        return FakeResponse::json(201,
            json({{u"id"_s, entry.id}, {u"address"_s, entry.address}, {u"token"_s, entry.token},
                {u"createdAt"_s, iso(entry.createdAt)}, {u"expiresAt"_s, iso(entry.expiresAt)},
                {u"sealed"_s, !entry.publicKey.isEmpty()}}));
    }
    if (parts.size() < 4)
        return error(404, u"not found"_s);
    Address* entry = authorised(request, parts[3]);
    if (!entry)
        return error(404, u"not found"_s);

    if (parts.size() == 4 && request.method == "DELETE") {
        for (qsizetype i = 0; i < m_addresses.size(); ++i) {
            if (m_addresses[i].id == entry->id) {
                m_addresses.removeAt(i);
                break;
            }
        }
        return FakeResponse::text(204, {});
    }
    if (parts.size() == 4 && request.method == "GET") {
        return FakeResponse::json(200,
            json({{u"id"_s, entry->id}, {u"address"_s, entry->address}, {u"createdAt"_s, iso(entry->createdAt)},
                {u"expiresAt"_s, iso(entry->expiresAt)}, {u"sealed"_s, !entry->publicKey.isEmpty()},
                {u"messageCount"_s, entry->messages.size()}}));
    }
    if (parts.size() == 5 && parts[4] == u"extend" && request.method == "POST") {
        const qint64 ttl = QJsonDocument::fromJson(request.body).object().value(u"ttlSeconds").toInteger(-1);
        if (ttl <= 0)
            return error(400, u"invalid ttlSeconds"_s);
        entry->expiresAt = QDateTime::currentDateTimeUtc().addSecs(std::min<qint64>(ttl, 86400));
        return FakeResponse::json(200, json({{u"expiresAt"_s, iso(entry->expiresAt)}}));
    }
    if (parts.size() == 5 && parts[4] == u"messages" && request.method == "GET") {
        QJsonArray list;
        for (const auto& message : entry->messages) {
            list.append(QJsonObject{{u"id"_s, message.id}, {u"receivedAt"_s, iso(message.receivedAt)},
                {u"size"_s, message.raw.size()}, {u"sealed"_s, !entry->publicKey.isEmpty()}});
        }
        return FakeResponse::json(200, json({{u"messages"_s, list}}));
    }
    if (parts.size() >= 6 && parts[4] == u"messages") {
        for (qsizetype i = 0; i < entry->messages.size(); ++i) {
            if (entry->messages[i].id != parts[5])
                continue;
            if (parts.size() == 7 && parts[6] == u"raw" && request.method == "GET") {
                const QByteArray blob = storedBlob(entry->address, parts[5]);
                return FakeResponse::text(200, blob,
                    entry->publicKey.isEmpty() ? QByteArray("message/rfc822")
                                               : QByteArray("application/vnd.mayfly.sealed"));
            }
            if (parts.size() == 6 && request.method == "DELETE") {
                const QString id = entry->messages[i].id;
                entry->messages.removeAt(i);
                m_server.sendWebSocket(
                    eventsPath(*entry), QString::fromUtf8(json({{u"type"_s, u"message.deleted"_s}, {u"id"_s, id}})));
                return FakeResponse::text(204, {});
            }
        }
    }
    return error(404, u"not found"_s);
}

} // namespace mayfly::test
