#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/RenderCommand.h"
#include "core/settings/ProfileSettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sys/resource.h>

using namespace mayfly::cli;

namespace {

struct Command
{
    const char* name;
    const char* synopsis;
    const char* summary;
};

constexpr Command Commands[] = {
    {"new", "new [--provider ID] [--relay URL] [--ttl DURATION] [--label TEXT]", "create a throwaway address"},
    {"list", "list [ADDRESS]", "your addresses, or one address's messages"},
    {"wait", "wait ADDRESS [--timeout SECONDS] [--code | --link] [--any]", "wait for the next message (or its code)"},
    {"show", "show MESSAGE_ID [--text | --html | --raw]", "show one message"},
    {"render", "render FILE.eml", "sanitised HTML and report for one message file (offline)"},
    {"delete", "delete ADDRESS|MESSAGE_ID", "delete an address (also at the provider) or a message"},
    {"wipe", "wipe --yes", "delete everything this profile holds"},
    {"privacy", "privacy", "what is stored, where, how large, when it is deleted"},
};

void printUsage(QTextStream& out)
{
    out << "usage: mayfly-cli [--profile DIR] [--memory-only] [--proxy URL] [--json] COMMAND [ARGS]\n"
           "\n"
           "Throwaway e-mail addresses from the command line. Everything stored is encrypted; the key is\n"
           "in your keychain (or derived from MAYFLY_PASSPHRASE), and messages are deleted on their own.\n"
           "\n"
           "commands:\n";
    for (const Command& c : Commands)
        out << "  " << QString::fromLatin1(c.synopsis).leftJustified(62) << " " << c.summary << "\n";
    out << "\n"
           "global options:\n"
           "  --profile DIR   use this data folder instead of the default (shared with the Mayfly app)\n"
           "  --memory-only   keep everything in memory; nothing is written, nothing survives the command\n"
           "  --proxy URL     socks5://HOST:PORT (names resolved by the proxy; Tor: socks5://127.0.0.1:9050),\n"
           "                  http://HOST:PORT, system or none; default: the profile's proxy (set in the app)\n"
           "  --json          machine-readable output\n"
           "  --version, --help\n"
           "\n"
           "Run 'mayfly-cli COMMAND --help' for a command's options.\n"
           "exit codes: 0 ok, 1 error, 2 usage, 3 timeout\n";
    out.flush();
}

int dispatch(const QString& command, const QStringList& args, CliContext& context)
{
    if (command == u"list")
        return runList(context, args);
    if (command == u"show")
        return runShow(context, args);
    if (command == u"delete")
        return runDelete(context, args);
    if (command == u"wipe")
        return runWipe(context, args);
    if (command == u"privacy")
        return runPrivacy(context, args);
    if (command == u"new")
        return runNew(context, args);
    if (command == u"wait")
        return runWait(context, args);
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Message content and keys live in this process: never in a core dump.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mayfly-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options may come before or after the command.
    GlobalOptions global;
    QStringList rest;
    const QStringList all = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString& a = all.at(i);
        if (a == u"--profile" || a.startsWith(u"--profile=")) {
            if (a.startsWith(u"--profile=")) {
                global.profileDir = a.mid(10);
            } else if (i + 1 < all.size()) {
                global.profileDir = all.at(++i);
            } else {
                err << "mayfly-cli: --profile needs a folder" << Qt::endl;
                return ExitUsage;
            }
            if (global.profileDir.isEmpty()) {
                err << "mayfly-cli: --profile needs a folder" << Qt::endl;
                return ExitUsage;
            }
        } else if (a == u"--proxy" || a.startsWith(u"--proxy=")) {
            QString value;
            if (a.startsWith(u"--proxy="))
                value = a.mid(8);
            else if (i + 1 < all.size())
                value = all.at(++i);
            auto proxy = mayfly::core::settings::parseProxy(value);
            if (value.isEmpty() || !proxy) {
                err << "mayfly-cli: --proxy: " << (proxy ? QStringLiteral("needs a value") : proxy.error().detail)
                    << Qt::endl;
                return ExitUsage;
            }
            global.proxy = *proxy;
        } else if (a == u"--memory-only") {
            global.memoryOnly = true;
        } else if (a == u"--json") {
            global.json = true;
        } else {
            rest.append(a);
        }
    }
    if (global.memoryOnly && !global.profileDir.isEmpty()) {
        err << "mayfly-cli: --memory-only and --profile exclude each other" << Qt::endl;
        return ExitUsage;
    }
    if (rest.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString command = rest.takeFirst();
    if (command == u"--version") {
        out << "mayfly-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == u"--help" || command == u"-h") {
        printUsage(out);
        return ExitOk;
    }
    CliContext context(global, out, err);
    if (command == u"help") {
        if (rest.isEmpty()) {
            printUsage(out);
            return ExitOk;
        }
        const QString topic = rest.constFirst();
        if (topic == u"render")
            return mayfly::cli::runRender({QStringLiteral("--help")}, out, err);
        const int rc = dispatch(topic, {QStringLiteral("--help")}, context);
        if (rc >= 0)
            return rc;
        err << "mayfly-cli: no command '" << topic << "'" << Qt::endl;
        return ExitUsage;
    }
    if (command == u"render") {
        if (global.json)
            rest.append(QStringLiteral("--json"));
        return mayfly::cli::runRender(rest, out, err);
    }
    const int rc = dispatch(command, rest, context);
    if (rc >= 0)
        return rc;
    err << "mayfly-cli: unknown command '" << command << "'" << Qt::endl;
    printUsage(err);
    return ExitUsage;
}
