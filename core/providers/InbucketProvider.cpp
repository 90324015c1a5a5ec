#include "core/providers/InbucketProvider.h"

#include "core/net/WebSocketClient.h"
#include "core/providers/LiveSubscription.h"
#include "core/providers/ProviderSupport.h"
#include "core/providers/ResponseParsers.h"

#include <QPointer>

namespace mayfly::core::providers {

using namespace Qt::StringLiterals;
using detail::later;

InbucketProvider::InbucketProvider(
    net::HttpClient& http, const QUrl& baseUrl, const QString& defaultDomain, QObject* parent)
    : Provider(parent)
    , m_http(http)
    , m_baseUrl(baseUrl)
    , m_defaultDomain(defaultDomain)
{ }

ProviderInfo InbucketProvider::infoFor(const QUrl& baseUrl)
{
    ProviderInfo info;
    info.id = u"inbucket"_s;
    info.displayName = u"Inbucket"_s;
    info.baseUrl = baseUrl;
    info.privacy = PrivacyLabel::Public;
    info.capabilities = Capability::SelfHosted | Capability::RawSource | Capability::DeleteMessage
        | Capability::DeleteMailbox | Capability::MarkSeen | Capability::Push | Capability::CustomLocalPart
        | Capability::ChooseDomain;
    info.retention = tr("Kept until the server's retention ends (24 hours by default). No access control: "
                        "everyone who can reach the server reads every mailbox.");
    info.messageRetention = std::chrono::hours(24);
    return info;
}

ProviderInfo InbucketProvider::info() const
{
    return infoFor(m_baseUrl);
}

void InbucketProvider::setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay)
{
    m_pollInterval = pollInterval;
    m_reconnectDelay = reconnectDelay;
}

net::Request InbucketProvider::request(const QString& path) const
{
    net::Request out;
    QUrl url = m_baseUrl;
    const QString base = m_baseUrl.path().endsWith(u'/') ? m_baseUrl.path().chopped(1) : m_baseUrl.path();
    url.setPath(base + path, QUrl::StrictMode);
    out.url = url;
    out.headers.emplaceBack("Accept", "application/json");
    return out;
}

QString InbucketProvider::mailboxPath(const Mailbox& mailbox)
{
    // The server maps a full address to its mailbox name by its naming mode (§4.1).
    return u"/api/v1/mailbox/"_s + detail::pathSegment(mailbox.address);
}

void InbucketProvider::domains(Callback<QStringList> done)
{
    later<QStringList>(this, std::move(done), QStringList{m_defaultDomain});
}

void InbucketProvider::createMailbox(const CreateRequest& create, Callback<Mailbox> done)
{
    auto mailbox = detail::catchAllMailbox(create, u"inbucket"_s, m_defaultDomain);
    if (!mailbox)
        return later<Mailbox>(this, std::move(done), mailbox.error());
    m_http.get(
        request(mailboxPath(*mailbox)),
        [mailbox = *mailbox, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(net::errorForStatus(*result));
            done(mailbox);
        },
        this);
}

void InbucketProvider::listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done)
{
    const QString address = mailbox.address;
    m_http.get(
        request(mailboxPath(mailbox)),
        [address, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(net::errorForStatus(*result));
            done(parse::inbucketMessages(result->body, address));
        },
        this);
}

void InbucketProvider::fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done)
{
    net::Request get = request(mailboxPath(mailbox) + u'/' + detail::pathSegment(messageId) + u"/source"_s);
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

void InbucketProvider::deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    if (messageId.trimmed().isEmpty())
        return later<void>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"no message id"_s));
    m_http.del(request(mailboxPath(mailbox) + u'/' + detail::pathSegment(messageId)),
        detail::expectSuccess(std::move(done)), this);
}

void InbucketProvider::deleteMailbox(const Mailbox& mailbox, Callback<void> done)
{
    // Never purge: with the default naming, bob@a.test and bob@b.test share one mailbox.
    listMessages(mailbox, [this, mailbox, done = std::move(done)](Result<QList<MessageSummary>> list) mutable {
        if (!list)
            return done(list.error());
        QStringList ids;
        for (const auto& summary : *list)
            ids.append(summary.id);
        deleteEach(mailbox, ids, std::move(done));
    });
}

void InbucketProvider::deleteEach(const Mailbox& mailbox, QStringList ids, Callback<void> done)
{
    // Only ever called from a network callback, so `done` still runs after the original call.
    if (ids.isEmpty())
        return done({});
    const QString id = ids.takeFirst();
    deleteMessage(mailbox, id, [this, mailbox, ids, done = std::move(done)](Result<void> result) mutable {
        if (!result)
            return done(result.error());
        deleteEach(mailbox, ids, std::move(done));
    });
}

void InbucketProvider::markSeen(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    net::Request patch = request(mailboxPath(mailbox) + u'/' + detail::pathSegment(messageId));
    patch.headers.emplaceBack("Content-Type", "application/json");
    patch.body = "{\"seen\":true}";
    m_http.patch(patch, detail::expectSuccess(std::move(done)), this);
}

void InbucketProvider::extend(const Mailbox&, std::chrono::seconds, Callback<QDateTime> done)
{
    later<QDateTime>(this, std::move(done), makeError(ErrorCode::Unsupported, u"Inbucket addresses do not expire"_s));
}

std::unique_ptr<PushSubscription> InbucketProvider::subscribe(const Mailbox& mailbox)
{
    QPointer<InbucketProvider> self(this);
    auto subscription = std::make_unique<LiveSubscription>(
        [self, mailbox](Callback<QList<MessageSummary>> done) {
            if (!self)
                return done(makeError(ErrorCode::Cancelled, u"provider gone"_s));
            self->listMessages(mailbox, std::move(done));
        },
        true);
    subscription->setPollInterval(m_pollInterval);
    LiveSubscription* live = subscription.get();
    net::Request events = request(u"/api/v1/monitor/messages/"_s + detail::pathSegment(mailbox.address));
    QUrl url = events.url;
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    events.url = url;
    auto* socket = new net::WebSocketClient(m_http, live);
    socket->setReconnectDelays(m_reconnectDelay, std::max(m_reconnectDelay * 30, m_reconnectDelay));
    connect(socket, &net::WebSocketClient::connectedChanged, live, &LiveSubscription::pushConnected);
    const QString address = mailbox.address;
    connect(socket, &net::WebSocketClient::textMessageReceived, live, [live, address](const QString& text) {
        auto summary = parse::inbucketEvent(text.toUtf8(), address);
        if (summary)
            live->pushArrived(summary->id);
    });
    live->start();
    socket->open(events);
    return subscription;
}

} // namespace mayfly::core::providers
