#pragma once

#include "core/store/Store.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace mayfly::core::store {

// Deletes what has expired: at start() and then every minute. Local deletion comes first (the
// store's reads already hide expired rows); addresses are then handed to the remote deleter so the
// provider forgets them too where it can (mail.tm account delete, relay delete, Guerrilla forget_me).
class Janitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Janitor)

public:
    static constexpr int IntervalMs = 60'000;
    using RemoteDeleter = std::function<void(const AddressRecord&)>;

    explicit Janitor(Store& store, QObject* parent = nullptr);
    ~Janitor() override;

    void setRemoteDeleter(RemoteDeleter deleter) { m_remoteDeleter = std::move(deleter); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    [[nodiscard]] Result<PurgeReport> runOnce();

Q_SIGNALS:
    void purged(int addresses, int messages);
    void failed(const mayfly::core::Error& error);

private:
    Store& m_store;
    QTimer m_timer;
    RemoteDeleter m_remoteDeleter;
};

} // namespace mayfly::core::store
