#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::core::settings {

// The profile's own settings, kept in its store so that every front end (the window, each
// mayfly-cli command, the MCP server) reads the same values: where new addresses come from, the
// relay's creation key (sealed), the proxy every request goes through, and the default retention.
// The window's look-and-feel preferences (language, tray, notifications) are not here: they are
// not about the profile's data and live in ui/AppSettings.

inline constexpr const char* LocalSource = "local"; // "This computer": the local relay child

struct SourceChoice
{
    QString source = QString::fromLatin1(LocalSource); // "local" or a provider id
    QUrl baseUrl; // own relay, Mailpit, Inbucket
    QString creationKey; // own relay; a secret, kept sealed in the store
    net::ProxySettings proxy;

    friend bool operator==(const SourceChoice&, const SourceChoice&) = default;
};

// nullopt when the user never chose (first run).
[[nodiscard]] std::optional<SourceChoice> loadSourceChoice(const store::Store& store);
[[nodiscard]] Result<void> saveSourceChoice(store::Store& store, const SourceChoice& choice);

// The provider id new addresses are created with for a source ("local" is our relay).
[[nodiscard]] QString providerIdForSource(const QString& source);

// The proxy the user chose (None when never chosen).
[[nodiscard]] net::ProxySettings loadProxy(const store::Store& store);
// "none", "system", "socks5://HOST:PORT" (names resolved by the proxy), "http://HOST:PORT".
[[nodiscard]] Result<net::ProxySettings> parseProxy(const QString& text);
[[nodiscard]] QString proxyToString(const net::ProxySettings& proxy);

// How long new addresses keep their messages: seconds, or Retention::UntilAddressExpires;
// nullopt when the user never chose (the store's default applies).
inline constexpr const char* RetentionSetting = "retention.default";
[[nodiscard]] std::optional<qint64> loadDefaultRetention(const store::Store& store);
[[nodiscard]] Result<void> saveDefaultRetention(store::Store& store, qint64 seconds);

} // namespace mayfly::core::settings
