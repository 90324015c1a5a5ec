#include "core/store/TransactionGuard.h"

#include "core/common/Logging.h"
#include "core/store/SqlError.h"

#include <QSqlQuery>

namespace mayfly::core::store {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = sqlError(q.lastError(), QStringLiteral("begin transaction"));
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Result<void> TransactionGuard::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = sqlError(q.lastError(), QStringLiteral("commit"));
        rollback();
        return m_error;
    }
    m_active = false;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
}

} // namespace mayfly::core::store
