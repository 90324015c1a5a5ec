#include "ui/MessageListModel.h"

#include "ui/PlainText.h"

#include <QFont>
#include <QLocale>

namespace mayfly::ui {

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

MessageListModel::~MessageListModel() = default;

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn:
            return singleLine(r.from, 80);
        case SubjectColumn: {
            QString subject = r.subject.isEmpty() ? tr("(no subject)") : singleLine(r.subject);
            if (r.hasAttachments)
                subject = QStringLiteral("\U0001F4CE ") + subject;
            if (r.trackers > 0)
                subject += QStringLiteral("  ") + tr("[%n tracker(s) blocked]", nullptr, r.trackers);
            return subject;
        }
        case ReceivedColumn: {
            const QDateTime local = r.receivedAt.toLocalTime();
            if (local.date() == QDate::currentDate())
                return QLocale().toString(local.time(), QLocale::ShortFormat);
            return QLocale().toString(local, QLocale::ShortFormat);
        }
        }
        return {};
    case Qt::ToolTipRole:
        return toolTipText(r.from + u'\n' + r.subject);
    case Qt::FontRole:
        if (!r.seen) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return r.id;
    case AddressRole:
        return r.address;
    case SeenRole:
        return r.seen;
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case ReceivedColumn:
        return tr("Received");
    }
    return {};
}

void MessageListModel::setRows(QList<Row> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.receivedAt > b.receivedAt; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void MessageListModel::upsert(const Row& row)
{
    const int at = rowOf(row.id);
    if (at >= 0) {
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    int pos = 0;
    while (pos < m_rows.size() && m_rows.at(pos).receivedAt > row.receivedAt)
        ++pos;
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, row);
    endInsertRows();
}

void MessageListModel::remove(const QString& id)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void MessageListModel::setSeen(const QString& id, bool seen)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    m_rows[at].seen = seen;
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int MessageListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

const MessageListModel::Row* MessageListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

} // namespace mayfly::ui
