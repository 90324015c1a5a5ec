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
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DisplayRole, ExpiresRole});
    });
    m_tick.start();
}

AddressListModel::~AddressListModel() = default;

int AddressListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
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
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
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
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

void AddressListModel::remove(const QString& address)
{
    const int row = rowOf(address);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void AddressListModel::setCounts(const QString& address, int unread, int total)
{
    const int row = rowOf(address);
    if (row < 0)
        return;
    m_entries[row].unread = unread;
    m_entries[row].total = total;
    Q_EMIT dataChanged(index(row), index(row));
}

int AddressListModel::rowOf(const QString& address) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).mailbox.address == address)
            return i;
    }
    return -1;
}

const AddressListModel::Entry* AddressListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

} // namespace mayfly::ui
