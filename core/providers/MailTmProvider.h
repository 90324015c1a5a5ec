#pragma once

#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"
#include "core/providers/ResponseParsers.h"

#include <QHash>
#include <QUrl>

namespace mayfly::core::providers {

// mail.tm and mail.gw: the same API Platform software behind two base URLs (PROVIDERS.md §1).
// One account per address with a random strong password; the JWT is renewed with that password
// on 401. Push through the Mercure hub (SSE) with a polling fallback.
class MailTmProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailTmProvider)

public:
    static constexpr int PasswordLength = 24;
    // mail.tm refuses short or common local parts with 422 (PROVIDERS.md §1.9).
    static constexpr int RandomLocalPartLength = 12;

    // `id` is "mailtm" or "mailgw"; `mercureUrl` empty: learnt from the Link header, else the default.
    MailTmProvider(net::HttpClient& http, const QString& id, const QUrl& baseUrl, const QUrl& mercureUrl = {},
        QObject* parent = nullptr);

    [[nodiscard]] static ProviderInfo infoFor(const QString& id);

    [[nodiscard]] ProviderInfo info() const override;
    [[nodiscard]] QUrl hubUrl() const { return m_mercureUrl; }
    void domains(Callback<QStringList> done) override;
    void createMailbox(const CreateRequest& request, Callback<Mailbox> done) override;
    void listMessages(const Mailbox& mailbox, Callback<QList<MessageSummary>> done) override;
    void fetchRaw(const Mailbox& mailbox, const QString& messageId, Callback<QByteArray> done) override;
    void deleteMessage(const Mailbox& mailbox, const QString& messageId, Callback<void> done) override;
    void deleteMailbox(const Mailbox& mailbox, Callback<void> done) override;
    void markSeen(const Mailbox& mailbox, const QString& messageId, Callback<void> done) override;
    void extend(const Mailbox& mailbox, std::chrono::seconds ttl, Callback<QDateTime> done) override;
    [[nodiscard]] std::unique_ptr<PushSubscription> subscribe(const Mailbox& mailbox) override;

    // For tests: how fast the push falls back to polling and reconnects.
    void setPushTimings(std::chrono::milliseconds pollInterval, std::chrono::milliseconds reconnectDelay);

private:
    // mail.tm pages its message list 30 at a time (PROVIDERS.md); pages are read until one is not
    // full, up to MaxMessagePages.
    static constexpr int MessagesPerPage = 30;
    static constexpr int MaxMessagePages = 20;
    void listPage(
        const Mailbox& mailbox, int page, QList<MessageSummary> gathered, Callback<QList<MessageSummary>> done);

    struct Session
    {
        QString password;
        QString token;
        QString accountId;
    };
    using ResponseCallback = std::function<void(Result<net::Response>)>;

    [[nodiscard]] Session sessionOf(const Mailbox& mailbox) const;
    [[nodiscard]] static QByteArray serialise(const Session& session);
    [[nodiscard]] net::Request request(const QString& path, const QString& token = {}) const;
    // Sends with the mailbox's token; on 401 logs in again once with the stored password.
    void authed(const Mailbox& mailbox, const QByteArray& method, const QString& path, const QByteArray& body,
        const QByteArray& contentType, qint64 maxBytes, ResponseCallback done);
    void login(const QString& address, const QString& password, std::function<void(Result<parse::MailTmToken>)> done);
    [[nodiscard]] Error errorFrom(const net::Response& response) const;
    // API Platform announces its hub as `Link: <...>; rel="mercure"` (PROVIDERS.md §1.1).
    void learnHub(const net::Response& response);

    net::HttpClient& m_http;
    QString m_id;
    QUrl m_baseUrl;
    QUrl m_mercureUrl;
    bool m_hubLearnt = false;
    QHash<QString, QString> m_freshTokens; // address -> JWT renewed since the caller's credentials
    std::chrono::milliseconds m_pollInterval{15000};
    std::chrono::milliseconds m_reconnectDelay{1000};
};

} // namespace mayfly::core::providers
