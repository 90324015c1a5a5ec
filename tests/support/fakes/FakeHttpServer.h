#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace mayfly::test {

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

struct FakeRequest
{
    QByteArray method;
    QByteArray target; // as sent: origin-form, or absolute-form through an HTTP proxy
    QString path;
    QUrlQuery query;
    FakeHeaders headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] bool hasHeader(const QByteArray& name) const;
    // Form fields (application/x-www-form-urlencoded body) merged over the query string.
    [[nodiscard]] QString param(const QString& name) const;
};

struct FakeResponse
{
    int status = 200;
    FakeHeaders headers;
    QByteArray body;
    // Keep the connection open as a stream (SSE): `body` is written first, more with pushStream().
    QString streamTag;
    // Close the connection without answering (a provider that went away mid-request).
    bool dropConnection = false;

    static FakeResponse json(int status, const QByteArray& json);
    static FakeResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
};

// A small HTTP/1.1 server on 127.0.0.1 for protocol tests: keep-alive, absolute-form targets (so it
// can stand behind an HTTP proxy), SSE streams, WebSocket upgrades on the same port. It records
// every request so tests can check what a client sent (or did not: Cookie, Referer).
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    // Decides whether a WebSocket upgrade is accepted; the refusal status otherwise (e.g. 401, 404).
    using UpgradeHandler = std::function<int(const FakeRequest&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const; // http://127.0.0.1:PORT

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }

    [[nodiscard]] QList<FakeRequest> requests() const { return m_requests; }
    [[nodiscard]] QList<FakeRequest> requestsTo(const QString& path) const;
    void clearRequests() { m_requests.clear(); }
    [[nodiscard]] int connectionCount() const { return m_connections; }

    // SSE streams.
    [[nodiscard]] int streamCount(const QString& tag) const;
    void pushStream(const QString& tag, const QByteArray& bytes);
    void closeStreams(const QString& tag);

    // WebSockets, tagged by request path.
    [[nodiscard]] int webSocketCount(const QString& path) const;
    void sendWebSocket(const QString& path, const QString& text);
    void closeWebSockets(const QString& path);

Q_SIGNALS:
    void requestReceived(const QString& path);
    void streamOpened(const QString& tag);
    void webSocketOpened(const QString& path);

private:
    void onReadyRead(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    Handler m_handler;
    UpgradeHandler m_upgrade;
    QList<FakeRequest> m_requests;
    int m_connections = 0;
    QList<QPair<QString, QPointer<QTcpSocket>>> m_streams;
    QList<QPair<QString, QPointer<QWebSocket>>> m_sockets;
    QList<QPointer<QTcpSocket>> m_handedOff; // given to the WebSocket server, which does not own them
};

} // namespace mayfly::test
