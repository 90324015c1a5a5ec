#include "core/net/HttpClient.h"

#include "core/common/Logging.h"

#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <limits>

namespace mayfly::core::net {

using namespace Qt::StringLiterals;

namespace {

// Guerrilla Mail and others set cookies; Mayfly keeps sessions as explicit tokens only, so a
// cookie can never link two addresses of one user.
class RefusingCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
    bool insertCookie(const QNetworkCookie&) override { return false; }
    bool updateCookie(const QNetworkCookie&) override { return false; }
    [[nodiscard]] int count() const { return int(allCookies().size()); }
};

class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

// The same for every user on every platform, so it identifies nobody.
constexpr char GenericUserAgent[] = "Mozilla/5.0 (compatible)";
// Qt would otherwise send the system locale's languages (a fingerprint).
constexpr char GenericAcceptLanguage[] = "en";

bool isIdempotent(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

bool isRetryableServerError(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

QString hostKey(const QUrl& url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
}

} // namespace

QByteArray Response::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QNetworkProxy ProxySettings::toNetworkProxy() const
{
    switch (type) {
    case Type::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Type::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Type::Socks5: {
        QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, host, port);
        // Remote DNS: the proxy resolves names, so no lookup leaks past Tor.
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
        return proxy;
    }
    case Type::Http: {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, host, port);
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
        return proxy;
    }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

int parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
    // RFC 9110 §5.6.7: IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, now.secsTo(when)));
}

Error errorForStatus(const Response& response)
{
    const QString detail = u"HTTP "_s + QString::number(response.status);
    const int status = response.status;
    if (status == 429) {
        Error error = makeError(ErrorCode::RateLimited, detail);
        error.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
        return error;
    }
    if (status >= 500 || status < 100)
        return makeError(ErrorCode::ProviderDown, detail);
    if (status == 401 || status == 403)
        return makeError(ErrorCode::BadCredential, detail);
    if (status == 404 || status == 410)
        return makeError(ErrorCode::NotFound, detail);
    if (status == 409)
        return makeError(ErrorCode::AlreadyExists, detail);
    if (status == 413)
        return makeError(ErrorCode::LimitExceeded, detail);
    if (status >= 300 && status < 400)
        return makeError(ErrorCode::ProviderDown, detail + u" (unexpected redirect)"_s);
    return makeError(ErrorCode::InvalidInput, detail);
}

struct HttpClient::Pending
{
    QByteArray method;
    bool sentCookie = false;
    Request request;
    Callback done;
    QString hostKey;
    int attempt = 0;
};

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(new RefusingCookieJar(m_nam));
    m_nam->setCache(nullptr);
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
    setProxy(ProxySettings{});
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::userAgent()
{
    return QByteArray(GenericUserAgent);
}

void HttpClient::get(const Request& request, Callback done, QObject* context)
{
    send("GET", request, std::move(done), context);
}

void HttpClient::post(const Request& request, Callback done, QObject* context)
{
    send("POST", request, std::move(done), context);
}

void HttpClient::put(const Request& request, Callback done, QObject* context)
{
    send("PUT", request, std::move(done), context);
}

void HttpClient::patch(const Request& request, Callback done, QObject* context)
{
    send("PATCH", request, std::move(done), context);
}

void HttpClient::del(const Request& request, Callback done, QObject* context)
{
    send("DELETE", request, std::move(done), context);
}

void HttpClient::send(const QByteArray& method, const Request& request, Callback done, QObject* context)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->request = request;
    if (context) {
        QPointer<QObject> guard(context);
        pending->done = [guard, done = std::move(done)](Result<Response> result) {
            if (guard)
                done(std::move(result));
        };
    } else {
        pending->done = std::move(done);
    }
    pending->hostKey = hostKey(request.url);
    if (!request.url.isValid() || (request.url.scheme() != u"https" && request.url.scheme() != u"http")) {
        // Still asynchronous: callers rely on the callback never running inside the call.
        QTimer::singleShot(0, this, [pending] { pending->done(makeError(ErrorCode::InvalidInput, u"bad URL"_s)); });
        return;
    }
    enqueue(std::move(pending));
}

void HttpClient::enqueue(std::shared_ptr<Pending> pending)
{
    const QString key = pending->hostKey;
    m_hosts[key].waiting.push_back(std::move(pending));
    pump(key);
}

void HttpClient::pump(const QString& key)
{
    auto it = m_hosts.find(key);
    if (it == m_hosts.end())
        return;
    HostQueue& queue = *it;
    while (!queue.waiting.empty() && !queue.timerArmed) {
        const qint64 since = queue.lastStart.isValid() ? queue.lastStart.elapsed() : std::numeric_limits<qint64>::max();
        if (since < m_spacing.count()) {
            queue.timerArmed = true;
            QTimer::singleShot(std::chrono::milliseconds(m_spacing.count() - since), this, [this, key] {
                m_hosts[key].timerArmed = false;
                pump(key);
            });
            return;
        }
        auto next = std::move(queue.waiting.front());
        queue.waiting.pop_front();
        queue.lastStart.start();
        start(next);
    }
}

QNetworkRequest HttpClient::prepare(const Request& request) const
{
    QNetworkRequest out(request.url);
    bool hasAcceptLanguage = false;
    for (const auto& [name, value] : request.headers) {
        // The caller cannot add what would identify or link the user.
        if (name.compare("Referer", Qt::CaseInsensitive) == 0 || name.compare("Cookie", Qt::CaseInsensitive) == 0
            || name.compare("User-Agent", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("Accept-Language", Qt::CaseInsensitive) == 0)
            hasAcceptLanguage = true;
        out.setRawHeader(name, value);
    }
    out.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!hasAcceptLanguage)
        out.setRawHeader("Accept-Language", GenericAcceptLanguage);
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    out.setMaximumRedirectsAllowed(MaxRedirects);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    out.setSslConfiguration(tls);
    return out;
}

void HttpClient::start(const std::shared_ptr<Pending>& pending)
{
    QNetworkRequest request = prepare(pending->request);
    pending->sentCookie = carriesCookie(request);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, pending->method, pending->request.body);
    auto timedOut = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(pending->request.timeout);
    const qint64 cap = pending->request.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply, timedOut, tooLarge] {
        reply->deleteLater();
        if (*timedOut) {
            record(pending->request.url, pending->method, 0, 0);
            pending->done(makeError(ErrorCode::Timeout, u"no answer in time"_s));
            return;
        }
        if (*tooLarge) {
            record(pending->request.url, pending->method, 0, 0);
            pending->done(makeError(ErrorCode::LimitExceeded, u"response too large"_s));
            return;
        }
        finished(pending, reply);
    });
}

void HttpClient::finished(const std::shared_ptr<Pending>& pending, QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    int setCookies = 0;
    for (const auto& pair : reply->rawHeaderPairs()) {
        if (pair.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            setCookies += int(pair.second.count('\n')) + 1; // QNAM joins repeated Set-Cookie with newlines
    }
    record(pending->request.url, pending->method, status, body.size(), pending->sentCookie, setCookies);
    if (status == 0) {
        qCDebug(lcNet) << "request failed:" << networkErrorName(reply->error());
        const ErrorCode code = reply->error() == QNetworkReply::TimeoutError ? ErrorCode::Timeout : ErrorCode::Network;
        pending->done(makeError(code, networkErrorName(reply->error())));
        return;
    }
    Response response;
    response.status = status;
    response.body = body;
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.append(pair);

    const bool retryable = status == 429 || (isRetryableServerError(status) && isIdempotent(pending->method));
    if (retryable && pending->attempt < m_retry.maxRetries) {
        const int retryAfter = parseRetryAfter(response.header("Retry-After"));
        std::chrono::milliseconds delay{0};
        if (retryAfter >= 0) {
            if (std::chrono::seconds(retryAfter) > m_retry.maxRetryAfter) {
                pending->done(std::move(response));
                return;
            }
            // RFC 9110 §10.2.3: never earlier than asked; a little jitter so clients do not stampede.
            delay = std::chrono::seconds(retryAfter)
                + std::chrono::milliseconds(QRandomGenerator::global()->bounded(250));
        } else {
            delay = backoff(pending->attempt);
        }
        ++pending->attempt;
        qCDebug(lcNet) << "retrying after" << delay.count() << "ms, status" << status;
        Q_EMIT retryScheduled(pending->request.url, pending->attempt, delay);
        QTimer::singleShot(delay, this, [this, pending] { enqueue(pending); });
        return;
    }
    pending->done(std::move(response));
}

std::chrono::milliseconds HttpClient::backoff(int attempt) const
{
    const qint64 base = m_retry.baseDelay.count();
    const qint64 exp = std::min<qint64>(m_retry.maxDelay.count(), base << std::min(attempt, 16));
    // "Equal jitter": half fixed, half random.
    const qint64 half = std::max<qint64>(1, exp / 2);
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

QNetworkReply* HttpClient::openStream(const Request& request)
{
    QNetworkRequest prepared = prepare(request);
    // Events may be minutes apart; the SSE client watches the stream itself.
    prepared.setTransferTimeout(0);
    QNetworkReply* reply = m_nam->get(prepared);
    const QUrl url = request.url;
    auto received = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::downloadProgress, reply, [received](qint64 bytes, qint64) { *received = bytes; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, received] {
        record(url, "GET", reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), *received);
    });
    return reply;
}

std::unique_ptr<QWebSocket> HttpClient::openWebSocket(const Request& request)
{
    // An empty origin: no Origin header; Mayfly is not a browser page.
    auto socket = std::make_unique<QWebSocket>(QString(), QWebSocketProtocol::VersionLatest);
    QNetworkProxy proxy = m_proxy.toNetworkProxy();
    if (m_proxy.type == ProxySettings::Type::System) {
        QUrl probe = request.url;
        probe.setScheme(request.url.scheme() == u"wss" ? u"https"_s : u"http"_s);
        const auto proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(probe));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    socket->setProxy(proxy);
    QNetworkRequest prepared = prepare(request);
    prepared.setUrl(request.url);
    socket->setSslConfiguration(prepared.sslConfiguration());
    const QUrl url = request.url;
    QWebSocket* raw = socket.get();
    connect(raw, &QWebSocket::connected, this, [this, url] { record(url, "GET", 101, 0); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(raw, &QWebSocket::errorOccurred, this, [this, url](QAbstractSocket::SocketError) {
#else
    connect(raw, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, url](QAbstractSocket::SocketError) {
#endif
        record(url, "GET", 0, 0);
    });
    raw->open(prepared);
    return socket;
}

void HttpClient::setProxy(const ProxySettings& proxy)
{
    const bool changed = !(proxy == m_proxy);
    m_proxy = proxy;
    if (proxy.type == ProxySettings::Type::System) {
        m_nam->setProxyFactory(new SystemProxyFactory);
    } else {
        m_nam->setProxy(proxy.toNetworkProxy());
    }
    // Open connections were made under the old setting; drop them so nothing keeps going direct.
    m_nam->clearConnectionCache();
    if (changed)
        Q_EMIT proxyChanged();
}

bool HttpClient::carriesCookie(const QNetworkRequest& request) const
{
    // What QNAM would add on its own comes from the jar; what the caller added is in the request.
    return request.hasRawHeader("Cookie") || !m_nam->cookieJar()->cookiesForUrl(request.url()).isEmpty();
}

int HttpClient::storedCookieCount() const
{
    const auto* jar = dynamic_cast<const RefusingCookieJar*>(m_nam->cookieJar());
    // Someone replaced the jar: report it as holding something so the dashboard cannot say "none".
    return jar ? jar->count() : -1;
}

void HttpClient::record(
    const QUrl& url, const QByteArray& method, int status, qint64 bytes, bool sentCookie, int cookiesRefused)
{
    if (sentCookie)
        ++m_requestsWithCookies;
    ActivityEntry entry;
    entry.sentCookie = sentCookie;
    entry.cookiesRefused = cookiesRefused;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.host = url.host();
    entry.method = method;
    entry.path = url.path(QUrl::FullyEncoded);
    entry.status = status;
    entry.bytes = bytes;
    m_log.push_back(std::move(entry));
    while (m_log.size() > std::size_t(MaxActivityEntries))
        m_log.pop_front();
    Q_EMIT activityLogChanged();
}

QList<ActivityEntry> HttpClient::activityLog() const
{
    return QList<ActivityEntry>(m_log.begin(), m_log.end());
}

void HttpClient::clearActivityLog()
{
    m_log.clear();
    Q_EMIT activityLogChanged();
}

} // namespace mayfly::core::net
