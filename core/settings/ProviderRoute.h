#pragma once

#include "core/settings/ProfileSettings.h"

#include <QString>
#include <QUrl>

namespace mayfly::core::settings {

// The domain of the local relay child ("This computer"): its addresses are recognised by it, since
// the relay's port may differ from one run to the next.
inline constexpr const char* LocalRelayDomain = "mayfly.localhost";

// Which provider instance serves an address, decided the same way by every front end: the window,
// each mayfly-cli command, the MCP server.
struct ProviderRoute
{
    QString providerId;
    QUrl baseUrl; // empty: the provider's documented default
    QString creationKey; // the own relay's key, Mailpit's "user:password"
    bool localRelay = false; // served by the local relay child, wherever it listens now

    // Routes with the same key may share one provider instance.
    [[nodiscard]] QString key() const;
    friend bool operator==(const ProviderRoute&, const ProviderRoute&) = default;
};

// For an address already stored: its own URL first (it lives at that server), the local relay for
// its domain, else the chosen source's URL and key when the provider is the same.
[[nodiscard]] ProviderRoute routeForAddress(
    const QString& providerId, const QString& address, const QUrl& storedUrl, const SourceChoice& choice);
// For a new address of `providerId` (empty: the chosen source's).
[[nodiscard]] ProviderRoute routeForNew(const SourceChoice& choice, const QString& providerId = {});
// True for an address of the local relay child.
[[nodiscard]] bool isLocalRelayAddress(const QString& address);

} // namespace mayfly::core::settings
