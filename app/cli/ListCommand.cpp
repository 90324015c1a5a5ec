#include "app/cli/Commands.h"

#include "app/cli/ProviderBridge.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mayfly::cli {

using namespace mayfly::core;

namespace {

QJsonObject messageJson(const store::MessageRecord& m, const QString& address)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), QString::number(m.id));
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("from"), m.summary.from);
    o.insert(QStringLiteral("subject"), m.summary.subject);
    o.insert(QStringLiteral("received"), m.summary.receivedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("expires"), m.expiresAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("seen"), m.summary.seen);
    o.insert(QStringLiteral("size"), m.summary.size);
    o.insert(QStringLiteral("attachments"), m.summary.hasAttachments);
    return o;
}

} // namespace

int runList(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli list [ADDRESS]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), QStringLiteral("Show this address's messages."));
    const QCommandLineOption localOption(QStringLiteral("local"),
        QStringLiteral("Show only what is stored here; do not ask the provider for new messages."));
    parser.addOption(localOption);
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("Lists your addresses, or the messages of one address, newest first. New messages are "
                           "fetched from the provider first (unless --local)."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return context.usage(QStringLiteral("list takes at most one address"), usageLine);

    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    store::Store& st = (*profile)->store();
    const bool sync = !parser.isSet(localOption);
    auto env = context.providerEnv();
    if (!env)
        return context.fail(env.error());
    auto syncOne = [&](const store::AddressRecord& a) {
        if (auto r = syncAddress(st, a, *env); !r)
            context.err() << "mayfly-cli: warning: cannot fetch new mail for " << terminalSafe(a.mailbox.address)
                          << " (" << r.error().toString() << "); showing what is stored" << Qt::endl;
    };

    if (parser.positionalArguments().isEmpty()) {
        if (sync) {
            if (auto all = st.addresses()) {
                for (const auto& a : *all)
                    syncOne(a);
            }
        }
        auto addresses = st.addresses();
        if (!addresses)
            return context.fail(addresses.error());
        auto messages = st.messages();
        if (!messages)
            return context.fail(messages.error());
        QHash<qint64, int> counts;
        QHash<qint64, int> unread;
        for (const auto& m : *messages) {
            ++counts[m.addressId];
            if (!m.summary.seen)
                ++unread[m.addressId];
        }
        if (context.json()) {
            QJsonArray list;
            for (const auto& a : *addresses) {
                QJsonObject o;
                o.insert(QStringLiteral("address"), a.mailbox.address);
                o.insert(QStringLiteral("provider"), a.mailbox.providerId);
                o.insert(QStringLiteral("privacy"), providers::privacyLabelName(a.privacy));
                o.insert(QStringLiteral("label"), a.label);
                o.insert(QStringLiteral("created"), a.mailbox.createdAt.toUTC().toString(Qt::ISODate));
                o.insert(QStringLiteral("expires"),
                    a.mailbox.expiresAt.isValid() ? QJsonValue(a.mailbox.expiresAt.toUTC().toString(Qt::ISODate))
                                                  : QJsonValue());
                o.insert(QStringLiteral("messages"), counts.value(a.id));
                o.insert(QStringLiteral("unread"), unread.value(a.id));
                list.append(o);
            }
            context.printJson(QJsonObject{{QStringLiteral("addresses"), list}});
            return ExitOk;
        }
        if (addresses->isEmpty()) {
            context.out() << "No addresses yet. Make one with: mayfly-cli new --provider relay --relay URL" << Qt::endl;
            return ExitOk;
        }
        QTextStream& out = context.out();
        out << qSetFieldWidth(0);
        for (const auto& a : *addresses) {
            out << terminalSafe(a.mailbox.address) << "  " << a.mailbox.providerId << "  "
                << providers::privacyLabelName(a.privacy) << "  " << counts.value(a.id) << " messages ("
                << unread.value(a.id) << " unread)  expires " << formatTime(a.mailbox.expiresAt);
            if (!a.label.isEmpty())
                out << "  [" << terminalSafe(a.label) << "]";
            out << "\n";
        }
        out.flush();
        return ExitOk;
    }

    const QString addressText = parser.positionalArguments().constFirst();
    auto address = st.findAddress(addressText);
    if (!address)
        return context.fail(address.error(), addressText);
    if (sync)
        syncOne(*address);
    auto messages = st.messages(address->id);
    if (!messages)
        return context.fail(messages.error());
    if (context.json()) {
        QJsonArray list;
        for (const auto& m : *messages)
            list.append(messageJson(m, address->mailbox.address));
        context.printJson(
            QJsonObject{{QStringLiteral("address"), address->mailbox.address}, {QStringLiteral("messages"), list}});
        return ExitOk;
    }
    if (messages->isEmpty()) {
        context.out() << "No messages for " << terminalSafe(address->mailbox.address)
                      << " yet. Wait for one with: mayfly-cli wait " << terminalSafe(address->mailbox.address)
                      << Qt::endl;
        return ExitOk;
    }
    for (const auto& m : *messages) {
        context.out() << m.id << "  " << formatTime(m.summary.receivedAt) << "  " << (m.summary.seen ? "  " : "* ")
                      << terminalSafe(m.summary.from).left(40) << "  " << terminalSafe(m.summary.subject).left(80)
                      << "\n";
    }
    context.out().flush();
    return ExitOk;
}

} // namespace mayfly::cli
