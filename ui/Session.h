#pragma once

#include "core/providers/Provider.h"
#include "core/settings/ProviderRoute.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace mayfly::core::store {
class ChangeNotifier;
class Janitor;
class Store;
} // namespace mayfly::core::store

namespace mayfly::ui {

// One message as the windows list it. `key` is the store's message id.
struct StoredMessage
{
    QString key;
    QString address;
    QString remoteId;
    QString from;
    QString subject;
    QDateTime receivedAt;
    bool seen = false;
    bool hasAttachments = false;
    int trackers = 0;
};

struct StoredAddress
{
    qint64 id = 0;
    core::providers::Mailbox mailbox;
    QString label;
    QUrl providerUrl; // the server it lives at (own relay, Mailpit ...); empty: default or local relay
};

// The desktop app's live state over the encrypted store: it creates addresses through the
// providers, keeps a push subscription per address, fetches each new message into the store, runs
// the retention janitor, and follows changes the CLI makes to the same profile.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    using ProviderFactory = std::function<std::unique_ptr<core::providers::Provider>(const QString& providerId)>;
    // Creates the provider instance for a route (core/settings/ProviderRoute): which provider, at
    // which server, with which key. Routes with the same key() share one instance.
    using RouteFactory
        = std::function<std::unique_ptr<core::providers::Provider>(const core::settings::ProviderRoute& route)>;

    Session(core::store::Store& store, RouteFactory factory, QObject* parent = nullptr);
    // For tests whose providers depend only on the provider id.
    Session(core::store::Store& store, ProviderFactory factory, QObject* parent = nullptr);
    ~Session() override;

    // Runs the janitor, loads the stored addresses, subscribes to each and fetches what arrived
    // meanwhile.
    void start();
    // The profile's source settings: new addresses are created there; stored addresses of the same
    // provider without a URL of their own live there too.
    void setSourceChoice(const core::settings::SourceChoice& choice) { m_choice = choice; }

    void createAddress(
        const QString& providerId, const core::providers::CreateRequest& request, const QString& label = {});
    void deleteAddress(const QString& address);
    void setLabel(const QString& address, const QString& label);
    // Pushes the expiry back by `ttl` where the provider allows it (Capability::Extend).
    void extendAddress(const QString& address, std::chrono::seconds ttl);
    [[nodiscard]] bool canExtend(const QString& address);
    void deleteMessage(const QString& key);
    void markSeen(const QString& key);
    void refresh(const QString& address);

    [[nodiscard]] QList<StoredAddress> addresses() const { return m_addresses; }
    [[nodiscard]] QList<StoredMessage> messages(const QString& address = {}) const; // empty: all, newest first
    [[nodiscard]] std::optional<StoredMessage> message(const QString& key) const;
    // Every message of every address whose sender, subject, preview or source contains `text`
    // (decrypted in memory by the store), newest first.
    [[nodiscard]] QList<StoredMessage> search(const QString& text) const;
    [[nodiscard]] core::Result<QByteArray> rawMessage(const QString& key) const;
    [[nodiscard]] core::providers::ProviderInfo providerInfo(const QString& providerId);
    [[nodiscard]] core::store::Store& store() { return m_store; }
    // The provider behind an id (created on first use), for the privacy dashboard's remote
    // deletions; nullptr when it is not available.
    [[nodiscard]] core::providers::Provider* providerFor(const QString& providerId)
    {
        return provider(core::settings::routeForNew(m_choice, providerId));
    }
    // The provider instance serving one stored address.
    [[nodiscard]] core::providers::Provider* providerForAddress(
        const core::providers::Mailbox& mailbox, const QUrl& url)
    {
        return provider(core::settings::routeForAddress(mailbox.providerId, mailbox.address, url, m_choice));
    }
    // After "Delete everything": the store is gone, so stop the janitor, the push channels and the
    // change watcher, forget every address and message, and refuse new work.
    void stop();
    [[nodiscard]] bool isStopped() const { return m_stopped; }

Q_SIGNALS:
    void addressCreated(const mayfly::ui::StoredAddress& address);
    void addressRemoved(const QString& address);
    void addressChanged(const mayfly::ui::StoredAddress& address);
    void messageAdded(const mayfly::ui::StoredMessage& message, const QString& code);
    void messageRemoved(const QString& key);
    void reloaded();
    void errorOccurred(const QString& what, const mayfly::core::Error& error);

private:
    core::providers::Provider* provider(const core::settings::ProviderRoute& route);
    core::providers::Provider* provider(const StoredAddress& address);
    void reload();
    void subscribe(const StoredAddress& address);
    void fetchNew(const QString& address, const QString& remoteId);
    void deleteRemote(const core::providers::Mailbox& mailbox, const QUrl& providerUrl);
    const StoredAddress* findAddress(const QString& address) const;

    core::store::Store& m_store;
    RouteFactory m_factory;
    core::settings::SourceChoice m_choice;
    std::unique_ptr<core::store::Janitor> m_janitor;
    std::unique_ptr<core::store::ChangeNotifier> m_notifier;
    std::map<QString, std::unique_ptr<core::providers::Provider>> m_providers;
    std::map<QString, std::unique_ptr<core::providers::PushSubscription>> m_subscriptions;
    QList<StoredAddress> m_addresses;
    QHash<QString, StoredMessage> m_messages;
    QHash<QString, int> m_trackers; // found when a message arrives; not stored
    QSet<QString> m_fetching;
    bool m_stopped = false;
};

} // namespace mayfly::ui
