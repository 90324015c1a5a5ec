#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mayfly::core::store {
class Profile;
}

namespace mayfly::core::privacy {

// Where the profile's local relay ("This computer", a mayfly-relay child) keeps its database, for
// the app that starts it, the inventory that lists it and the wipe that removes it.
class LocalRelayData final
{
public:
    static constexpr const char* FolderName = "relay";

    // `<profile>/relay`; empty for a memory-only profile, whose relay runs with --memory.
    [[nodiscard]] static QString directory(const store::Profile& profile);
    // The files in it (recursively), sorted; empty when it does not exist.
    [[nodiscard]] static QStringList files(const QString& directory);
    // The API URL of the mayfly-relay serving `directory` right now: its endpoint.json, the lock
    // held by a live process, and /healthz answering; nullopt otherwise. The app uses it to share a
    // running relay, the CLI to reach the app's.
    [[nodiscard]] static std::optional<QUrl> runningEndpoint(const QString& directory);
};

} // namespace mayfly::core::privacy
