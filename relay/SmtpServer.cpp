#include "relay/SmtpServer.h"

#include "core/common/Logging.h"

#include <QSslSocket>

namespace mayfly::relay {

SmtpSession::SmtpSession(qintptr descriptor, SmtpServer* server)
    : QObject(server)
    , m_server(server)
    , m_socket(new QSslSocket(this))
    , m_protocol(SmtpProtocol::Config{server->config().hostname, server->config().maxMessageSize,
                     !server->config().tls.isNull()},
          this)
{
    m_socket->setSocketDescriptor(descriptor);
    // Replies are small and each one unblocks the client: do not let Nagle hold them back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = m_socket->peerAddress();
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(server->config().idleTimeoutMs);
    // The data-rate window: short enough to catch a slow-loris, never longer than the idle timeout.
    m_rateTimer.setInterval(qMin(server->config().idleTimeoutMs, 30 * 1000));
}

SmtpSession::~SmtpSession() = default;

void SmtpSession::start()
{
    if (!m_server->config().tls.isNull())
        m_socket->setSslConfiguration(m_server->config().tls);
    connect(m_socket, &QIODevice::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] { m_server->sessionEnded(this); });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_protocol.tlsStarted();
        m_idleTimer.start();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_server->sessionEnded(this);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_protocol.awaitingDelivery())
            closeWith("421 4.4.2 idle timeout, closing (RFC 5321 4.5.3.2.7)");
    });
    connect(&m_rateTimer, &QTimer::timeout, this, &SmtpSession::onRateTick);
    m_socket->write(m_protocol.greeting());
    m_idleTimer.start();
    m_rateTimer.start();
}

void SmtpSession::onRateTick()
{
    const qint64 threshold = m_server->config().minDataRate * m_rateTimer.interval() / 1000;
    const bool receiving = m_protocol.receivingData();
    // Slow across a whole window while the client was in the middle of sending: a slow-loris.
    if (receiving && m_wasReceiving && m_bytesThisWindow < threshold && !m_protocol.awaitingDelivery()) {
        closeWith("421 4.4.2 data rate too low, closing");
        return;
    }
    m_wasReceiving = receiving;
    m_bytesThisWindow = 0;
}

void SmtpSession::closeWith(QByteArrayView reply)
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_rateTimer.stop();
    m_socket->write(reply.data(), reply.size());
    m_socket->write("\r\n");
    m_socket->disconnectFromHost();
}

void SmtpSession::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // discard
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    m_bytesThisWindow += bytes.size();
    m_idleTimer.start();
    m_protocol.feed(bytes);
    afterProtocolStep();
}

void SmtpSession::afterProtocolStep()
{
    const QByteArray out = m_protocol.takeOutput();
    if (!out.isEmpty())
        m_socket->write(out);
    if (m_protocol.closeRequested()) {
        m_closing = true;
        m_idleTimer.stop();
        m_rateTimer.stop();
        m_socket->disconnectFromHost();
        return;
    }
    if (m_protocol.takeStartTlsRequest()) {
        m_socket->flush();
        m_socket->startServerEncryption();
        return;
    }
    if (m_shuttingDown && !m_protocol.receivingData() && !m_protocol.awaitingDelivery())
        closeWith("421 4.3.2 shutting down");
}

void SmtpSession::shutdown()
{
    m_shuttingDown = true;
    if (!m_protocol.receivingData() && !m_protocol.awaitingDelivery())
        closeWith("421 4.3.2 shutting down");
}

SmtpProtocol::Verdict SmtpSession::checkRecipient(const QString& localPart, const QString& domain)
{
    return m_server->service()->checkRecipient(localPart, domain);
}

void SmtpSession::deliver(const SmtpProtocol::Envelope& envelope, QByteArray message)
{
    QPointer<SmtpSession> self(this);
    m_server->service()->deliver(envelope, m_peer, std::move(message), [self](bool ok, const QByteArray& detail) {
        if (!self)
            return; // the client went away; the message is stored all the same
        self->m_protocol.deliveryFinished(ok, detail);
        self->afterProtocolStep();
    });
}

SmtpServer::SmtpServer(RelayService* service, Config config, QObject* parent)
    : QTcpServer(parent)
    , m_service(service)
    , m_config(std::move(config))
{
    // Connections are accepted as fast as they come; the caps below decide who stays.
    setMaxPendingConnections(m_config.maxConnections);
}

void SmtpServer::incomingConnection(qintptr descriptor)
{
    auto* session = new SmtpSession(descriptor, this);
    const QHostAddress peer = session->peer();
    const char* refusal = nullptr;
    if (m_shuttingDown)
        refusal = "421 4.3.2 shutting down\r\n";
    else if (m_sessions.size() >= m_config.maxConnections)
        refusal = "421 4.7.0 too many connections, try again later\r\n";
    else if (m_perClient.value(peer) >= m_config.maxConnectionsPerClient)
        refusal = "421 4.7.0 too many connections from your address\r\n";
    if (refusal) {
        qCInfo(lcRelay) << "smtp connection refused:" << refusal;
        QTcpSocket* socket = session->findChild<QSslSocket*>();
        socket->write(refusal);
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, session, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            session->deleteLater();
        return;
    }
    m_sessions.insert(session);
    ++m_perClient[peer];
    session->start();
}

void SmtpServer::sessionEnded(SmtpSession* session)
{
    if (!m_sessions.remove(session))
        return;
    auto it = m_perClient.find(session->peer());
    if (it != m_perClient.end() && --it.value() <= 0)
        m_perClient.erase(it);
    session->deleteLater();
    if (m_shuttingDown && m_sessions.isEmpty())
        Q_EMIT drained();
}

void SmtpServer::shutdown()
{
    m_shuttingDown = true;
    close();
    if (m_sessions.isEmpty()) {
        Q_EMIT drained();
        return;
    }
    const auto sessions = m_sessions;
    for (SmtpSession* s : sessions)
        s->shutdown();
}

} // namespace mayfly::relay
