#pragma once

#include "core/providers/Provider.h"

#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace mayfly::core::providers {

// The PushSubscription every provider hands out: it keeps the set of message ids it has seen,
// polls the provider's list while no push channel is up (and once after every reconnect, since no
// provider promises to replay what was missed), and announces each id once. Providers with a push
// channel (SSE, WebSocket) feed it through pushConnected()/pushArrived()/pushDeleted().
//
// Messages already in the mailbox when it starts are the baseline and not announced.
class LiveSubscription final : public PushSubscription
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSubscription)

public:
    using Lister = std::function<void(Callback<QList<MessageSummary>>)>;

    static constexpr std::chrono::milliseconds DefaultPollInterval{15000};

    LiveSubscription(Lister lister, bool push, QObject* parent = nullptr);
    ~LiveSubscription() override;

    [[nodiscard]] bool isPush() const override { return m_push; }
    void setPollInterval(std::chrono::milliseconds interval);
    void start();

    void pushConnected(bool connected);
    void pushArrived(const QString& messageId);
    void pushDeleted(const QString& messageId);
    void pushFailed(const Error& error);
    // The mailbox is gone (expired, deleted, credentials refused): no more polling.
    void stop();
    [[nodiscard]] bool isStopped() const { return m_stopped; }
    // Something changed but the push did not say what (mail.tm Account events, junk data).
    void poll();

private:
    Lister m_lister;
    bool m_push = false;
    bool m_connected = false;
    bool m_baselineDone = false;
    bool m_polling = false;
    bool m_pollAgain = false;
    bool m_stopped = false;
    QSet<QString> m_known;
    QTimer m_timer;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace mayfly::core::providers
