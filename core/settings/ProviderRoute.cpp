#include "core/settings/ProviderRoute.h"

namespace mayfly::core::settings {

QString ProviderRoute::key() const
{
    if (localRelay)
        return providerId + QStringLiteral("\nlocal");
    return providerId + u'\n' + baseUrl.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
}

bool isLocalRelayAddress(const QString& address)
{
    return address.endsWith(u'@' + QString::fromLatin1(LocalRelayDomain), Qt::CaseInsensitive);
}

ProviderRoute routeForNew(const SourceChoice& choice, const QString& providerId)
{
    ProviderRoute route;
    const QString chosen = providerIdForSource(choice.source);
    route.providerId = providerId.isEmpty() ? chosen : providerId;
    if (route.providerId != chosen)
        return route; // another provider than the source: its documented default
    if (choice.source == QLatin1String(LocalSource)) {
        route.localRelay = true;
        return route;
    }
    route.baseUrl = choice.baseUrl;
    route.creationKey = choice.creationKey;
    return route;
}

ProviderRoute routeForAddress(
    const QString& providerId, const QString& address, const QUrl& storedUrl, const SourceChoice& choice)
{
    ProviderRoute route;
    route.providerId = providerId;
    if (providerId == QStringLiteral("relay") && isLocalRelayAddress(address)) {
        route.localRelay = true;
        return route;
    }
    const bool sameAsSource = providerIdForSource(choice.source) == providerId
        && choice.source != QLatin1String(LocalSource)
        && (storedUrl.isEmpty() || storedUrl.matches(choice.baseUrl, QUrl::StripTrailingSlash));
    route.baseUrl = storedUrl.isEmpty() && sameAsSource ? choice.baseUrl : storedUrl;
    if (sameAsSource)
        route.creationKey = choice.creationKey;
    return route;
}

} // namespace mayfly::core::settings
