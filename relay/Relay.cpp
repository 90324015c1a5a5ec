#include "relay/Relay.h"

#include "core/common/Logging.h"
#include "relay/HttpApi.h"
#include "relay/RelayService.h"
#include "relay/SmtpServer.h"
#include "relay/SqliteRelayStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;
using core::Result;

namespace {

// How long SIGTERM waits for messages in flight before it stops anyway.
constexpr int StopGraceMs = 10 * 1000;

QString endpointText(const QHostAddress& host, quint16 port)
{
    const QString h
        = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return h + u':' + QString::number(port);
}

Result<QSslConfiguration> loadTls(const QString& certPath, const QString& keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--tls-cert: no PEM certificate in the file"));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("--tls-key: cannot read the file"));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--tls-key: not a PEM RSA or EC private key"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // senders are anonymous
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

Relay::Relay(RelayOptions options, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock ? clock : &m_systemClock)
{ }

Relay::~Relay()
{
    m_http.reset();
    m_smtp.reset();
    m_service.reset();
    if (m_store)
        m_store->close();
}

Result<void> Relay::start()
{
    if (m_options.memory) {
        m_store = std::make_unique<SqliteRelayStore>(QString(SqliteRelayStore::MemoryPath));
    } else {
        QDir dir(m_options.dataDir);
        if (!dir.exists() && !QDir().mkpath(m_options.dataDir))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create the data directory"));
        QFile::setPermissions(m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_store = std::make_unique<SqliteRelayStore>(dir.filePath(QStringLiteral("relay.sqlite")));
    }
    if (auto opened = m_store->open(); !opened)
        return opened;

    RelayService::Config serviceConfig;
    serviceConfig.domains = m_options.domains;
    serviceConfig.catchAll = m_options.catchAll;
    serviceConfig.defaultTtlSeconds = m_options.defaultTtlSeconds;
    serviceConfig.maxTtlSeconds = m_options.maxTtlSeconds;
    serviceConfig.maxMessagesPerAddress = m_options.maxMessagesPerAddress;
    serviceConfig.hostname = m_options.hostname.toUtf8();
    serviceConfig.operatorPublicKey = m_options.sealTo;
    const QString& operatorSecret
        = m_options.postmasterToken.isEmpty() ? m_options.creationKey : m_options.postmasterToken;
    if (!operatorSecret.isEmpty())
        serviceConfig.postmasterTokenHash = RelayService::hashToken(operatorSecret.toUtf8());
    m_service = std::make_unique<RelayService>(m_store.get(), m_clock, serviceConfig);
    if (auto postmaster = m_service->postmasterMailbox(); !postmaster)
        return postmaster.error();
    if (operatorSecret.isEmpty())
        qCInfo(lcRelay) << "no --creation-key or --postmaster-token: postmaster mail is kept but cannot be read";
    // A second connection to ":memory:" would be a second, empty database; in memory there is no
    // fsync to overlap either, so commits stay on the event loop.
    if (!m_store->isInMemory()) {
        if (auto writer = m_service->startWriter(std::make_unique<SqliteRelayStore>(m_store->databasePath())); !writer)
            return writer;
    }

    SmtpServer::Config smtpConfig;
    smtpConfig.hostname = m_options.hostname.toUtf8();
    smtpConfig.maxMessageSize = m_options.maxMessageSize;
    smtpConfig.idleTimeoutMs = m_options.idleTimeoutSeconds * 1000;
    smtpConfig.minDataRate = m_options.minDataRate;
    smtpConfig.maxConnections = m_options.maxConnections;
    smtpConfig.maxConnectionsPerClient = m_options.maxConnectionsPerClient;
    if (!m_options.tlsCert.isEmpty()) {
        auto tls = loadTls(m_options.tlsCert, m_options.tlsKey);
        if (!tls)
            return tls.error();
        smtpConfig.tls = *tls;
    }
    m_smtp = std::make_unique<SmtpServer>(m_service.get(), smtpConfig);
    if (!m_smtp->listen(m_options.smtp.host, m_options.smtp.port))
        return makeError(ErrorCode::Network, QStringLiteral("--smtp: ") + m_smtp->errorString());

    HttpApi::Config httpConfig;
    httpConfig.maxTokenFailures = m_options.maxTokenFailures;
    if (!m_options.creationKey.isEmpty())
        httpConfig.creationKeyHash = RelayService::hashToken(m_options.creationKey.toUtf8());
    m_http = std::make_unique<HttpApi>(m_service.get(), httpConfig);
    m_httpPort = m_http->listen(m_options.http.host, m_options.http.port);
    if (m_httpPort == 0 || m_http->servers().isEmpty() || !m_http->servers().constFirst()->isListening())
        return makeError(ErrorCode::Network, QStringLiteral("--http: cannot listen"));

    m_service->runJanitor();
    m_janitor.setInterval(m_options.janitorIntervalSeconds * 1000);
    connect(&m_janitor, &QTimer::timeout, this, [this] { m_service->runJanitor(); });
    m_janitor.start();
    return {};
}

quint16 Relay::smtpPort() const
{
    return m_smtp ? m_smtp->serverPort() : 0;
}

quint16 Relay::httpPort() const
{
    return m_httpPort;
}

QString Relay::databasePath() const
{
    return m_store ? m_store->databasePath() : QString();
}

QString Relay::listeningLine() const
{
    return QStringLiteral("mayfly-relay: listening smtp=") + endpointText(m_options.smtp.host, smtpPort())
        + QStringLiteral(" http=") + endpointText(m_options.http.host, httpPort());
}

void Relay::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_janitor.stop();
    if (m_http) {
        for (QTcpServer* server : m_http->servers())
            server->close();
        m_http->closeAllSubscribers();
    }
    if (!m_smtp) {
        finishStop();
        return;
    }
    connect(m_smtp.get(), &SmtpServer::drained, this, &Relay::finishStop, Qt::QueuedConnection);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, &Relay::finishStop);
    m_stopDeadline.start(StopGraceMs);
    m_smtp->shutdown();
}

void Relay::finishStop()
{
    if (!m_store)
        return;
    m_stopDeadline.stop();
    if (m_service)
        m_service->finishWrites(); // anything queued is committed before the store closes
    (void)m_store->compact();
    m_store->close();
    m_store.reset();
    Q_EMIT stopped();
}

} // namespace mayfly::relay
