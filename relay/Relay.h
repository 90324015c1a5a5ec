#pragma once

#include "core/common/Result.h"
#include "relay/Clock.h"
#include "relay/RelayOptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace mayfly::relay {

class HttpApi;
class RelayService;
class SmtpServer;
class SqliteRelayStore;

// The whole relay in one object: store, service, SMTP and HTTP listeners, janitor. main.cpp and the
// in-process tests drive it the same way.
class Relay final : public QObject
{
    Q_OBJECT

public:
    explicit Relay(RelayOptions options, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~Relay() override;
    Q_DISABLE_COPY_MOVE(Relay)

    [[nodiscard]] core::Result<void> start();
    // Stops accepting, finishes the sessions in flight, closes the store, then emits stopped().
    void stop();

    [[nodiscard]] quint16 smtpPort() const;
    [[nodiscard]] quint16 httpPort() const;
    // "mayfly-relay: listening smtp=HOST:PORT http=HOST:PORT"
    [[nodiscard]] QString listeningLine() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] RelayService* service() const { return m_service.get(); }

Q_SIGNALS:
    void stopped();

private:
    void finishStop();

    RelayOptions m_options;
    SystemClock m_systemClock;
    const Clock* m_clock;
    std::unique_ptr<SqliteRelayStore> m_store;
    std::unique_ptr<RelayService> m_service;
    std::unique_ptr<SmtpServer> m_smtp;
    std::unique_ptr<HttpApi> m_http;
    quint16 m_httpPort = 0;
    QTimer m_janitor;
    QTimer m_stopDeadline;
    bool m_stopping = false;
};

} // namespace mayfly::relay
