#include "ui/Session.h"

#include "core/settings/ProfileSettings.h"

#include "core/common/Logging.h"
#include "core/mime/RenderedMessage.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Janitor.h"
#include "core/store/Store.h"

#include <QPointer>

#include <algorithm>

namespace mayfly::ui {

using namespace core::providers;

namespace {

constexpr int PreviewChars = 200;

QString keyOf(qint64 id)
{
    return QString::number(id);
}

} // namespace

Session::Session(core::store::Store& store, ProviderFactory factory, QObject* parent)
    : Session(
        store,
        [factory = std::move(factory)](
            const core::settings::ProviderRoute& route) { return factory ? factory(route.providerId) : nullptr; },
        parent)
{ }

Session::Session(core::store::Store& store, RouteFactory factory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(std::move(factory))
    , m_janitor(std::make_unique<core::store::Janitor>(store))
{
    m_janitor->setRemoteDeleter(
        [this](const core::store::AddressRecord& expired) { deleteRemote(expired.mailbox, expired.providerUrl); });
    connect(m_janitor.get(), &core::store::Janitor::purged, this, [this](int addresses, int messages) {
        if (addresses > 0 || messages > 0)
            reload();
    });
    if (!store.isMemoryOnly()) {
        m_notifier = std::make_unique<core::store::ChangeNotifier>(store.changeFilePath());
        // Its own writes are already in memory; reloading on their echo would reset the window.
        m_notifier->setIgnoreOwnWrites(true);
        // The CLI wrote to the same profile (a new address, a deletion): show it.
        connect(m_notifier.get(), &core::store::ChangeNotifier::changed, this, [this] { reload(); });
    }
}

Session::~Session()
{
    m_subscriptions.clear();
    m_providers.clear();
}

void Session::start()
{
    if (m_stopped)
        return;
    m_janitor->start();
    reload();
    for (const StoredAddress& address : std::as_const(m_addresses))
        refresh(address.mailbox.address);
}

void Session::stop()
{
    m_stopped = true;
    m_janitor->stop();
    m_notifier.reset();
    m_subscriptions.clear();
    m_addresses.clear();
    m_messages.clear();
    m_fetching.clear();
    Q_EMIT reloaded();
}

void Session::reload()
{
    if (m_stopped)
        return;
    QList<StoredAddress> addresses;
    if (auto stored = m_store.addresses()) {
        for (const auto& record : *stored)
            addresses.append({record.id, record.mailbox, record.label, record.providerUrl});
    } else {
        Q_EMIT errorOccurred(tr("Reading the addresses failed"), stored.error());
    }
    QHash<QString, StoredMessage> messages;
    if (auto stored = m_store.messages()) {
        for (const auto& record : *stored) {
            StoredMessage m;
            m.key = keyOf(record.id);
            for (const auto& a : std::as_const(addresses)) {
                if (a.id == record.addressId)
                    m.address = a.mailbox.address;
            }
            m.remoteId = record.summary.id;
            m.from = record.summary.from;
            m.subject = record.summary.subject;
            m.receivedAt = record.arrivedAt;
            m.seen = record.summary.seen;
            m.hasAttachments = record.summary.hasAttachments;
            m.trackers = m_trackers.value(m.key);
            messages.insert(m.key, m);
        }
    } else {
        Q_EMIT errorOccurred(tr("Reading the messages failed"), stored.error());
    }

    // Keep push channels exactly for the addresses that still exist.
    QSet<QString> live;
    for (const auto& a : std::as_const(addresses))
        live.insert(a.mailbox.address);
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        if (!live.contains(it->first))
            it = m_subscriptions.erase(it);
        else
            ++it;
    }
    m_addresses = addresses;
    m_messages = messages;
    for (const auto& a : std::as_const(m_addresses)) {
        if (m_subscriptions.find(a.mailbox.address) == m_subscriptions.end())
            subscribe(a);
    }
    Q_EMIT reloaded();
}

Provider* Session::provider(const StoredAddress& address)
{
    return provider(core::settings::routeForAddress(
        address.mailbox.providerId, address.mailbox.address, address.providerUrl, m_choice));
}

Provider* Session::provider(const core::settings::ProviderRoute& route)
{
    const QString key = route.key();
    auto it = m_providers.find(key);
    if (it != m_providers.end())
        return it->second.get();
    std::unique_ptr<Provider> created = m_factory ? m_factory(route) : nullptr;
    if (!created)
        return nullptr;
    Provider* raw = created.get();
    connect(raw, &Provider::credentialsChanged, this, [this](const QString& address, const QByteArray& credentials) {
        if (const StoredAddress* found = findAddress(address)) {
            if (auto saved = m_store.updateCredentials(found->id, credentials); !saved)
                Q_EMIT errorOccurred(tr("Saving the address failed"), saved.error());
        }
    });
    m_providers.emplace(key, std::move(created));
    return raw;
}

ProviderInfo Session::providerInfo(const QString& providerId)
{
    if (Provider* p = providerFor(providerId))
        return p->info();
    ProviderInfo unknown;
    unknown.id = providerId;
    unknown.displayName = providerId;
    unknown.privacy = PrivacyLabel::Public;
    return unknown;
}

QList<StoredMessage> Session::messages(const QString& address) const
{
    QList<StoredMessage> out;
    for (const StoredMessage& m : m_messages) {
        if (address.isEmpty() || m.address == address)
            out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.receivedAt > b.receivedAt; });
    return out;
}

std::optional<StoredMessage> Session::message(const QString& key) const
{
    const auto it = m_messages.constFind(key);
    if (it == m_messages.cend())
        return std::nullopt;
    return *it;
}

QList<StoredMessage> Session::search(const QString& text) const
{
    QList<StoredMessage> out;
    const auto found = m_store.search(text);
    if (!found)
        return out;
    for (const auto& record : *found) {
        const auto it = m_messages.constFind(keyOf(record.id));
        if (it != m_messages.cend())
            out.append(*it);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.receivedAt > b.receivedAt; });
    return out;
}

core::Result<QByteArray> Session::rawMessage(const QString& key) const
{
    return m_store.rawMessage(key.toLongLong());
}

const StoredAddress* Session::findAddress(const QString& address) const
{
    for (const auto& a : m_addresses) {
        if (a.mailbox.address == address)
            return &a;
    }
    return nullptr;
}

void Session::createAddress(const QString& providerId, const CreateRequest& request, const QString& label)
{
    const core::settings::ProviderRoute route = core::settings::routeForNew(m_choice, providerId);
    Provider* p = m_stopped ? nullptr : provider(route);
    if (!p) {
        Q_EMIT errorOccurred(tr("Creating an address failed"),
            core::makeError(core::ErrorCode::Unsupported, tr("provider not available")));
        return;
    }
    const PrivacyLabel privacy = p->info().privacy;
    // The server the address lives at is kept with it, so that it stays reachable from every front
    // end whatever the source is later; the local relay's addresses are known by their domain.
    const QUrl providerUrl = route.localRelay ? QUrl() : p->info().baseUrl;
    QPointer<Session> self(this);
    p->createMailbox(request, [self, label, privacy, providerUrl](core::Result<Mailbox> created) {
        if (!self || self->m_stopped)
            return;
        if (!created) {
            Q_EMIT self->errorOccurred(tr("Creating an address failed"), created.error());
            return;
        }
        // The default the user chose in Settings or the privacy dashboard, if any.
        const std::optional<qint64> retention = core::settings::loadDefaultRetention(self->m_store);
        auto id = self->m_store.addAddress(*created, label, privacy, retention, providerUrl);
        if (!id) {
            Q_EMIT self->errorOccurred(tr("Saving the address failed"), id.error());
            return;
        }
        const StoredAddress address{*id, *created, label, providerUrl};
        self->m_addresses.prepend(address);
        self->subscribe(address);
        Q_EMIT self->addressCreated(address);
    });
}

void Session::deleteRemote(const Mailbox& mailbox, const QUrl& providerUrl)
{
    Provider* p = providerForAddress(mailbox, providerUrl);
    if (!p || !p->info().capabilities.testFlag(Capability::DeleteMailbox))
        return;
    QPointer<Session> self(this);
    p->deleteMailbox(mailbox, [self](core::Result<void> done) {
        if (self && !done && done.error().code != core::ErrorCode::NotFound)
            Q_EMIT self->errorOccurred(tr("The provider could not delete the address"), done.error());
    });
}

void Session::deleteAddress(const QString& address)
{
    const StoredAddress* found = findAddress(address);
    if (!found)
        return;
    const StoredAddress copy = *found;
    m_subscriptions.erase(address);
    deleteRemote(copy.mailbox, copy.providerUrl);
    if (auto removed = m_store.deleteAddress(copy.id); !removed) {
        Q_EMIT errorOccurred(tr("Deleting the address failed"), removed.error());
        return;
    }
    m_addresses.removeIf([&](const StoredAddress& a) { return a.id == copy.id; });
    const QStringList keys = m_messages.keys();
    for (const QString& key : keys) {
        if (m_messages.value(key).address == address) {
            m_messages.remove(key);
            Q_EMIT messageRemoved(key);
        }
    }
    Q_EMIT addressRemoved(address);
}

void Session::setLabel(const QString& address, const QString& label)
{
    auto it = std::find_if(
        m_addresses.begin(), m_addresses.end(), [&](const StoredAddress& a) { return a.mailbox.address == address; });
    if (it == m_addresses.end() || m_stopped)
        return;
    if (auto saved = m_store.setLabel(it->id, label); !saved) {
        Q_EMIT errorOccurred(tr("Saving the label failed"), saved.error());
        return;
    }
    it->label = label;
    Q_EMIT addressChanged(*it);
}

bool Session::canExtend(const QString& address)
{
    const StoredAddress* found = findAddress(address);
    Provider* p = found && !m_stopped ? provider(*found) : nullptr;
    return p && p->info().capabilities.testFlag(Capability::Extend);
}

void Session::extendAddress(const QString& address, std::chrono::seconds ttl)
{
    const StoredAddress* found = findAddress(address);
    Provider* p = found && !m_stopped ? provider(*found) : nullptr;
    if (!p || !p->info().capabilities.testFlag(Capability::Extend)) {
        Q_EMIT errorOccurred(tr("Extending the address failed"),
            core::makeError(core::ErrorCode::Unsupported, QStringLiteral("the provider cannot extend addresses")));
        return;
    }
    QPointer<Session> self(this);
    const qint64 id = found->id;
    p->extend(found->mailbox, ttl, [self, id](core::Result<QDateTime> extended) {
        if (!self || self->m_stopped)
            return;
        if (!extended) {
            Q_EMIT self->errorOccurred(tr("Extending the address failed"), extended.error());
            return;
        }
        auto it = std::find_if(
            self->m_addresses.begin(), self->m_addresses.end(), [id](const StoredAddress& a) { return a.id == id; });
        if (it == self->m_addresses.end())
            return;
        if (auto saved = self->m_store.setExpiry(id, *extended); !saved) {
            Q_EMIT self->errorOccurred(tr("Extending the address failed"), saved.error());
            return;
        }
        it->mailbox.expiresAt = *extended;
        Q_EMIT self->addressChanged(*it);
    });
}

void Session::deleteMessage(const QString& key)
{
    const auto it = m_messages.constFind(key);
    if (it == m_messages.cend())
        return;
    const StoredMessage message = *it;
    if (const StoredAddress* address = findAddress(message.address)) {
        Provider* p = provider(*address);
        if (p && p->info().capabilities.testFlag(Capability::DeleteMessage))
            p->deleteMessage(address->mailbox, message.remoteId, [](core::Result<void>) {});
    }
    if (auto removed = m_store.deleteMessage(key.toLongLong()); !removed) {
        Q_EMIT errorOccurred(tr("Deleting the message failed"), removed.error());
        return;
    }
    m_messages.remove(key);
    Q_EMIT messageRemoved(key);
}

void Session::markSeen(const QString& key)
{
    auto it = m_messages.find(key);
    if (it == m_messages.end() || it->seen)
        return;
    it->seen = true;
    if (auto saved = m_store.setSeen(key.toLongLong(), true); !saved)
        Q_EMIT errorOccurred(tr("Saving the message failed"), saved.error());
}

void Session::subscribe(const StoredAddress& address)
{
    Provider* p = provider(address);
    if (!p)
        return;
    std::unique_ptr<PushSubscription> subscription = p->subscribe(address.mailbox);
    if (!subscription)
        return;
    const QString name = address.mailbox.address;
    connect(subscription.get(), &PushSubscription::messageArrived, this,
        [this, name](const QString& remoteId) { fetchNew(name, remoteId); });
    connect(subscription.get(), &PushSubscription::connectedChanged, this, [this, name](bool connected) {
        // After a reconnect, catch up on what arrived while the channel was down.
        if (connected)
            refresh(name);
    });
    m_subscriptions[name] = std::move(subscription);
}

void Session::refresh(const QString& address)
{
    const StoredAddress* found = findAddress(address);
    if (!found)
        return;
    Provider* p = provider(*found);
    if (!p)
        return;
    QPointer<Session> self(this);
    const qint64 addressId = found->id;
    p->listMessages(found->mailbox, [self, address, addressId](core::Result<QList<MessageSummary>> list) {
        if (!self || self->m_stopped)
            return;
        if (!list) {
            Q_EMIT self->errorOccurred(tr("Fetching the message list failed"), list.error());
            return;
        }
        for (const MessageSummary& summary : *list) {
            auto known = self->m_store.hasMessage(addressId, summary.id);
            if (known && !*known)
                self->fetchNew(address, summary.id);
        }
    });
}

void Session::fetchNew(const QString& address, const QString& remoteId)
{
    const QString fetchKey = address + u'\n' + remoteId;
    const StoredAddress* found = findAddress(address);
    if (!found || m_fetching.contains(fetchKey))
        return;
    Provider* p = provider(*found);
    if (!p)
        return;
    m_fetching.insert(fetchKey);
    QPointer<Session> self(this);
    const qint64 addressId = found->id;
    p->fetchRaw(found->mailbox, remoteId, [self, address, addressId, remoteId, fetchKey](core::Result<QByteArray> raw) {
        if (!self || self->m_stopped)
            return;
        self->m_fetching.remove(fetchKey);
        if (!raw) {
            Q_EMIT self->errorOccurred(tr("Fetching a message failed"), raw.error());
            return;
        }
        if (!self->findAddress(address))
            return; // deleted meanwhile
        const core::mime::RenderedMessage rendered = core::mime::render(*raw, address);
        MessageSummary summary;
        summary.id = remoteId;
        summary.from = rendered.message.from.toDisplayString();
        summary.subject = rendered.message.subject;
        summary.preview = rendered.text.left(PreviewChars).simplified();
        summary.receivedAt = self->m_store.clock().now();
        summary.size = raw->size();
        summary.hasAttachments = !rendered.attachments.isEmpty();
        auto id = self->m_store.addMessage(addressId, summary, *raw);
        if (!id) {
            Q_EMIT self->errorOccurred(tr("Saving the message failed"), id.error());
            return;
        }
        StoredMessage message;
        message.key = keyOf(*id);
        message.address = address;
        message.remoteId = remoteId;
        message.from = summary.from;
        message.subject = summary.subject;
        message.receivedAt = summary.receivedAt;
        message.hasAttachments = summary.hasAttachments;
        message.trackers
            = int(std::count_if(rendered.report.blocked.cbegin(), rendered.report.blocked.cend(), [](const auto& b) {
                  using core::html::BlockReason;
                  return b.reason == BlockReason::KnownTracker || b.reason == BlockReason::TrackingPixel
                      || b.reason == BlockReason::RecipientIdentifier;
              }));
        self->m_trackers.insert(message.key, message.trackers);
        const bool isNew = !self->m_messages.contains(message.key);
        self->m_messages.insert(message.key, message);
        if (isNew) {
            const QString code = rendered.codes.isEmpty() ? QString() : rendered.codes.constFirst().value;
            Q_EMIT self->messageAdded(message, code);
        }
    });
}

} // namespace mayfly::ui
