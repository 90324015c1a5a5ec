#include "core/net/WebSocketClient.h"

#include "core/common/Logging.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace mayfly::core::net {

WebSocketClient::WebSocketClient(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &WebSocketClient::connectNow);
    connect(&m_http, &HttpClient::proxyChanged, this, [this] {
        if (!m_open)
            return;
        // Reopen through the new route at once; the socket must not stay on the old one.
        m_reconnectTimer->stop();
        setConnected(false);
        connectNow();
    });
}

WebSocketClient::~WebSocketClient()
{
    close();
}

void WebSocketClient::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
}

void WebSocketClient::open(const Request& request)
{
    close();
    m_request = request;
    m_open = true;
    m_attempt = 0;
    connectNow();
}

void WebSocketClient::close()
{
    m_open = false;
    m_reconnectTimer->stop();
    if (m_socket) {
        std::unique_ptr<QWebSocket> socket = std::move(m_socket);
        socket->disconnect(this);
        socket->abort();
        socket.release()->deleteLater();
    }
    setConnected(false);
}

void WebSocketClient::connectNow()
{
    if (!m_open)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater();
    }
    m_socket = m_http.openWebSocket(m_request);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(MaxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(MaxMessageBytes));
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        m_attempt = 0;
        setConnected(true);
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &WebSocketClient::onDisconnected);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WebSocketClient::textMessageReceived);
}

void WebSocketClient::onDisconnected()
{
    setConnected(false);
    if (!m_open)
        return;
    qint64 delay = std::min<qint64>(m_maxDelay.count(), m_firstDelay.count() << std::min(m_attempt, 16));
    delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
    ++m_attempt;
    qCDebug(lcNet) << "websocket reconnect in" << delay << "ms";
    m_reconnectTimer->start(std::chrono::milliseconds(delay));
}

void WebSocketClient::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace mayfly::core::net
