#include "app/cli/RenderCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream& out)
{
    out << "usage: mayfly-cli [--profile DIR] [--memory-only] [--json] COMMAND [ARGS]\n"
           "\n"
           "commands:\n"
           "  render FILE.eml      sanitised HTML and report for one message file (offline)\n"
           "  --version            print the version\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mayfly-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"--version") {
        out << "mayfly-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"help") {
        printUsage(out);
        return 0;
    }
    if (command == u"render")
        return mayfly::cli::runRender(args, out, err);
    err << "mayfly-cli: unknown command '" << command << "'" << Qt::endl;
    printUsage(err);
    return 2;
}
