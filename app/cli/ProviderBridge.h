#pragma once

#include "core/common/Result.h"
#include "core/providers/Provider.h"
#include "core/settings/ProviderRoute.h"
#include "core/store/Store.h"

#include <QUrl>

#include <memory>

namespace mayfly::core::net {
class HttpClient;
}

namespace mayfly::cli {

// What a command knows about how to reach providers: the profile's source settings, the proxy
// every request goes through (--proxy, else the profile's), and where the local relay child of
// the app listens, if it runs.
struct ProviderEnv
{
    core::settings::SourceChoice choice; // the profile's, or the defaults when none was made
    bool hasChoice = false;
    core::net::ProxySettings proxy;
    QString profileDir; // empty: memory-only
    const core::store::Store* store = nullptr; // for the local relay's seal key
};

// One provider and its HttpClient for the life of a command, with blocking helpers for the
// one-shot steps (a command does one thing and exits; `wait` uses provider() asynchronously).
class ProviderSession final
{
public:
    ~ProviderSession();
    ProviderSession(const ProviderSession&) = delete;
    ProviderSession& operator=(const ProviderSession&) = delete;

    [[nodiscard]] static core::Result<std::unique_ptr<ProviderSession>> create(
        const core::settings::ProviderRoute& route, const ProviderEnv& env);
    [[nodiscard]] static core::Result<std::unique_ptr<ProviderSession>> forAddress(
        const core::store::AddressRecord& address, const ProviderEnv& env);

    [[nodiscard]] core::providers::Provider& provider() { return *m_provider; }
    [[nodiscard]] core::Result<core::providers::Mailbox> createMailbox(const core::providers::CreateRequest& request);
    [[nodiscard]] core::Result<QList<core::providers::MessageSummary>> listMessages(
        const core::providers::Mailbox& mailbox);
    [[nodiscard]] core::Result<QByteArray> fetchRaw(const core::providers::Mailbox& mailbox, const QString& id);
    [[nodiscard]] core::Result<void> deleteMailbox(const core::providers::Mailbox& mailbox);
    [[nodiscard]] core::Result<void> deleteMessage(const core::providers::Mailbox& mailbox, const QString& id);

private:
    ProviderSession();

    std::unique_ptr<core::net::HttpClient> m_http;
    std::unique_ptr<core::providers::Provider> m_provider;
};

// Fetches and stores the messages the provider has that the store does not; returns how many.
[[nodiscard]] core::Result<int> syncAddress(
    core::store::Store& store, const core::store::AddressRecord& address, const ProviderEnv& env);

[[nodiscard]] core::Result<void> deleteRemoteMailbox(const core::store::AddressRecord& address, const ProviderEnv& env);
[[nodiscard]] core::Result<void> deleteRemoteMessage(
    const core::store::AddressRecord& address, const QString& providerMessageId, const ProviderEnv& env);

// Where the profile's local relay listens (its endpoint file, written by a running mayfly-relay),
// or an error that says how to start it.
[[nodiscard]] core::Result<QUrl> localRelayUrl(const QString& profileDir);

} // namespace mayfly::cli
