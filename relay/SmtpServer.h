#pragma once

#include "relay/RelayService.h"
#include "relay/SmtpProtocol.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

namespace mayfly::relay {

class SmtpServer;

// One SMTP connection: socket, timers and an SmtpProtocol that does the talking.
class SmtpSession final : public QObject, private SmtpProtocol::Backend
{
    Q_OBJECT

public:
    SmtpSession(qintptr descriptor, SmtpServer* server);
    ~SmtpSession() override;
    Q_DISABLE_COPY_MOVE(SmtpSession)

    [[nodiscard]] QHostAddress peer() const { return m_peer; }
    void start();
    // Ends the session as soon as no message is in flight (SIGTERM).
    void shutdown();

private:
    SmtpProtocol::Verdict checkRecipient(const QString& localPart, const QString& domain) override;
    void deliver(const SmtpProtocol::Envelope& envelope, QByteArray message) override;

    void onReadyRead();
    void afterProtocolStep();
    void closeWith(QByteArrayView reply);
    void onRateTick();

    SmtpServer* m_server;
    QSslSocket* m_socket;
    SmtpProtocol m_protocol;
    QHostAddress m_peer;
    QTimer m_idleTimer;
    QTimer m_rateTimer;
    qint64 m_bytesThisWindow = 0;
    bool m_wasReceiving = false;
    bool m_shuttingDown = false;
    bool m_closing = false;
};

class SmtpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Config
    {
        QByteArray hostname = "mayfly-relay";
        qint64 maxMessageSize = 25 * 1024 * 1024;
        int idleTimeoutMs = 300 * 1000; // RFC 5321 4.5.3.2.7: at least 5 minutes between commands
        qint64 minDataRate = 100; // bytes per second while a command or the data is being sent
        int maxConnections = 200;
        int maxConnectionsPerClient = 20;
        QSslConfiguration tls; // null: no STARTTLS
    };

    SmtpServer(RelayService* service, Config config, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SmtpServer)

    [[nodiscard]] const Config& config() const { return m_config; }
    [[nodiscard]] RelayService* service() const { return m_service; }
    [[nodiscard]] int sessionCount() const { return int(m_sessions.size()); }
    // Stops accepting, lets messages in flight finish, then emits drained().
    void shutdown();

Q_SIGNALS:
    void drained();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class SmtpSession;
    void sessionEnded(SmtpSession* session);

    RelayService* m_service;
    Config m_config;
    QSet<SmtpSession*> m_sessions;
    QHash<QHostAddress, int> m_perClient;
    bool m_shuttingDown = false;
};

} // namespace mayfly::relay
