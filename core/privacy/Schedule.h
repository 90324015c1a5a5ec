#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mayfly::core::store {
class Store;
}

namespace mayfly::core::privacy {

// One thing the user can see and delete by itself in the dashboard: an address or a message.
struct StoredItem
{
    enum class Kind
    {
        Address,
        Message,
    };
    Kind kind = Kind::Message;
    qint64 id = 0; // the store's id
    qint64 addressId = 0; // the owning address (for messages), the address itself otherwise
    QString address; // the address (own, or the message's recipient)
    QString providerId;
    QString label; // addresses: the user's label
    QString sender; // messages: stranger-supplied, show as plain text only
    QString subject; // messages: stranger-supplied, show as plain text only
    QDateTime receivedAt; // messages: when it arrived; addresses: when it was created
    QDateTime deletesAt; // invalid: kept until deleted by hand
    qint64 bytes = 0; // sealed bytes in the database
};

// A moment on the timeline: what is left right after it, and what went at it.
struct SchedulePoint
{
    QDateTime at;
    qint64 items = 0; // addresses + messages still stored after this moment
    qint64 bytes = 0;
    QList<StoredItem> going; // empty for the first point (now)
};

// The per-item view of the store and its deletion schedule over the coming days, for the
// dashboard's rows and its timeline.
class Schedule final
{
public:
    static constexpr qint64 DefaultHorizonSeconds = 7 * 24 * 3600;

    // Addresses first (oldest first), then messages (newest first); only what a read would return,
    // so an item whose time is up but that the janitor has not reached yet is not listed.
    [[nodiscard]] static Result<QList<StoredItem>> items(const store::Store& store);

    // The first point is `now` with everything; then one point per distinct deletion time in
    // (now, now + horizon], in order. An address's messages go with it.
    [[nodiscard]] static QList<SchedulePoint> timeline(
        const QList<StoredItem>& items, const QDateTime& now, qint64 horizonSeconds = DefaultHorizonSeconds);

    // Human name of an item for tooltips and reports: "address a@b", "message from X: subject".
    [[nodiscard]] static QString describe(const StoredItem& item);
};

} // namespace mayfly::core::privacy
