#include "core/providers/RelayProvider.h"

#include "core/common/SecureBuffer.h"
#include "core/crypto/SealedBox.h"
#include "core/net/WebSocketClient.h"
#include "core/providers/LiveSubscription.h"
#include "core/providers/ResponseParsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The private key, decoded into a buffer that wipes itself.
Result<SecureBuffer> privateKeyOf(const Mailbox& mailbox)
{
    const QJsonObject object = QJsonDocument::fromJson(mailbox.credentials).object();
    QByteArray encoded = object.value(u"privateKey").toString().toLatin1();
    QByteArray raw = QByteArray::fromBase64(encoded);
    secureWipe(encoded);
    if (raw.size() != crypto::SealedBox::KeySize) {
        secureWipe(raw);
        return makeError(ErrorCode::Crypto, u"no private key for this address"_s);
    }
    SecureBuffer key = SecureBuffer::fromByteArray(raw);
    secureWipe(raw);
    return key;
}

} // namespace

RelayProvider::RelayProvider(net::HttpClient& http, const QUrl& baseUrl, const QString& creationKey, QObject* parent)
    : Provider(parent)
    , m_http(http)
    , m_baseUrl(baseUrl)
    , m_creationKey(creationKey)
{ }

ProviderInfo RelayProvider::infoFor(const QUrl& baseUrl)
{
    ProviderInfo info;
    info.id = u"relay"_s;
    info.displayName = tr("Mayfly relay");
    info.baseUrl = baseUrl;
    info.privacy = PrivacyLabel::Private;
    info.capabilities = Capability::SelfHosted | Capability::RawSource | Capability::DeleteMessage
        | Capability::DeleteMailbox | Capability::Push | Capability::CustomLocalPart | Capability::ChooseDomain
        | Capability::Extend | Capability::Expires;
    info.retention = tr("Messages are kept, sealed to your key, until the address expires or you delete it.");
    return info;
}

ProviderInfo RelayProvider::info() const
{
    return infoFor(m_baseUrl);
}

void RelayProvider::setOperatorKey(SecureBuffer privateKey)
{
    m_operatorKey = privateKey.isEmpty() ? nullptr : std::make_shared<const SecureBuffer>(std::move(privateKey));
}

Result<crypto::X25519KeyPair> RelayProvider::operatorKeyPair(const QString& storedPrivateKey, bool* created)
{
    if (created)
        *created = false;
    if (storedPrivateKey.isEmpty()) {
        crypto::X25519KeyPair pair = crypto::SealedBox::generateKeyPair();
        if (pair.publicKey.size() != crypto::SealedBox::KeySize)
            return makeError(ErrorCode::Crypto, u"key generation failed"_s);
        if (created)
            *created = true;
        return pair;
    }
    QByteArray encoded = storedPrivateKey.toLatin1();
    QByteArray raw = QByteArray::fromBase64(encoded);
    secureWipe(encoded);
    if (raw.size() != crypto::SealedBox::KeySize) {
        secureWipe(raw);
        return makeError(ErrorCode::Crypto, u"the local relay's key is damaged"_s);
    }
    crypto::X25519KeyPair pair;
    pair.privateKey = SecureBuffer::fromByteArray(raw);
    secureWipe(raw);
    auto publicKey = crypto::SealedBox::publicKeyOf(pair.privateKey);
    if (!publicKey)
        return publicKey.error();
    pair.publicKey = *publicKey;
    return pair;
}

QString RelayProvider::encodeKey(const SecureBuffer& privateKey)
{
    QByteArray raw = privateKey.toByteArray();
    QByteArray encoded = raw.toBase64();
    secureWipe(raw);
    QString out = QString::fromLatin1(encoded);
    secureWipe(encoded);
    return out;
}

void RelayProvider::setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay)
{
    m_pollInterval = pollInterval;
    m_reconnectDelay = reconnectDelay;
}

net::Request RelayProvider::request(const QString& path, const QByteArray& token) const
{
    net::Request out;
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    out.url = url;
    out.headers.emplaceBack("Accept", "application/json");
    if (!token.isEmpty())
        out.headers.emplaceBack("Authorization", "Bearer " + token);
    return out;
}

QByteArray RelayProvider::tokenOf(const Mailbox& mailbox)
{
    return QJsonDocument::fromJson(mailbox.credentials).object().value(u"token").toString().toUtf8();
}

QString RelayProvider::addressPath(const Mailbox& mailbox)
{
    return u"/api/v1/addresses/"_s + pathSegment(mailbox.remoteId);
}

Error RelayProvider::errorFrom(const net::Response& response, bool addressLevel)
{
    Error error = net::errorForStatus(response);
    const QString reason = parse::relayErrorReason(response.body);
    if (!reason.isEmpty())
        error.detail = reason;
    // The relay answers 404 for unknown ids and wrong tokens alike, never a hint which: at address
    // level that means the address is gone (expired or deleted).
    if (addressLevel && response.status == 404)
        error.code = ErrorCode::Expired;
    return error;
}

void RelayProvider::domains(Callback<QStringList> done)
{
    // The contract has no domain listing: an empty list means "the relay's default".
    later<QStringList>(this, std::move(done), QStringList{});
}

void RelayProvider::createMailbox(const CreateRequest& create, Callback<Mailbox> done)
{
    crypto::X25519KeyPair keys = crypto::SealedBox::generateKeyPair();
    if (keys.publicKey.size() != crypto::SealedBox::KeySize)
        return later<Mailbox>(this, std::move(done), makeError(ErrorCode::Crypto, u"key generation failed"_s));
    QJsonObject body;
    if (!create.localPart.isEmpty())
        body.insert(u"localPart", create.localPart.toLower());
    if (!create.domain.isEmpty())
        body.insert(u"domain", create.domain.toLower());
    if (create.ttl.count() > 0)
        body.insert(u"ttlSeconds", qint64(create.ttl.count()));
    body.insert(u"publicKey", QString::fromLatin1(keys.publicKey.toBase64()));
    net::Request post = request(u"/api/v1/addresses"_s, m_creationKey.toUtf8());
    post.headers.emplaceBack("Content-Type", "application/json");
    post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto privateKey = std::make_shared<SecureBuffer>(std::move(keys.privateKey));
    m_http.post(
        post,
        [privateKey, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess()) {
                Error error = errorFrom(*result, false);
                if (result->status == 401)
                    error.detail = u"the relay refused the creation key"_s;
                return done(error);
            }
            auto created = parse::relayAddress(result->body);
            if (!created)
                return done(created.error());
            if (created->token.isEmpty())
                return done(makeError(ErrorCode::ProviderDown, u"no token in answer"_s));
            QByteArray key = privateKey->toByteArray();
            QByteArray keyBase64 = key.toBase64();
            secureWipe(key);
            QJsonObject credentials;
            credentials.insert(u"token", created->token);
            credentials.insert(u"privateKey", QString::fromLatin1(keyBase64));
            secureWipe(keyBase64);
            Mailbox mailbox;
            mailbox.address = created->address;
            mailbox.providerId = u"relay"_s;
            mailbox.remoteId = created->id;
            mailbox.credentials = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
            mailbox.createdAt = created->createdAt.isValid() ? created->createdAt : QDateTime::currentDateTimeUtc();
            mailbox.expiresAt = created->expiresAt;
            done(std::move(mailbox));
        },
        this);
}

void RelayProvider::listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done)
{
    m_http.get(
        request(addressPath(mailbox) + u"/messages"_s, tokenOf(mailbox)),
        [done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result, true));
            done(parse::relayMessages(result->body));
        },
        this);
}

void RelayProvider::fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done)
{
    net::Request get
        = request(addressPath(mailbox) + u"/messages/"_s + pathSegment(messageId) + u"/raw"_s, tokenOf(mailbox));
    get.maxResponseBytes = net::MaxRawMessageBytes;
    get.timeout = net::RawFetchTimeout;
    const QByteArray credentials = mailbox.credentials;
    m_http.get(
        get,
        [credentials, messageId, operatorKey = m_operatorKey, done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result, false));
            const QByteArray type = result->header("Content-Type");
            if (!type.startsWith(SealedContentType))
                return done(std::move(result->body));
            // "; key=operator": sealed to the relay operator's key (--seal-to), not the address's.
            bool toOperator = false;
            for (const QByteArray& parameter : type.split(';').mid(1))
                toOperator = toOperator || parameter.trimmed().toLower() == "key=operator";
            if (toOperator) {
                if (!operatorKey)
                    return done(makeError(ErrorCode::Crypto,
                        u"this message is sealed to the relay operator's key, which this profile does not hold"_s));
                auto opened = crypto::SealedBox::open(*operatorKey, result->body, messageId.toUtf8());
                if (!opened)
                    return done(makeError(ErrorCode::Crypto, u"sealed message did not open"_s));
                return done(std::move(opened));
            }
            Mailbox owner;
            owner.credentials = credentials;
            auto key = privateKeyOf(owner);
            if (!key)
                return done(key.error());
            auto opened = crypto::SealedBox::open(*key, result->body, messageId.toUtf8());
            if (!opened)
                return done(makeError(ErrorCode::Crypto, u"sealed message did not open"_s));
            done(std::move(opened));
        },
        this);
}

void RelayProvider::deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done)
{
    m_http.del(
        request(addressPath(mailbox) + u"/messages/"_s + pathSegment(messageId), tokenOf(mailbox)),
        [done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result, false));
            done({});
        },
        this);
}

void RelayProvider::deleteMailbox(const Mailbox& mailbox, Callback<void> done)
{
    m_http.del(
        request(addressPath(mailbox), tokenOf(mailbox)),
        [done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            // Already gone (expired, deleted elsewhere) is what the caller wanted.
            if (!result->isSuccess() && result->status != 404)
                return done(errorFrom(*result, true));
            done({});
        },
        this);
}

void RelayProvider::markSeen(const Mailbox&, const QString&, Callback<void> done)
{
    later<void>(this, std::move(done), makeError(ErrorCode::Unsupported, u"the relay keeps no read state"_s));
}

void RelayProvider::extend(const Mailbox& mailbox, std::chrono::seconds ttl, Callback<QDateTime> done)
{
    net::Request post = request(addressPath(mailbox) + u"/extend"_s, tokenOf(mailbox));
    post.headers.emplaceBack("Content-Type", "application/json");
    QJsonObject body;
    body.insert(u"ttlSeconds", qint64(ttl.count()));
    post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_http.post(
        post,
        [done = std::move(done)](Result<net::Response> result) {
            if (!result)
                return done(result.error());
            if (!result->isSuccess())
                return done(errorFrom(*result, true));
            done(parse::relayExpiresAt(result->body));
        },
        this);
}

std::unique_ptr<PushSubscription> RelayProvider::subscribe(const Mailbox& mailbox)
{
    QPointer<RelayProvider> self(this);
    auto subscription = std::make_unique<LiveSubscription>(
        [self, mailbox](Callback<QList<MessageSummary>> done) {
            if (!self)
                return done(makeError(ErrorCode::Cancelled, u"provider gone"_s));
            self->listMessages(mailbox, std::move(done));
        },
        true);
    subscription->setPollInterval(m_pollInterval);
    LiveSubscription* live = subscription.get();

    net::Request events = request(addressPath(mailbox) + u"/events"_s, tokenOf(mailbox));
    QUrl url = events.url;
    url.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    events.url = url;

    auto* socket = new net::WebSocketClient(m_http, live);
    socket->setReconnectDelays(m_reconnectDelay, std::max(m_reconnectDelay * 30, m_reconnectDelay));
    connect(socket, &net::WebSocketClient::connectedChanged, live, &LiveSubscription::pushConnected);
    connect(socket, &net::WebSocketClient::textMessageReceived, live, [live, socket](const QString& text) {
        const parse::RelayEvent event = parse::relayEvent(text.toUtf8());
        switch (event.kind) {
        case parse::RelayEvent::Kind::MessageNew:
            live->pushArrived(event.messageId);
            break;
        case parse::RelayEvent::Kind::MessageDeleted:
            live->pushDeleted(event.messageId);
            break;
        case parse::RelayEvent::Kind::AddressDeleted:
        case parse::RelayEvent::Kind::AddressExpired:
            socket->close();
            live->pushFailed(makeError(ErrorCode::Expired,
                event.kind == parse::RelayEvent::Kind::AddressExpired ? u"address expired"_s : u"address deleted"_s));
            break;
        case parse::RelayEvent::Kind::Unknown:
            break; // newer relays may send more
        }
    });
    live->start();
    socket->open(events);
    return subscription;
}

} // namespace mayfly::core::providers
