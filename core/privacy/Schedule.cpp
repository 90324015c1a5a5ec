#include "core/privacy/Schedule.h"

#include "core/store/SqlError.h"
#include "core/store/Store.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace mayfly::core::privacy {

namespace {

// Sealed sizes per row, measured the way StoreStats measures them, so the rows add up to the
// inventory's totals.
Result<QHash<qint64, qint64>> sizes(const store::Store& store, const QString& sql)
{
    QHash<qint64, qint64> out;
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        return store::sqlError(q.lastError(), QStringLiteral("measure rows"));
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace

Result<QList<StoredItem>> Schedule::items(const store::Store& store)
{
    auto addresses = store.addresses();
    if (!addresses)
        return addresses.error();
    auto messages = store.messages();
    if (!messages)
        return messages.error();
    auto addressBytes = sizes(store, QStringLiteral("SELECT id, IFNULL(LENGTH(sealed_data), 0) FROM addresses"));
    if (!addressBytes)
        return addressBytes.error();
    auto messageBytes = sizes(store,
        QStringLiteral("SELECT id, IFNULL(LENGTH(sealed_raw), 0) + IFNULL(LENGTH(sealed_summary), 0) FROM messages"));
    if (!messageBytes)
        return messageBytes.error();

    QList<StoredItem> out;
    QHash<qint64, const store::AddressRecord*> byId;
    QList<store::AddressRecord> sortedAddresses = *addresses;
    std::stable_sort(sortedAddresses.begin(), sortedAddresses.end(),
        [](const auto& a, const auto& b) { return a.mailbox.createdAt < b.mailbox.createdAt; });
    for (const store::AddressRecord& a : std::as_const(sortedAddresses)) {
        StoredItem item;
        item.kind = StoredItem::Kind::Address;
        item.id = a.id;
        item.addressId = a.id;
        item.address = a.mailbox.address;
        item.providerId = a.mailbox.providerId;
        item.label = a.label;
        item.receivedAt = a.mailbox.createdAt;
        item.deletesAt = a.mailbox.expiresAt;
        item.bytes = addressBytes->value(a.id);
        out.append(item);
    }
    for (const store::AddressRecord& a : std::as_const(*addresses))
        byId.insert(a.id, &a);
    QList<store::MessageRecord> sortedMessages = *messages;
    std::stable_sort(sortedMessages.begin(), sortedMessages.end(),
        [](const auto& a, const auto& b) { return a.arrivedAt > b.arrivedAt; });
    for (const store::MessageRecord& m : std::as_const(sortedMessages)) {
        StoredItem item;
        item.kind = StoredItem::Kind::Message;
        item.id = m.id;
        item.addressId = m.addressId;
        if (const store::AddressRecord* owner = byId.value(m.addressId)) {
            item.address = owner->mailbox.address;
            item.providerId = owner->mailbox.providerId;
        }
        item.sender = m.summary.from;
        item.subject = m.summary.subject;
        item.receivedAt = m.arrivedAt;
        item.deletesAt = m.expiresAt;
        item.bytes = messageBytes->value(m.id);
        out.append(item);
    }
    return out;
}

QList<SchedulePoint> Schedule::timeline(const QList<StoredItem>& items, const QDateTime& now, qint64 horizonSeconds)
{
    const QDateTime end = now.addSecs(horizonSeconds);
    // When each item really goes: its own time, or its address's if that comes first.
    QHash<qint64, QDateTime> addressEnds;
    for (const StoredItem& item : items) {
        if (item.kind == StoredItem::Kind::Address)
            addressEnds.insert(item.id, item.deletesAt);
    }
    SchedulePoint first;
    first.at = now;
    std::map<QDateTime, SchedulePoint> byTime;
    for (const StoredItem& item : items) {
        ++first.items;
        first.bytes += item.bytes;
        QDateTime at = item.deletesAt;
        if (item.kind == StoredItem::Kind::Message) {
            const QDateTime owner = addressEnds.value(item.addressId);
            if (owner.isValid() && (!at.isValid() || owner < at))
                at = owner;
        }
        if (!at.isValid() || at > end)
            continue;
        if (at < now)
            at = now; // overdue: goes at the janitor's next run
        SchedulePoint& point = byTime[at];
        point.at = at;
        point.going.append(item);
    }
    QList<SchedulePoint> out{first};
    qint64 items_ = first.items;
    qint64 bytes = first.bytes;
    for (auto& [at, point] : byTime) {
        for (const StoredItem& gone : std::as_const(point.going)) {
            --items_;
            bytes -= gone.bytes;
        }
        point.items = items_;
        point.bytes = bytes;
        out.append(point);
    }
    return out;
}

QString Schedule::describe(const StoredItem& item)
{
    if (item.kind == StoredItem::Kind::Address)
        return QStringLiteral("address ") + item.address;
    const QString subject = item.subject.isEmpty() ? QStringLiteral("(no subject)") : item.subject;
    const QString sender = item.sender.isEmpty() ? QStringLiteral("(unknown sender)") : item.sender;
    return QStringLiteral("message from ") + sender + QStringLiteral(": ") + subject;
}

} // namespace mayfly::core::privacy
