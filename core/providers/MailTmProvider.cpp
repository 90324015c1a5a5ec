#include "core/providers/MailTmProvider.h"

#include "core/common/Logging.h"
#include "core/crypto/Random.h"
#include "core/net/SseClient.h"
#include "core/providers/LiveSubscription.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace mayfly::core::providers {

using namespace Qt::StringLiterals;

namespace {

// Hydra collections carry hydra:totalItems; the parser takes plain arrays as well (§1.2).
constexpr char AcceptJsonLd[] = "application/ld+json";
constexpr char ContentJson[] = "application/json";
// API Platform's PATCH format (§1.4).
constexpr char ContentMergePatch[] = "application/merge-patch+json";

constexpr auto AlphaNumeric = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

template <typename T>
void later(QObject* context, Callback<T> done, Result<T> result)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

MailTmProvider::MailTmProvider(
    net::HttpClient& http, const QString& id, const QUrl& baseUrl, const QUrl& mercureUrl, QObject* parent)
    : Provider(parent)
    , m_http(http)
    , m_id(id)
    , m_baseUrl(baseUrl)
    , m_mercureUrl(mercureUrl)
{
    if (m_mercureUrl.isEmpty()) {
        m_mercureUrl = m_baseUrl;
        m_mercureUrl.setPath(
            m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + u"/.well-known/mercure"_s);
    }
}

ProviderInfo MailTmProvider::infoFor(const QString& id)
{
    ProviderInfo info;
    info.id = id;
    const bool gw = id == u"mailgw";
    info.displayName = gw ? u"mail.gw"_s : u"mail.tm"_s;
    info.baseUrl = QUrl(gw ? u"https://api.mail.gw"_s : u"https://api.mail.tm"_s);
    info.privacy = PrivacyLabel::Private;
    info.capabilities = Capability::RawSource | Capability::DeleteMessage | Capability::DeleteMailbox
        | Capability::MarkSeen | Capability::Push | Capability::CustomLocalPart | Capability::ChooseDomain;
    info.retention = tr("Messages are deleted by the provider after about 7 days; the account stays until deleted.");
    info.messageRetention = std::chrono::hours(24 * 7);
    return info;
}

ProviderInfo MailTmProvider::info() const
{
    ProviderInfo info = infoFor(m_id);
    info.baseUrl = m_baseUrl;
    return info;
}

void MailTmProvider::setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay)
{
    m_pollInterval = pollInterval;
    m_reconnectDelay = reconnectDelay;
}

net::Request MailTmProvider::request(const QString& path, const QString& token) const
{
    net::Request request;
    request.url = m_baseUrl.resolved(QUrl(path));
    request.headers.emplaceBack("Accept", AcceptJsonLd);
    if (!token.isEmpty())
        request.headers.emplaceBack("Authorization", "Bearer " + token.toUtf8());
    return request;
}

Error MailTmProvider::errorFrom(const net::Response& response) const
{
    Error error = net::errorForStatus(response);
    if (response.status == 422) {
        // API Platform validation errors (§1.4): a taken address or a refused local part/domain.
        const QString detail = parse::mailTmErrorDetail(response.body);
        const bool invalid = detail.contains(u"not valid"_s, Qt::CaseInsensitive)
            || detail.contains(u"invalid"_s, Qt::CaseInsensitive) || detail.contains(u"too short"_s);
        error = makeError(invalid ? ErrorCode::InvalidInput : ErrorCode::AlreadyExists, detail.left(200));
    }
    return error;
}

void MailTmProvider::learnHub(const net::Response& response)
{
    if (m_hubLearnt)
        return;
    const QString link = QString::fromLatin1(response.header("Link"));
    if (link.isEmpty())
        return;
    static const QRegularExpression hub(u"<([^>]{1,2048})>\\s*;[^,]*rel=\"?mercure\"?"_s);
    const auto match = hub.match(link);
    if (!match.hasMatch())
        return;
    const QUrl candidate = m_baseUrl.resolved(QUrl(match.captured(1)));
    // Only a hub of the provider itself (api.mail.tm -> mercure.mail.tm), on the same scheme, gets
    // the account's JWT.
    const QString baseHost = m_baseUrl.host().toLower();
    const QString parent = baseHost.section(u'.', 1);
    const QString host = candidate.host().toLower();
    const bool sameSite
        = host == baseHost || (parent.contains(u'.') && (host == parent || host.endsWith(u'.' + parent)));
    if (!candidate.isValid() || candidate.scheme() != m_baseUrl.scheme() || !sameSite)
        return;
    m_mercureUrl = candidate.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_hubLearnt = true;
}

MailTmProvider::Session MailTmProvider::sessionOf(const Mailbox& mailbox) const
{
    const QJsonObject object = QJsonDocument::fromJson(mailbox.credentials).object();
    Session session;
    session.password = object.value(u"password").toString();
    session.token = m_freshTokens.value(mailbox.address, object.value(u"token").toString());
    session.accountId = object.value(u"id").toString();
    if (session.accountId.isEmpty())
        session.accountId = mailbox.remoteId;
    return session;
}

QByteArray MailTmProvider::serialise(const Session& session)
{
    QJsonObject object;
    object.insert(u"password", session.password);
    object.insert(u"token", session.token);
    object.insert(u"id", session.accountId);
    return jsonBody(object);
}

void MailTmProvider::domains(Callback<QStringList> done)
{
    m_http.get(
        request(u"/domains"_s),
        [this, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            learnHub(*result);
            if (!result->isSuccess())
                return done(errorFrom(*result));
            done(parse::mailTmDomains(result->body));
        },
        this);
}

void MailTmProvider::login(
    const QString& address, const QString& password, std::function<void(Result<parse::MailTmToken>)> done)
{
    net::Request tokenRequest = request(u"/token"_s);
    tokenRequest.headers.emplaceBack("Content-Type", ContentJson);
    QJsonObject body;
    body.insert(u"address", address);
    body.insert(u"password", password);
    tokenRequest.body = jsonBody(body);
    m_http.post(
        tokenRequest,
        [this, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result));
            done(parse::mailTmToken(result->body));
        },
        this);
}

void MailTmProvider::createMailbox(const CreateRequest& create, Callback<Mailbox> done)
{
    static const QRegularExpression validLocal(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    const QString localPart
        = create.localPart.isEmpty() ? crypto::randomToken(RandomLocalPartLength) : create.localPart.toLower();
    if (!validLocal.match(localPart).hasMatch())
        return later<Mailbox>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"local part"_s));

    auto withDomain = [this, localPart, done](const QString& domain) mutable {
        const QString address = localPart + u'@' + domain.toLower();
        const QString password = crypto::randomToken(PasswordLength, AlphaNumeric);
        net::Request accounts = request(u"/accounts"_s);
        accounts.headers.emplaceBack("Content-Type", ContentJson);
        QJsonObject body;
        body.insert(u"address", address);
        body.insert(u"password", password);
        accounts.body = jsonBody(body);
        m_http.post(
            accounts,
            [this, address, password, done](Result<net::Response> result) mutable {
                if (!result)
                    return done(result.error());
                if (!result->isSuccess())
                    return done(errorFrom(*result));
                auto accountId = parse::mailTmAccountId(result->body);
                if (!accountId)
                    return done(accountId.error());
                login(address, password, [this, address, password, id = *accountId, done](auto token) mutable {
                    if (!token)
                        return done(token.error());
                    Mailbox mailbox;
                    mailbox.address = address;
                    mailbox.providerId = m_id;
                    mailbox.remoteId = id;
                    mailbox.credentials = serialise(Session{password, token->token, id});
                    mailbox.createdAt = QDateTime::currentDateTimeUtc();
                    done(std::move(mailbox));
                });
            },
            this);
    };

    if (!create.domain.isEmpty()) {
        QTimer::singleShot(
            0, this, [withDomain = std::move(withDomain), domain = create.domain]() mutable { withDomain(domain); });
        return;
    }
    domains([withDomain = std::move(withDomain), done](Result<QStringList> list) mutable {
        if (!list)
            return done(list.error());
        // Domains rotate (§1.9): never hard-coded, picked from what the provider offers today.
        withDomain(list->at(QRandomGenerator::global()->bounded(int(list->size()))));
    });
}

void MailTmProvider::authed(const Mailbox& mailbox, const QByteArray& method, const QString& path,
    const QByteArray& body, const QByteArray& contentType, qint64 maxBytes, ResponseCallback done)
{
    const Session session = sessionOf(mailbox);
    auto build = [this, path, body, contentType, maxBytes](const QString& token) {
        net::Request out = request(path, token);
        out.body = body;
        out.maxResponseBytes = maxBytes;
        if (maxBytes > net::DefaultMaxResponseBytes)
            out.timeout = net::RawFetchTimeout;
        if (!contentType.isEmpty())
            out.headers.emplaceBack("Content-Type", contentType);
        return out;
    };
    const QString address = mailbox.address;
    m_http.send(
        method, build(session.token),
        [this, session, address, method, build, done = std::move(done)](Result<net::Response> result) mutable {
            if (!result || result->status != 401)
                return done(std::move(result));
            // The JWT has no documented lifetime (§1.3): log in again with the stored password, once.
            qCDebug(lcProviders) << "token refused, logging in again";
            login(address, session.password, [this, session, address, method, build, done](auto token) mutable {
                if (!token) {
                    const Error error = token.error().code == ErrorCode::BadCredential
                        ? makeError(ErrorCode::BadCredential, u"password refused"_s)
                        : token.error();
                    return done(error);
                }
                m_freshTokens.insert(address, token->token);
                Q_EMIT credentialsChanged(
                    address, serialise(Session{session.password, token->token, session.accountId}));
                m_http.send(
                    method, build(token->token),
                    [done](Result<net::Response> retried) {
                        if (retried && retried->status == 401)
                            return done(makeError(ErrorCode::BadCredential, u"token refused after login"_s));
                        done(std::move(retried));
                    },
                    this);
            });
        },
        this);
}

void MailTmProvider::listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done)
{
    listPage(mailbox, 1, {}, std::move(done));
}

void MailTmProvider::listPage(
    const Mailbox& mailbox, int page, QList<MessageSummary> gathered, Callback<QList<MessageSummary>> done)
{
    authed(mailbox, "GET", u"/messages?page="_s + QString::number(page), {}, {}, parse::MaxJsonBytes,
        [this, mailbox, page, gathered = std::move(gathered), done = std::move(done)](
            Result<net::Response> result) mutable {
            if (!result)
                return done(result.error());
            learnHub(*result);
            if (!result->isSuccess())
                return done(errorFrom(*result));
            auto messages = parse::mailTmMessages(result->body);
            if (!messages)
                return done(messages.error());
            const bool full = messages->size() >= MessagesPerPage;
            // Mail that arrives between two pages shifts the list: skip what an earlier page had.
            for (auto& message : *messages) {
                const bool seen = std::any_of(gathered.cbegin(), gathered.cend(),
                    [&](const MessageSummary& other) { return other.id == message.id; });
                if (!seen)
                    gathered.append(std::move(message));
            }
            if (!full || page >= MaxMessagePages)
                return done(std::move(gathered));
            listPage(mailbox, page + 1, std::move(gathered), std::move(done));
        });
}

void MailTmProvider::fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done)
{
    authed(mailbox, "GET", u"/sources/"_s + pathSegment(messageId), {}, {}, parse::MaxJsonWithSourceBytes,
        [this, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result));
            done(parse::mailTmSource(result->body));
        });
}

void MailTmProvider::deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    authed(mailbox, "DELETE", u"/messages/"_s + pathSegment(messageId), {}, {}, parse::MaxJsonBytes,
        [this, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result));
            done({});
        });
}

void MailTmProvider::deleteMailbox(const Mailbox& mailbox, Callback<void> done)
{
    const Session session = sessionOf(mailbox);
    const QString address = mailbox.address;
    authed(mailbox, "DELETE", u"/accounts/"_s + pathSegment(session.accountId), {}, {}, parse::MaxJsonBytes,
        [this, address, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess() && result->status != 404)
                return done(errorFrom(*result));
            m_freshTokens.remove(address);
            done({});
        });
}

void MailTmProvider::markSeen(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    authed(mailbox, "PATCH", u"/messages/"_s + pathSegment(messageId), "{\"seen\":true}", ContentMergePatch,
        parse::MaxJsonBytes, [this, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result));
            done({});
        });
}

void MailTmProvider::extend(const Mailbox&, std::chrono::seconds, Callback<QDateTime> done)
{
    later<QDateTime>(this, std::move(done), makeError(ErrorCode::Unsupported, u"mail.tm accounts do not expire"_s));
}

std::unique_ptr<PushSubscription> MailTmProvider::subscribe(const Mailbox& mailbox)
{
    QPointer<MailTmProvider> self(this);
    auto subscription = std::make_unique<LiveSubscription>(
        [self, mailbox](Callback<QList<MessageSummary>> done) {
            if (!self)
                return done(makeError(ErrorCode::Cancelled, u"provider gone"_s));
            self->listMessages(mailbox, std::move(done));
        },
        true);
    subscription->setPollInterval(m_pollInterval);
    LiveSubscription* live = subscription.get();

    const Session session = sessionOf(mailbox);
    QUrl hub = m_mercureUrl;
    QUrlQuery query;
    // Mercure topics are IRIs of the account (§1.8).
    query.addQueryItem(u"topic"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"/accounts/"_s + session.accountId)));
    hub.setQuery(query);
    net::Request stream;
    stream.url = hub;
    stream.headers.emplaceBack("Authorization", "Bearer " + session.token.toUtf8());

    auto* sse = new net::SseClient(m_http, live);
    sse->setReconnectDelays(m_reconnectDelay, std::max(m_reconnectDelay * 30, m_reconnectDelay));
    connect(sse, &net::SseClient::connectedChanged, live, &LiveSubscription::pushConnected);
    connect(sse, &net::SseClient::eventReceived, live, [live](const net::SseEvent& event) {
        const parse::MailTmEvent parsed = parse::mailTmEvent(event.data);
        switch (parsed.kind) {
        case parse::MailTmEvent::Kind::NewMessage:
            live->pushArrived(parsed.messageId);
            break;
        case parse::MailTmEvent::Kind::Deleted:
            live->pushDeleted(parsed.messageId);
            break;
        case parse::MailTmEvent::Kind::Seen:
            break;
        case parse::MailTmEvent::Kind::Account:
        case parse::MailTmEvent::Kind::Unparsable:
            live->poll(); // what changed is not said (or not readable): ask the list
            break;
        }
    });
    const QString address = mailbox.address;
    const QString password = session.password;
    connect(sse, &net::SseClient::failed, live, [self, sse, live, stream, address, password](const Error& error) {
        if (error.code != ErrorCode::BadCredential || !self)
            return;
        self->login(address, password, [self, sse, live, stream, address, password](auto token) {
            if (!self)
                return;
            if (!token)
                return live->pushFailed(token.error());
            self->m_freshTokens.insert(address, token->token);
            Q_EMIT self->credentialsChanged(address, serialise(Session{password, token->token, {}}));
            net::Request renewed = stream;
            renewed.headers = {{"Authorization", "Bearer " + token->token.toUtf8()}};
            sse->open(renewed);
        });
    });
    live->start();
    sse->open(stream);
    return subscription;
}

} // namespace mayfly::core::providers
