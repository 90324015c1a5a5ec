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

// Everything mayfly-relay can be told on its command line.
struct RelayOptions
{
    Endpoint smtp{QHostAddress::LocalHost, 2525};
    Endpoint http{QHostAddress::LocalHost, 8025};
    QStringList domains;
    QString dataDir;
    bool catchAll = false;
};

// Parses "HOST:PORT" (IPv6 as "[::1]:25"). Port 0 lets the OS choose.
[[nodiscard]] core::Result<Endpoint> parseEndpoint(const QString& text);

// Parses the process arguments; on --help/--version prints and exits like any Qt tool.
[[nodiscard]] core::Result<RelayOptions> parseRelayOptions(const QStringList& arguments);

} // namespace mayfly::relay
