#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkReply;
class QTimer;

namespace mayfly::core::net {

struct SseEvent
{
    QByteArray id;
    QByteArray type; // "message" unless the server set `event:`
    QByteArray data; // `data:` lines joined with '\n'
};

// Incremental parser for text/event-stream (WHATWG HTML "Server-sent events" §9.2.6). Pure and
// bounded, so it can be fuzzed: a line or an event over the limit is dropped, never buffered
// without end.
class SseParser final
{
public:
    static constexpr qsizetype MaxLineBytes = 256 * 1024;
    static constexpr qsizetype MaxEventBytes = 1024 * 1024;

    [[nodiscard]] QList<SseEvent> feed(const QByteArray& chunk);
    [[nodiscard]] QByteArray lastEventId() const { return m_lastEventId; }
    [[nodiscard]] int retryMs() const { return m_retryMs; }
    void reset();

private:
    void processLine(const QByteArray& line, QList<SseEvent>& out);

    QByteArray m_line;
    bool m_skippingLine = false;
    bool m_lastWasCr = false;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastEventId;
    bool m_hasData = false;
    bool m_eventTooLarge = false;
    int m_retryMs = -1;
};

// A Server-Sent Events stream through HttpClient (so through the user's proxy) that reconnects on
// its own with exponential backoff and jitter, sending Last-Event-ID.
class SseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseClient)

public:
    SseClient(HttpClient& http, QObject* parent = nullptr);
    ~SseClient() override;

    void open(const Request& request);
    void close();
    [[nodiscard]] bool isConnected() const { return m_connected; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Replaces the headers for the next (re)connection, e.g. after a new token.
    void setHeaders(const HeaderList& headers) { m_request.headers = headers; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void eventReceived(const mayfly::core::net::SseEvent& event);
    // The server refused the stream (HTTP status or wrong content type). 401/403/404 stop the
    // client; anything else is followed by a reconnect.
    void failed(const mayfly::core::Error& error);

private:
    void connectNow();
    void onFinished();
    void scheduleReconnect();
    void setConnected(bool connected);

    HttpClient& m_http;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_reconnectTimer = nullptr;
    SseParser m_parser;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{60000};
    int m_attempt = 0;
    bool m_connected = false;
    bool m_open = false;
};

} // namespace mayfly::core::net
