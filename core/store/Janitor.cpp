#include "core/store/Janitor.h"

#include "core/common/Logging.h"

namespace mayfly::core::store {

Janitor::Janitor(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)runOnce(); });
}

Janitor::~Janitor() = default;

void Janitor::start()
{
    (void)runOnce();
    m_timer.start();
}

void Janitor::stop()
{
    m_timer.stop();
}

Result<PurgeReport> Janitor::runOnce()
{
    auto report = m_store.purgeExpired();
    if (!report) {
        qCWarning(lcStore) << "janitor:" << report.error().toString();
        Q_EMIT failed(report.error());
        return report;
    }
    if (m_remoteDeleter) {
        for (const AddressRecord& address : report->expiredAddresses)
            m_remoteDeleter(address);
    }
    if (report->addressesDeleted + report->messagesDeleted > 0) {
        qCInfo(lcStore) << "janitor deleted" << report->addressesDeleted << "addresses and" << report->messagesDeleted
                        << "messages";
        Q_EMIT purged(report->addressesDeleted, report->messagesDeleted);
    }
    return report;
}

} // namespace mayfly::core::store
