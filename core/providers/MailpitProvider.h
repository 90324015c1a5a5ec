#pragma once

#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"

#include <QUrl>

namespace mayfly::core::providers {

// A Mailpit server someone already runs (PROVIDERS.md §4.2). Mailpit catches every address and
// has no per-mailbox access control: anyone with access to the server reads everything, so the
// label is Public. Its `to:` search is a substring match, so lists are filtered exactly here; its
// bulk delete wipes everything when given an empty list, so it is never called without ids.
class MailpitProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailpitProvider)

public:
    static constexpr int ListLimit = 200;

    // `basicAuth` is "user:password" when the server runs with --ui-auth-file, empty otherwise.
    MailpitProvider(net::HttpClient& http, const QUrl& baseUrl, const QString& basicAuth = {},
        const QString& defaultDomain = QStringLiteral("mayfly.test"), QObject* parent = nullptr);

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

private:
    [[nodiscard]] net::Request request(const QString& path) const;
    void deleteIds(const QStringList& ids, Callback<void> done);

    net::HttpClient& m_http;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    QString m_defaultDomain;
    std::chrono::milliseconds m_pollInterval{15000};
    std::chrono::milliseconds m_reconnectDelay{1000};
};

} // namespace mayfly::core::providers
