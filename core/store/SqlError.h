#pragma once

#include "core/common/Error.h"

#include <QSqlError>

namespace mayfly::core::store {

// Maps a Qt Sql / SQLite error to an Error a user can act on (disk full, damaged file, busy).
[[nodiscard]] Error sqlError(const QSqlError& error, const QString& what);

} // namespace mayfly::core::store
