#include "app/cli/Commands.h"

#include "core/privacy/Wipe.h"
#include "core/store/ProfileOwner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace mayfly::cli {

using namespace mayfly::core;

int runWipe(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli wipe --yes");
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Really delete everything."));
    parser.addOption(yes);
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("Deletes everything this profile holds: addresses, messages, credentials, settings, the "
                           "keychain entry, then the files. Addresses are not deleted at the provider; use "
                           "mayfly-cli delete ADDRESS first for that."));
        rc >= 0)
        return rc;
    if (!parser.isSet(yes))
        return context.usage(
            QStringLiteral("wipe deletes everything in this profile; run it again with --yes"), usageLine);
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("wipe takes no arguments"), usageLine);

    if (!context.options().memoryOnly) {
        const QString dir = context.options().profileDir.isEmpty() ? store::Profile::defaultDirectory()
                                                                   : context.options().profileDir;
        if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(store::Profile::DatabaseName)))) {
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("wiped"), dir}, {QStringLiteral("nothing"), true}});
            else
                context.out() << "Nothing to wipe in " << dir << "." << Qt::endl;
            return ExitOk;
        }
        // A running app on this profile lets go first (it stops, closes its store and quits), so
        // nothing writes into the files once they are deleted.
        constexpr int ReleaseTimeoutMs = 20000;
        auto released = store::ProfileOwner::askToRelease(dir, ReleaseTimeoutMs);
        if (!released)
            return context.fail(released.error(), QStringLiteral("wipe"));
        if (*released && !context.json())
            context.err() << "The Mayfly app had this profile open; it has quit." << Qt::endl;
    }
    // A profile whose key is gone (keychain lost, passphrase forgotten) can still be wiped.
    auto profile = context.profile(/*allowLocked=*/true);
    if (!profile)
        return context.fail(profile.error());
    const QString where = (*profile)->isMemoryOnly() ? QStringLiteral("memory") : (*profile)->directory();
    if (auto r = privacy::Wipe::everything(**profile); !r)
        return context.fail(r.error(), QStringLiteral("wipe"));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("wiped"), where}});
    else
        context.out() << "Wiped everything in " << where << "." << Qt::endl;
    return ExitOk;
}

} // namespace mayfly::cli
