#pragma once

#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"
#include "core/providers/ResponseParsers.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

namespace mayfly::core::providers {

// Guerrilla Mail's JSON API (PROVIDERS.md §2). The session is the sid_token parameter, taken
// from every answer (never a cookie); a lost session is re-claimed with set_email_user. Inboxes
// are public (anyone who types the same name reads them) and live 60 minutes, renewable. There is
// no raw source: the filtered HTML body is wrapped into an RFC 5322 message, which Mayfly's
// pipeline sanitises like any other.
class GuerrillaMailProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuerrillaMailProvider)

public:
    static constexpr std::chrono::minutes Lifetime{60};
    static constexpr int RandomLocalPartLength = 10;

    explicit GuerrillaMailProvider(net::HttpClient& http,
        const QUrl& endpoint = QUrl(QStringLiteral("https://api.guerrillamail.com/ajax.php")),
        QObject* parent = nullptr);

    [[nodiscard]] static ProviderInfo infoFor(const QUrl& endpoint);
    // Every one of them delivers to the same local part (§2.4): the domain is cosmetic.
    [[nodiscard]] static QStringList knownDomains();

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

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

private:
    using ResponseCallback = std::function<void(Result<net::Response>)>;

    void call(const QString& function, const QUrlQuery& params, const QString& sid, ResponseCallback done);
    // Runs `function` in the mailbox's session; when the session is gone (empty answer, or the
    // session now names another address), claims the local part again and retries once.
    void inSession(const Mailbox& mailbox, const QString& function, const QUrlQuery& params, ResponseCallback done);
    void claim(const QString& localPart, const QString& sid, std::function<void(Result<parse::GuerrillaAddress>)> done);
    void remember(const Mailbox& mailbox, const QString& sid, qint64 timestamp);
    [[nodiscard]] QString sidOf(const Mailbox& mailbox) const;
    [[nodiscard]] static QString localPartOf(const Mailbox& mailbox);

    net::HttpClient& m_http;
    QUrl m_endpoint;
    QHash<QString, QString> m_sids; // address -> the newest sid_token seen
    std::chrono::milliseconds m_pollInterval{10000};
};

} // namespace mayfly::core::providers
