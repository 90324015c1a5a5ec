#include "relay/RelayOptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mayfly-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));

    const auto options = mayfly::relay::parseRelayOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "mayfly-relay: %s\n", qPrintable(options.error().detail));
        return 2;
    }
    std::fprintf(stderr, "mayfly-relay: the SMTP and HTTP listeners are not built yet\n");
    return 1;
}
