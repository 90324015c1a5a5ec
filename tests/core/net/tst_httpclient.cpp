#include "core/net/HttpClient.h"
#include "core/net/SseClient.h"
#include "core/net/WebSocketClient.h"
#include "tests/support/fakes/FakeHttpServer.h"
#include "tests/support/fakes/FakeProxy.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace mayfly::core;
using namespace mayfly::core::net;
using namespace mayfly::test;
using namespace Qt::StringLiterals;

namespace {

// Runs one request to completion.
Result<Response> run(HttpClient& http, const QByteArray& method, const Request& request)
{
    std::optional<Result<Response>> result;
    http.send(method, request, [&](Result<Response> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return makeError(ErrorCode::Timeout, u"test gave up"_s);
    return std::move(*result);
}

Request requestTo(const FakeHttpServer& server, const QString& path)
{
    Request request;
    request.url = QUrl(server.baseUrl() + path);
    return request;
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noCookieEverSentAfterSetCookie();
    void noRefererAndGenericIdentity();
    void proxyUsedForApiAndPush_data();
    void proxyUsedForApiAndPush();
    void proxyChangeMovesOpenPushChannels();
    void retryAfterHonoured();
    void longRetryAfterReturnedAsRateLimited();
    void serverErrorsRetriedOnlyWhenIdempotent_data();
    void serverErrorsRetriedOnlyWhenIdempotent();
    void timeout();
    void responseSizeCapped();
    void activityLogHasNoQuery();
    void errorForStatus_data();
    void errorForStatus();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void sseReconnectsWithLastEventId();

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
}

void TestHttpClient::noCookieEverSentAfterSetCookie()
{
    m_server->setHandler([](const FakeRequest&) {
        FakeResponse response = FakeResponse::json(200, "{}");
        response.headers.emplaceBack("Set-Cookie", "PHPSESSID=abc123; Path=/");
        response.headers.emplaceBack("Set-Cookie", "SUBSCR=x; Path=/; Max-Age=3600");
        return response;
    });
    HttpClient http;
    http.setHostSpacing({});
    for (int i = 0; i < 3; ++i) {
        Request request = requestTo(*m_server, u"/ajax.php"_s);
        request.headers.emplaceBack("Cookie", "smuggled=1"); // callers cannot add one either
        const auto result = run(http, "GET", request);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
    }
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (const auto& request : requests)
        QVERIFY2(!request.hasHeader("Cookie"), request.header("Cookie").constData());
}

void TestHttpClient::noRefererAndGenericIdentity()
{
    m_server->setHandler([](const FakeRequest&) { return FakeResponse::json(200, "{}"); });
    HttpClient http;
    Request request = requestTo(*m_server, u"/a"_s);
    request.headers.emplaceBack("Referer", "https://example.org/secret-page");
    request.headers.emplaceBack("User-Agent", "Mayfly/0.1 (Linux; de_DE)");
    QVERIFY(run(http, "POST", request).ok());
    const FakeRequest seen = m_server->requests().constFirst();
    QVERIFY(!seen.hasHeader("Referer"));
    QCOMPARE(seen.header("User-Agent"), HttpClient::userAgent());
    QCOMPARE(seen.header("Accept-Language"), QByteArray("en"));
}

void TestHttpClient::proxyUsedForApiAndPush_data()
{
    QTest::addColumn<FakeProxy::Kind>("kind");
    QTest::newRow("socks5-remote-dns") << FakeProxy::Kind::Socks5;
    QTest::newRow("http") << FakeProxy::Kind::Http;
}

void TestHttpClient::proxyUsedForApiAndPush()
{
    QFETCH(FakeProxy::Kind, kind);
    FakeProxy proxy(kind);
    QVERIFY(proxy.listen());
    m_server->setHandler([](const FakeRequest& request) {
        if (request.path == u"/events") {
            FakeResponse stream = FakeResponse::text(200, "data: hello\n\n", "text/event-stream");
            stream.streamTag = u"sse"_s;
            return stream;
        }
        return FakeResponse::json(200, "{\"ok\":true}");
    });
    m_server->setUpgradeHandler([](const FakeRequest&) { return 0; });

    HttpClient http;
    ProxySettings settings;
    settings.type = kind == FakeProxy::Kind::Socks5 ? ProxySettings::Type::Socks5 : ProxySettings::Type::Http;
    settings.host = u"127.0.0.1"_s;
    settings.port = proxy.port();
    http.setProxy(settings);

    // A name no resolver knows: only the proxy (which maps every name to 127.0.0.1) can reach it,
    // so success proves the request went through the proxy and that DNS was left to it.
    const QString base = u"http://mayfly-fake.test:"_s + QString::number(m_server->port());

    Request api;
    api.url = QUrl(base + u"/api"_s);
    const auto result = run(http, "GET", api);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->status, 200);

    SseClient sse(http);
    QSignalSpy events(&sse, &SseClient::eventReceived);
    Request stream;
    stream.url = QUrl(base + u"/events"_s);
    sse.open(stream);
    QVERIFY(events.wait(10000));
    QCOMPARE(events.constFirst().constFirst().value<SseEvent>().data, QByteArray("hello"));

    WebSocketClient ws(http);
    QSignalSpy connected(&ws, &WebSocketClient::connectedChanged);
    QSignalSpy messages(&ws, &WebSocketClient::textMessageReceived);
    Request socket;
    socket.url = QUrl(u"ws://mayfly-fake.test:"_s + QString::number(m_server->port()) + u"/ws"_s);
    ws.open(socket);
    QTRY_VERIFY_WITH_TIMEOUT(ws.isConnected(), 10000);
    QTRY_COMPARE(m_server->webSocketCount(u"/ws"_s), 1);
    m_server->sendWebSocket(u"/ws"_s, u"pushed"_s);
    QVERIFY(messages.wait(10000));
    QCOMPARE(messages.constFirst().constFirst().toString(), u"pushed"_s);

    // QNAM may carry the API call and the SSE stream on one kept-alive connection; the WebSocket
    // has its own. Every connection the server saw came through the proxy.
    QVERIFY2(proxy.connectionCount() >= 2, qPrintable(proxy.targets().join(u", ")));
    const QString expected = (kind == FakeProxy::Kind::Socks5 ? u"name:mayfly-fake.test:"_s : u"mayfly-fake.test:"_s)
        + QString::number(m_server->port());
    for (const QString& target : proxy.targets())
        QCOMPARE(target, expected);
    QCOMPARE(m_server->connectionCount(), proxy.connectionCount());
}

void TestHttpClient::proxyChangeMovesOpenPushChannels()
{
    m_server->setHandler([](const FakeRequest&) {
        FakeResponse stream = FakeResponse::text(200, {}, "text/event-stream");
        stream.streamTag = u"sse"_s;
        return stream;
    });
    m_server->setUpgradeHandler([](const FakeRequest&) { return 0; });
    HttpClient http;
    SseClient sse(http);
    WebSocketClient ws(http);
    sse.open(requestTo(*m_server, u"/events"_s));
    Request socket;
    socket.url = QUrl(u"ws://127.0.0.1:"_s + QString::number(m_server->port()) + u"/ws"_s);
    ws.open(socket);
    QTRY_VERIFY(sse.isConnected());
    QTRY_VERIFY(ws.isConnected());

    FakeProxy proxy(FakeProxy::Kind::Socks5);
    QVERIFY(proxy.listen());
    ProxySettings settings;
    settings.type = ProxySettings::Type::Socks5;
    settings.host = u"127.0.0.1"_s;
    settings.port = proxy.port();
    http.setProxy(settings);
    // Both channels reopen through the proxy right away, not at their next failure.
    QTRY_COMPARE(proxy.connectionCount(), 2);
    QTRY_COMPARE(m_server->requestsTo(u"/events"_s).size(), 2);
    QTRY_COMPARE(m_server->requestsTo(u"/ws"_s).size(), 2);
    QTRY_VERIFY(sse.isConnected());
    QTRY_VERIFY(ws.isConnected());
    QTRY_COMPARE(m_server->webSocketCount(u"/ws"_s), 1);
}

void TestHttpClient::retryAfterHonoured()
{
    int calls = 0;
    m_server->setHandler([&](const FakeRequest&) {
        if (++calls == 1) {
            FakeResponse busy = FakeResponse::json(429, "{}");
            busy.headers.emplaceBack("Retry-After", "1");
            return busy;
        }
        return FakeResponse::json(200, "{}");
    });
    HttpClient http;
    QSignalSpy retries(&http, &HttpClient::retryScheduled);
    const auto result = run(http, "POST", requestTo(*m_server, u"/accounts"_s));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 200);
    QCOMPARE(calls, 2);
    QCOMPARE(retries.size(), 1);
    const auto delay = retries.constFirst().at(2).value<std::chrono::milliseconds>();
    QVERIFY(delay >= std::chrono::milliseconds(1000));
    QVERIFY(delay < std::chrono::milliseconds(1300));
}

void TestHttpClient::longRetryAfterReturnedAsRateLimited()
{
    m_server->setHandler([](const FakeRequest&) {
        FakeResponse busy = FakeResponse::json(429, "{}");
        busy.headers.emplaceBack("Retry-After", "120");
        return busy;
    });
    HttpClient http;
    const auto result = run(http, "GET", requestTo(*m_server, u"/messages"_s));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 429);
    QCOMPARE(m_server->requests().size(), 1);
    const Error error = net::errorForStatus(*result);
    QCOMPARE(error.code, ErrorCode::RateLimited);
    QCOMPARE(error.retryAfterSeconds, 120);
}

void TestHttpClient::serverErrorsRetriedOnlyWhenIdempotent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("expectedCalls");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("get-retried") << QByteArray("GET") << 3 << 200;
    QTest::newRow("delete-retried") << QByteArray("DELETE") << 3 << 200;
    QTest::newRow("post-not-retried") << QByteArray("POST") << 1 << 503;
}

void TestHttpClient::serverErrorsRetriedOnlyWhenIdempotent()
{
    QFETCH(QByteArray, method);
    QFETCH(int, expectedCalls);
    QFETCH(int, expectedStatus);
    int calls = 0;
    m_server->setHandler([&](const FakeRequest&) {
        return ++calls <= 2 ? FakeResponse::json(503, "{}") : FakeResponse::json(200, "{}");
    });
    HttpClient http;
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(10);
    http.setRetryPolicy(policy);
    const auto result = run(http, method, requestTo(*m_server, u"/x"_s));
    QVERIFY(result.ok());
    QCOMPARE(result->status, expectedStatus);
    QCOMPARE(calls, expectedCalls);
}

void TestHttpClient::timeout()
{
    m_server->setHandler([](const FakeRequest&) {
        FakeResponse silent;
        silent.streamTag = u"never"_s; // headers, then nothing
        silent.headers.emplaceBack("Content-Length", "100");
        return silent;
    });
    HttpClient http;
    Request request = requestTo(*m_server, u"/slow"_s);
    request.timeout = std::chrono::milliseconds(300);
    const auto result = run(http, "GET", request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Timeout);
}

void TestHttpClient::responseSizeCapped()
{
    m_server->setHandler([](const FakeRequest&) { return FakeResponse::text(200, QByteArray(64 * 1024, 'x')); });
    HttpClient http;
    Request request = requestTo(*m_server, u"/big"_s);
    request.maxResponseBytes = 1024;
    const auto result = run(http, "GET", request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::LimitExceeded);
}

void TestHttpClient::activityLogHasNoQuery()
{
    m_server->setHandler([](const FakeRequest&) { return FakeResponse::json(200, "{\"x\":1}"); });
    HttpClient http;
    QSignalSpy changed(&http, &HttpClient::activityLogChanged);
    QVERIFY(run(http, "GET", requestTo(*m_server, u"/ajax.php?f=check_email&sid_token=SECRET"_s)).ok());
    QCOMPARE(changed.size(), 1);
    const auto log = http.activityLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].host, u"127.0.0.1"_s);
    QCOMPARE(log[0].method, QByteArray("GET"));
    QCOMPARE(log[0].path, u"/ajax.php"_s);
    QCOMPARE(log[0].status, 200);
    QCOMPARE(log[0].bytes, qint64(7));
    QVERIFY(log[0].time.isValid());
    http.clearActivityLog();
    QVERIFY(http.activityLog().isEmpty());
}

void TestHttpClient::errorForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("429") << 429 << ErrorCode::RateLimited;
    QTest::newRow("500") << 500 << ErrorCode::ProviderDown;
    QTest::newRow("503") << 503 << ErrorCode::ProviderDown;
    QTest::newRow("401") << 401 << ErrorCode::BadCredential;
    QTest::newRow("403") << 403 << ErrorCode::BadCredential;
    QTest::newRow("404") << 404 << ErrorCode::NotFound;
    QTest::newRow("409") << 409 << ErrorCode::AlreadyExists;
    QTest::newRow("413") << 413 << ErrorCode::LimitExceeded;
    QTest::newRow("400") << 400 << ErrorCode::InvalidInput;
}

void TestHttpClient::errorForStatus()
{
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    Response response;
    response.status = status;
    QCOMPARE(net::errorForStatus(response).code, code);
}

void TestHttpClient::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("http-date-30s-later") << QByteArray("Mon, 23 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("http-date-past") << QByteArray("Mon, 23 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestHttpClient::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(net::parseRetryAfter(value, now), seconds);
}

void TestHttpClient::sseReconnectsWithLastEventId()
{
    m_server->setHandler([](const FakeRequest&) {
        FakeResponse stream = FakeResponse::text(200, {}, "text/event-stream");
        stream.streamTag = u"sse"_s;
        return stream;
    });
    HttpClient http;
    SseClient sse(http);
    sse.setReconnectDelays(std::chrono::milliseconds(20), std::chrono::milliseconds(100));
    QSignalSpy events(&sse, &SseClient::eventReceived);
    Request request = requestTo(*m_server, u"/hub"_s);
    sse.open(request);
    QTRY_COMPARE(m_server->streamCount(u"sse"_s), 1);
    QTRY_VERIFY(sse.isConnected());
    m_server->pushStream(u"sse"_s, "id: ev-41\ndata: one\n\n");
    QVERIFY(events.wait());
    m_server->closeStreams(u"sse"_s);
    QTRY_COMPARE(m_server->requestsTo(u"/hub"_s).size(), 2);
    QCOMPARE(m_server->requestsTo(u"/hub"_s).constLast().header("Last-Event-ID"), QByteArray("ev-41"));
    QTRY_VERIFY(sse.isConnected());
    m_server->pushStream(u"sse"_s, "data: two\n\n");
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events.constLast().constFirst().value<SseEvent>().data, QByteArray("two"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
