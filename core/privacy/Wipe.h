#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace mayfly::core::store {
class Profile;
}

namespace mayfly::core::privacy {

// "Wipe everything": the store's rows (zeroed by secure_delete, WAL truncated), the keychain
// entry, the settings, then the files themselves. `extraFiles` are other files the caller owns
// (the GUI's window-state file); they are removed too. The local relay's folder
// (LocalRelayData::directory) goes as well: `stopLocalRelay`, when given, runs first and must
// return only once the relay child has exited (the GUI passes LocalRelay::stop), so no process
// writes into files being deleted.
class Wipe final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::privacy::Wipe)

public:
    [[nodiscard]] static Result<void> everything(
        store::Profile& profile, const QStringList& extraFiles = {}, const std::function<void()>& stopLocalRelay = {});
};

} // namespace mayfly::core::privacy
