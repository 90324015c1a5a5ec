#include "app/cli/Commands.h"

#include "core/privacy/Inventory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mayfly::cli {

using namespace mayfly::core;

int runPrivacy(CliContext& context, const QStringList& arguments)
{
    const QString usageLine = QStringLiteral("mayfly-cli privacy");
    QCommandLineParser parser;
    if (int rc = context.parse(parser, arguments, usageLine,
            QStringLiteral("The inventory: every kind of thing this profile stores, where, how large, whether it is "
                           "encrypted and when it is deleted."));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("privacy takes no arguments"), usageLine);
    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    auto items = privacy::Inventory::collect(**profile);
    if (!items)
        return context.fail(items.error());

    if (context.json()) {
        QJsonArray list;
        for (const auto& item : *items) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), item.kind);
            o.insert(QStringLiteral("description"), item.description);
            o.insert(QStringLiteral("count"), item.count);
            o.insert(QStringLiteral("bytes"), item.bytes);
            o.insert(QStringLiteral("location"), item.location);
            o.insert(QStringLiteral("encrypted"), item.encrypted);
            o.insert(QStringLiteral("nextDeletion"),
                item.nextDeletion.isValid() ? QJsonValue(item.nextDeletion.toUTC().toString(Qt::ISODate))
                                            : QJsonValue());
            o.insert(QStringLiteral("lastDeletion"),
                item.lastDeletion.isValid() ? QJsonValue(item.lastDeletion.toUTC().toString(Qt::ISODate))
                                            : QJsonValue());
            o.insert(QStringLiteral("retention"), item.retention);
            list.append(o);
        }
        context.printJson(
            QJsonObject{{QStringLiteral("profile"),
                            (*profile)->isMemoryOnly() ? QStringLiteral("memory") : (*profile)->directory()},
                {QStringLiteral("keyMode"), (*profile)->keyMode()}, {QStringLiteral("items"), list}});
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Profile: " << ((*profile)->isMemoryOnly() ? QStringLiteral("memory only") : (*profile)->directory())
        << "   master key: " << (*profile)->keyMode() << "\n\n";
    for (const auto& item : *items) {
        out << item.kind << ": " << item.count << " (" << formatBytes(item.bytes) << ")"
            << (item.encrypted ? ", encrypted" : ", not encrypted") << "\n";
        out << "    " << item.description << "\n";
        out << "    where: " << item.location << "\n";
        if (item.nextDeletion.isValid())
            out << "    next deletion: " << formatTime(item.nextDeletion) << ", all gone by "
                << formatTime(item.lastDeletion) << "\n";
        out << "    " << item.retention << "\n";
    }
    out.flush();
    return ExitOk;
}

} // namespace mayfly::cli
