#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace mayfly::core::providers {

// Who can read a mailbox at the provider (shown beside every address).
enum class PrivacyLabel
{
    Private, // a credential per mailbox (mail.tm password, relay token)
    Token, // a session token that anyone holding it can use (Guerrilla sid_token)
    Public, // anyone who knows or guesses the name can read it (Guerrilla inbox, Mailpit, Inbucket)
};

enum class Capability
{
    RawSource = 1 << 0, // fetchRaw returns the RFC 5322 source
    DeleteMessage = 1 << 1,
    DeleteMailbox = 1 << 2, // the account/address can be deleted at the provider
    MarkSeen = 1 << 3,
    Push = 1 << 4, // subscribe() is a real push channel, not polling
    CustomLocalPart = 1 << 5,
    ChooseDomain = 1 << 6,
    Extend = 1 << 7, // the expiry can be pushed back
    Expires = 1 << 8, // the provider expires addresses on its own
    SelfHosted = 1 << 9, // the user's own server (relay, Mailpit, Inbucket): no politeness spacing
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// What a provider is, for the first-run page, the address list and the privacy dashboard.
struct ProviderInfo
{
    QString id; // "relay", "mailtm", "mailgw", "guerrilla", "mailpit", "inbucket"
    QString displayName; // "mail.tm"; brand names stay, "Mayfly relay" is translated
    PrivacyLabel privacy = PrivacyLabel::Private;
    Capabilities capabilities;
    QString retention; // the provider's documented retention, a sentence translated with tr() (English in the CLI)
    std::optional<std::chrono::seconds> messageRetention; // when the provider deletes messages itself
    QUrl baseUrl;
};

// One address at one provider. `credentials` is the provider's own serialised state (password,
// JWT, sid_token, relay token and X25519 private key ...): secret, sealed by the store, opaque to
// everything but the provider that made it.
struct Mailbox
{
    QString address;
    QString providerId;
    QString remoteId;
    QByteArray credentials;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid when the provider sets no expiry
};

struct CreateRequest
{
    QString localPart; // empty: random
    QString domain; // empty: the provider's choice
    std::chrono::seconds ttl{0}; // 0: the provider's default
};

// What a message list shows; for providers that cannot read the mail (the relay with sealing),
// from/subject/preview are empty until the raw source is fetched and parsed.
struct MessageSummary
{
    QString id;
    QString from;
    QString subject;
    QString preview;
    QDateTime receivedAt;
    qint64 size = -1;
    bool seen = false;
    bool hasAttachments = false;
};

// A live channel for one mailbox: a real push (SSE, WebSocket) where the provider has one,
// otherwise polling. Reconnects with backoff on its own. Destroying it closes it.
class PushSubscription : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushSubscription)

public:
    using QObject::QObject;
    ~PushSubscription() override = default;

    [[nodiscard]] virtual bool isPush() const = 0; // false: polling fallback

Q_SIGNALS:
    void messageArrived(const QString& messageId);
    void messageDeleted(const QString& messageId);
    void connectedChanged(bool connected);
    void failed(const mayfly::core::Error& error);
};

template <typename T>
using Callback = std::function<void(Result<T>)>;

// One backend. Every call is asynchronous: the callback runs later on the provider's thread
// (never before the call returns), once, with a value or an Error whose code says what the user
// can do (RateLimited, ProviderDown, AlreadyExists, Expired, BadCredential, Network ...).
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)

public:
    using QObject::QObject;
    ~Provider() override = default;

    [[nodiscard]] virtual ProviderInfo info() const = 0;

    virtual void domains(Callback<QStringList> done) = 0;
    virtual void createMailbox(const CreateRequest& request, Callback<Mailbox> done) = 0;
    virtual void listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done) = 0;
    // The RFC 5322 source (opened locally when the provider stored it sealed), or the best the
    // provider offers, turned into RFC 5322 by the provider class.
    virtual void fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done) = 0;
    virtual void deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done) = 0;
    virtual void deleteMailbox(const Mailbox& mailbox, Callback<void> done) = 0;
    virtual void markSeen(const Mailbox& mailbox, const QString& messageId, Callback<void> done) = 0;
    virtual void extend(const Mailbox& mailbox, std::chrono::seconds ttl, Callback<QDateTime> done) = 0;
    [[nodiscard]] virtual std::unique_ptr<PushSubscription> subscribe(const Mailbox& mailbox) = 0;

Q_SIGNALS:
    // The provider refreshed a mailbox's credentials (new JWT, rotated sid_token): store them.
    void credentialsChanged(const QString& address, const QByteArray& credentials);
};

[[nodiscard]] QString privacyLabelName(PrivacyLabel label); // stable identifier: "private", "token", "public"
[[nodiscard]] QString privacyLabelText(PrivacyLabel label); // the same, translated for display

} // namespace mayfly::core::providers
