#include "core/providers/MailpitProvider.h"

#include "core/net/WebSocketClient.h"
#include "core/providers/LiveSubscription.h"
#include "core/providers/ProviderSupport.h"
#include "core/providers/ResponseParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace mayfly::core::providers {

using namespace Qt::StringLiterals;
using detail::later;

MailpitProvider::MailpitProvider(
    net::HttpClient& http, const QUrl& baseUrl, const QString& basicAuth, const QString& defaultDomain, QObject* parent)
    : Provider(parent)
    , m_http(http)
    , m_baseUrl(baseUrl)
    , m_defaultDomain(defaultDomain)
{
    if (!basicAuth.isEmpty())
        m_authorization = "Basic " + basicAuth.toUtf8().toBase64();
}

ProviderInfo MailpitProvider::infoFor(const QUrl& baseUrl)
{
    ProviderInfo info;
    info.id = u"mailpit"_s;
    info.displayName = u"Mailpit"_s;
    info.baseUrl = baseUrl;
    info.privacy = PrivacyLabel::Public;
    info.capabilities = Capability::SelfHosted | Capability::RawSource | Capability::DeleteMessage
        | Capability::DeleteMailbox | Capability::MarkSeen | Capability::Push | Capability::CustomLocalPart
        | Capability::ChooseDomain;
    info.retention = tr("Kept until the server prunes it (500 messages by default). No per-mailbox privacy: "
                        "everyone who can reach the server reads every address.");
    return info;
}

ProviderInfo MailpitProvider::info() const
{
    return infoFor(m_baseUrl);
}

void MailpitProvider::setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay)
{
    m_pollInterval = pollInterval;
    m_reconnectDelay = reconnectDelay;
}

net::Request MailpitProvider::request(const QString& path) const
{
    net::Request out;
    QUrl url = m_baseUrl;
    const QString base = m_baseUrl.path().endsWith(u'/') ? m_baseUrl.path().chopped(1) : m_baseUrl.path();
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    out.url = url;
    out.headers.emplaceBack("Accept", "application/json");
    if (!m_authorization.isEmpty())
        out.headers.emplaceBack("Authorization", m_authorization);
    return out;
}

void MailpitProvider::domains(Callback<QStringList> done)
{
    // Mailpit catches every domain.
    later<QStringList>(this, std::move(done), QStringList{m_defaultDomain});
}

void MailpitProvider::createMailbox(const CreateRequest& create, Callback<Mailbox> done)
{
    auto mailbox = detail::catchAllMailbox(create, u"mailpit"_s, m_defaultDomain);
    if (!mailbox)
        return later<Mailbox>(this, std::move(done), mailbox.error());
    // Nothing to create; one cheap call proves the server is there and the credentials work.
    m_http.get(
        request(u"/api/v1/messages?limit=1"_s),
        [mailbox = *mailbox, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(net::errorForStatus(*result));
            done(mailbox);
        },
        this);
}

void MailpitProvider::listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done)
{
    QUrlQuery query;
    // addressed: covers To, Cc, Bcc and envelope recipients; still a substring match (§4.2).
    query.addQueryItem(u"query"_s, u"addressed:\""_s + mailbox.address + u'"');
    query.addQueryItem(u"limit"_s, QString::number(ListLimit));
    net::Request get = request(u"/api/v1/search"_s);
    QUrl url = get.url;
    url.setQuery(query);
    get.url = url;
    const QString address = mailbox.address;
    m_http.get(
        get,
        [address, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(net::errorForStatus(*result));
            done(parse::mailpitMessages(result->body, address));
        },
        this);
}

void MailpitProvider::fetchRaw(const Mailbox&, const QString& messageId, Callback<QByteArray> done)
{
    net::Request get = request(u"/api/v1/message/"_s + detail::pathSegment(messageId) + u"/raw"_s);
    get.maxResponseBytes = net::MaxRawMessageBytes;
    get.timeout = net::RawFetchTimeout;
    m_http.get(
        get,
        [done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(net::errorForStatus(*result));
            done(std::move(result->body));
        },
        this);
}

void MailpitProvider::deleteIds(const QStringList& ids, Callback<void> done)
{
    // DELETE /api/v1/messages with an empty list, no body or bad JSON deletes every message of
    // every user (§4.2): refuse here, whatever the caller passed.
    QStringList clean;
    for (const QString& id : ids) {
        if (!id.trimmed().isEmpty())
            clean.append(id);
    }
    if (clean.isEmpty())
        return later<void>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"no message id"_s));
    net::Request del = request(u"/api/v1/messages"_s);
    del.headers.emplaceBack("Content-Type", "application/json");
    del.body = QJsonDocument(QJsonObject{{u"IDs"_s, QJsonArray::fromStringList(clean)}}).toJson(QJsonDocument::Compact);
    m_http.del(del, detail::expectSuccess(std::move(done)), this);
}

void MailpitProvider::deleteMessage(const Mailbox&, const QString& messageId, Callback<void> done)
{
    deleteIds({messageId}, std::move(done));
}

void MailpitProvider::deleteMailbox(const Mailbox& mailbox, Callback<void> done)
{
    listMessages(mailbox, [this, done = std::move(done)](Result<QList<MessageSummary>> list) mutable {
        if (!list)
            return done(list.error());
        if (list->isEmpty())
            return done({}); // nothing of ours; never send an empty id list
        QStringList ids;
        for (const auto& summary : *list)
            ids.append(summary.id);
        deleteIds(ids, std::move(done));
    });
}

void MailpitProvider::markSeen(const Mailbox&, const QString& messageId, Callback<void> done)
{
    if (messageId.trimmed().isEmpty())
        return later<void>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"no message id"_s));
    net::Request put = request(u"/api/v1/messages"_s);
    put.headers.emplaceBack("Content-Type", "application/json");
    put.body = QJsonDocument(QJsonObject{{u"IDs"_s, QJsonArray{messageId}}, {u"Read"_s, true}})
                   .toJson(QJsonDocument::Compact);
    m_http.put(put, detail::expectSuccess(std::move(done)), this);
}

void MailpitProvider::extend(const Mailbox&, std::chrono::seconds, Callback<QDateTime> done)
{
    later<QDateTime>(this, std::move(done), makeError(ErrorCode::Unsupported, u"Mailpit addresses do not expire"_s));
}

std::unique_ptr<PushSubscription> MailpitProvider::subscribe(const Mailbox& mailbox)
{
    QPointer<MailpitProvider> self(this);
    auto subscription = std::make_unique<LiveSubscription>(
        [self, mailbox](Callback<QList<MessageSummary>> done) {
            if (!self)
                return done(makeError(ErrorCode::Cancelled, u"provider gone"_s));
            self->listMessages(mailbox, std::move(done));
        },
        true);
    subscription->setPollInterval(m_pollInterval);
    LiveSubscription* live = subscription.get();
    net::Request events = request(u"/api/events"_s);
    QUrl url = events.url;
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    events.url = url;
    auto* socket = new net::WebSocketClient(m_http, live);
    socket->setReconnectDelays(m_reconnectDelay, std::max(m_reconnectDelay * 30, m_reconnectDelay));
    connect(socket, &net::WebSocketClient::connectedChanged, live, &LiveSubscription::pushConnected);
    const QString address = mailbox.address.toLower();
    connect(socket, &net::WebSocketClient::textMessageReceived, live, [live, address](const QString& text) {
        auto event = parse::mailpitEvent(text.toUtf8());
        if (!event)
            return;
        // The socket carries every message of the server: only exact recipients count.
        if (event->type == u"new" && event->recipients.contains(address))
            live->pushArrived(event->message.id);
        else if (event->type == u"delete" || event->type == u"truncate" || event->type == u"prune")
            live->poll();
    });
    live->start();
    socket->open(events);
    return subscription;
}

} // namespace mayfly::core::providers
