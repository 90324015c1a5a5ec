#pragma once

#include "relay/RelayService.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMultiHash>
#include <QTimer>
#include <QWebSocket>

namespace mayfly::relay {

// The HTTP JSON API and the WebSocket push channel (docs/relay-api.md). Written on
// QAbstractHttpServer so each path is dispatched by hand: every unknown id or wrong token gets the
// same 404, and the WebSocket upgrade is refused before the handshake (PITFALLS.md item 2).
class HttpApi final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 TokenFailureWindowMs = 60 * 1000;
    // Push subscriptions: bounded per address; a subscriber that stops answering pings is dropped.
    static constexpr int MaxSubscribersPerAddress = 16;
    static constexpr int PingIntervalMs = 30 * 1000;

    struct Config
    {
        QByteArray creationKeyHash; // SHA-256 of --creation-key, empty when none is required
        // Token failures a client may make per window before it gets 429 (brute-force brake).
        int maxTokenFailures = 20;
    };

    HttpApi(RelayService* service, Config config, QObject* parent = nullptr);
    ~HttpApi() override;
    Q_DISABLE_COPY_MOVE(HttpApi)

    [[nodiscard]] int subscriberCount() const { return int(m_subscribers.size()); }
    void closeAllSubscribers();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void onNewWebSocket();
    void onMessageAdded(const QString& addressId, const QString& messageId, qint64 receivedAtMs, qint64 size);
    void onMessageDeleted(const QString& addressId, const QString& messageId);
    void onAddressDeleted(const QString& addressId, bool expired);
    void broadcast(const QString& addressId, const QJsonObject& event);
    void pingSubscribers();
    void dropSubscriber(const QString& addressId, QWebSocket* ws, QWebSocketProtocol::CloseCode code);

    [[nodiscard]] bool rateLimited(const QHostAddress& client, qint64* retryAfterSeconds);
    void recordFailure(const QHostAddress& client);

    RelayService* m_service;
    Config m_config;
    QMultiHash<QString, QWebSocket*> m_subscribers;
    struct Failures
    {
        qint64 windowStartMs = 0;
        int count = 0;
    };
    QHash<QHostAddress, Failures> m_failures;
    QHash<QWebSocket*, qint64> m_lastPong; // monotonic ms
    QTimer m_pingTimer;
    QElapsedTimer m_monotonic;
};

} // namespace mayfly::relay
