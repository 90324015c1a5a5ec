#pragma once

#include <QString>
#include <QStringList>

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
};

} // namespace mayfly::core::privacy
