#include "core/providers/ProviderFactory.h"

#include "core/providers/GuerrillaMailProvider.h"
#include "core/providers/InbucketProvider.h"
#include "core/providers/MailTmProvider.h"
#include "core/providers/MailpitProvider.h"
#include "core/providers/RelayProvider.h"

namespace mayfly::core::providers {

using namespace Qt::StringLiterals;

namespace {

// Hosted providers in the order they are offered as fallbacks: the private ones first.
const QStringList HostedOrder = {u"mailtm"_s, u"mailgw"_s, u"guerrilla"_s};

// mail.tm's hub is documented (PROVIDERS.md §1.1); mail.gw's is not, so it is learnt from the
// API's Link header and, until then, guessed like mail.tm's.
const QUrl MailTmHub(u"https://mercure.mail.tm/.well-known/mercure"_s);
const QUrl MailGwHub(u"https://mercure.mail.gw/.well-known/mercure"_s);

int privacyRank(PrivacyLabel label)
{
    switch (label) {
    case PrivacyLabel::Private:
        return 0;
    case PrivacyLabel::Token:
        return 1;
    case PrivacyLabel::Public:
        return 2;
    }
    return 2;
}

} // namespace

QList<ProviderInfo> knownProviders()
{
    return {
        RelayProvider::infoFor(QUrl(u"http://127.0.0.1:8080"_s)),
        MailTmProvider::infoFor(u"mailtm"_s),
        MailTmProvider::infoFor(u"mailgw"_s),
        GuerrillaMailProvider::infoFor(QUrl(u"https://api.guerrillamail.com/ajax.php"_s)),
        MailpitProvider::infoFor(QUrl(u"http://127.0.0.1:8025"_s)),
        InbucketProvider::infoFor(QUrl(u"http://127.0.0.1:9000"_s)),
    };
}

std::optional<ProviderInfo> knownProvider(const QString& id)
{
    for (const auto& info : knownProviders()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

std::unique_ptr<Provider> createProvider(const ProviderSettings& settings, net::HttpClient& http, QObject* parent)
{
    const auto known = knownProvider(settings.id);
    if (!known)
        return nullptr;
    const bool overridden = !settings.baseUrl.isEmpty();
    const QUrl url = overridden ? settings.baseUrl : known->baseUrl;
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return nullptr;
    if (settings.id == u"relay") {
        if (!overridden)
            return nullptr; // no default relay exists: the user names theirs
        return std::make_unique<RelayProvider>(http, url, settings.creationKey, parent);
    }
    if (settings.id == u"mailtm" || settings.id == u"mailgw") {
        // A user-supplied base URL (a mirror, a test server) has its hub at the same origin.
        const QUrl hub = overridden ? QUrl() : (settings.id == u"mailtm" ? MailTmHub : MailGwHub);
        return std::make_unique<MailTmProvider>(http, settings.id, url, hub, parent);
    }
    if (settings.id == u"guerrilla")
        return std::make_unique<GuerrillaMailProvider>(http, url, parent);
    if (settings.id == u"mailpit")
        return std::make_unique<MailpitProvider>(http, url, settings.creationKey, u"mayfly.test"_s, parent);
    if (settings.id == u"inbucket")
        return std::make_unique<InbucketProvider>(http, url, u"mayfly.test"_s, parent);
    return nullptr;
}

bool isProviderUnavailable(const Error& error)
{
    switch (error.code) {
    case ErrorCode::RateLimited:
    case ErrorCode::ProviderDown:
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        return true;
    default:
        return false; // bad input, a taken name, a refused key: another provider would not help
    }
}

std::optional<FallbackOffer> offerFallback(
    const QString& failedId, const Error& error, const QStringList& enabled, const QStringList& tried)
{
    if (!isProviderUnavailable(error) || !HostedOrder.contains(failedId))
        return std::nullopt;
    const auto failed = knownProvider(failedId);
    const qsizetype start = HostedOrder.indexOf(failedId);
    for (qsizetype step = 1; step < HostedOrder.size(); ++step) {
        const QString candidate = HostedOrder.at((start + step) % HostedOrder.size());
        if (!enabled.contains(candidate) || tried.contains(candidate) || candidate == failedId)
            continue;
        FallbackOffer offer;
        offer.providerId = candidate;
        offer.reason = error.code;
        offer.retryAfterSeconds = error.retryAfterSeconds;
        offer.privacyDowngrade
            = failed && privacyRank(knownProvider(candidate)->privacy) > privacyRank(failed->privacy);
        return offer;
    }
    return std::nullopt;
}

} // namespace mayfly::core::providers
