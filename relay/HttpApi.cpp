#include "relay/HttpApi.h"

#include "core/common/Logging.h"
#include "relay/ApiJson.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

#include <openssl/crypto.h>

namespace mayfly::relay {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

QByteArray header(const QHttpServerRequest& request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray bearer(const QByteArray& authorization)
{
    static constexpr QByteArrayView prefix("Bearer ");
    if (authorization.size() <= prefix.size()
        || QByteArrayView(authorization).first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

void writeJson(QHttpServerResponder& responder, const QJsonObject& object, Status status)
{
    responder.write(QJsonDocument(object).toJson(QJsonDocument::Compact),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
        status);
}

void writeError(QHttpServerResponder& responder, Status status, const QString& reason)
{
    writeJson(responder, QJsonObject{{QStringLiteral("error"), reason}}, status);
}

void writeNotFound(QHttpServerResponder& responder)
{
    writeError(responder, Status::NotFound, QStringLiteral("not found"));
}

void writeEmpty(QHttpServerResponder& responder, Status status)
{
    responder.write(QByteArray(), {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}}, status);
}

// "sealedTo" (absent when unsealed): whose key opens the boxes, "address" or "operator" (--seal-to).
QLatin1String sealedTo(Seal seal)
{
    return seal == Seal::OperatorKey ? QLatin1String("operator") : QLatin1String("address");
}

QJsonObject addressJson(const AddressRecord& a)
{
    // No owner's key and no data key: its mail is sealed to the operator's key.
    const bool sealed = !a.publicKey.isEmpty() || a.dataKey.isEmpty();
    QJsonObject o{{QStringLiteral("id"), a.id}, {QStringLiteral("address"), QString(a.localPart + u'@' + a.domain)},
        {QStringLiteral("createdAt"), isoUtc(a.createdAtMs)}, {QStringLiteral("expiresAt"), isoUtc(a.expiresAtMs)},
        {QStringLiteral("sealed"), sealed}};
    if (sealed)
        o.insert(QStringLiteral("sealedTo"), sealedTo(a.publicKey.isEmpty() ? Seal::OperatorKey : Seal::AddressKey));
    return o;
}

bool isWebSocketUpgrade(const QHttpServerRequest& request)
{
    return header(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

// Browsers are not clients: a WebSocket from a page of another origin is refused (RFC 6455 10.2).
bool originAllowed(const QHttpServerRequest& request)
{
    const QByteArray origin = header(request, "origin");
    if (origin.isEmpty())
        return true;
    const QByteArray host = header(request, "host");
    return !host.isEmpty() && (origin == "http://" + host || origin == "https://" + host);
}

} // namespace

HttpApi::HttpApi(RelayService* service, Config config, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_config(std::move(config))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpApi::onNewWebSocket);
    connect(service, &RelayService::messageAdded, this, &HttpApi::onMessageAdded);
    connect(service, &RelayService::messageDeleted, this, &HttpApi::onMessageDeleted);
    connect(service, &RelayService::addressDeleted, this, &HttpApi::onAddressDeleted);
    m_monotonic.start();
    m_pingTimer.setInterval(PingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &HttpApi::pingSubscribers);
    m_pingTimer.start();
}

void HttpApi::pingSubscribers()
{
    const qint64 now = m_monotonic.elapsed();
    for (auto it = m_subscribers.begin(); it != m_subscribers.end();) {
        QWebSocket* ws = it.value();
        if (now - m_lastPong.value(ws, now) > 3 * PingIntervalMs) {
            const QString id = it.key();
            ++it;
            dropSubscriber(id, ws, QWebSocketProtocol::CloseCodeGoingAway);
            continue;
        }
        ws->ping();
        ++it;
    }
}

void HttpApi::dropSubscriber(const QString& addressId, QWebSocket* ws, QWebSocketProtocol::CloseCode code)
{
    m_subscribers.remove(addressId, ws);
    m_lastPong.remove(ws);
    ws->disconnect(this);
    ws->close(code);
    ws->deleteLater();
}

HttpApi::~HttpApi()
{
    closeAllSubscribers();
}

void HttpApi::closeAllSubscribers()
{
    const auto sockets = m_subscribers.values();
    m_subscribers.clear();
    m_lastPong.clear();
    for (QWebSocket* ws : sockets) {
        ws->disconnect(this);
        ws->close(QWebSocketProtocol::CloseCodeGoingAway);
        ws->deleteLater();
    }
}

bool HttpApi::rateLimited(const QHostAddress& client, qint64* retryAfterSeconds)
{
    const qint64 now = m_service->clock().nowMs();
    auto it = m_failures.find(client);
    if (it == m_failures.end())
        return false;
    if (now - it->windowStartMs >= TokenFailureWindowMs) {
        m_failures.erase(it);
        return false;
    }
    if (it->count < m_config.maxTokenFailures)
        return false;
    *retryAfterSeconds = qMax<qint64>(1, (it->windowStartMs + TokenFailureWindowMs - now + 999) / 1000);
    return true;
}

void HttpApi::recordFailure(const QHostAddress& client)
{
    const qint64 now = m_service->clock().nowMs();
    Failures& f = m_failures[client];
    if (f.count == 0 || now - f.windowStartMs >= TokenFailureWindowMs) {
        f.windowStartMs = now;
        f.count = 0;
    }
    ++f.count;
    if (m_failures.size() > 100000) // bounded memory under a spray of source addresses
        m_failures.clear();
}

void HttpApi::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeNotFound(responder);
}

bool HttpApi::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const Method method = request.method();
    const QHostAddress client = request.remoteAddress();

    // The WebSocket upgrade: returning true without writing lets Qt do the handshake; returning
    // false makes it answer through missingHandler (404) and close, before any 101.
    if (isWebSocketUpgrade(request)) {
        if (parts.size() != 5 || parts[0] != u"api" || parts[1] != u"v1" || parts[2] != u"addresses"
            || parts[4] != u"events" || method != Method::Get)
            return false;
        qint64 retry = 0;
        if (rateLimited(client, &retry) || !originAllowed(request))
            return false;
        if (!m_service->authorize(parts[3], bearer(header(request, "authorization")))) {
            recordFailure(client);
            return false;
        }
        return true;
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.body().size() > api_limits::MaxRequestBody) {
        writeError(responder, Status::PayloadTooLarge, QStringLiteral("body too large"));
        return true;
    }

    if (parts == QStringList{QStringLiteral("healthz")}) {
        if (method != Method::Get && method != Method::Head)
            writeError(responder, Status::MethodNotAllowed, QStringLiteral("method not allowed"));
        else
            writeJson(responder, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}, Status::Ok);
        return true;
    }
    if (parts.size() < 3 || parts[0] != u"api" || parts[1] != u"v1" || parts[2] != u"addresses") {
        writeNotFound(responder);
        return true;
    }

    // Every route that checks a secret is braked after too many failures from this client.
    qint64 retryAfter = 0;
    const bool secretChecked = parts.size() > 3 || !m_config.creationKeyHash.isEmpty();
    if (secretChecked && rateLimited(client, &retryAfter)) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("too many failures")}})
                            .toJson(QJsonDocument::Compact),
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)}},
            Status::TooManyRequests);
        return true;
    }
    const QByteArray token = bearer(header(request, "authorization"));

    // POST /api/v1/addresses
    if (parts.size() == 3) {
        if (method != Method::Post) {
            writeError(responder, Status::MethodNotAllowed, QStringLiteral("method not allowed"));
            return true;
        }
        if (!m_config.creationKeyHash.isEmpty()) {
            const QByteArray presented = RelayService::hashToken(token);
            if (token.isEmpty()
                || CRYPTO_memcmp(presented.constData(), m_config.creationKeyHash.constData(), 32) != 0) {
                recordFailure(client);
                writeError(responder, Status::Unauthorized, QStringLiteral("creation key required"));
                return true;
            }
        }
        auto parsed = parseCreateAddressRequest(request.body());
        if (!parsed) {
            writeError(responder,
                parsed.error().code == core::ErrorCode::LimitExceeded ? Status::PayloadTooLarge : Status::BadRequest,
                parsed.error().detail);
            return true;
        }
        auto created
            = m_service->createAddress(parsed->localPart, parsed->domain, parsed->ttlSeconds, parsed->publicKey);
        if (!created) {
            switch (created.error().code) {
            case core::ErrorCode::AlreadyExists:
                writeError(responder, Status::Conflict, QStringLiteral("address taken"));
                break;
            case core::ErrorCode::InvalidInput:
                writeError(responder, Status::BadRequest, created.error().detail);
                break;
            default:
                qCWarning(lcRelay) << "create address failed:" << core::errorCodeName(created.error().code);
                writeError(responder, Status::InternalServerError, QStringLiteral("internal error"));
            }
            return true;
        }
        QJsonObject out = addressJson(created->address);
        out.insert(QStringLiteral("token"), created->token);
        writeJson(responder, out, Status::Created);
        return true;
    }

    // Everything below belongs to one address and needs its token; any mismatch is a plain 404.
    auto address = m_service->authorize(parts[3], token);
    if (!address) {
        recordFailure(client);
        writeNotFound(responder);
        return true;
    }
    const QString id = address->id;
    const auto methodNotAllowed = [&] {
        writeError(responder, Status::MethodNotAllowed, QStringLiteral("method not allowed"));
        return true;
    };

    if (parts.size() == 4) {
        if (method == Method::Get) {
            QJsonObject out = addressJson(*address);
            out.insert(QStringLiteral("messageCount"), m_service->store().messageCount(id).valueOr(0));
            writeJson(responder, out, Status::Ok);
        } else if (method == Method::Delete) {
            if (RelayService::isPostmaster(id))
                writeError(
                    responder, Status::MethodNotAllowed, QStringLiteral("the postmaster mailbox cannot be deleted"));
            else if (m_service->deleteAddress(id))
                writeEmpty(responder, Status::NoContent);
            else
                writeNotFound(responder);
        } else {
            return methodNotAllowed();
        }
        return true;
    }
    if (parts.size() == 5 && parts[4] == u"extend") {
        if (method != Method::Post)
            return methodNotAllowed();
        if (RelayService::isPostmaster(id)) {
            writeError(responder, Status::MethodNotAllowed, QStringLiteral("the postmaster mailbox does not expire"));
            return true;
        }
        auto ttl = parseExtendRequest(request.body());
        if (!ttl) {
            writeError(responder,
                ttl.error().code == core::ErrorCode::LimitExceeded ? Status::PayloadTooLarge : Status::BadRequest,
                ttl.error().detail);
            return true;
        }
        auto expires = m_service->extend(id, *ttl);
        if (!expires)
            writeNotFound(responder);
        else
            writeJson(responder, QJsonObject{{QStringLiteral("expiresAt"), isoUtc(*expires)}}, Status::Ok);
        return true;
    }
    if (parts.size() == 5 && parts[4] == u"messages") {
        if (method != Method::Get)
            return methodNotAllowed();
        auto list = m_service->store().listMessages(id, api_limits::MaxListedMessages);
        if (!list) {
            writeError(responder, Status::InternalServerError, QStringLiteral("internal error"));
            return true;
        }
        QJsonArray messages;
        for (const MessageRecord& m : std::as_const(*list)) {
            QJsonObject o{{QStringLiteral("id"), m.id}, {QStringLiteral("receivedAt"), isoUtc(m.receivedAtMs)},
                {QStringLiteral("size"), m.size}, {QStringLiteral("sealed"), m.sealed()}};
            if (m.sealed())
                o.insert(QStringLiteral("sealedTo"), sealedTo(m.seal));
            messages.append(o);
        }
        writeJson(responder, QJsonObject{{QStringLiteral("messages"), messages}}, Status::Ok);
        return true;
    }
    if (parts.size() >= 6 && parts.size() <= 7 && parts[4] == u"messages") {
        const QString messageId = parts[5];
        if (parts.size() == 7) {
            if (parts[6] != u"raw") {
                writeNotFound(responder);
                return true;
            }
            if (method != Method::Get)
                return methodNotAllowed();
            auto message = m_service->store().message(id, messageId);
            if (!message) {
                writeNotFound(responder);
                return true;
            }
            auto body = m_service->messageBody(*address, *message);
            if (!body) {
                qCWarning(lcRelay) << "a stored message failed to open";
                writeError(responder, Status::InternalServerError, QStringLiteral("internal error"));
                return true;
            }
            // A box for the operator's key says so in a media type parameter: clients that only
            // know the owner's key see the same type as before.
            const QByteArray type = message->seal == Seal::AddressKey
                ? QByteArrayLiteral("application/vnd.mayfly.sealed")
                : message->seal == Seal::OperatorKey ? QByteArrayLiteral("application/vnd.mayfly.sealed; key=operator")
                                                     : QByteArrayLiteral("message/rfc822");
            responder.write(*body,
                {{QByteArrayLiteral("Content-Type"), type},
                    {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                Status::Ok);
            return true;
        }
        if (method != Method::Delete)
            return methodNotAllowed();
        if (m_service->deleteMessage(id, messageId))
            writeEmpty(responder, Status::NoContent);
        else
            writeNotFound(responder);
        return true;
    }
    writeNotFound(responder);
    return true;
}

void HttpApi::onNewWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        QWebSocket* ws = nextPendingWebSocketConnection().release();
        if (!ws)
            continue;
        ws->setParent(this);
        // The request was authorised before the upgrade; look the id up again from the socket's own
        // request so a subscription can only ever name the address its token opens.
        const QStringList parts = ws->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
        const QByteArray token = bearer(ws->request().rawHeader("Authorization"));
        auto address = parts.size() == 5 ? m_service->authorize(parts[3], token)
                                         : core::Result<AddressRecord>(core::makeError(core::ErrorCode::NotFound));
        if (!address) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            ws->deleteLater();
            continue;
        }
        const QString id = address->id;
        if (m_subscribers.count(id) >= MaxSubscribersPerAddress) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            ws->deleteLater();
            continue;
        }
        m_subscribers.insert(id, ws);
        m_lastPong.insert(ws, m_monotonic.elapsed());
        connect(ws, &QWebSocket::pong, this,
            [this, ws](quint64, const QByteArray&) { m_lastPong.insert(ws, m_monotonic.elapsed()); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws, id] {
            m_subscribers.remove(id, ws);
            m_lastPong.remove(ws);
            ws->deleteLater();
        });
        // Client messages are ignored (the contract); pings are answered by QWebSocket itself.
    }
}

void HttpApi::broadcast(const QString& addressId, const QJsonObject& event)
{
    const QString text = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    for (auto it = m_subscribers.constFind(addressId); it != m_subscribers.constEnd() && it.key() == addressId; ++it) {
        it.value()->sendTextMessage(text);
        it.value()->flush();
    }
}

void HttpApi::onMessageAdded(const QString& addressId, const QString& messageId, qint64 receivedAtMs, qint64 size)
{
    broadcast(addressId,
        QJsonObject{{QStringLiteral("type"), QStringLiteral("message.new")}, {QStringLiteral("id"), messageId},
            {QStringLiteral("receivedAt"), isoUtc(receivedAtMs)}, {QStringLiteral("size"), size}});
}

void HttpApi::onMessageDeleted(const QString& addressId, const QString& messageId)
{
    broadcast(addressId,
        QJsonObject{{QStringLiteral("type"), QStringLiteral("message.deleted")}, {QStringLiteral("id"), messageId}});
}

void HttpApi::onAddressDeleted(const QString& addressId, bool expired)
{
    broadcast(addressId,
        QJsonObject{
            {QStringLiteral("type"), expired ? QStringLiteral("address.expired") : QStringLiteral("address.deleted")}});
    const auto sockets = m_subscribers.values(addressId);
    for (QWebSocket* ws : sockets)
        dropSubscriber(addressId, ws, QWebSocketProtocol::CloseCodeNormal);
}

} // namespace mayfly::relay
