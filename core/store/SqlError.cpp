#include "core/store/SqlError.h"

#include "core/common/Result.h"

#include <QCoreApplication>

namespace mayfly::core::store {

namespace {
// https://www.sqlite.org/rescode.html (primary codes; extended codes keep them in the low byte)
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;
} // namespace

Error sqlError(const QSqlError& error, const QString& what)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (native & 0xff) : -1;
    const QString detail = what + QStringLiteral(": ") + error.text();
    switch (primary) {
    case SqliteFull:
        return makeError(ErrorCode::DiskFull,
            //: %1 is the step that failed, a technical phrase in English ("open the store")
            QCoreApplication::translate("mayfly::core::store::Store",
                "%1: the disk is full; free some space and try again (nothing stored was lost)")
                .arg(what));
    case SqliteBusy:
    case SqliteLocked:
        return makeError(ErrorCode::Io,
            //: %1 is the step that failed, a technical phrase in English ("open the store")
            QCoreApplication::translate("mayfly::core::store::Store", "%1: the store is busy in another Mayfly process")
                .arg(what));
    case SqliteCorrupt:
    case SqliteNotADb:
        return makeError(ErrorCode::InvalidInput,
            //: %1 is the step that failed, a technical phrase in English ("open the store")
            QCoreApplication::translate(
                "mayfly::core::store::Store", "%1: the store file is damaged or not a Mayfly store")
                .arg(what));
    case SqliteIoErr:
    case SqliteCantOpen:
    case SqliteReadOnly:
        return makeError(ErrorCode::Io, detail);
    default:
        break;
    }
    if (error.text().contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return makeError(ErrorCode::DiskFull,
            QCoreApplication::translate("mayfly::core::store::Store",
                "%1: the disk is full; free some space and try again (nothing stored was lost)")
                .arg(what));
    return makeError(ErrorCode::Io, detail);
}

} // namespace mayfly::core::store
