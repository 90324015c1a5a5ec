#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace mayfly::core::store {

// The schema, one step per version, recorded in PRAGMA user_version. Steps only ever get added:
// a released step is never edited, so every old store reaches the current shape the same way.
class Migrations final
{
    // Error details meant for the user are translated (English where no translator is installed).
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::store::Migrations)

public:
    static constexpr int CurrentVersion = 2;

    [[nodiscard]] static Result<int> version(QSqlDatabase db);
    // Runs the steps from the store's version up to `target`, each in its own transaction (a crash
    // between steps leaves a store at a consistent earlier version). A store whose version is newer
    // than CurrentVersion is refused untouched (VersionTooNew).
    [[nodiscard]] static Result<void> migrate(QSqlDatabase db, int target = CurrentVersion);
};

} // namespace mayfly::core::store
