// A tiny program the keychain tests run in controlled environments (a private D-Bus session with
// an unlocked or locked gnome-keyring, or no bus at all) to see what QtKeychain really answers.
//   keychain_probe write KEY VALUE | read KEY | remove KEY | profile DIR
// Prints one line: "native=<QKeychain::Error> code=<ErrorCode name> value=<value>".
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Profile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace mayfly::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() < 2)
        return 2;
    const QString service = qEnvironmentVariable("PROBE_SERVICE", QStringLiteral("mayfly-test"));
    auto keychain = std::make_shared<secrets::KeychainSecretStore>(service);
    const QString op = args.at(0);
    QString code = QStringLiteral("ok");
    QString value;
    if (op == u"write") {
        auto r = keychain->write(args.at(1), SecureBuffer::fromByteArray(args.value(2).toUtf8()));
        if (!r)
            code = errorCodeName(r.error().code);
    } else if (op == u"read") {
        auto r = keychain->read(args.at(1));
        if (!r)
            code = errorCodeName(r.error().code);
        else
            value = QString::fromUtf8(r->toByteArray());
    } else if (op == u"remove") {
        auto r = keychain->remove(args.at(1));
        if (!r)
            code = errorCodeName(r.error().code);
    } else if (op == u"profile") {
        store::ProfileOptions options;
        options.directory = args.at(1);
        options.keychain = keychain;
        auto r = store::Profile::open(options);
        if (!r) {
            code = errorCodeName(r.error().code);
            value = r.error().detail;
        } else {
            value = (*r)->keyMode();
        }
    } else {
        return 2;
    }
    out << "native=" << keychain->lastNativeError() << " code=" << code << " value=" << value << Qt::endl;
    return 0;
}
