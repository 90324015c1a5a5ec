#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace mayfly::core::store {

// RAII write transaction: BEGIN IMMEDIATE on construction (takes SQLite's write lock up front, so
// two processes never deadlock upgrading a read lock), ROLLBACK on destruction unless commit()
// succeeded.
class TransactionGuard final
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    // False when BEGIN failed (busy past the timeout, disk error); see error().
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Error& error() const { return m_error; }
    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Error m_error;
    bool m_active = false;
};

} // namespace mayfly::core::store
