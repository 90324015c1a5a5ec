#include "ui/AddressListModel.h"

#include "ui/PlainText.h"

namespace mayfly::ui {

using core::providers::PrivacyLabel;

AddressListModel::AddressListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    // The countdown is derived from expiresAt on every paint; the tick only asks views to repaint.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, ExpiresRole});
    });
    m_tick.start();
}

AddressListModel::~AddressListModel() = default;

int AddressListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + offset();
}

QString AddressListModel::countdown(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("expired");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n days", nullptr, int(hours / 24));
}

QVariant AddressListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (hasAllRow() && index.row() == 0)
        return allRowData(role);
    const Entry& e = m_entries.at(index.row() - offset());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = e.mailbox.address;
        if (e.unread > 0)
            text += QStringLiteral("  (%1)").arg(e.unread);
        QString second = e.provider.displayName;
        const QString left = countdown(e.mailbox.expiresAt, QDateTime::currentDateTimeUtc());
        if (!left.isEmpty())
            second += QStringLiteral(" \u00B7 ") + tr("expires in %1").arg(left);
        if (!e.label.isEmpty())
            second += QStringLiteral(" \u00B7 ") + singleLine(e.label, 60);
        return QString(text + u'\n' + second);
    }
    case Qt::ToolTipRole: {
        QString privacy;
        switch (e.provider.privacy) {
        case PrivacyLabel::Private:
            privacy = tr("Private: only Mayfly holds the credential for this mailbox.");
            break;
        case PrivacyLabel::Token:
            privacy = tr("Token: anyone holding the session token can read this mailbox.");
            break;
        case PrivacyLabel::Public:
            privacy = tr("Public: anyone who knows this address can read its mail.");
            break;
        }
        return toolTipText(e.mailbox.address + u'\n' + privacy + u'\n' + e.provider.retention);
    }
    case Qt::AccessibleTextRole:
        return e.mailbox.address;
    case AddressRole:
        return e.mailbox.address;
    case ProviderRole:
        return e.provider.id;
    case PrivacyRole:
        return int(e.provider.privacy);
    case ExpiresRole:
        return e.mailbox.expiresAt;
    case UnreadRole:
        return e.unread;
    case LabelRole:
        return e.label;
    case IsAllRole:
        return false;
    default:
        return {};
    }
}

QVariant AddressListModel::allRowData(int role) const
{
    int unread = 0;
    for (const Entry& e : m_entries)
        unread += e.unread;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("All addresses");
        if (unread > 0)
            text += QStringLiteral("  (%1)").arg(unread);
        return QString(text + u'\n' + tr("%n address(es)", nullptr, int(m_entries.size())));
    }
    case Qt::ToolTipRole:
        return tr("The messages of every address, newest first.");
    case Qt::AccessibleTextRole:
        return tr("All addresses");
    case AddressRole:
        return QString();
    case UnreadRole:
        return unread;
    case IsAllRole:
        return true;
    default:
        return {};
    }
}

void AddressListModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AddressListModel::upsert(const Entry& entry)
{
    const int row = rowOf(entry.mailbox.address);
    if (row >= 0) {
        m_entries[row - offset()] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        if (hasAllRow())
            Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    if (m_entries.size() == 1) { // the All row appears with the second address
        beginResetModel();
        m_entries.prepend(entry);
        endResetModel();
        return;
    }
    beginInsertRows({}, offset(), offset());
    m_entries.prepend(entry);
    endInsertRows();
}

void AddressListModel::remove(const QString& address)
{
    const int row = rowOf(address);
    if (row < 0 || address.isEmpty())
        return;
    if (m_entries.size() == 2) { // the All row goes with the second-last address
        beginResetModel();
        m_entries.removeAt(row - offset());
        endResetModel();
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row - offset());
    endRemoveRows();
}

void AddressListModel::setCounts(const QString& address, int unread, int total)
{
    const int row = rowOf(address);
    if (row < 0 || address.isEmpty())
        return;
    m_entries[row - offset()].unread = unread;
    m_entries[row - offset()].total = total;
    Q_EMIT dataChanged(index(row), index(row));
    if (hasAllRow())
        Q_EMIT dataChanged(index(0), index(0));
}

int AddressListModel::rowOf(const QString& address) const
{
    if (address.isEmpty())
        return hasAllRow() ? 0 : -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).mailbox.address == address)
            return i + offset();
    }
    return -1;
}

const AddressListModel::Entry* AddressListModel::entry(int row) const
{
    const int at = row - offset();
    return at >= 0 && at < m_entries.size() ? &m_entries.at(at) : nullptr;
}

} // namespace mayfly::ui
