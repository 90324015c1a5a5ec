#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mayfly::core::store {
class Profile;
}

namespace mayfly::core::privacy {

// One kind of thing Mayfly keeps, for the privacy dashboard and `mayfly-cli privacy`.
struct InventoryItem
{
    QString kind; // stable id: "addresses", "messages", "wal-file" ...
    QString description; // a phrase translated with tr() (English in the CLI)
    qint64 count = 0;
    qint64 bytes = 0;
    QString location; // a path, "OS keychain: ...", "process memory" (translated)
    bool encrypted = false;
    QDateTime nextDeletion; // the soonest scheduled deletion; invalid: none scheduled
    QDateTime lastDeletion; // when the last of them is deleted; invalid: kept until deleted by hand
    QString retention; // how deletion works for this kind, translated like description
};

struct InventoryExtras
{
    // The in-memory network activity log (core/net), owned by whoever runs the HttpClient.
    qint64 networkLogEntries = 0;
    qint64 networkLogBytes = 0;

    // Files the caller writes besides the store (the GUI's window-state file), listed as a row
    // each with their size on disk.
    struct File
    {
        QString kind;
        QString description;
        QString path;
        QString retention;
    };
    QList<File> files;
};

class Inventory final
{
    Q_DECLARE_TR_FUNCTIONS(mayfly::core::privacy::Inventory)

public:
    [[nodiscard]] static Result<QList<InventoryItem>> collect(
        store::Profile& profile, const InventoryExtras& extras = InventoryExtras());
};

} // namespace mayfly::core::privacy
