#include "relay/RelayOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;

core::Result<Endpoint> parseEndpoint(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("expected HOST:PORT"));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("port must be 0-65535"));
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("host must be an IP address (no lookups)"));
    return Endpoint{address, quint16(port)};
}

core::Result<RelayOptions> parseRelayOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Mayfly relay: receives mail by SMTP for throwaway addresses and serves it, privately per "
                       "address, over an HTTP and WebSocket API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smtp(
        QStringLiteral("smtp"), QStringLiteral("SMTP listener (default 127.0.0.1:2525)."), QStringLiteral("host:port"));
    const QCommandLineOption http(QStringLiteral("http"), QStringLiteral("HTTP API listener (default 127.0.0.1:8025)."),
        QStringLiteral("host:port"));
    const QCommandLineOption domain(
        QStringLiteral("domain"), QStringLiteral("Domain to accept mail for (repeatable)."), QStringLiteral("domain"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Directory for the relay's database."), QStringLiteral("dir"));
    const QCommandLineOption catchAll(
        QStringLiteral("catch-all"), QStringLiteral("Accept any local part of the configured domains."));
    parser.addOptions({smtp, http, domain, data, catchAll});
    parser.process(arguments);

    RelayOptions options;
    if (parser.isSet(smtp)) {
        auto endpoint = parseEndpoint(parser.value(smtp));
        if (!endpoint)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--smtp: ") + endpoint.error().detail);
        options.smtp = *endpoint;
    }
    if (parser.isSet(http)) {
        auto endpoint = parseEndpoint(parser.value(http));
        if (!endpoint)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--http: ") + endpoint.error().detail);
        options.http = *endpoint;
    }
    options.domains = parser.values(domain);
    options.dataDir = parser.value(data);
    options.catchAll = parser.isSet(catchAll);
    return options;
}

} // namespace mayfly::relay
