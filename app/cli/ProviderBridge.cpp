#include "app/cli/ProviderBridge.h"

#include "core/net/HttpClient.h"

#include <QEventLoop>
#include <QTimer>

#if __has_include("core/providers/ProviderFactory.h")
#include "core/providers/ProviderFactory.h"
#define MAYFLY_HAVE_PROVIDER_FACTORY 1
#endif

namespace mayfly::cli {

using namespace mayfly::core;

namespace {

// One request and its retries; the HttpClient has its own per-request timeouts inside this.
constexpr int CallTimeoutMs = 60'000;

Error noProviders()
{
    return makeError(ErrorCode::Unsupported,
        QStringLiteral("this build of mayfly-cli has no provider support (core/providers/ProviderFactory.h "
                       "was not available when it was built)"));
}

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

#ifdef MAYFLY_HAVE_PROVIDER_FACTORY
// createProvider may hand back the provider or a Result of it.
std::unique_ptr<providers::Provider> take(std::unique_ptr<providers::Provider>&& p, Error&)
{
    return std::move(p);
}
template <typename P>
std::unique_ptr<providers::Provider> take(Result<std::unique_ptr<P>>&& r, Error& error)
{
    if (!r) {
        error = r.error();
        return {};
    }
    return std::move(r).value();
}
#endif

} // namespace

bool haveProviders()
{
#ifdef MAYFLY_HAVE_PROVIDER_FACTORY
    return true;
#else
    return false;
#endif
}

QUrl defaultProviderUrl(const QString& providerId)
{
    // PROVIDERS.md: the public API endpoints.
    if (providerId == u"mailtm")
        return QUrl(QStringLiteral("https://api.mail.tm"));
    if (providerId == u"mailgw")
        return QUrl(QStringLiteral("https://api.mail.gw"));
    if (providerId == u"guerrilla")
        return QUrl(QStringLiteral("https://api.guerrillamail.com/ajax.php"));
    return {};
}

ProviderSession::ProviderSession() = default;
ProviderSession::~ProviderSession()
{
    m_provider.reset(); // before the HttpClient it uses
}

Result<std::unique_ptr<ProviderSession>> ProviderSession::create(
    const QString& providerId, const QUrl& baseUrl, const QString& creationKey)
{
#ifdef MAYFLY_HAVE_PROVIDER_FACTORY
    std::unique_ptr<ProviderSession> session(new ProviderSession());
    session->m_http = std::make_unique<net::HttpClient>();
    providers::ProviderSettings settings;
    settings.id = providerId;
    settings.baseUrl = baseUrl.isEmpty() ? defaultProviderUrl(providerId) : baseUrl;
    settings.creationKey = creationKey;
    Error error = makeError(ErrorCode::InvalidInput, QStringLiteral("unknown provider '%1'").arg(providerId));
    session->m_provider = take(providers::createProvider(settings, *session->m_http), error);
    if (!session->m_provider)
        return error;
    return session;
#else
    Q_UNUSED(providerId);
    Q_UNUSED(baseUrl);
    Q_UNUSED(creationKey);
    return noProviders();
#endif
}

Result<std::unique_ptr<ProviderSession>> ProviderSession::forAddress(const store::AddressRecord& address)
{
    return create(address.mailbox.providerId, address.providerUrl);
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

Result<void> deleteRemoteMailbox(const store::AddressRecord& address)
{
    auto session = ProviderSession::forAddress(address);
    if (!session)
        return session.error();
    if (!((*session)->provider().info().capabilities & providers::Capability::DeleteMailbox))
        return makeError(ErrorCode::Unsupported, QStringLiteral("the provider cannot delete addresses"));
    return (*session)->deleteMailbox(address.mailbox);
}

Result<void> deleteRemoteMessage(const store::AddressRecord& address, const QString& providerMessageId)
{
    auto session = ProviderSession::forAddress(address);
    if (!session)
        return session.error();
    if (!((*session)->provider().info().capabilities & providers::Capability::DeleteMessage))
        return makeError(ErrorCode::Unsupported, QStringLiteral("the provider cannot delete messages"));
    return (*session)->deleteMessage(address.mailbox, providerMessageId);
}

} // namespace mayfly::cli
