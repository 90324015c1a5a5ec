#include "relay/Relay.h"
#include "relay/StdinWatch.h"
#include "relay/UnixSignalNotifier.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>

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

    mayfly::relay::Relay relay(*options);
    mayfly::relay::UnixSignalNotifier signals({SIGTERM, SIGINT});
    QObject::connect(&signals, &mayfly::relay::UnixSignalNotifier::received, &relay, &mayfly::relay::Relay::stop);
    QObject::connect(&relay, &mayfly::relay::Relay::stopped, &app, &QCoreApplication::quit);

    if (auto started = relay.start(); !started) {
        std::fprintf(stderr, "mayfly-relay: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(relay.listeningLine()));
    std::fflush(stdout);
    // The parent's pipe on stdin closed (it exited, or was killed): stop like on SIGTERM, so a
    // local relay never outlives the app that owns it.
    mayfly::relay::StdinWatch stdinWatch;
    if (options->watchStdin) {
        QObject::connect(&stdinWatch, &mayfly::relay::StdinWatch::ended, &relay, &mayfly::relay::Relay::stop);
        stdinWatch.start();
    }
    return app.exec();
}
