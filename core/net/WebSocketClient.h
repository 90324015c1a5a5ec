#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QTimer;
class QWebSocket;

namespace mayfly::core::net {

// A WebSocket push channel opened through HttpClient (same proxy, no Origin, generic User-Agent)
// that reconnects on its own with exponential backoff and jitter.
class WebSocketClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketClient)

public:
    // A text frame larger than this closes the connection (RFC 6455 §10.4: endpoints bound frames).
    static constexpr qint64 MaxMessageBytes = 1024 * 1024;

    WebSocketClient(HttpClient& http, QObject* parent = nullptr);
    ~WebSocketClient() override;

    void open(const Request& request);
    void close();
    [[nodiscard]] bool isConnected() const { return m_connected; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void textMessageReceived(const QString& message);

private:
    void connectNow();
    void onDisconnected();
    void setConnected(bool connected);

    HttpClient& m_http;
    Request m_request;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer* m_reconnectTimer = nullptr;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{60000};
    int m_attempt = 0;
    bool m_connected = false;
    bool m_open = false;
};

} // namespace mayfly::core::net
