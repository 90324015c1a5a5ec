#include "ui/MainWindow.h"
#include "ui/Notification.h"

#include "ui/AddressListModel.h"
#include "ui/ClipboardGuard.h"
#include "ui/LocalRelay.h"
#include "ui/MessageListModel.h"
#include "ui/MessagePane.h"
#include "ui/PlainText.h"
#include "ui/PrivacyDashboard.h"
#include "ui/SampleMail.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"
#include "ui/SourceSettings.h"

#include "core/crypto/Random.h"
#include "core/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace mayfly::ui {

MainWindow::MainWindow(Session* session, LocalRelay* localRelay, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_localRelay(localRelay)
    , m_runDialog([](QDialog& dialog) { return dialog.exec(); })
    , m_addresses(new AddressListModel(this))
    , m_messages(new MessageListModel(this))
    , m_messageFilter(new QSortFilterProxyModel(this))
    , m_clipboard(new ClipboardGuard(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mayfly"));
    setAcceptDrops(true);
    resize(1180, 740);

    buildActions();
    buildLayout();
    connectSession();
    updateActions();

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());

    buildTray();
    applyAppSettings(AppSettings::load());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Mayfly"));
    m_trayMenu = new QMenu(this);
    m_trayMenu->setObjectName(QStringLiteral("trayMenu"));
    m_trayMenu->addAction(tr("Show Mayfly"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addAction(m_newAddress);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_quit);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Context)
            return;
        if (isVisible() && !isMinimized() && reason == QSystemTrayIcon::Trigger && keepsRunningInTray()) {
            hide();
            return;
        }
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::applyAppSettings(const AppSettings& settings)
{
    m_clipboard->setClearAfter(settings.clipboardClearSeconds);
    m_appSettings = settings;
    // Hidden in the tray, the window is not the last one open; only Quit ends Mayfly.
    QApplication::setQuitOnLastWindowClosed(!keepsRunningInTray());
}

void MainWindow::setDialogRunner(DialogRunner runner)
{
    m_runDialog = std::move(runner);
    m_pane->setDialogRunner(m_runDialog);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(text.simplified().remove(u'&') + QStringLiteral(" (")
                + shortcut.toString(QKeySequence::NativeText) + u')');
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAddress
        = make(tr("&New address"), QStringLiteral("newAddressAction"), QKeySequence::New, &MainWindow::newAddress);
    m_copyAddress = make(tr("&Copy address"), QStringLiteral("copyAddressAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyAddress);
    m_deleteAddress = make(tr("&Delete address"), QStringLiteral("deleteAddressAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &MainWindow::deleteAddress);
    m_labelAddress = make(tr("&Label address..."), QStringLiteral("labelAddressAction"), QKeySequence(Qt::Key_F2),
        &MainWindow::labelAddress);
    m_extendAddress = make(tr("E&xtend address"), QStringLiteral("extendAddressAction"),
        QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::extendAddress);
    m_deleteMessage = make(tr("Delete &message"), QStringLiteral("deleteMessageAction"), QKeySequence::Delete, [this] {
        const QModelIndex index = m_messageView->currentIndex();
        if (m_session && index.isValid())
            m_session->deleteMessage(index.data(MessageListModel::IdRole).toString());
    });
    m_sendTest = make(tr("Send a &test message"), QStringLiteral("sendTestAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
        &MainWindow::sendTestMessage);
    m_openFile = make(
        tr("&Open message file..."), QStringLiteral("openFileAction"), QKeySequence::Open, &MainWindow::openFile);
    m_quit = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q), [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    m_settings = make(tr("&Settings..."), QStringLiteral("settingsAction"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        &MainWindow::showSettings);
    auto* search = make(tr("&Search"), QStringLiteral("searchAction"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* dashboard = make(tr("&Privacy dashboard"), QStringLiteral("privacyDashboardAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::showPrivacyDashboard);
    auto* shortcuts = make(tr("&Keyboard shortcuts"), QStringLiteral("shortcutsAction"), QKeySequence::HelpContents,
        &MainWindow::showShortcuts);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFile);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu* address = menuBar()->addMenu(tr("&Address"));
    address->addAction(m_newAddress);
    address->addAction(m_copyAddress);
    address->addAction(m_labelAddress);
    address->addAction(m_extendAddress);
    address->addAction(m_deleteAddress);
    address->addSeparator();
    address->addAction(m_sendTest);
    QMenu* message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_deleteMessage);
    message->addAction(search);
    QMenu* privacy = menuBar()->addMenu(tr("&Privacy"));
    privacy->addAction(dashboard);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_newAddress);
    toolbar->addAction(m_copyAddress);
    toolbar->addAction(m_deleteAddress);
    toolbar->addSeparator();
    toolbar->addAction(m_sendTest);
    toolbar->addAction(m_openFile);
}

void MainWindow::buildLayout()
{
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_addressView = new QListView(splitter);
    m_addressView->setObjectName(QStringLiteral("addressList"));
    m_addressView->setAccessibleName(tr("Addresses"));
    m_addressView->setModel(m_addresses);
    m_addressView->setUniformItemSizes(true);
    m_addressView->setSpacing(2);
    m_addressView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* middle = new QWidget(splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(middle);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setPlaceholderText(tr("Search all messages"));
    m_search->setClearButtonEnabled(true);
    m_messageFilter->setSourceModel(m_messages);
    m_messageFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_messageFilter->setFilterKeyColumn(-1);
    // Search runs across every address (the store decrypts in memory); a short pause after the
    // last keystroke keeps typing smooth.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    m_messageView = new QTreeView(middle);
    m_messageView->setObjectName(QStringLiteral("messageList"));
    m_messageView->setAccessibleName(tr("Messages"));
    m_messageView->setModel(m_messageFilter);
    m_messageView->setRootIsDecorated(false);
    m_messageView->setUniformRowHeights(true);
    m_messageView->setAlternatingRowColors(true);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->header()->setStretchLastSection(false);
    m_messageView->header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    m_messageView->header()->resizeSection(MessageListModel::FromColumn, 180);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_messageView);

    m_pane = new MessagePane(m_clipboard, splitter);
    m_pane->setDialogRunner(m_runDialog);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({280, 380, 520});
    setCentralWidget(splitter);

    m_relayStatus = new QLabel(this);
    m_relayStatus->setObjectName(QStringLiteral("relayStatus"));
    statusBar()->addPermanentWidget(m_relayStatus);
    statusBar()->showMessage(tr("Ready"));

    connect(m_addressView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::addressSelected);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::messageSelected);
}

void MainWindow::connectSession()
{
    if (m_localRelay) {
        auto showRelay = [this] {
            m_relayStatus->setText(m_localRelay->isReady()
                    ? tr("Local relay: SMTP on 127.0.0.1:%1").arg(m_localRelay->smtpPort())
                    : tr("Local relay: starting..."));
            updateActions();
        };
        connect(m_localRelay, &LocalRelay::ready, this, showRelay);
        connect(m_localRelay, &LocalRelay::failed, this, [this](const QString& reason) {
            m_relayStatus->setText(tr("Local relay stopped"));
            statusBar()->showMessage(reason);
            updateActions();
        });
        showRelay();
    }
    if (!m_session)
        return;
    connect(m_session, &Session::addressCreated, this, &MainWindow::onAddressCreated);
    connect(m_session, &Session::addressRemoved, this, [this](const QString& address) {
        m_addresses->remove(address);
        // Removing the second-last address also removes "All addresses": the model resets.
        if (!m_addressView->currentIndex().isValid() && m_addresses->rowCount() > 0)
            m_addressView->setCurrentIndex(m_addresses->index(0));
        else if (!m_addressView->currentIndex().isValid())
            addressSelected();
        updateActions();
    });
    connect(m_session, &Session::addressChanged, this, [this](const StoredAddress& address) {
        const auto* old = m_addresses->entry(m_addresses->rowOf(address.mailbox.address));
        AddressListModel::Entry entry{address.mailbox, m_session->providerInfo(address.mailbox.providerId),
            address.label, old ? old->unread : 0, old ? old->total : 0};
        m_addresses->upsert(entry);
    });
    connect(m_session, &Session::messageAdded, this, &MainWindow::onMessageAdded);
    connect(m_session, &Session::messageRemoved, this, [this](const QString& key) {
        m_messages->remove(key);
        updateCounts();
    });
    connect(m_session, &Session::reloaded, this, &MainWindow::reloadModels);
    connect(m_session, &Session::errorOccurred, this, [this](const QString& what, const core::Error& error) {
        statusBar()->showMessage(what + QStringLiteral(": ") + error.toString(), 15000);
    });

    reloadModels();
}

void MainWindow::reloadModels()
{
    const QString selected = currentAddress();
    QList<AddressListModel::Entry> entries;
    for (const StoredAddress& a : m_session->addresses())
        entries.append({a.mailbox, m_session->providerInfo(a.mailbox.providerId), a.label, 0, 0});
    m_addresses->setEntries(entries);
    const int row = m_addresses->rowOf(selected);
    if (row >= 0)
        m_addressView->setCurrentIndex(m_addresses->index(row));
    else if (!entries.isEmpty())
        m_addressView->setCurrentIndex(m_addresses->index(0));
    else
        addressSelected();
    updateCounts();
}

QString MainWindow::currentAddress() const
{
    const QModelIndex index = m_addressView->currentIndex();
    return index.isValid() ? index.data(AddressListModel::AddressRole).toString() : QString();
}

void MainWindow::updateActions()
{
    const bool haveSession = m_session != nullptr;
    const bool haveAddress = !currentAddress().isEmpty();
    m_newAddress->setEnabled(
        haveSession && (m_defaultProvider != u"relay" || !m_localRelay || m_localRelay->isReady()));
    m_copyAddress->setEnabled(haveAddress);
    m_deleteAddress->setEnabled(haveAddress);
    m_labelAddress->setEnabled(haveAddress);
    m_extendAddress->setEnabled(haveAddress && haveSession && m_session->canExtend(currentAddress()));
    m_sendTest->setEnabled(haveAddress && m_localRelay && m_localRelay->isReady()
        && currentAddress().endsWith(u'@' + LocalRelay::domain()));
}

void MainWindow::onAddressCreated(const StoredAddress& address)
{
    m_addresses->upsert({address.mailbox, m_session->providerInfo(address.mailbox.providerId), address.label, 0, 0});
    m_addressView->setCurrentIndex(m_addresses->index(m_addresses->rowOf(address.mailbox.address)));
    m_clipboard->copyPlain(address.mailbox.address);
    statusBar()->showMessage(tr("%1 copied to the clipboard").arg(address.mailbox.address), 8000);
    updateActions();
}

void MainWindow::onMessageAdded(const StoredMessage& message, const QString& code)
{
    const QString selected = currentAddress();
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (!searching && (selected.isEmpty() || selected == message.address))
        m_messages->upsert({message.key, message.address, message.from, message.subject, message.receivedAt,
            message.seen, message.hasAttachments, message.trackers});
    updateCounts();
    const AppSettings& settings = m_appSettings;
    if (m_tray && settings.notifications && !message.seen && !isActiveWindow()) {
        const Notification n = notificationFor(message.address, message.from, message.subject, code, settings);
        m_tray->showMessage(n.title, n.body);
    }
}

void MainWindow::updateCounts()
{
    if (!m_session)
        return;
    int totalUnread = 0;
    for (const auto& entry : m_addresses->entries()) {
        const auto list = m_session->messages(entry.mailbox.address);
        const int unread = int(std::count_if(list.cbegin(), list.cend(), [](const auto& m) { return !m.seen; }));
        totalUnread += unread;
        m_addresses->setCounts(entry.mailbox.address, unread, int(list.size()));
    }
    setWindowTitle(totalUnread > 0 ? tr("Mayfly (%n unread)", nullptr, totalUnread) : tr("Mayfly"));
    if (m_tray)
        m_tray->setToolTip(tr("Mayfly: %n unread", nullptr, totalUnread));
}

void MainWindow::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_session) {
        addressSelected();
        return;
    }
    QList<MessageListModel::Row> rows;
    for (const StoredMessage& m : m_session->search(text))
        rows.append({m.key, m.address, m.from, m.subject, m.receivedAt, m.seen, m.hasAttachments, m.trackers});
    m_messages->setRows(rows);
    m_pane->clear();
    m_shownKey.clear();
    statusBar()->showMessage(tr("%n message(s) found in all addresses", nullptr, int(rows.size())), 5000);
}

void MainWindow::addressSelected()
{
    if (!m_search->text().trimmed().isEmpty()) {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
    }
    const QString address = currentAddress();
    QList<MessageListModel::Row> rows;
    if (m_session) {
        for (const StoredMessage& m : m_session->messages(address))
            rows.append({m.key, m.address, m.from, m.subject, m.receivedAt, m.seen, m.hasAttachments, m.trackers});
    }
    m_messages->setRows(rows);
    // The message being read stays in the pane when it is in the new list (the lists were rebuilt
    // after a change, or "All addresses" was chosen); it is not rendered again.
    const int shownRow = m_shownKey.isEmpty() ? -1 : m_messages->rowOf(m_shownKey);
    if (shownRow >= 0) {
        const QSignalBlocker quiet(m_messageView->selectionModel());
        m_messageView->setCurrentIndex(m_messageFilter->mapFromSource(m_messages->index(shownRow, 0)));
    } else {
        m_pane->clear();
        m_shownKey.clear();
    }
    updateActions();
}

void MainWindow::messageSelected()
{
    const QModelIndex index = m_messageView->currentIndex();
    if (!index.isValid() || !m_session) {
        m_pane->clear();
        m_shownKey.clear();
        return;
    }
    const QString key = index.data(MessageListModel::IdRole).toString();
    m_shownKey = key;
    const auto message = m_session->message(key);
    const auto raw = m_session->rawMessage(key);
    if (!message || !raw) {
        m_pane->clear();
        m_shownKey.clear();
        if (!raw)
            statusBar()->showMessage(tr("The message could not be read: %1").arg(raw.error().toString()), 10000);
        return;
    }
    m_pane->showRaw(*raw, message->address);
    m_session->markSeen(key);
    m_messages->setSeen(key, true);
    updateCounts();
}

void MainWindow::newAddress()
{
    if (!m_session)
        return;
    statusBar()->showMessage(tr("Creating an address..."));
    m_session->createAddress(m_defaultProvider, {}, {});
}

void MainWindow::copyAddress()
{
    const QString address = currentAddress();
    if (address.isEmpty())
        return;
    m_clipboard->copyPlain(address);
    statusBar()->showMessage(tr("%1 copied to the clipboard").arg(address), 5000);
}

void MainWindow::deleteAddress()
{
    const QString address = currentAddress();
    if (address.isEmpty() || !m_session)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete address"),
        tr("Delete %1 and all its mail, here and at the provider?").arg(address),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteAddress"));
    box.setTextFormat(Qt::PlainText);
    if (m_runDialog(box) != QMessageBox::Yes)
        return;
    m_session->deleteAddress(address);
}

void MainWindow::labelAddress()
{
    const QString address = currentAddress();
    const auto* entry = m_addresses->entry(m_addresses->rowOf(address));
    if (address.isEmpty() || !entry || !m_session)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("labelDialog"));
    dialog.setWindowTitle(tr("Label address"));
    dialog.setLabelText(tr("What is %1 for? (for example \"used on example.com\")").arg(address));
    dialog.setTextValue(entry->label);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    m_session->setLabel(address, dialog.textValue().simplified().left(200));
}

void MainWindow::extendAddress()
{
    const QString address = currentAddress();
    if (address.isEmpty() || !m_session)
        return;
    statusBar()->showMessage(tr("Extending %1...").arg(address));
    m_session->extendAddress(address, std::chrono::hours(24));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setTrayAvailable(m_tray != nullptr);
    SettingsDialog::Values values;
    values.app = m_appSettings;
    core::store::Store* store = m_session && !m_session->isStopped() ? &m_session->store() : nullptr;
    if (store) {
        values.source = loadSourceChoice(*store).value_or(SourcePicker::Choice{});
        values.retentionSeconds = loadDefaultRetention(*store);
    }
    dialog.setValues(values);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    const SettingsDialog::Values chosen = dialog.values();
    chosen.app.save();
    applyAppSettings(chosen.app);
    if (!store)
        return;
    auto saved = saveSourceChoice(*store, chosen.source);
    if (saved && chosen.retentionSeconds)
        saved = saveDefaultRetention(*store, *chosen.retentionSeconds);
    if (!saved) {
        statusBar()->showMessage(tr("The settings could not be saved: %1").arg(saved.error().toString()), 15000);
        return;
    }
    m_defaultProvider = providerIdForSource(chosen.source.source);
    Q_EMIT sourceChanged(chosen.source);
    updateActions();
    QString message = tr("Settings saved");
    if (chosen.source.source == QLatin1String(SourcePicker::LocalSource) && !m_localRelay)
        message = tr("Settings saved. The local relay starts the next time Mayfly starts.");
    else if (chosen.app.language != values.app.language)
        message = tr("Settings saved. The new language takes effect when Mayfly restarts.");
    statusBar()->showMessage(message, 10000);
}

void MainWindow::sendTestMessage()
{
    const QString address = currentAddress();
    if (address.isEmpty() || !m_localRelay || !m_localRelay->isReady())
        return;
    auto* sender = new SampleMail(this);
    connect(sender, &SampleMail::finished, this, [this, sender](bool ok, const QString& detail) {
        statusBar()->showMessage(
            ok ? tr("Test message sent") : tr("Sending the test message failed: %1").arg(detail), 8000);
        sender->deleteLater();
    });
    const QString code = core::crypto::randomToken(6, u"0123456789");
    sender->send(m_localRelay->smtpPort(), address, code);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open message file"), {}, tr("E-mail messages (*.eml *.msg *.txt);;All files (*)"));
    if (!path.isEmpty())
        openMessageFile(path);
}

bool MainWindow::openMessageFile(const QString& path)
{
    MessagePane* window = MessagePane::openFileWindow(path, m_clipboard, this, m_runDialog);
    if (window)
        window->setDialogRunner(m_runDialog);
    return window != nullptr;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<QAction*> all = actions();
    for (QAction* action : all) {
        if (action->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(420, 360);
    m_runDialog(dialog);
}

void MainWindow::setPrivacySources(core::store::Profile* profile, core::net::HttpClient* http)
{
    m_profile = profile;
    m_http = http;
}

void MainWindow::showPrivacyDashboard()
{
    PrivacyDashboard dashboard(m_session, m_profile, m_http, this);
    dashboard.setDialogRunner(m_runDialog);
    if (m_localRelay)
        dashboard.setLocalRelayStopper([relay = QPointer<LocalRelay>(m_localRelay)] {
            if (relay)
                relay->stop();
        });
    m_runDialog(dashboard);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (keepsRunningInTray() && !m_quitting) {
        // Mail keeps arriving and the janitor keeps deleting; the tray menu has Quit.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            openMessageFile(url.toLocalFile());
    }
}

} // namespace mayfly::ui
