#include "core/providers/LiveSubscription.h"

namespace mayfly::core::providers {

LiveSubscription::LiveSubscription(Lister lister, bool push, QObject* parent)
    : PushSubscription(parent)
    , m_lister(std::move(lister))
    , m_push(push)
{
    m_timer.setInterval(DefaultPollInterval);
    connect(&m_timer, &QTimer::timeout, this, &LiveSubscription::poll);
}

LiveSubscription::~LiveSubscription()
{
    *m_alive = false;
}

void LiveSubscription::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void LiveSubscription::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void LiveSubscription::start()
{
    if (m_stopped)
        return;
    if (!m_connected)
        m_timer.start();
    poll();
}

void LiveSubscription::pushConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    if (m_stopped) {
        Q_EMIT connectedChanged(connected);
        return;
    }
    if (connected) {
        m_timer.stop();
        poll(); // catch up on what arrived while the channel was down
    } else {
        m_timer.start();
    }
    Q_EMIT connectedChanged(connected);
}

void LiveSubscription::pushArrived(const QString& messageId)
{
    if (messageId.isEmpty() || m_known.contains(messageId))
        return;
    m_known.insert(messageId);
    Q_EMIT messageArrived(messageId);
}

void LiveSubscription::pushDeleted(const QString& messageId)
{
    if (m_known.remove(messageId))
        Q_EMIT messageDeleted(messageId);
}

void LiveSubscription::pushFailed(const Error& error)
{
    if (error.code == ErrorCode::Expired || error.code == ErrorCode::BadCredential)
        stop();
    Q_EMIT failed(error);
}

void LiveSubscription::poll()
{
    if (m_stopped)
        return;
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_polling = true;
    std::weak_ptr<bool> alive = m_alive;
    m_lister([this, alive](Result<QList<MessageSummary>> result) {
        if (alive.expired())
            return;
        m_polling = false;
        if (!result) {
            const ErrorCode code = result.error().code;
            if (code == ErrorCode::Expired || code == ErrorCode::BadCredential || code == ErrorCode::Cancelled)
                stop(); // polling again cannot help
            Q_EMIT failed(result.error());
        } else {
            QSet<QString> now;
            for (const auto& summary : *result)
                now.insert(summary.id);
            if (!m_baselineDone) {
                m_known.unite(now);
                m_baselineDone = true;
            } else {
                // Oldest first, so arrivals are announced in the order they came.
                for (auto it = result->crbegin(); it != result->crend(); ++it)
                    pushArrived(it->id);
                const QSet<QString> gone = m_known - now;
                for (const QString& id : gone)
                    pushDeleted(id);
            }
        }
        if (m_pollAgain) {
            m_pollAgain = false;
            poll();
        }
    });
}

} // namespace mayfly::core::providers
