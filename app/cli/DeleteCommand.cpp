#include "app/cli/Commands.h"

#include "app/cli/ProviderBridge.h"

#include <QJsonObject>

namespace mayfly::cli {

using namespace mayfly::core;

int runDelete(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli delete ADDRESS|MESSAGE_ID");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ADDRESS|MESSAGE_ID"),
        QStringLiteral("An address (deleted here and, where the provider allows, at the provider) or a message id "
                       "from mayfly-cli list ADDRESS."));
    const QCommandLineOption localOnly(
        QStringLiteral("local-only"), QStringLiteral("Delete only the local copy; leave the provider alone."));
    parser.addOption(localOnly);
    if (int rc = context.parse(
            parser, arguments, usageLine, QStringLiteral("Deletes an address with all its messages, or one message."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("delete needs exactly one address or message id"), usageLine);
    const QString target = parser.positionalArguments().constFirst();

    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    store::Store& st = (*profile)->store();

    QString remoteNote;
    if (target.contains(u'@')) {
        auto address = st.findAddress(target);
        if (!address)
            return context.fail(address.error(), target);
        if (!parser.isSet(localOnly)) {
            auto env = context.providerEnv();
            if (!env)
                remoteNote = QStringLiteral("not deleted at the provider: ") + env.error().toString();
            else if (auto r = deleteRemoteMailbox(*address, *env); !r)
                remoteNote = QStringLiteral("not deleted at the provider: ") + r.error().toString();
        }
        if (auto r = st.deleteAddress(address->id); !r)
            return context.fail(r.error());
    } else {
        bool isNumber = false;
        const qint64 id = target.toLongLong(&isNumber);
        if (!isNumber)
            return context.usage(QStringLiteral("'%1' is neither an address nor a message id").arg(target), usageLine);
        auto message = st.message(id);
        if (!message)
            return context.fail(message.error(), target);
        if (!parser.isSet(localOnly)) {
            auto address = st.address(message->addressId);
            auto env = context.providerEnv();
            if (address && env) {
                if (auto r = deleteRemoteMessage(*address, message->summary.id, *env); !r)
                    remoteNote = QStringLiteral("not deleted at the provider: ") + r.error().toString();
            }
        }
        if (auto r = st.deleteMessage(id); !r)
            return context.fail(r.error());
    }
    if (context.json()) {
        QJsonObject o{{QStringLiteral("deleted"), target}};
        if (!remoteNote.isEmpty())
            o.insert(QStringLiteral("warning"), remoteNote);
        context.printJson(o);
    } else {
        context.out() << "Deleted " << terminalSafe(target) << "." << Qt::endl;
        if (!remoteNote.isEmpty())
            context.err() << "mayfly-cli: warning: " << remoteNote << Qt::endl;
    }
    return ExitOk;
}

} // namespace mayfly::cli
