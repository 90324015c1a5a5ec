#include "app/cli/ProviderBridge.h"

#include "app/cli/MessageText.h"
#include "core/net/HttpClient.h"
#include "core/privacy/LocalRelayData.h"
#include "core/providers/ProviderFactory.h"
#include "core/providers/RelayProvider.h"

#include <QDir>

#include <QEventLoop>
#include <QTimer>

namespace mayfly::cli {

using namespace mayfly::core;

namespace {

// One request and its retries; the HttpClient has its own per-request timeouts inside this.
constexpr int CallTimeoutMs = 60'000;

// Runs one asynchronous provider call to completion.
template <typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(CallTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return makeError(ErrorCode::Timeout, QStringLiteral("the provider did not answer"));
    return std::move(*result);
}

} // namespace

ProviderSession::ProviderSession() = default;
ProviderSession::~ProviderSession()
{
    m_provider.reset(); // before the HttpClient it uses
}

Result<QUrl> localRelayUrl(const QString& profileDir)
{
    const QString notRunning
        = QStringLiteral("the local relay (\"This computer\") is not running; start Mayfly, which runs it, or create "
                         "addresses on a relay you run: mayfly-cli new --provider relay --relay URL");
    if (profileDir.isEmpty())
        return makeError(ErrorCode::Unsupported, notRunning);
    const auto url = privacy::LocalRelayData::runningEndpoint(
        QDir(profileDir).filePath(QString::fromLatin1(privacy::LocalRelayData::FolderName)));
    if (!url)
        return makeError(ErrorCode::ProviderDown, notRunning);
    return *url;
}

Result<std::unique_ptr<ProviderSession>> ProviderSession::create(
    const settings::ProviderRoute& route, const ProviderEnv& env)
{
    std::unique_ptr<ProviderSession> session(new ProviderSession());
    session->m_http = std::make_unique<net::HttpClient>();
    // Every request of the command, push channels included, goes through the user's proxy.
    session->m_http->setProxy(env.proxy);
    providers::ProviderSettings settings;
    settings.id = route.providerId;
    settings.baseUrl = route.baseUrl; // empty: the provider's documented default
    settings.creationKey = route.creationKey;
    if (route.localRelay) {
        auto url = localRelayUrl(env.profileDir);
        if (!url)
            return url.error();
        settings.baseUrl = *url;
    }
    session->m_provider = providers::createProvider(settings, *session->m_http);
    if (!session->m_provider)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("cannot use provider '%1' (unknown, or it needs an http(s) URL: --relay URL)")
                .arg(route.providerId));
    if (route.localRelay && env.store) {
        // Mail the local relay sealed to the profile (catch-all, postmaster) opens with its key.
        auto stored = env.store->secretSetting(providers::RelayProvider::LocalRelayKeySetting);
        if (stored && !stored->isEmpty()) {
            if (auto pair = providers::RelayProvider::operatorKeyPair(*stored))
                static_cast<providers::RelayProvider*>(session->m_provider.get())
                    ->setOperatorKey(std::move(pair->privateKey));
            stored->fill(u'\0');
        }
    }
    // Request spacing is politeness towards hosted services. The user's own servers (the relay,
    // Mailpit, Inbucket) need none, and waiting 130 ms behind a catch-up poll would dominate the
    // time from a mail's arrival to its code.
    if (session->m_provider->info().capabilities.testFlag(providers::Capability::SelfHosted))
        session->m_http->setHostSpacing(std::chrono::milliseconds(0));
    return session;
}

Result<std::unique_ptr<ProviderSession>> ProviderSession::forAddress(
    const store::AddressRecord& address, const ProviderEnv& env)
{
    return create(
        settings::routeForAddress(address.mailbox.providerId, address.mailbox.address, address.providerUrl, env.choice),
        env);
}

Result<providers::Mailbox> ProviderSession::createMailbox(const providers::CreateRequest& request)
{
    return await<providers::Mailbox>([&](auto done) { m_provider->createMailbox(request, std::move(done)); });
}

Result<QList<providers::MessageSummary>> ProviderSession::listMessages(const providers::Mailbox& mailbox)
{
    return await<QList<providers::MessageSummary>>(
        [&](auto done) { m_provider->listMessages(mailbox, std::move(done)); });
}

Result<QByteArray> ProviderSession::fetchRaw(const providers::Mailbox& mailbox, const QString& id)
{
    return await<QByteArray>([&](auto done) { m_provider->fetchRaw(mailbox, id, std::move(done)); });
}

Result<void> ProviderSession::deleteMailbox(const providers::Mailbox& mailbox)
{
    return await<void>([&](auto done) { m_provider->deleteMailbox(mailbox, std::move(done)); });
}

Result<void> ProviderSession::deleteMessage(const providers::Mailbox& mailbox, const QString& id)
{
    return await<void>([&](auto done) { m_provider->deleteMessage(mailbox, id, std::move(done)); });
}

Result<int> syncAddress(store::Store& store, const store::AddressRecord& address, const ProviderEnv& env)
{
    auto session = ProviderSession::forAddress(address, env);
    if (!session)
        return session.error();
    auto list = (*session)->listMessages(address.mailbox);
    if (!list)
        return list.error();
    int added = 0;
    // Oldest first, so store ids follow arrival order.
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        auto known = store.hasMessage(address.id, it->id);
        if (!known)
            return known.error();
        if (*known)
            continue;
        auto raw = (*session)->fetchRaw(address.mailbox, it->id);
        if (!raw)
            return raw.error();
        providers::MessageSummary summary = *it;
        fillSummary(*raw, summary);
        auto id = store.addMessage(address.id, summary, *raw);
        if (!id)
            return id.error();
        ++added;
    }
    return added;
}

Result<void> deleteRemoteMailbox(const store::AddressRecord& address, const ProviderEnv& env)
{
    auto session = ProviderSession::forAddress(address, env);
    if (!session)
        return session.error();
    if (!((*session)->provider().info().capabilities & providers::Capability::DeleteMailbox))
        return makeError(ErrorCode::Unsupported, QStringLiteral("the provider cannot delete addresses"));
    return (*session)->deleteMailbox(address.mailbox);
}

Result<void> deleteRemoteMessage(
    const store::AddressRecord& address, const QString& providerMessageId, const ProviderEnv& env)
{
    auto session = ProviderSession::forAddress(address, env);
    if (!session)
        return session.error();
    if (!((*session)->provider().info().capabilities & providers::Capability::DeleteMessage))
        return makeError(ErrorCode::Unsupported, QStringLiteral("the provider cannot delete messages"));
    return (*session)->deleteMessage(address.mailbox, providerMessageId);
}

} // namespace mayfly::cli
