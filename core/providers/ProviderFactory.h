#pragma once

#include "core/common/Error.h"
#include "core/net/HttpClient.h"
#include "core/providers/Provider.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace mayfly::core::providers {

struct ProviderSettings
{
    QString id; // "relay", "mailtm", "mailgw", "guerrilla", "mailpit", "inbucket"
    QUrl baseUrl; // empty: the provider's documented default (the relay has none: required)
    QString creationKey; // relay: its creation key; mailpit: "user:password" for Basic auth
};

// The providers Mayfly knows, in the order the first-run page shows them, with their default URLs
// (the relay's and the self-hosted ones' are local placeholders the user replaces).
[[nodiscard]] QList<ProviderInfo> knownProviders();
[[nodiscard]] std::optional<ProviderInfo> knownProvider(const QString& id);

// nullptr for an unknown id, a relay without a URL, or a URL that is not http(s).
[[nodiscard]] std::unique_ptr<Provider> createProvider(
    const ProviderSettings& settings, net::HttpClient& http, QObject* parent = nullptr);

// The fallback rule for NEW addresses only: when the chosen hosted provider is down or
// rate-limited, the UI says so and offers the next hosted provider the user enabled. Mayfly never
// switches by itself, and never moves an existing address (it lives at its provider).
struct FallbackOffer
{
    QString providerId; // what to offer instead
    ErrorCode reason = ErrorCode::ProviderDown; // why the first choice failed
    int retryAfterSeconds = -1; // when the first choice may work again (rate limits)
    bool privacyDowngrade = false; // the offer's label is weaker (e.g. Private -> Public): warn
};
// Errors that mean "this provider cannot take new addresses right now".
[[nodiscard]] bool isProviderUnavailable(const Error& error);
// `enabled` is the user's list of provider ids; `tried` those that failed already in this attempt.
[[nodiscard]] std::optional<FallbackOffer> offerFallback(
    const QString& failedId, const Error& error, const QStringList& enabled, const QStringList& tried = {});

} // namespace mayfly::core::providers
