#include "core/providers/GuerrillaMailProvider.h"

#include "core/common/Logging.h"
#include "core/crypto/Random.h"
#include "core/providers/LiveSubscription.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

namespace mayfly::core::providers {

using namespace Qt::StringLiterals;

namespace {

template <typename T>
void later(QObject* context, Callback<T> done, Result<T> result)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

QDateTime expiryOf(qint64 timestamp)
{
    const qint64 start = timestamp > 0 ? timestamp : QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc())
        .addSecs(std::chrono::duration_cast<std::chrono::seconds>(GuerrillaMailProvider::Lifetime).count());
}

QString sidIn(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(u"sid_token").toString();
}

} // namespace

GuerrillaMailProvider::GuerrillaMailProvider(net::HttpClient& http, const QUrl& endpoint, QObject* parent)
    : Provider(parent)
    , m_http(http)
    , m_endpoint(endpoint)
{ }

QStringList GuerrillaMailProvider::knownDomains()
{
    return {u"guerrillamailblock.com"_s, u"sharklasers.com"_s, u"guerrillamail.info"_s, u"grr.la"_s,
        u"guerrillamail.biz"_s, u"guerrillamail.com"_s, u"guerrillamail.de"_s, u"guerrillamail.net"_s,
        u"guerrillamail.org"_s, u"pokemail.net"_s, u"spam4.me"_s};
}

ProviderInfo GuerrillaMailProvider::infoFor(const QUrl& endpoint)
{
    ProviderInfo info;
    info.id = u"guerrilla"_s;
    info.displayName = u"Guerrilla Mail"_s;
    info.baseUrl = endpoint;
    // Anyone who sets the same name reads the inbox (§2.5).
    info.privacy = PrivacyLabel::Public;
    info.capabilities = Capability::DeleteMessage | Capability::DeleteMailbox | Capability::CustomLocalPart
        | Capability::ChooseDomain | Capability::Extend | Capability::Expires;
    info.retention = tr("Addresses live 60 minutes (renewable); messages are deleted after about an hour. "
                        "Anyone who knows the name can read the inbox.");
    info.messageRetention = std::chrono::hours(1);
    return info;
}

ProviderInfo GuerrillaMailProvider::info() const
{
    return infoFor(m_endpoint);
}

void GuerrillaMailProvider::domains(Callback<QStringList> done)
{
    later<QStringList>(this, std::move(done), knownDomains());
}

QString GuerrillaMailProvider::localPartOf(const Mailbox& mailbox)
{
    return mailbox.address.section(u'@', 0, 0);
}

QString GuerrillaMailProvider::sidOf(const Mailbox& mailbox) const
{
    if (m_sids.contains(mailbox.address))
        return m_sids.value(mailbox.address);
    return QJsonDocument::fromJson(mailbox.credentials).object().value(u"sid").toString();
}

void GuerrillaMailProvider::remember(const Mailbox& mailbox, const QString& sid, qint64 timestamp)
{
    if (sid.isEmpty() || sid == sidOf(mailbox))
        return;
    m_sids.insert(mailbox.address, sid);
    QJsonObject credentials = QJsonDocument::fromJson(mailbox.credentials).object();
    credentials.insert(u"sid", sid);
    if (timestamp > 0)
        credentials.insert(u"ts", timestamp);
    Q_EMIT credentialsChanged(mailbox.address, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
}

void GuerrillaMailProvider::call(
    const QString& function, const QUrlQuery& params, const QString& sid, ResponseCallback done)
{
    QUrlQuery query = params;
    query.addQueryItem(u"f"_s, function);
    query.addQueryItem(u"lang"_s, u"en"_s);
    // The session travels as a parameter, never as a cookie (HttpClient keeps none).
    if (!sid.isEmpty())
        query.addQueryItem(u"sid_token"_s, sid);
    net::Request request;
    QUrl url = m_endpoint;
    url.setQuery(query);
    request.url = url;
    request.headers.emplaceBack("Accept", "application/json");
    m_http.get(
        request,
        [done = std::move(done)](Result<net::Response> result) {
            if (result && !result->isSuccess())
                return done(net::errorForStatus(*result));
            done(std::move(result));
        },
        this);
}

void GuerrillaMailProvider::claim(
    const QString& localPart, const QString& sid, std::function<void(Result<parse::GuerrillaAddress>)> done)
{
    QUrlQuery params;
    params.addQueryItem(u"email_user"_s, localPart);
    call(u"set_email_user"_s, params, sid, [done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        done(parse::guerrillaAddress(result->body));
    });
}

void GuerrillaMailProvider::createMailbox(const CreateRequest& create, Callback<Mailbox> done)
{
    static const QRegularExpression validLocal(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    const QString localPart
        = create.localPart.isEmpty() ? crypto::randomToken(RandomLocalPartLength) : create.localPart.toLower();
    if (!validLocal.match(localPart).hasMatch())
        return later<Mailbox>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"local part"_s));
    const QString domain = create.domain.toLower();
    if (!domain.isEmpty() && !knownDomains().contains(domain))
        return later<Mailbox>(this, std::move(done), makeError(ErrorCode::InvalidInput, u"unknown domain"_s));

    // A session first, then the name; a random name of ours rather than the provider's, which is
    // handed out sequentially to many users.
    call(u"get_email_address"_s, {}, {}, [this, localPart, domain, done](Result<net::Response> first) mutable {
        if (!first)
            return done(first.error());
        auto session = parse::guerrillaAddress(first->body);
        if (!session)
            return done(session.error());
        claim(localPart, session->sidToken, [domain, done](Result<parse::GuerrillaAddress> claimed) mutable {
            if (!claimed)
                return done(claimed.error());
            Mailbox mailbox;
            const QString user = claimed->address.section(u'@', 0, 0);
            mailbox.address = user + u'@' + (domain.isEmpty() ? claimed->address.section(u'@', 1) : domain);
            mailbox.providerId = u"guerrilla"_s;
            mailbox.remoteId = user;
            QJsonObject credentials;
            credentials.insert(u"sid", claimed->sidToken);
            credentials.insert(u"ts", claimed->timestamp);
            mailbox.credentials = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
            mailbox.createdAt = QDateTime::currentDateTimeUtc();
            mailbox.expiresAt = expiryOf(claimed->timestamp);
            done(std::move(mailbox));
        });
    });
}

void GuerrillaMailProvider::inSession(
    const Mailbox& mailbox, const QString& function, const QUrlQuery& params, ResponseCallback done)
{
    const QString user = localPartOf(mailbox);
    call(function, params, sidOf(mailbox),
        [this, mailbox, user, function, params, done](Result<net::Response> result) mutable {
            if (!result)
                return done(std::move(result));
            const QJsonObject object = QJsonDocument::fromJson(result->body).object();
            const QString email = object.value(u"email").toString(object.value(u"email_addr").toString());
            // An empty answer or another address means the session died (~18 min idle, §2.2).
            const bool lost = result->body.trimmed().isEmpty()
                || (!email.isEmpty() && email.section(u'@', 0, 0).compare(user, Qt::CaseInsensitive) != 0);
            if (!lost) {
                remember(mailbox, sidIn(result->body), 0);
                return done(std::move(result));
            }
            qCDebug(lcProviders) << "guerrilla session lost; claiming the name again";
            claim(user, sidIn(result->body), [this, mailbox, function, params, done](auto claimed) mutable {
                if (!claimed)
                    return done(claimed.error());
                remember(mailbox, claimed->sidToken, claimed->timestamp);
                call(function, params, claimed->sidToken, [this, mailbox, done](Result<net::Response> retried) {
                    if (retried)
                        remember(mailbox, sidIn(retried->body), 0);
                    done(std::move(retried));
                });
            });
        });
}

void GuerrillaMailProvider::listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done)
{
    QUrlQuery params;
    params.addQueryItem(u"offset"_s, u"0"_s);
    inSession(mailbox, u"get_email_list"_s, params, [done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        auto list = parse::guerrillaList(result->body);
        if (!list)
            return done(list.error());
        done(std::move(list->messages));
    });
}

void GuerrillaMailProvider::fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done)
{
    QUrlQuery params;
    params.addQueryItem(u"email_id"_s, messageId);
    const QString to = mailbox.address;
    inSession(mailbox, u"fetch_email"_s, params, [to, done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        auto mail = parse::guerrillaMail(result->body);
        if (!mail)
            return done(mail.error());
        done(parse::guerrillaToRfc5322(*mail, to));
    });
}

void GuerrillaMailProvider::deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    QUrlQuery params;
    params.addQueryItem(u"email_ids[]"_s, messageId);
    inSession(mailbox, u"del_email"_s, params, [done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        auto deleted = parse::guerrillaDeleted(result->body);
        if (!deleted)
            return done(deleted.error());
        done({});
    });
}

void GuerrillaMailProvider::deleteMailbox(const Mailbox& mailbox, Callback<void> done)
{
    QUrlQuery params;
    params.addQueryItem(u"email_addr"_s, mailbox.address);
    const QString address = mailbox.address;
    // forget_me answers a bare true/false; either way the session no longer holds the address.
    call(u"forget_me"_s, params, sidOf(mailbox), [this, address, done = std::move(done)](Result<net::Response> result) {
        if (!result)
            return done(result.error());
        m_sids.remove(address);
        done({});
    });
}

void GuerrillaMailProvider::markSeen(const Mailbox&, const QString&, Callback<void> done)
{
    later<void>(this, std::move(done), makeError(ErrorCode::Unsupported, u"reading marks Guerrilla mail seen"_s));
}

void GuerrillaMailProvider::extend(const Mailbox& mailbox, std::chrono::seconds, Callback<QDateTime> done)
{
    // `extend` is disabled server-side (§2.3); set_email_user with the same name renews 60 minutes.
    claim(localPartOf(mailbox), sidOf(mailbox), [this, mailbox, done = std::move(done)](auto claimed) {
        if (!claimed)
            return done(claimed.error());
        remember(mailbox, claimed->sidToken, claimed->timestamp);
        done(expiryOf(claimed->timestamp));
    });
}

std::unique_ptr<PushSubscription> GuerrillaMailProvider::subscribe(const Mailbox& mailbox)
{
    QPointer<GuerrillaMailProvider> self(this);
    auto subscription = std::make_unique<LiveSubscription>(
        [self, mailbox](Callback<QList<MessageSummary>> done) {
            if (!self)
                return done(makeError(ErrorCode::Cancelled, u"provider gone"_s));
            self->listMessages(mailbox, std::move(done));
        },
        false);
    subscription->setPollInterval(m_pollInterval);
    subscription->start();
    return subscription;
}

} // namespace mayfly::core::providers
