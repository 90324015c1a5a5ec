#pragma once

#include "core/common/Result.h"
#include "core/providers/Provider.h"
#include "core/store/Store.h"

#include <QUrl>

#include <memory>

namespace mayfly::core::net {
class HttpClient;
}

namespace mayfly::cli {

// One provider and its HttpClient for the life of a command, with blocking helpers for the
// one-shot steps (a command does one thing and exits; `wait` uses provider() asynchronously).
class ProviderSession final
{
public:
    ~ProviderSession();
    ProviderSession(const ProviderSession&) = delete;
    ProviderSession& operator=(const ProviderSession&) = delete;

    [[nodiscard]] static core::Result<std::unique_ptr<ProviderSession>> create(
        const QString& providerId, const QUrl& baseUrl, const QString& creationKey = {});
    [[nodiscard]] static core::Result<std::unique_ptr<ProviderSession>> forAddress(
        const core::store::AddressRecord& address);

    [[nodiscard]] core::providers::Provider& provider() { return *m_provider; }
    [[nodiscard]] core::Result<core::providers::Mailbox> createMailbox(const core::providers::CreateRequest& request);
    [[nodiscard]] core::Result<QList<core::providers::MessageSummary>> listMessages(
        const core::providers::Mailbox& mailbox);
    [[nodiscard]] core::Result<QByteArray> fetchRaw(const core::providers::Mailbox& mailbox, const QString& id);
    [[nodiscard]] core::Result<void> deleteMailbox(const core::providers::Mailbox& mailbox);
    [[nodiscard]] core::Result<void> deleteMessage(const core::providers::Mailbox& mailbox, const QString& id);

private:
    ProviderSession();
    void applySelfHostedPolicy(const QString& providerId);

    std::unique_ptr<core::net::HttpClient> m_http;
    std::unique_ptr<core::providers::Provider> m_provider;
};

// Fetches and stores the messages the provider has that the store does not; returns how many.
[[nodiscard]] core::Result<int> syncAddress(core::store::Store& store, const core::store::AddressRecord& address);

[[nodiscard]] core::Result<void> deleteRemoteMailbox(const core::store::AddressRecord& address);
[[nodiscard]] core::Result<void> deleteRemoteMessage(
    const core::store::AddressRecord& address, const QString& providerMessageId);

} // namespace mayfly::cli
