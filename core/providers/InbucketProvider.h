#pragma once

#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"

#include <QUrl>

namespace mayfly::core::providers {

// An Inbucket server someone already runs (PROVIDERS.md §4.1). No access control at all: anyone
// who reaches it reads every mailbox, so the label is Public. Mailboxes are named by local part by
// default (bob@a.test and bob@b.test share one), so lists are filtered on the exact address and a
// mailbox is never purged, only our messages in it deleted.
class InbucketProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InbucketProvider)

public:
    InbucketProvider(net::HttpClient& http, const QUrl& baseUrl,
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
    [[nodiscard]] static QString mailboxPath(const Mailbox& mailbox);
    void deleteEach(const Mailbox& mailbox, QStringList ids, Callback<void> done);

    net::HttpClient& m_http;
    QUrl m_baseUrl;
    QString m_defaultDomain;
    std::chrono::milliseconds m_pollInterval{15000};
    std::chrono::milliseconds m_reconnectDelay{1000};
};

} // namespace mayfly::core::providers
