#include "app/cli/Commands.h"

#include "app/cli/MessageText.h"
#include "app/cli/ProviderBridge.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace mayfly::cli {

using namespace mayfly::core;

namespace {

constexpr qint64 DefaultTimeoutSeconds = 300;

enum class Want
{
    Message,
    Code,
    Link,
};

// The outcome of looking at one message: what to print, or nothing when it does not have what
// the user waits for (a mail without a code while waiting with --code).
std::optional<QString> evaluate(const QByteArray& raw, Want want)
{
    if (want == Want::Message)
        return QString();
    auto rendered = renderMessage(raw, BodyKind::Text);
    if (!rendered)
        return std::nullopt;
    const QString& value = want == Want::Code ? rendered->code : rendered->link;
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

int runWait(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli wait ADDRESS [--timeout SECONDS] [--code | --link] [--any]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("One of your addresses."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds and exit with 3 (default %1).").arg(DefaultTimeoutSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption codeOption(
        QStringLiteral("code"), QStringLiteral("Print only the verification code of the first message that has one."));
    const QCommandLineOption linkOption(
        QStringLiteral("link"), QStringLiteral("Print only the confirmation link of the first message that has one."));
    const QCommandLineOption anyOption(
        QStringLiteral("any"), QStringLiteral("Also take a message that is already there, newest first."));
    parser.addOptions({timeoutOption, codeOption, linkOption, anyOption});
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("Waits for the first message that arrives after it starts (through the provider's push "
                           "channel, or polling where there is none), stores it and prints it, or only its code or "
                           "link."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("wait needs one address"), usageLine);
    if (parser.isSet(codeOption) && parser.isSet(linkOption))
        return context.usage(QStringLiteral("choose --code or --link"), usageLine);
    qint64 timeoutSeconds = DefaultTimeoutSeconds;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toLongLong(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > 24 * 3600)
            return context.usage(QStringLiteral("--timeout takes seconds, 1 to 86400"), usageLine);
    }
    const Want want = parser.isSet(codeOption) ? Want::Code : parser.isSet(linkOption) ? Want::Link : Want::Message;
    const bool any = parser.isSet(anyOption);

    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    store::Store& st = (*profile)->store();
    const QString addressText = parser.positionalArguments().constFirst();
    auto address = st.findAddress(addressText);
    if (!address)
        return context.fail(address.error(), addressText);

    auto print = [&](qint64 storeId, const QString& value) {
        if (want != Want::Message) {
            if (context.json())
                context.printJson(
                    QJsonObject{{want == Want::Code ? QStringLiteral("code") : QStringLiteral("link"), value},
                        {QStringLiteral("id"), QString::number(storeId)}});
            else
                context.out() << terminalSafe(value) << Qt::endl;
            return;
        }
        auto m = st.message(storeId);
        if (context.json()) {
            QJsonObject o{{QStringLiteral("id"), QString::number(storeId)}};
            if (m) {
                o.insert(QStringLiteral("from"), m->summary.from);
                o.insert(QStringLiteral("subject"), m->summary.subject);
                o.insert(QStringLiteral("received"), m->summary.receivedAt.toUTC().toString(Qt::ISODate));
            }
            context.printJson(o);
        } else {
            context.out() << storeId;
            if (m)
                context.out() << "  " << terminalSafe(m->summary.from) << "  " << terminalSafe(m->summary.subject);
            context.out() << Qt::endl;
        }
    };

    // --any: what is already stored counts, newest first.
    if (any) {
        auto stored = st.messages(address->id);
        if (!stored)
            return context.fail(stored.error());
        for (const auto& m : *stored) {
            auto raw = st.rawMessage(m.id);
            if (!raw)
                continue;
            if (const auto value = evaluate(*raw, want)) {
                print(m.id, *value);
                return ExitOk;
            }
        }
    }

    auto env = context.providerEnv();
    if (!env)
        return context.fail(env.error());
    auto session = ProviderSession::forAddress(*address, *env);
    if (!session)
        return context.fail(session.error());
    providers::Provider& provider = (*session)->provider();
    const providers::Mailbox mailbox = address->mailbox;
    const qint64 addressId = address->id;

    QEventLoop loop;
    QObject guard; // context object of every connection and callback below
    int exitCode = -1;
    auto finish = [&](int code) {
        if (exitCode < 0) {
            exitCode = code;
            loop.quit();
        }
    };
    QObject::connect(&provider, &providers::Provider::credentialsChanged, &guard,
        [&](const QString&, const QByteArray& credentials) { (void)st.updateCredentials(addressId, credentials); });

    // Messages already at the provider when we started are not what we wait for (unless --any);
    // second-precision timestamps from the provider get one second of slack.
    // "After it starts" is when the command started, not when the profile was open: a mail that
    // lands while the key is derived is one the user is waiting for.
    const QDateTime started = context.startedAt().addSecs(-1);
    QSet<QString> handled;
    std::unique_ptr<providers::PushSubscription> subscription;
    if (!any) {
        auto stored = st.messages(addressId);
        if (stored) {
            for (const auto& m : *stored)
                handled.insert(m.summary.id);
        }
    }
    auto alive = std::make_shared<bool>(true);
    bool announced = false;
    bool initialSyncDone = false;
    bool pushConnected = false;
    // One line on stderr once nothing can be missed any more (scripts read stdout only).
    auto announce = [&](const char* how) {
        if (announced)
            return;
        announced = true;
        context.err() << "mayfly-cli: waiting for " << terminalSafe(addressText) << " (" << how << ")" << Qt::endl;
    };

    auto handle = [&](const providers::MessageSummary& summary) {
        if (handled.contains(summary.id))
            return;
        handled.insert(summary.id);
        provider.fetchRaw(mailbox, summary.id, [&, alive, summary](Result<QByteArray> raw) {
            if (!*alive || exitCode >= 0)
                return;
            if (!raw) {
                context.err() << "mayfly-cli: warning: cannot fetch a message: " << raw.error().toString() << Qt::endl;
                handled.remove(summary.id); // try again on the next event
                return;
            }
            providers::MessageSummary s = summary;
            fillSummary(*raw, s);
            auto id = st.addMessage(addressId, s, *raw);
            if (!id) {
                finish(context.fail(id.error(), QStringLiteral("store the message")));
                return;
            }
            if (const auto value = evaluate(*raw, want)) {
                print(*id, *value);
                finish(ExitOk);
            }
        });
    };
    auto sync = [&](bool initial) {
        provider.listMessages(mailbox, [&, alive, initial](Result<QList<providers::MessageSummary>> list) {
            if (!*alive || exitCode >= 0)
                return;
            if (!list) {
                if (initial
                    && (list.error().code == ErrorCode::BadCredential || list.error().code == ErrorCode::Expired
                        || list.error().code == ErrorCode::NotFound))
                    finish(context.fail(list.error(), addressText));
                return;
            }
            if (initial) {
                initialSyncDone = true;
                if (!(subscription && subscription->isPush()))
                    announce("polling");
                else if (pushConnected)
                    announce("push");
            }
            // Newest first, so --any takes the newest one that is already there.
            for (const providers::MessageSummary& m : *list) {
                if (!any && initial && m.receivedAt.isValid() && m.receivedAt < started)
                    handled.insert(m.id);
                else
                    handle(m);
            }
        });
    };

    subscription = provider.subscribe(mailbox);
    if (subscription) {
        QObject::connect(
            subscription.get(), &providers::PushSubscription::messageArrived, &guard, [&](const QString& id) {
                providers::MessageSummary s;
                s.id = id;
                s.receivedAt = QDateTime::currentDateTimeUtc();
                handle(s);
            });
        // After a (re)connect, ask what arrived while the channel was down.
        QObject::connect(
            subscription.get(), &providers::PushSubscription::connectedChanged, &guard, [&](bool connected) {
                // The subscription itself catches up on what arrived while it was down.
                pushConnected = connected;
                if (connected && initialSyncDone)
                    announce("push");
            });
        QObject::connect(
            subscription.get(), &providers::PushSubscription::failed, &guard, [&](const mayfly::core::Error& error) {
                if (error.code == ErrorCode::BadCredential || error.code == ErrorCode::Expired
                    || error.code == ErrorCode::NotFound)
                    finish(context.fail(error, addressText));
            });
    }
    sync(true);

    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &guard, [&] {
        finish(context.fail(makeError(ErrorCode::Timeout,
            QStringLiteral("no %1 arrived within %2 s; wait longer with --timeout, or check the address with "
                           "mayfly-cli list %3")
                .arg(want == Want::Code      ? QStringLiteral("code")
                        : want == Want::Link ? QStringLiteral("link")
                                             : QStringLiteral("message"))
                .arg(timeoutSeconds)
                .arg(addressText))));
    });
    timeout.start(std::chrono::seconds(timeoutSeconds));
    if (exitCode < 0)
        loop.exec();
    *alive = false;
    subscription.reset();
    return exitCode < 0 ? ExitError : exitCode;
}

} // namespace mayfly::cli
