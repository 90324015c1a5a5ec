#pragma once

#include "core/common/SecureBuffer.h"
#include "core/crypto/SealedBox.h"
#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"

#include <QUrl>

#include <memory>

namespace mayfly::core::providers {

// Mayfly's own relay (RELAY-API-CONTRACT.md). Each address is created with a fresh X25519 public
// key, so the relay stores every message sealed to it; the private key and the address's bearer
// token live only in Mailbox::credentials, and messages are opened here (associated data = the
// message id). Push through the relay's WebSocket.
class RelayProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayProvider)

public:
    static constexpr char SealedContentType[] = "application/vnd.mayfly.sealed";
    // The secret setting (Store::secretSetting) that holds, base64, the private half of the key pair
    // a profile's local relay seals catch-all mail to (mayfly-relay --seal-to). Every front end
    // that reads the local relay uses the same one.
    static constexpr QLatin1String LocalRelayKeySetting{"localRelay/sealKey"};

    // `creationKey` is sent as Bearer on POST /addresses when the relay requires one.
    RelayProvider(
        net::HttpClient& http, const QUrl& baseUrl, const QString& creationKey = {}, QObject* parent = nullptr);

    [[nodiscard]] static ProviderInfo infoFor(const QUrl& baseUrl);

    [[nodiscard]] ProviderInfo info() const override;
    void domains(Callback<QStringList> done) override;
    void createMailbox(const CreateRequest& request, Callback<Mailbox> done) override;
    void listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done) override;
    void fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done) override;
    void deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done) override;
    void deleteMailbox(const Mailbox& mailbox, Callback<void> done) override;
    void markSeen(const Mailbox& mailbox, const QString& messageId, Callback<void> done) override;
    void extend(const Mailbox& mailbox, std::chrono::seconds ttl, Callback<QDateTime> done) override;
    [[nodiscard]] std::unique_ptr<PushSubscription> subscribe(const Mailbox& mailbox) override;

    void setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay);

    // The private key of the relay's operator (--seal-to): opens mail the relay sealed to it rather
    // than to the address's own key (a catch-all address's mail from before it was claimed). The
    // local relay's operator is the profile; a remote relay's operator keeps their key to themselves.
    void setOperatorKey(SecureBuffer privateKey);
    // The key pair behind LocalRelayKeySetting: `storedPrivateKey` decoded, or a new pair (then
    // `created` is set and the caller stores encodeKey(pair.privateKey) under the setting).
    [[nodiscard]] static Result<crypto::X25519KeyPair> operatorKeyPair(
        const QString& storedPrivateKey, bool* created = nullptr);
    [[nodiscard]] static QString encodeKey(const SecureBuffer& privateKey);

private:
    [[nodiscard]] net::Request request(const QString& path, const QByteArray& token) const;
    [[nodiscard]] static QByteArray tokenOf(const Mailbox& mailbox);
    [[nodiscard]] static QString addressPath(const Mailbox& mailbox);
    [[nodiscard]] static Error errorFrom(const net::Response& response, bool addressLevel);

    net::HttpClient& m_http;
    QUrl m_baseUrl;
    QString m_creationKey;
    std::shared_ptr<const SecureBuffer> m_operatorKey;
    std::chrono::milliseconds m_pollInterval{30000};
    std::chrono::milliseconds m_reconnectDelay{1000};
};

} // namespace mayfly::core::providers
