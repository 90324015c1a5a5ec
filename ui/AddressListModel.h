#pragma once

#include "core/providers/Provider.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>

namespace mayfly::ui {

// The addresses the user holds, with their provider, privacy label, unread count and a live
// countdown to expiry. With two or more addresses the first row is "All addresses" (its
// AddressRole is empty, IsAllRole true): the inbox across every address.
class AddressListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressListModel)

public:
    enum Role
    {
        AddressRole = Qt::UserRole + 1,
        ProviderRole,
        PrivacyRole,
        ExpiresRole,
        UnreadRole,
        LabelRole,
        IsAllRole,
    };

    struct Entry
    {
        core::providers::Mailbox mailbox;
        core::providers::ProviderInfo provider;
        QString label;
        int unread = 0;
        int total = 0;
    };

    explicit AddressListModel(QObject* parent = nullptr);
    ~AddressListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    void setEntries(QList<Entry> entries);
    void upsert(const Entry& entry);
    void remove(const QString& address);
    void setCounts(const QString& address, int unread, int total);
    [[nodiscard]] int rowOf(const QString& address) const; // -1 when absent; "" is the All row
    [[nodiscard]] bool hasAllRow() const { return m_entries.size() >= 2; }
    [[nodiscard]] const Entry* entry(int row) const;
    [[nodiscard]] const QList<Entry>& entries() const { return m_entries; }

    // "23 h 59 min", "4 min", "expired"; empty when the address has no expiry.
    [[nodiscard]] static QString countdown(const QDateTime& expiresAt, const QDateTime& now);

private:
    [[nodiscard]] int offset() const { return hasAllRow() ? 1 : 0; }
    [[nodiscard]] QVariant allRowData(int role) const;

    QList<Entry> m_entries;
    QTimer m_tick;
};

} // namespace mayfly::ui
