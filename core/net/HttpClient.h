#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;

namespace mayfly::core::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Bounds every request carries unless the caller asks for others.
constexpr std::chrono::milliseconds DefaultTimeout{30000};
// JSON answers stay far below this; raw message fetches ask for MaxRawMessageBytes.
constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;
// Mailpit accepts 50 MiB messages (PROVIDERS.md §4.2), mail.tm's whole quota is 40 MB.
constexpr qint64 MaxRawMessageBytes = 64 * 1024 * 1024;
// A 64 MiB message through Tor needs longer than a JSON answer.
constexpr std::chrono::milliseconds RawFetchTimeout{180000};
// mail.tm documents 8 requests per second and IP (PROVIDERS.md §1.1); 130 ms keeps every host under it.
constexpr std::chrono::milliseconds DefaultHostSpacing{130};

struct Request
{
    QUrl url;
    HeaderList headers;
    QByteArray body;
    std::chrono::milliseconds timeout = DefaultTimeout;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
};

struct Response
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    // Case-insensitive lookup of the first header with this name (RFC 9110 §5.1).
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

struct ProxySettings
{
    enum class Type
    {
        None,
        System,
        Socks5, // host names are resolved by the proxy (Tor on 127.0.0.1:9050 is the common case)
        Http,
    };
    Type type = Type::None;
    QString host;
    quint16 port = 0;

    [[nodiscard]] QNetworkProxy toNetworkProxy() const;
    bool operator==(const ProxySettings&) const = default;
};

// One line of the privacy dashboard's network log. No query string, no header, no body.
struct ActivityEntry
{
    QDateTime time;
    QString host;
    QByteArray method;
    QString path;
    int status = 0; // 0: no HTTP answer (network error, timeout, aborted)
    qint64 bytes = 0; // response body bytes received
    bool sentCookie = false; // a Cookie header left with the request (the dashboard shows it must be false)
    int cookiesRefused = 0; // Set-Cookie headers in the answer, all dropped by the refusing jar
};

struct RetryPolicy
{
    int maxRetries = 2;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // A Retry-After longer than this is not waited for: the caller gets the 429 and tells the user.
    std::chrono::seconds maxRetryAfter{10};
};

// Maps an HTTP answer that is not a success to the reason a user can act on:
// 429 -> RateLimited (retryAfterSeconds from Retry-After), 5xx -> ProviderDown, 401/403 ->
// BadCredential, 404/410 -> NotFound, 409 -> AlreadyExists, 413 -> LimitExceeded, other 4xx ->
// InvalidInput. `detail` is technical and free of response bodies.
[[nodiscard]] Error errorForStatus(const Response& response);
// Retry-After as seconds (RFC 9110 §10.2.3: delay-seconds or an HTTP-date); -1 when absent/invalid.
[[nodiscard]] int parseRetryAfter(const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());

// The one way out of Mayfly to the network. Every request and every push stream goes through one
// instance: no cookies are ever stored or sent, nothing is cached on disk, no Referer, one generic
// User-Agent and Accept-Language for everyone, TLS verification always on, the user's proxy on
// everything, per-host spacing, backoff with jitter on 429/5xx, a timeout and a size cap on every
// reply, and an in-memory activity log.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(Result<Response>)>;

    static constexpr int MaxActivityEntries = 2000;
    static constexpr int MaxRedirects = 5;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    void get(const Request& request, Callback done, QObject* context = nullptr);
    void post(const Request& request, Callback done, QObject* context = nullptr);
    void put(const Request& request, Callback done, QObject* context = nullptr);
    void patch(const Request& request, Callback done, QObject* context = nullptr);
    void del(const Request& request, Callback done, QObject* context = nullptr);
    // `context`: when given and destroyed before the answer, the callback is dropped (a provider
    // deleted while its request is in flight).
    void send(const QByteArray& method, const Request& request, Callback done, QObject* context = nullptr);

    // A long-lived streaming GET (Server-Sent Events): no total timeout, no retry, no spacing.
    // The reply is owned by the caller (deleteLater); the activity log entry is written when it ends.
    [[nodiscard]] QNetworkReply* openStream(const Request& request);
    // A WebSocket that uses the same proxy, User-Agent and headers policy; opened on `request.url`.
    [[nodiscard]] std::unique_ptr<QWebSocket> openWebSocket(const Request& request);

    void setProxy(const ProxySettings& proxy);
    [[nodiscard]] ProxySettings proxy() const { return m_proxy; }
    void setHostSpacing(std::chrono::milliseconds spacing) { m_spacing = spacing; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    [[nodiscard]] RetryPolicy retryPolicy() const { return m_retry; }

    [[nodiscard]] QList<ActivityEntry> activityLog() const;
    void clearActivityLog();
    // Checked, not asserted, for the privacy dashboard: the cookies the jar holds right now (always
    // zero), and how many requests since start-up left with a Cookie header (always zero).
    [[nodiscard]] int storedCookieCount() const;
    [[nodiscard]] qint64 requestsWithCookies() const { return m_requestsWithCookies; }

    static QByteArray userAgent();

Q_SIGNALS:
    void activityLogChanged();
    // The proxy setting changed: open push streams reconnect so none keeps the old route.
    void proxyChanged();
    // A retry was scheduled after `delay` (Retry-After plus jitter, or exponential backoff).
    void retryScheduled(const QUrl& url, int attempt, std::chrono::milliseconds delay);

private:
    struct Pending;

    void enqueue(std::shared_ptr<Pending> pending);
    void pump(const QString& hostKey);
    void start(const std::shared_ptr<Pending>& pending);
    void finished(const std::shared_ptr<Pending>& pending, QNetworkReply* reply);
    [[nodiscard]] QNetworkRequest prepare(const Request& request) const;
    void record(const QUrl& url, const QByteArray& method, int status, qint64 bytes, bool sentCookie = false,
        int cookiesRefused = 0);
    [[nodiscard]] bool carriesCookie(const QNetworkRequest& request) const;
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;

    QNetworkAccessManager* m_nam = nullptr;
    ProxySettings m_proxy;
    std::chrono::milliseconds m_spacing = DefaultHostSpacing;
    RetryPolicy m_retry;
    struct HostQueue
    {
        std::deque<std::shared_ptr<Pending>> waiting;
        QElapsedTimer lastStart;
        bool timerArmed = false;
    };
    QHash<QString, HostQueue> m_hosts;
    std::deque<ActivityEntry> m_log;
    qint64 m_requestsWithCookies = 0;
};

} // namespace mayfly::core::net
