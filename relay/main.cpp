#include "relay/Relay.h"
#include "relay/StdinWatch.h"
#include "relay/UnixSignalNotifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace {

// Exit code when another live mayfly-relay owns the --data folder (2 is a usage error, 1 others).
constexpr int ExitDataInUse = 4;

QString loopbackText(const mayfly::relay::Endpoint& endpoint, quint16 port)
{
    QHostAddress host = endpoint.host;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    const QString h
        = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return h + u':' + QString::number(port);
}

// DIR/endpoint.json: where the relay that owns DIR listens, for the app and the CLI to find it.
bool writeEndpoint(const QString& path, const mayfly::relay::RelayOptions& options, const mayfly::relay::Relay& relay)
{
    const QJsonObject endpoint{{QStringLiteral("smtp"), loopbackText(options.smtp, relay.smtpPort())},
        {QStringLiteral("http"), QString(QStringLiteral("http://") + loopbackText(options.http, relay.httpPort()))},
        {QStringLiteral("pid"), QJsonValue(QCoreApplication::applicationPid())}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(endpoint).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    ::umask(077); // the database and its -wal/-shm are the relay's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mayfly-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));

    const auto options = mayfly::relay::parseRelayOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "mayfly-relay: %s\n", qPrintable(options.error().detail));
        return 2;
    }
    if (options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("mayfly.relay.info=true"));

    // One relay per --data folder: a second one over the same files would take mail the first
    // does not know about. A lock left by a crashed relay (its pid is gone) is taken over.
    std::unique_ptr<QLockFile> dataLock;
    QString endpointPath;
    if (!options->dataDir.isEmpty()) {
        QDir().mkpath(options->dataDir);
        dataLock = std::make_unique<QLockFile>(QDir(options->dataDir).filePath(QStringLiteral("relay.lock")));
        dataLock->setStaleLockTime(0);
        if (!dataLock->tryLock(0)) {
            qint64 pid = 0;
            QString host, appName;
            dataLock->getLockInfo(&pid, &host, &appName);
            if (dataLock->error() == QLockFile::LockFailedError)
                std::fprintf(stderr, "mayfly-relay: another mayfly-relay (pid %lld) already uses %s\n",
                    static_cast<long long>(pid), qPrintable(options->dataDir));
            else
                std::fprintf(stderr, "mayfly-relay: cannot lock %s\n", qPrintable(options->dataDir));
            return ExitDataInUse;
        }
        endpointPath = QDir(options->dataDir).filePath(QStringLiteral("endpoint.json"));
    }

    mayfly::relay::Relay relay(*options);
    mayfly::relay::UnixSignalNotifier signals({SIGTERM, SIGINT});
    QObject::connect(&signals, &mayfly::relay::UnixSignalNotifier::received, &relay, &mayfly::relay::Relay::stop);
    QObject::connect(&relay, &mayfly::relay::Relay::stopped, &app, &QCoreApplication::quit);

    if (auto started = relay.start(); !started) {
        std::fprintf(stderr, "mayfly-relay: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    if (!endpointPath.isEmpty() && !writeEndpoint(endpointPath, *options, relay))
        std::fprintf(stderr, "mayfly-relay: cannot write %s\n", qPrintable(endpointPath));
    std::printf("%s\n", qPrintable(relay.listeningLine()));
    std::fflush(stdout);
    // The parent's pipe on stdin closed (it exited, or was killed): stop like on SIGTERM, so a
    // local relay never outlives the app that owns it.
    mayfly::relay::StdinWatch stdinWatch;
    if (options->watchStdin) {
        QObject::connect(&stdinWatch, &mayfly::relay::StdinWatch::ended, &relay, &mayfly::relay::Relay::stop);
        stdinWatch.start();
    }
    const int rc = app.exec();
    if (!endpointPath.isEmpty())
        QFile::remove(endpointPath);
    return rc;
}
