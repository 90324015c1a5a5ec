#include "app/cli/Commands.h"

namespace mayfly::cli {

using namespace mayfly::core;

int runNew(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral(
        "mayfly-cli new [--provider relay|mailtm|mailgw|guerrilla|mailpit|inbucket] [--relay URL] [--ttl DURATION] "
        "[--label TEXT]");
    QCommandLineParser parser;
    if (int rc = context.parse(parser, arguments, usageLine, QStringLiteral("Creates a throwaway address.")); rc >= 0)
        return rc;
    return context.fail(makeError(ErrorCode::Unsupported,
        QStringLiteral("this build has no provider support yet, so no address can be created")));
}

int runWait(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli wait ADDRESS [--timeout SECONDS] [--code | --link] [--any]");
    QCommandLineParser parser;
    if (int rc = context.parse(parser, arguments, usageLine, QStringLiteral("Waits for the next message.")); rc >= 0)
        return rc;
    return context.fail(makeError(ErrorCode::Unsupported,
        QStringLiteral("this build has no provider support yet, so there is nothing to wait on")));
}

} // namespace mayfly::cli
