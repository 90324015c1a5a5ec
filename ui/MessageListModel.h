#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace mayfly::ui {

// The message list: per address or across all, newest first. Every header field is shown as
// plain text (Qt::DisplayRole strings are never interpreted as markup by item views).
class MessageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Column
    {
        FromColumn,
        SubjectColumn,
        ReceivedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AddressRole,
        SeenRole,
    };

    struct Row
    {
        QString id; // the store's message id
        QString address; // the mailbox it belongs to
        QString from;
        QString subject;
        QDateTime receivedAt;
        bool seen = false;
        bool hasAttachments = false;
        int trackers = 0;
    };

    explicit MessageListModel(QObject* parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(QList<Row> rows);
    void upsert(const Row& row);
    void remove(const QString& id);
    void setSeen(const QString& id, bool seen);
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const Row* row(int index) const;

private:
    QList<Row> m_rows;
};

} // namespace mayfly::ui
