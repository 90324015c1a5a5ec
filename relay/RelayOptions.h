#pragma once

#include "core/common/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mayfly::relay {

struct Endpoint
{
    QHostAddress host;
    quint16 port = 0;
};

// Everything mayfly-relay can be told on its command line (or in its --config file).
struct RelayOptions
{
    Endpoint smtp{QHostAddress::LocalHost, 2525};
    Endpoint http{QHostAddress::LocalHost, 8025};
    QStringList domains;
    QString dataDir;
    bool memory = false; // --memory: the store lives in this process's memory, nothing is written
    bool catchAll = false;
    // --seal-to: the operator's raw X25519 public key (32 bytes). Mail not sealed to an address
    // owner's key (catch-all, postmaster, addresses created without publicKey) is sealed to it
    // instead of a data key stored beside it. Empty: such mail gets a per-address data key.
    QByteArray sealTo;
    // --watch-stdin: stop when standard input ends (the parent holding the pipe died or closed it).
    bool watchStdin = false;
    QString hostname; // SMTP greeting name; the first domain by default
    QString tlsCert; // PEM files; both given: STARTTLS is offered
    QString tlsKey;
    QString creationKey; // required unless the HTTP listener is loopback-only
    QString postmasterToken; // opens the postmaster mailbox; empty: the creation key does
    qint64 maxMessageSize = 25LL * 1024 * 1024;
    qint64 defaultTtlSeconds = 24 * 3600;
    qint64 maxTtlSeconds = 7 * 24 * 3600;
    int idleTimeoutSeconds = 300; // RFC 5321 4.5.3.2.7
    qint64 minDataRate = 100; // bytes per second
    int maxConnections = 200;
    int maxConnectionsPerClient = 20;
    int janitorIntervalSeconds = 30;
    int maxTokenFailures = 20; // per client per minute, then 429
    int maxMessagesPerAddress = 1000; // expired addresses are gone within a minute
    bool verbose = false;
};

// Parses "HOST:PORT" (IPv6 as "[::1]:25"). Port 0 lets the OS choose.
[[nodiscard]] core::Result<Endpoint> parseEndpoint(const QString& text);
// "90", "90s", "15m", "24h", "7d" -> seconds.
[[nodiscard]] core::Result<qint64> parseDuration(const QString& text);
// "1048576", "512K", "25M", "1G" -> bytes.
[[nodiscard]] core::Result<qint64> parseSize(const QString& text);
[[nodiscard]] bool isLoopback(const QHostAddress& address);

// Parses the process arguments; on --help/--version prints and exits like any Qt tool.
[[nodiscard]] core::Result<RelayOptions> parseRelayOptions(const QStringList& arguments);

} // namespace mayfly::relay
