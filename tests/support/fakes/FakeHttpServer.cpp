#include "tests/support/fakes/FakeHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace mayfly::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString FakeRequest::param(const QString& name) const
{
    if (header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery fields(QString::fromUtf8(form));
        if (fields.hasQueryItem(name))
            return fields.queryItemValue(name, QUrl::FullyDecoded);
    }
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

FakeResponse FakeResponse::json(int status, const QByteArray& json)
{
    FakeResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "application/json");
    response.body = json;
    return response;
}

FakeResponse FakeResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    FakeResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", contentType);
    response.body = body;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_webSockets(std::make_unique<QWebSocketServer>(u"fake"_s, QWebSocketServer::NonSecureMode))
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_webSockets->nextPendingConnection()) {
            socket->setParent(this);
            const QString path = socket->requestUrl().path();
            m_sockets.append({path, socket});
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT webSocketOpened(path);
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    for (const auto& entry : m_sockets) {
        if (entry.second) {
            entry.second->abort();
            delete entry.second;
        }
    }
    for (const auto& socket : m_handedOff) {
        if (socket)
            delete socket.data();
    }
}

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QString FakeHttpServer::baseUrl() const
{
    return u"http://127.0.0.1:"_s + QString::number(port());
}

QList<FakeRequest> FakeHttpServer::requestsTo(const QString& path) const
{
    QList<FakeRequest> out;
    for (const auto& request : m_requests) {
        if (request.path == path)
            out.append(request);
    }
    return out;
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    while (true) {
        const QByteArray buffered = socket->peek(socket->bytesAvailable());
        const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffered.left(headEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.emplaceBack(name, value);
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const QUrl url = request.target.startsWith("http") ? QUrl::fromEncoded(request.target)
                                                           : QUrl::fromEncoded("http://fake" + request.target);
        request.path = url.path();
        request.query = QUrlQuery(url);

        if (request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
            const int refusal = m_upgrade ? m_upgrade(request) : 404;
            m_requests.append(request);
            Q_EMIT requestReceived(request.path);
            if (refusal == 0) {
                socket->disconnect();
                socket->setParent(nullptr);
                m_handedOff.append(socket);
                m_webSockets->handleConnection(socket);
                // The handshake is already buffered; make the WebSocket server look at it.
                QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
                return;
            }
            socket->read(headEnd + 4);
            socket->write("HTTP/1.1 " + QByteArray::number(refusal) + ' ' + reasonPhrase(refusal)
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }

        if (buffered.size() < headEnd + 4 + contentLength)
            return;
        socket->read(headEnd + 4);
        request.body = socket->read(contentLength);
        m_requests.append(request);
        Q_EMIT requestReceived(request.path);

        const FakeResponse response = m_handler ? m_handler(request) : FakeResponse::text(404, "not found");
        if (response.dropConnection) {
            socket->abort();
            return;
        }
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (!response.streamTag.isEmpty()) {
            out += "Cache-Control: no-cache\r\nConnection: close\r\n\r\n" + response.body;
            socket->write(out);
            socket->flush();
            m_streams.append({response.streamTag, socket});
            Q_EMIT streamOpened(response.streamTag);
            return;
        }
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
        socket->write(out);
    }
}

int FakeHttpServer::streamCount(const QString& tag) const
{
    int count = 0;
    for (const auto& [key, socket] : m_streams) {
        if (key == tag && socket && socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void FakeHttpServer::pushStream(const QString& tag, const QByteArray& bytes)
{
    for (const auto& [key, socket] : m_streams) {
        if (key == tag && socket) {
            socket->write(bytes);
            socket->flush();
        }
    }
}

void FakeHttpServer::closeStreams(const QString& tag)
{
    for (const auto& [key, socket] : m_streams) {
        if (key == tag && socket)
            socket->disconnectFromHost();
    }
}

int FakeHttpServer::webSocketCount(const QString& path) const
{
    int count = 0;
    for (const auto& [key, socket] : m_sockets) {
        if (key == path && socket && socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void FakeHttpServer::sendWebSocket(const QString& path, const QString& text)
{
    for (const auto& [key, socket] : m_sockets) {
        if (key == path && socket)
            socket->sendTextMessage(text);
    }
}

void FakeHttpServer::closeWebSockets(const QString& path)
{
    for (const auto& [key, socket] : m_sockets) {
        if (key == path && socket)
            socket->close();
    }
}

} // namespace mayfly::test
