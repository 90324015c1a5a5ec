#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mayfly-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAYFLY_VERSION));

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--version"))) {
        out << "mayfly-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "usage: mayfly-cli COMMAND [options]  (see --help)" << Qt::endl;
    return 2;
}
