#include "ui/PrivacyDashboard.h"

#include "ui/DeletionTimeline.h"
#include "ui/PlainText.h"
#include "ui/Session.h"
#include "ui/SourceSettings.h"

#include "core/net/HttpClient.h"
#include "core/privacy/Export.h"
#include "core/privacy/Inventory.h"
#include "core/privacy/Wipe.h"
#include "core/store/Profile.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace mayfly::ui {

using core::privacy::InventoryItem;
using core::privacy::Schedule;
using core::privacy::StoredItem;

namespace {

// Where is last: paths are long, and everything a user compares sits left of them.
enum InventoryColumn
{
    WhatColumn,
    ActionColumn,
    CountColumn,
    SizeColumn,
    EncryptedColumn,
    NextColumn,
    LastColumn,
    WhereColumn,
};

constexpr int WhatColumnWidth = 400;
constexpr int NextColumnWidth = 170;

QString when(const QDateTime& t, const QString& none)
{
    // Short and unambiguous within the week the dashboard looks at: "Tue 24 Nov, 16:28".
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM, HH:mm")) : none;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QTreeWidget* makeTree(const QString& name, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(false);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// QTreeWidget::clear() leaves the row buttons to deleteLater; delete them now so a refresh never
// shows (or lets anything click) a button of a row that is gone.
void clearTree(QTreeWidget* tree)
{
    for (const QString& name : {QStringLiteral("deleteNow"), QStringLiteral("deleteAtProvider")})
        qDeleteAll(tree->findChildren<QToolButton*>(name));
    tree->clear();
}

} // namespace

PrivacyDashboard::PrivacyDashboard(
    Session* session, core::store::Profile* profile, core::net::HttpClient* http, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_profile(profile)
    , m_http(http)
    , m_runDialog([](QDialog& dialog) { return dialog.exec(); })
    , m_pickFolder([this] { return QFileDialog::getExistingDirectory(this, tr("Export my data to...")); })
{
    setObjectName(QStringLiteral("privacyDashboard"));
    setWindowTitle(tr("Privacy dashboard"));
    resize(980, 640);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Privacy dashboard sections"));
    layout->addWidget(m_tabs, 1);
    buildComputerTab();
    buildTimelineTab();
    buildProvidersTab();
    buildNetworkTab();
    buildNeverTab();

    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export my data..."), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_wipeButton = buttons->addButton(tr("&Delete everything now..."), QDialogButtonBox::DestructiveRole);
    m_wipeButton->setObjectName(QStringLiteral("deleteEverythingButton"));
    auto* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ResetRole);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &PrivacyDashboard::exportData);
    connect(m_wipeButton, &QPushButton::clicked, this, &PrivacyDashboard::deleteEverything);
    connect(refreshButton, &QPushButton::clicked, this, &PrivacyDashboard::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_session) {
        connect(m_session, &Session::reloaded, this, &PrivacyDashboard::refresh);
        connect(m_session, &Session::addressCreated, this, &PrivacyDashboard::refresh);
        connect(m_session, &Session::addressRemoved, this, &PrivacyDashboard::refresh);
        connect(m_session, &Session::messageAdded, this, &PrivacyDashboard::refresh);
        connect(m_session, &Session::messageRemoved, this, &PrivacyDashboard::refresh);
    }
    if (m_http)
        connect(m_http, &core::net::HttpClient::activityLogChanged, this, &PrivacyDashboard::refreshNetwork);
    // Times move on while the window is open; the janitor's deletions arrive through the session.
    auto* tick = new QTimer(this);
    tick->setInterval(RefreshIntervalMs);
    connect(tick, &QTimer::timeout, this, &PrivacyDashboard::refresh);
    tick->start();
    refresh();
}

PrivacyDashboard::~PrivacyDashboard() = default;

void PrivacyDashboard::reject()
{
    if (!m_wiping)
        QDialog::reject();
}

void PrivacyDashboard::closeEvent(QCloseEvent* event)
{
    if (m_wiping)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void PrivacyDashboard::buildComputerTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_inventory = makeTree(QStringLiteral("inventoryTree"), tr("What Mayfly stores"),
        {tr("What"), QString(), tr("Count"), tr("Size"), tr("Encrypted"), tr("Next deletion"), tr("Last deletion"),
            tr("Where")},
        page);
    m_inventory->setTextElideMode(Qt::ElideMiddle);
    m_inventory->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    m_inventory->header()->resizeSection(WhatColumn, WhatColumnWidth);
    // Kinds without a schedule put a sentence here; the full text is in the tooltip.
    m_inventory->header()->setSectionResizeMode(NextColumn, QHeaderView::Interactive);
    m_inventory->header()->resizeSection(NextColumn, NextColumnWidth);
    // Delete on the keyboard does what the row's Delete now button does.
    auto* deleteKey = new QAction(tr("Delete now"), m_inventory);
    deleteKey->setObjectName(QStringLiteral("deleteNowAction"));
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* row = m_inventory->currentItem()) {
            if (auto* button = qobject_cast<QToolButton*>(m_inventory->itemWidget(row, ActionColumn)))
                button->click();
        }
    });
    m_inventory->addAction(deleteKey);
    layout->addWidget(m_inventory, 1);

    auto* retentionRow = new QHBoxLayout;
    auto* label = new QLabel(tr("Keep the messages of new addresses for:"), page);
    m_retention = new QComboBox(page);
    m_retention->setObjectName(QStringLiteral("retentionDefault"));
    label->setBuddy(m_retention);
    addRetentionChoices(m_retention);
    retentionRow->addWidget(label);
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1);
    layout->addLayout(retentionRow);
    if (m_profile)
        selectRetention(m_retention, loadDefaultRetention(m_profile->store()));
    connect(m_retention, &QComboBox::activated, this, &PrivacyDashboard::retentionChosen);
    m_tabs->addTab(page, tr("On this computer"));
}

void PrivacyDashboard::buildTimelineTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_timeline = new DeletionTimeline(page);
    m_timelineNote = new QLabel(page);
    m_timelineNote->setObjectName(QStringLiteral("timelineNote"));
    m_timelineNote->setTextFormat(Qt::PlainText);
    m_timelineNote->setWordWrap(true);
    auto* legend = new QLabel(tr("Solid line: items stored. Dashed line: bytes stored. The orange line is the next "
                                 "scheduled deletion; hover a dot to see what goes then."),
        page);
    legend->setWordWrap(true);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_timelineNote);
    layout->addWidget(legend);
    m_tabs->addTab(page, tr("Next 7 days"));
}

void PrivacyDashboard::buildProvidersTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("What each provider holds about you, and for how long by its own documentation. "
                                "Mayfly deletes an address at the provider when it expires, where the provider "
                                "allows it."),
        page);
    intro->setWordWrap(true);
    m_providers = makeTree(QStringLiteral("providerTree"), tr("What each provider holds"),
        {tr("Address"), tr("Provider"), tr("What it holds"), tr("Provider's retention"), QString()}, page);
    layout->addWidget(intro);
    layout->addWidget(m_providers, 1);
    m_tabs->addTab(page, tr("At the providers"));
}

void PrivacyDashboard::buildNetworkTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_proxy = new QLabel(page);
    m_proxy->setObjectName(QStringLiteral("proxyLabel"));
    m_proxy->setTextFormat(Qt::PlainText);
    m_cookies = new QLabel(page);
    m_cookies->setObjectName(QStringLiteral("cookieCheck"));
    m_cookies->setTextFormat(Qt::PlainText);
    m_cookies->setWordWrap(true);
    m_network = makeTree(QStringLiteral("networkTree"), tr("Network requests of this session"),
        {tr("Host / request"), tr("Requests"), tr("Bytes received"), tr("Status")}, page);
    auto* note = new QLabel(tr("This log lives in memory only and is gone when Mayfly exits. It never holds query "
                               "strings, headers or bodies."),
        page);
    note->setWordWrap(true);
    layout->addWidget(m_proxy);
    layout->addWidget(m_cookies);
    layout->addWidget(m_network, 1);
    layout->addWidget(note);
    m_tabs->addTab(page, tr("Network"));
}

void PrivacyDashboard::buildNeverTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    // Our own text only: no stranger-supplied string reaches this rich-text label.
    const QString lines[] = {
        tr("<b>No telemetry, no analytics.</b> Every request Mayfly makes is in the <a href=\"#network\">network "
           "log</a>: only the providers you use appear there."),
        tr("<b>No update check.</b> Nothing is contacted at start-up; see the <a href=\"#network\">network log</a> "
           "right after starting."),
        tr("<b>No cookies.</b> The cookie jar refuses everything; the <a href=\"#network\">network tab</a> checks that "
           "it is empty and that no request carried a cookie."),
        tr("<b>No logs on disk.</b> The <a href=\"#computer\">inventory</a> lists every file Mayfly writes; there is "
           "no log among them."),
        tr("<b>No plaintext secrets.</b> Messages, addresses and credentials are sealed with AES-256-GCM; the "
           "<a href=\"#computer\">inventory</a> shows what is encrypted. The source: core/store/Store.cpp, "
           "core/net/HttpClient.cpp."),
    };
    for (const QString& line : lines) {
        auto* label = new QLabel(line, page);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this,
            [this](const QString& link) { m_tabs->setCurrentIndex(link == u"#network" ? 3 : 0); });
        layout->addWidget(label);
    }
    layout->addStretch(1);
    m_tabs->addTab(page, tr("What Mayfly never does"));
}

void PrivacyDashboard::refresh()
{
    if (m_wiping)
        return;
    QList<StoredItem> items;
    if (m_profile && !m_wiped) {
        if (auto listed = Schedule::items(m_profile->store()))
            items = *listed;
    }
    refreshComputer(items);
    refreshProviders();
    refreshNetwork();

    const QDateTime now = m_profile && !m_wiped ? m_profile->store().clock().now() : QDateTime::currentDateTimeUtc();
    const auto points = Schedule::timeline(items, now);
    m_timeline->setSchedule(points, now);
    const int next = m_timeline->nextDeletionIndex();
    m_timelineNote->setText(
        next < 0 ? tr("Nothing is scheduled for deletion in the next 7 days.") : m_timeline->describePoint(next));

    qint64 bytes = 0;
    for (const StoredItem& item : std::as_const(items))
        bytes += item.bytes;
    if (m_wiped)
        m_summary->setText(tr("Everything was deleted. Mayfly holds nothing on this computer."));
    else
        m_summary->setText(
            tr("Mayfly holds %n item(s) (%1) on this computer.", nullptr, int(items.size())).arg(dataSize(bytes)) + u' '
            + (next < 0 ? tr("Nothing is scheduled for deletion in the next 7 days.")
                        : tr("The next deletion is at %1.").arg(when(points[next].at, {}))));
    m_wipeButton->setEnabled(m_profile && !m_wiped);
    m_exportButton->setEnabled(m_profile && !m_wiped);
    m_retention->setEnabled(m_profile && !m_wiped);
}

void PrivacyDashboard::refreshComputer(const QList<StoredItem>& items)
{
    clearTree(m_inventory);
    if (!m_profile || m_wiped)
        return;
    core::privacy::InventoryExtras extras;
    if (m_http) {
        const auto log = m_http->activityLog();
        extras.networkLogEntries = log.size();
        for (const auto& entry : log)
            extras.networkLogBytes += entry.host.size() + entry.path.size() + entry.method.size() + 32;
    }
    if (!m_profile->isMemoryOnly()) {
        extras.files.append(
            {QStringLiteral("window-settings"), tr("window size and notification choices (nothing secret)"),
                QSettings().fileName(), tr("removed when you wipe")});
    }
    auto inventory = core::privacy::Inventory::collect(*m_profile, extras);
    if (!inventory) {
        auto* row = new QTreeWidgetItem(
            m_inventory, {tr("The inventory could not be read: %1").arg(inventory.error().toString())});
        row->setFirstColumnSpanned(true);
        return;
    }
    for (const InventoryItem& kind : std::as_const(*inventory)) {
        auto* row = new QTreeWidgetItem(m_inventory);
        row->setData(WhatColumn, Qt::UserRole, kind.kind);
        row->setText(WhatColumn, kind.description);
        row->setToolTip(WhatColumn, toolTipText(kind.description + u'\n' + kind.retention));
        row->setText(CountColumn, QString::number(kind.count));
        row->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(SizeColumn, dataSize(kind.bytes));
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(WhereColumn, kind.location);
        row->setToolTip(WhereColumn, toolTipText(kind.location));
        row->setText(EncryptedColumn, kind.encrypted ? tr("yes") : tr("no"));
        row->setText(NextColumn, when(kind.nextDeletion, kind.retention));
        row->setToolTip(NextColumn, toolTipText(kind.retention));
        // Kinds without a schedule say how they go in the Next column already.
        row->setText(
            LastColumn, when(kind.lastDeletion, kind.nextDeletion.isValid() ? tr("until you delete it") : QString()));

        const bool isAddresses = kind.kind == u"addresses";
        const bool isMessages = kind.kind == u"messages";
        if (!isAddresses && !isMessages)
            continue;
        for (const StoredItem& item : items) {
            if ((item.kind == StoredItem::Kind::Address) != isAddresses)
                continue;
            auto* child = new QTreeWidgetItem(row);
            child->setData(WhatColumn, Qt::UserRole, item.id);
            if (isAddresses) {
                child->setText(WhatColumn,
                    item.label.isEmpty() ? item.address : tr("%1 (%2)").arg(item.address, singleLine(item.label, 60)));
            } else {
                const QString subject = item.subject.isEmpty() ? tr("(no subject)") : singleLine(item.subject, 80);
                const QString sender = item.sender.isEmpty() ? tr("(unknown sender)") : singleLine(item.sender, 60);
                child->setText(WhatColumn, tr("%1 \u2014 %2").arg(sender, subject));
                child->setToolTip(
                    WhatColumn, toolTipText(tr("To %1, received %2").arg(item.address, when(item.receivedAt, {}))));
            }
            child->setText(SizeColumn, dataSize(item.bytes));
            child->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (isAddresses) {
                const QString provider
                    = m_session ? m_session->providerInfo(item.providerId).displayName : item.providerId;
                child->setText(WhereColumn, tr("at %1, created %2").arg(provider, when(item.receivedAt, {})));
            } else {
                child->setText(WhereColumn, tr("to %1, received %2").arg(item.address, when(item.receivedAt, {})));
            }
            child->setToolTip(WhereColumn, toolTipText(child->text(WhereColumn)));
            child->setText(NextColumn, when(item.deletesAt, tr("until you delete it")));
            auto* button = new QToolButton(m_inventory);
            button->setObjectName(QStringLiteral("deleteNow"));
            button->setText(tr("Delete now"));
            button->setProperty("itemId", item.id);
            button->setProperty("itemKind", isAddresses ? QStringLiteral("address") : QStringLiteral("message"));
            button->setAccessibleName(tr("Delete %1 now").arg(DeletionTimeline::itemName(item)));
            connect(button, &QToolButton::clicked, this, [this, item] { deleteItem(item); });
            m_inventory->setItemWidget(child, ActionColumn, button);
        }
        row->setExpanded(row->childCount() > 0 && row->childCount() <= 20);
    }
}

void PrivacyDashboard::refreshProviders()
{
    clearTree(m_providers);
    if (!m_session || m_wiped)
        return;
    const auto messages = m_session->messages();
    for (const StoredAddress& a : m_session->addresses()) {
        const auto info = m_session->providerInfo(a.mailbox.providerId);
        const int count = int(std::count_if(messages.cbegin(), messages.cend(),
            [&](const StoredMessage& m) { return m.address == a.mailbox.address; }));
        auto* row = new QTreeWidgetItem(m_providers);
        row->setText(0, a.mailbox.address);
        row->setText(
            1, info.displayName + QStringLiteral(" (") + core::providers::privacyLabelText(info.privacy) + u')');
        row->setText(2, tr("the address and %n message(s)", nullptr, count));
        QString retention = info.retention.isEmpty() ? tr("not documented") : info.retention;
        if (a.mailbox.expiresAt.isValid())
            retention += u' ' + tr("(this address expires %1)").arg(when(a.mailbox.expiresAt, {}));
        row->setText(3, retention);
        row->setToolTip(3, toolTipText(retention));
        if (info.capabilities.testFlag(core::providers::Capability::DeleteMailbox)) {
            auto* button = new QToolButton(m_providers);
            button->setObjectName(QStringLiteral("deleteAtProvider"));
            button->setText(tr("Delete at provider"));
            button->setProperty("address", a.mailbox.address);
            const QString address = a.mailbox.address;
            connect(button, &QToolButton::clicked, this, [this, address] { deleteAtProvider(address); });
            m_providers->setItemWidget(row, 4, button);
        } else {
            row->setText(4, tr("The provider offers no deletion"));
        }
    }
}

void PrivacyDashboard::refreshNetwork()
{
    if (!m_network)
        return;
    m_network->clear();
    if (!m_http) {
        m_proxy->setText(tr("No network client in this window."));
        m_cookies->clear();
        return;
    }
    const auto proxy = m_http->proxy();
    switch (proxy.type) {
    case core::net::ProxySettings::Type::None:
        m_proxy->setText(tr("Proxy: none (direct connections)"));
        break;
    case core::net::ProxySettings::Type::System:
        m_proxy->setText(tr("Proxy: the system's settings"));
        break;
    case core::net::ProxySettings::Type::Socks5:
        m_proxy->setText(tr("Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)").arg(proxy.host).arg(proxy.port));
        break;
    case core::net::ProxySettings::Type::Http:
        m_proxy->setText(tr("Proxy: HTTP %1:%2").arg(proxy.host).arg(proxy.port));
        break;
    }

    const auto log = m_http->activityLog();
    int refused = 0;
    QMap<QString, QTreeWidgetItem*> hosts;
    for (const auto& entry : log) {
        refused += entry.cookiesRefused;
        QTreeWidgetItem*& host = hosts[entry.host];
        if (!host) {
            host = new QTreeWidgetItem(m_network);
            host->setText(0, entry.host);
            host->setData(1, Qt::UserRole, 0);
            host->setData(2, Qt::UserRole, qint64(0));
        }
        const int requests = host->data(1, Qt::UserRole).toInt() + 1;
        const qint64 bytes = host->data(2, Qt::UserRole).toLongLong() + entry.bytes;
        host->setData(1, Qt::UserRole, requests);
        host->setData(2, Qt::UserRole, bytes);
        host->setText(1, QString::number(requests));
        host->setText(2, dataSize(bytes));
        auto* child = new QTreeWidgetItem(host);
        child->setText(0,
            QLocale().toString(entry.time.toLocalTime().time(), QLocale::ShortFormat) + u' '
                + QString::fromLatin1(entry.method) + u' ' + entry.path);
        child->setText(2, dataSize(entry.bytes));
        child->setText(3, entry.status == 0 ? tr("no answer") : QString::number(entry.status));
    }
    for (QTreeWidgetItem* host : std::as_const(hosts))
        host->setExpanded(hosts.size() <= 4);
    const int stored = m_http->storedCookieCount();
    const qint64 sent = m_http->requestsWithCookies();
    QString text
        = stored == 0 ? tr("Cookie jar: empty (checked just now).") : tr("Cookie jar: NOT empty (%1).").arg(stored);
    text += u' '
        + (sent == 0 ? tr("No request of this session carried a cookie.")
                     : tr("%n request(s) carried a cookie.", nullptr, int(sent)));
    if (refused > 0)
        text += u' ' + tr("Providers tried to set %n cookie(s); all were refused.", nullptr, refused);
    m_cookies->setText(text);
}

void PrivacyDashboard::deleteItem(const StoredItem& item)
{
    if (!m_profile || m_wiped)
        return;
    if (m_session) {
        // The session deletes at the provider too where it can, and updates the main window.
        if (item.kind == StoredItem::Kind::Address)
            m_session->deleteAddress(item.address);
        else
            m_session->deleteMessage(QString::number(item.id));
    } else {
        auto& store = m_profile->store();
        const auto removed
            = item.kind == StoredItem::Kind::Address ? store.deleteAddress(item.id) : store.deleteMessage(item.id);
        if (!removed)
            showReport(QStringLiteral("deleteFailed"), tr("Delete now"),
                tr("%1 could not be deleted: %2").arg(DeletionTimeline::itemName(item), removed.error().toString()));
    }
    refresh();
}

void PrivacyDashboard::deleteAtProvider(const QString& address)
{
    if (!m_session)
        return;
    for (const StoredAddress& a : m_session->addresses()) {
        if (a.mailbox.address != address)
            continue;
        core::providers::Provider* provider = m_session->providerForAddress(a.mailbox, a.providerUrl);
        if (!provider)
            return;
        QPointer<PrivacyDashboard> self(this);
        provider->deleteMailbox(a.mailbox, [self, address](core::Result<void> done) {
            if (!self)
                return;
            self->showReport(QStringLiteral("deleteAtProviderReport"), tr("Delete at provider"),
                done
                    ? tr("%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.").arg(address)
                    : tr("The provider could not delete %1: %2").arg(address, done.error().toString()));
        });
        return;
    }
}

void PrivacyDashboard::deleteEverything()
{
    if (!m_profile || m_wiped || m_wiping)
        return;
    QMessageBox confirm(QMessageBox::Warning, tr("Delete everything"),
        tr("Delete every address, message and credential, here and at the providers, and the encryption key? "
           "This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDeleteEverything"));
    confirm.setTextFormat(Qt::PlainText);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (m_runDialog(confirm) != QMessageBox::Yes)
        return;
    m_wiping = true;
    m_wipeButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_summary->setText(tr("Deleting at the providers, then on this computer..."));

    // Remote deletions first, while the credentials still exist; the local wipe waits for them.
    struct Pending
    {
        int left = 0;
        QStringList lines;
    };
    auto pending = std::make_shared<Pending>();
    QList<StoredAddress> addresses = m_session ? m_session->addresses() : QList<StoredAddress>();
    QList<QPair<StoredAddress, core::providers::Provider*>> remote;
    for (const StoredAddress& a : addresses) {
        core::providers::Provider* p = m_session->providerForAddress(a.mailbox, a.providerUrl);
        const auto info = m_session->providerInfo(a.mailbox.providerId);
        if (p && info.capabilities.testFlag(core::providers::Capability::DeleteMailbox)) {
            remote.append({a, p});
        } else {
            pending->lines.append(tr("%1: %2 offers no deletion; it keeps the mail for its own retention (%3).")
                                      .arg(a.mailbox.address, info.displayName,
                                          info.retention.isEmpty() ? tr("not documented") : info.retention));
        }
    }
    pending->left = int(remote.size());
    if (remote.isEmpty()) {
        finishWipe(pending->lines);
        return;
    }
    QPointer<PrivacyDashboard> self(this);
    for (const auto& [a, p] : remote) {
        const QString address = a.mailbox.address;
        p->deleteMailbox(a.mailbox, [self, pending, address](core::Result<void> done) {
            if (done || done.error().code == core::ErrorCode::NotFound)
                pending->lines.append(tr("%1: deleted at the provider.").arg(address));
            else
                pending->lines.append(
                    tr("%1: the provider could not delete it: %2").arg(address, done.error().toString()));
            if (--pending->left == 0 && self)
                self->finishWipe(pending->lines);
        });
    }
}

void PrivacyDashboard::finishWipe(const QStringList& remoteLines)
{
    QStringList removed;
    if (auto inventory = core::privacy::Inventory::collect(*m_profile)) {
        for (const InventoryItem& kind : std::as_const(*inventory)) {
            if (kind.count > 0 && kind.kind != u"network-log")
                removed.append(tr("%1: %2 (%3)").arg(kind.description).arg(kind.count).arg(dataSize(kind.bytes)));
        }
    }
    if (m_session)
        m_session->stop();
    QStringList extra;
    const QString settingsFile = QSettings().fileName();
    if (!m_profile->isMemoryOnly() && QFile::exists(settingsFile))
        extra.append(settingsFile);
    const auto wiped = core::privacy::Wipe::everything(*m_profile, extra, m_stopLocalRelay);
    m_wiping = false;
    m_wiped = wiped.ok();

    QString report;
    if (wiped) {
        report = tr("Removed from this computer:") + u'\n' + removed.join(u'\n');
    } else {
        report = tr("The local wipe failed: %1").arg(wiped.error().toString());
    }
    if (!remoteLines.isEmpty())
        report += QStringLiteral("\n\n") + tr("At the providers:") + u'\n' + remoteLines.join(u'\n');
    m_lastReport = report;
    refresh();
    showReport(QStringLiteral("deleteEverythingReport"), tr("Delete everything"), report);
    Q_EMIT everythingDeleted(report);
}

void PrivacyDashboard::exportData()
{
    if (!m_profile || m_wiped)
        return;
    QDialog options(this);
    options.setObjectName(QStringLiteral("exportDialog"));
    options.setWindowTitle(tr("Export my data"));
    auto* form = new QFormLayout(&options);
    auto* intro = new QLabel(tr("Addresses, labels and every message as an .eml file, with a README, in a new "
                                "folder or .zip file. It holds your mail in readable form: keep it safe."),
        &options);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* withCredentials = new QCheckBox(tr("Include provider credentials (encrypted with a passphrase)"), &options);
    withCredentials->setObjectName(QStringLiteral("includeCredentials"));
    auto* passphrase = new QLineEdit(&options);
    passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto* repeat = new QLineEdit(&options);
    repeat->setObjectName(QStringLiteral("exportPassphraseRepeat"));
    repeat->setEchoMode(QLineEdit::Password);
    passphrase->setEnabled(false);
    repeat->setEnabled(false);
    connect(withCredentials, &QCheckBox::toggled, passphrase, &QLineEdit::setEnabled);
    connect(withCredentials, &QCheckBox::toggled, repeat, &QLineEdit::setEnabled);
    auto* asZip = new QCheckBox(tr("As one .zip file instead of a folder"), &options);
    asZip->setObjectName(QStringLiteral("exportAsZip"));
    form->addRow(asZip);
    form->addRow(withCredentials);
    form->addRow(tr("Passphrase:"), passphrase);
    form->addRow(tr("Repeat:"), repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose folder and export"));
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    form->addRow(buttons);
    if (m_runDialog(options) != QDialog::Accepted)
        return;

    core::privacy::ExportOptions request;
    request.includeCredentials = withCredentials->isChecked();
    request.zip = asZip->isChecked();
    if (request.includeCredentials) {
        if (passphrase->text() != repeat->text()) {
            showReport(QStringLiteral("exportReport"), tr("Export my data"), tr("The passphrases differ."));
            return;
        }
        request.passphrase = passphrase->text();
    }
    passphrase->clear();
    repeat->clear();
    request.parentDirectory = m_pickFolder ? m_pickFolder() : QString();
    if (request.parentDirectory.isEmpty())
        return;
    auto done = core::privacy::Export::run(m_profile->store(), request);
    if (!done) {
        showReport(QStringLiteral("exportReport"), tr("Export my data"),
            tr("The export failed: %1").arg(done.error().toString()));
        return;
    }
    QString text = tr("Exported %n address(es)", nullptr, done->addresses) + u' '
        + tr("and %n message(s) to:", nullptr, done->messages) + u'\n' + done->path;
    if (done->credentials)
        text += u'\n'
            + tr("The credentials are in %1, encrypted with your passphrase.")
                  .arg(QString::fromLatin1(core::privacy::Export::CredentialsFile));
    showReport(QStringLiteral("exportReport"), tr("Export my data"), text);
    Q_EMIT exported(done->path);
}

void PrivacyDashboard::retentionChosen(int index)
{
    if (!m_profile || m_wiped)
        return;
    const qint64 seconds = m_retention->itemData(index).toLongLong();
    if (auto saved = saveDefaultRetention(m_profile->store(), seconds); !saved)
        showReport(QStringLiteral("retentionFailed"), tr("Retention"),
            tr("The setting could not be saved: %1").arg(saved.error().toString()));
}

void PrivacyDashboard::showReport(const QString& objectName, const QString& title, const QString& text)
{
    m_lastReport = text;
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    m_runDialog(box);
}

} // namespace mayfly::ui
