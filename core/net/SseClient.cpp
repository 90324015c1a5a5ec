#include "core/net/SseClient.h"

#include "core/common/Logging.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace mayfly::core::net {

using namespace Qt::StringLiterals;

void SseParser::reset()
{
    m_line.clear();
    m_skippingLine = false;
    m_lastWasCr = false;
    m_data.clear();
    m_type.clear();
    m_hasData = false;
    m_eventTooLarge = false;
}

QList<SseEvent> SseParser::feed(const QByteArray& chunk)
{
    QList<SseEvent> out;
    for (const char c : chunk) {
        // Lines end with CRLF, LF or CR (§9.2.5); a CR followed by LF is one end.
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\r' || c == '\n') {
            if (!m_skippingLine)
                processLine(m_line, out);
            m_line.clear();
            m_skippingLine = false;
            continue;
        }
        if (m_skippingLine)
            continue;
        if (m_line.size() >= MaxLineBytes) {
            m_skippingLine = true;
            m_line.clear();
            continue;
        }
        m_line.append(c);
    }
    return out;
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>& out)
{
    if (line.isEmpty()) {
        // An empty data buffer dispatches nothing (§9.2.6 "dispatch the event", step 2).
        if (m_hasData && !m_data.isEmpty() && !m_eventTooLarge) {
            SseEvent event;
            event.id = m_lastEventId;
            event.type = m_type.isEmpty() ? QByteArray("message") : m_type;
            event.data = m_data;
            out.append(std::move(event));
        }
        m_data.clear();
        m_type.clear();
        m_hasData = false;
        m_eventTooLarge = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment, often a keep-alive
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        if (m_data.size() > MaxEventBytes) {
            m_eventTooLarge = true;
            m_data.clear();
        }
    } else if (field == "event") {
        m_type = value.left(256);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.left(1024);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

SseClient::SseClient(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SseClient::connectNow);
    connect(&m_http, &HttpClient::proxyChanged, this, [this] {
        if (!m_open)
            return;
        // Reopen through the new route at once; the stream must not stay on the old one.
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        setConnected(false);
        m_reconnectTimer->stop();
        connectNow();
    });
}

SseClient::~SseClient()
{
    close();
}

void SseClient::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
}

void SseClient::open(const Request& request)
{
    close();
    m_request = request;
    m_open = true;
    m_attempt = 0;
    connectNow();
}

void SseClient::close()
{
    m_open = false;
    m_reconnectTimer->stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    setConnected(false);
}

void SseClient::connectNow()
{
    if (!m_open)
        return;
    m_parser.reset();
    Request request = m_request;
    request.headers.emplaceBack("Accept", "text/event-stream");
    request.headers.emplaceBack("Cache-Control", "no-cache");
    if (!m_parser.lastEventId().isEmpty())
        request.headers.emplaceBack("Last-Event-ID", m_parser.lastEventId());
    QNetworkReply* reply = m_http.openStream(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (status == 200 && type.startsWith("text/event-stream")) {
            m_attempt = 0;
            setConnected(true);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (!m_connected)
            return; // an error body, not a stream
        const auto events = m_parser.feed(reply->readAll());
        for (const auto& event : events) {
            Q_EMIT eventReceived(event);
            if (m_reply != reply)
                return; // closed from a slot
        }
    });
    connect(reply, &QNetworkReply::finished, this, &SseClient::onFinished);
}

void SseClient::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool wasConnected = m_connected;
    setConnected(false);
    if (!wasConnected) {
        Response response;
        response.status = status;
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (!retryAfter.isEmpty())
            response.headers.append({"Retry-After", retryAfter});
        Error error = status == 0 ? makeError(ErrorCode::Network, u"push stream unreachable"_s)
            : status == 200       ? makeError(ErrorCode::ProviderDown, u"not an event stream"_s)
                                  : errorForStatus(response);
        Q_EMIT failed(error);
        if (status == 401 || status == 403 || status == 404) {
            m_open = false;
            return;
        }
    }
    scheduleReconnect();
}

void SseClient::scheduleReconnect()
{
    if (!m_open)
        return;
    qint64 delay = std::min<qint64>(m_maxDelay.count(), m_firstDelay.count() << std::min(m_attempt, 16));
    if (m_parser.retryMs() >= 0)
        delay = std::clamp<qint64>(m_parser.retryMs(), m_firstDelay.count(), m_maxDelay.count());
    delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
    ++m_attempt;
    qCDebug(lcNet) << "push stream reconnect in" << delay << "ms";
    m_reconnectTimer->start(std::chrono::milliseconds(delay));
}

void SseClient::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace mayfly::core::net
