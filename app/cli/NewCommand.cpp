#include "app/cli/Commands.h"

#include "app/cli/ProviderBridge.h"
#include "core/settings/ProfileSettings.h"
#include "core/settings/ProviderRoute.h"

#include <QJsonObject>

namespace mayfly::cli {

using namespace mayfly::core;

int runNew(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral(
        "mayfly-cli new [--provider relay|mailtm|mailgw|guerrilla|mailpit|inbucket] [--relay URL] [--ttl DURATION] "
        "[--label TEXT]");
    QCommandLineParser parser;
    const QCommandLineOption providerOption(QStringLiteral("provider"),
        QStringLiteral("Where the address lives (default: relay when --relay is given, else the source chosen for this "
                       "profile in the app)."),
        QStringLiteral("ID"));
    const QCommandLineOption relayOption(QStringLiteral("relay"),
        QStringLiteral("Base URL of your mayfly-relay (or set MAYFLY_RELAY_URL); with mailpit/inbucket, their URL."),
        QStringLiteral("URL"));
    const QCommandLineOption ttlOption(QStringLiteral("ttl"),
        QStringLiteral("How long the address lives: 90s, 10m, 24h, 7d (default: the provider's)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption labelOption(
        QStringLiteral("label"), QStringLiteral("A note for yourself (stored encrypted)."), QStringLiteral("TEXT"));
    const QCommandLineOption localPartOption(QStringLiteral("local-part"),
        QStringLiteral("The part before the @ (default: random)."), QStringLiteral("NAME"));
    const QCommandLineOption retentionOption(QStringLiteral("retention"),
        QStringLiteral("Keep its messages locally this long after arrival: 10m to 30d, or 'address' to keep them "
                       "until the address expires (default 24h)."),
        QStringLiteral("DURATION"));
    parser.addOptions({providerOption, relayOption, ttlOption, labelOption, localPartOption, retentionOption});
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("Creates a throwaway address and prints it. The relay's creation key, if it needs one, is "
                           "read from MAYFLY_RELAY_CREATION_KEY."));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("new takes no arguments"), usageLine);

    QString relayUrl = parser.value(relayOption);
    if (relayUrl.isEmpty())
        relayUrl = qEnvironmentVariable("MAYFLY_RELAY_URL");
    QString providerId = parser.value(providerOption);
    if (providerId.isEmpty() && !relayUrl.isEmpty())
        providerId = QStringLiteral("relay");
    static const QStringList known = {QStringLiteral("relay"), QStringLiteral("mailtm"), QStringLiteral("mailgw"),
        QStringLiteral("guerrilla"), QStringLiteral("mailpit"), QStringLiteral("inbucket")};
    if (!providerId.isEmpty() && !known.contains(providerId))
        return context.usage(QStringLiteral("unknown provider '%1'").arg(providerId), usageLine);
    const QUrl baseUrl(relayUrl, QUrl::StrictMode);
    if (!relayUrl.isEmpty() && (!baseUrl.isValid() || baseUrl.host().isEmpty()))
        return context.usage(QStringLiteral("--relay takes a URL: --relay http://HOST:PORT"), usageLine);
    if ((providerId == u"mailpit" || providerId == u"inbucket") && relayUrl.isEmpty())
        return context.usage(
            QStringLiteral("--provider %1 needs its URL: --relay http://HOST:PORT").arg(providerId), usageLine);
    providers::CreateRequest request;
    request.localPart = parser.value(localPartOption);
    if (parser.isSet(ttlOption)) {
        const auto ttl = parseDuration(parser.value(ttlOption));
        if (!ttl)
            return context.usage(QStringLiteral("--ttl takes a duration such as 10m, 24h or 7d"), usageLine);
        request.ttl = std::chrono::seconds(*ttl);
    }
    std::optional<qint64> retention;
    if (parser.isSet(retentionOption)) {
        if (parser.value(retentionOption) == u"address") {
            retention = store::Retention::UntilAddressExpires;
        } else {
            retention = parseDuration(parser.value(retentionOption));
            if (!retention || *retention < store::Retention::MinSeconds || *retention > store::Retention::MaxSeconds)
                return context.usage(QStringLiteral("--retention is 10m to 30d, or 'address'"), usageLine);
        }
    }

    // Open the profile before touching the network: an address we could not store is one the
    // user could never read or delete.
    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    auto env = context.providerEnv();
    if (!env)
        return context.fail(env.error());
    // Without --provider, the source chosen for this profile (first-run page, Settings); never a
    // third-party service the user did not pick.
    if (providerId.isEmpty() && !env->hasChoice)
        return context.usage(QStringLiteral("no address source is chosen for this profile: pass --provider "
                                            "(mailtm, mailgw, guerrilla; relay, mailpit or inbucket with --relay URL), "
                                            "or choose one in the Mayfly app"),
            usageLine);
    settings::ProviderRoute route = settings::routeForNew(env->choice, providerId);
    if (!relayUrl.isEmpty()) {
        route.baseUrl = baseUrl;
        route.localRelay = false;
        route.creationKey.clear();
    }
    if (const QString key = qEnvironmentVariable("MAYFLY_RELAY_CREATION_KEY"); !key.isEmpty())
        route.creationKey = key;
    if (route.providerId == u"relay" && !route.localRelay && route.baseUrl.isEmpty())
        return context.usage(QStringLiteral("--provider relay needs its URL: --relay http://HOST:PORT"), usageLine);
    providerId = route.providerId;
    auto session = ProviderSession::create(route, *env);
    if (!session)
        return context.fail(session.error());
    auto mailbox = (*session)->createMailbox(request);
    if (!mailbox)
        return context.fail(mailbox.error(), QStringLiteral("create the address"));
    const providers::ProviderInfo info = (*session)->provider().info();
    // The server the address lives at is stored with it; the local relay's addresses are known by
    // their domain, since its port may change.
    if (!retention)
        retention = settings::loadDefaultRetention((*profile)->store());
    auto id = (*profile)->store().addAddress(*mailbox, parser.value(labelOption), info.privacy, retention,
        route.localRelay ? QUrl() : (route.baseUrl.isEmpty() ? info.baseUrl : route.baseUrl));
    if (!id) {
        (void)(*session)->deleteMailbox(*mailbox); // best effort: do not leave an orphan behind
        return context.fail(id.error(), QStringLiteral("store the address"));
    }
    if (context.json()) {
        QJsonObject o{{QStringLiteral("address"), mailbox->address}, {QStringLiteral("provider"), providerId},
            {QStringLiteral("privacy"), providers::privacyLabelName(info.privacy)},
            {QStringLiteral("created"), mailbox->createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("expires"),
                mailbox->expiresAt.isValid() ? QJsonValue(mailbox->expiresAt.toUTC().toString(Qt::ISODate))
                                             : QJsonValue()}};
        context.printJson(o);
    } else {
        // Only the address on stdout, so `addr=$(mayfly-cli new ...)` works.
        context.out() << mailbox->address << Qt::endl;
    }
    return ExitOk;
}

} // namespace mayfly::cli
