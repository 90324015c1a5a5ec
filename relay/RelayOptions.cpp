#include "relay/RelayOptions.h"

#include "relay/ReceivedHeader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace mayfly::relay {

using core::ErrorCode;
using core::makeError;
using core::Result;

Result<Endpoint> parseEndpoint(const QString& text)
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

Result<qint64> parseDuration(const QString& text)
{
    QString t = text.trimmed().toLower();
    qint64 unit = 1;
    if (t.endsWith(u's'))
        t.chop(1);
    else if (t.endsWith(u'm')) {
        unit = 60;
        t.chop(1);
    } else if (t.endsWith(u'h')) {
        unit = 3600;
        t.chop(1);
    } else if (t.endsWith(u'd')) {
        unit = 86400;
        t.chop(1);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0 || n > 10LL * 365 * 86400 / unit)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("expected a positive duration like 90s, 15m, 24h, 7d"));
    return n * unit;
}

Result<qint64> parseSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    qint64 unit = 1;
    if (t.endsWith(u'B'))
        t.chop(1);
    if (t.endsWith(u'K')) {
        unit = 1024;
        t.chop(1);
    } else if (t.endsWith(u'M')) {
        unit = 1024 * 1024;
        t.chop(1);
    } else if (t.endsWith(u'G')) {
        unit = 1024 * 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0 || n > (4LL << 30) / unit)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("expected a size like 25M (at most 4G)"));
    return n * unit;
}

bool isLoopback(const QHostAddress& address)
{
    return address.isLoopback();
}

namespace {

// "name = value" lines, '#' comments; names are the long option names. Repeated names add values.
Result<QHash<QString, QStringList>> readConfigFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read config file ") + path);
    if (file.size() > 1024 * 1024)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("config file too large"));
    QHash<QString, QStringList> values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString name = (eq < 0 ? line : line.left(eq)).trimmed();
        const QString value = eq < 0 ? QStringLiteral("true") : line.mid(eq + 1).trimmed();
        if (name.isEmpty())
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("%1:%2: expected name = value").arg(path).arg(lineNumber));
        values[name].append(value);
    }
    return values;
}

} // namespace

Result<RelayOptions> parseRelayOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mayfly relay: receives mail by SMTP for throwaway addresses and serves it, privately per address, over an "
        "HTTP and WebSocket API (docs/relay-api.md).\n\n"
        "When both listeners are up it prints one line to stdout:\n"
        "  mayfly-relay: listening smtp=HOST:PORT http=HOST:PORT\n"
        "Logs go to stderr and never contain addresses, tokens or message content. SIGTERM stops it cleanly "
        "after the messages in flight are stored."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("Read options from FILE: one 'name = value' per line with the long option names below "
                       "(e.g. 'domain = example.org'); the command line wins."),
        QStringLiteral("file"));
    const QCommandLineOption smtp(QStringLiteral("smtp"),
        QStringLiteral("SMTP listener (default 127.0.0.1:2525; port 0 picks a free port)."),
        QStringLiteral("host:port"));
    const QCommandLineOption http(QStringLiteral("http"),
        QStringLiteral("HTTP API listener (default 127.0.0.1:8025; port 0 picks a free port)."),
        QStringLiteral("host:port"));
    const QCommandLineOption domain(QStringLiteral("domain"),
        QStringLiteral("Domain to accept mail for (repeatable; the first is the default for new addresses). "
                       "Required."),
        QStringLiteral("domain"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Directory for the relay's database (created with mode 0700). Required unless --memory."),
        QStringLiteral("dir"));
    const QCommandLineOption memory(QStringLiteral("memory"),
        QStringLiteral("Keep addresses and mail in this process's memory only (instead of --data): nothing is "
                       "written to disk, and everything is gone when the relay stops. 250 then means \"held in "
                       "memory\", not \"on disk\"."));
    const QCommandLineOption sealTo(QStringLiteral("seal-to"),
        QStringLiteral("Base64 of the operator's raw 32-byte X25519 public key. Mail that is not sealed to an "
                       "address owner's key (catch-all mail, postmaster mail, addresses created without "
                       "publicKey) is sealed to this key instead of a data key stored next to it, so the disk "
                       "holds no mail the relay itself can open; the API serves it as a sealed box that only the "
                       "private key opens (docs/relay-api.md). Without it such mail is encrypted under a random "
                       "key kept in the address's row: safe after deletion, readable to anyone with the disk "
                       "before."),
        QStringLiteral("key"));
    const QCommandLineOption watchStdin(QStringLiteral("watch-stdin"),
        QStringLiteral("Stop (as on SIGTERM) when standard input reaches end of file: a parent that starts the "
                       "relay with a pipe as its stdin ends it by closing the pipe or by dying, on every OS."));
    const QCommandLineOption catchAll(QStringLiteral("catch-all"),
        QStringLiteral("Accept mail for any local part of the configured domains: the address is created on its "
                       "first mail (sealed to --seal-to if given, else under a data key of its own; default TTL) and "
                       "can be claimed with POST /api/v1/addresses "
                       "{\"localPart\": ...}, which returns its token once."));
    const QCommandLineOption hostname(QStringLiteral("hostname"),
        QStringLiteral("Name in the SMTP greeting and EHLO reply (default: the first --domain)."),
        QStringLiteral("name"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (chain) for STARTTLS; needs --tls-key."), QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for STARTTLS (RSA or EC)."), QStringLiteral("file"));
    const QCommandLineOption creationKey(QStringLiteral("creation-key"),
        QStringLiteral("Secret that POST /api/v1/addresses must present as 'Authorization: Bearer KEY'. Required "
                       "unless --http is a loopback address. Prefer the config file or MAYFLY_RELAY_CREATION_KEY "
                       "(command lines are visible to other users)."),
        QStringLiteral("key"));
    const QCommandLineOption postmasterToken(QStringLiteral("postmaster-token"),
        QStringLiteral("Secret that opens the postmaster mailbox (id 'postmaster'; mail for postmaster@ each "
                       "--domain, RFC 5321 4.5.1) as 'Authorization: Bearer TOKEN'; at least 16 characters. "
                       "Default: the creation key. Set it when others hold the creation key. Prefer the config "
                       "file or MAYFLY_RELAY_POSTMASTER_TOKEN."),
        QStringLiteral("token"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
        QStringLiteral("Largest message accepted, enforced while reading (default 25M; RFC 5321 4.5.3.1.7, "
                       "advertised with SIZE)."),
        QStringLiteral("size"));
    const QCommandLineOption defaultTtl(QStringLiteral("default-ttl"),
        QStringLiteral("Lifetime of a new address when the request names none (default 24h)."),
        QStringLiteral("duration"));
    const QCommandLineOption maxTtl(QStringLiteral("max-ttl"),
        QStringLiteral("Longest lifetime an address can be given or extended to (default 7d)."),
        QStringLiteral("duration"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
        QStringLiteral("Close an SMTP session idle for this long (default 300s, RFC 5321 4.5.3.2.7)."),
        QStringLiteral("duration"));
    const QCommandLineOption minDataRate(QStringLiteral("min-data-rate"),
        QStringLiteral("Close an SMTP session that sends a command or message slower than this many bytes per "
                       "second over a whole window of min(idle timeout, 30s) (default 100)."),
        QStringLiteral("bytes"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        QStringLiteral("Most SMTP sessions at once (default 200); more get 421."), QStringLiteral("n"));
    const QCommandLineOption maxPerClient(QStringLiteral("max-connections-per-client"),
        QStringLiteral("Most SMTP sessions at once from one IP address (default 20); more get 421."),
        QStringLiteral("n"));
    const QCommandLineOption janitor(QStringLiteral("janitor-interval"),
        QStringLiteral("How often expired addresses and their mail are deleted (default 30s)."),
        QStringLiteral("duration"));
    const QCommandLineOption tokenFailures(QStringLiteral("max-token-failures"),
        QStringLiteral("Wrong tokens or creation keys one client may present per minute before every request that "
                       "checks one gets 429 with Retry-After (default 20)."),
        QStringLiteral("n"));
    const QCommandLineOption maxMessages(QStringLiteral("max-messages-per-address"),
        QStringLiteral("Messages one address may hold (default 1000; a message list shows the newest 1000); "
                       "more get 452 4.2.2 at RCPT until some are deleted."),
        QStringLiteral("n"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Log connections and deletions (counts only) to stderr."));
    parser.addOptions({config, smtp, http, domain, data, memory, sealTo, watchStdin, catchAll, hostname, tlsCert,
        tlsKey, creationKey, postmasterToken, maxSize, defaultTtl, maxTtl, idleTimeout, minDataRate, maxConnections,
        maxPerClient, janitor, tokenFailures, maxMessages, verbose});
    parser.process(arguments);

    QHash<QString, QStringList> file;
    if (parser.isSet(config)) {
        auto read = readConfigFile(parser.value(config));
        if (!read)
            return read.error();
        file = *read;
    }
    const auto has
        = [&](const QCommandLineOption& o) { return parser.isSet(o) || file.contains(o.names().constFirst()); };
    const auto values = [&](const QCommandLineOption& o) {
        return parser.isSet(o) ? parser.values(o) : file.value(o.names().constFirst());
    };
    const auto value = [&](const QCommandLineOption& o) { return values(o).value(0); };
    const auto fail = [](const QCommandLineOption& o, const QString& detail) {
        return makeError(ErrorCode::InvalidInput, u"--" + o.names().constFirst() + u": " + detail);
    };

    RelayOptions options;
    for (const auto* o : {&smtp, &http}) {
        if (!has(*o))
            continue;
        auto endpoint = parseEndpoint(value(*o));
        if (!endpoint)
            return fail(*o, endpoint.error().detail);
        (o == &smtp ? options.smtp : options.http) = *endpoint;
    }
    for (const QString& d : values(domain)) {
        const QString lower = d.trimmed().toLower();
        if (!isValidDomainName(lower.toLatin1()) || lower.toLatin1() != lower.toUtf8())
            return fail(domain, QStringLiteral("not a domain name (ASCII letters, digits, hyphens and dots)"));
        if (!options.domains.contains(lower))
            options.domains.append(lower);
    }
    options.dataDir = value(data);
    options.memory = has(memory) && value(memory) != u"false";
    options.watchStdin = has(watchStdin) && value(watchStdin) != u"false";
    if (has(sealTo)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            value(sealTo).trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return fail(sealTo, QStringLiteral("expected base64 of a 32-byte X25519 public key"));
        options.sealTo = decoded.decoded;
    }
    options.catchAll = has(catchAll) && value(catchAll) != u"false";
    options.verbose = has(verbose) && value(verbose) != u"false";
    options.hostname = has(hostname) ? value(hostname) : options.domains.value(0, QStringLiteral("localhost"));
    options.tlsCert = value(tlsCert);
    options.tlsKey = value(tlsKey);
    if (!isValidHeloName(options.hostname.toUtf8()))
        return fail(hostname, QStringLiteral("not a host name"));
    options.creationKey = has(creationKey) ? value(creationKey) : qEnvironmentVariable("MAYFLY_RELAY_CREATION_KEY");
    options.postmasterToken
        = has(postmasterToken) ? value(postmasterToken) : qEnvironmentVariable("MAYFLY_RELAY_POSTMASTER_TOKEN");
    // A human-chosen secret guarded by one SHA-256: too short, and it could be guessed.
    if (!options.postmasterToken.isEmpty() && options.postmasterToken.size() < 16)
        return fail(postmasterToken, QStringLiteral("at least 16 characters"));
    if (has(maxSize)) {
        auto v = parseSize(value(maxSize));
        if (!v)
            return fail(maxSize, v.error().detail);
        options.maxMessageSize = *v;
    }
    struct DurationOption
    {
        const QCommandLineOption* option;
        qint64* target;
    };
    qint64 idle = options.idleTimeoutSeconds;
    qint64 janitorSeconds = options.janitorIntervalSeconds;
    for (const DurationOption& d :
        {DurationOption{&defaultTtl, &options.defaultTtlSeconds}, DurationOption{&maxTtl, &options.maxTtlSeconds},
            DurationOption{&idleTimeout, &idle}, DurationOption{&janitor, &janitorSeconds}}) {
        if (!has(*d.option))
            continue;
        auto v = parseDuration(value(*d.option));
        if (!v)
            return fail(*d.option, v.error().detail);
        *d.target = *v;
    }
    options.idleTimeoutSeconds = int(qMin<qint64>(idle, 24 * 3600));
    options.janitorIntervalSeconds = int(qMin<qint64>(janitorSeconds, 3600));
    struct CountOption
    {
        const QCommandLineOption* option;
        qint64 min;
        qint64* target;
    };
    qint64 maxConn = options.maxConnections;
    qint64 maxPer = options.maxConnectionsPerClient;
    qint64 failures = options.maxTokenFailures;
    qint64 quota = options.maxMessagesPerAddress;
    for (const CountOption& c : {CountOption{&minDataRate, 0, &options.minDataRate},
             CountOption{&tokenFailures, 1, &failures}, CountOption{&maxConnections, 1, &maxConn},
             CountOption{&maxPerClient, 1, &maxPer}, CountOption{&maxMessages, 1, &quota}}) {
        if (!has(*c.option))
            continue;
        bool ok = false;
        const qint64 n = value(*c.option).toLongLong(&ok);
        if (!ok || n < c.min || n > 1000000)
            return fail(*c.option, QStringLiteral("expected a number"));
        *c.target = n;
    }
    options.maxConnections = int(maxConn);
    options.maxConnectionsPerClient = int(maxPer);
    options.maxTokenFailures = int(failures);
    options.maxMessagesPerAddress = int(quota);

    if (options.domains.isEmpty())
        return fail(domain, QStringLiteral("at least one domain is required"));
    if (options.memory && !options.dataDir.isEmpty())
        return fail(memory, QStringLiteral("--memory and --data exclude each other"));
    if (options.dataDir.isEmpty() && !options.memory)
        return fail(data, QStringLiteral("a data directory is required (or --memory)"));
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        return fail(tlsCert, QStringLiteral("--tls-cert and --tls-key go together"));
    if (options.defaultTtlSeconds > options.maxTtlSeconds)
        options.defaultTtlSeconds = options.maxTtlSeconds;
    if (options.creationKey.isEmpty() && !isLoopback(options.http.host))
        return fail(creationKey, QStringLiteral("required when --http listens beyond loopback"));
    return options;
}

} // namespace mayfly::relay
