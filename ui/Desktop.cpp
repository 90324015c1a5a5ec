#include "ui/Desktop.h"

#include "core/privacy/LocalRelayData.h"
#include "core/providers/ProviderFactory.h"
#include "core/providers/RelayProvider.h"
#include "core/store/Profile.h"
#include "ui/AppSettings.h"
#include "ui/FirstRunDialog.h"
#include "ui/LocalRelay.h"
#include "ui/Session.h"
#include "ui/SourceSettings.h"

#include <QDir>
#include <QMessageBox>
#include <QSystemTrayIcon>

namespace mayfly::ui {

Desktop::Desktop(core::store::Profile& profile, Options options, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_options(std::move(options))
{
    if (!m_options.runDialog)
        m_options.runDialog = [](QDialog& dialog) { return dialog.exec(); };
}

Desktop::~Desktop()
{
    m_window.reset();
    m_session.reset();
    if (m_relay)
        m_relay->stop();
}

void Desktop::raiseWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Desktop::release()
{
    if (m_session)
        m_session->stop();
    if (m_relay)
        m_relay->stop();
}

void Desktop::start()
{
    core::store::Store& store = m_profile.store();
    // First run: where addresses come from, and the proxy, before anything is sent.
    if (auto saved = loadSourceChoice(store)) {
        m_choice = *saved;
    } else {
        FirstRunDialog dialog;
        m_choice = m_options.runDialog(dialog) == QDialog::Accepted ? dialog.choice() : SourcePicker::Choice{};
        if (auto stored = saveSourceChoice(store, m_choice); !stored) {
            QMessageBox box(QMessageBox::Warning, tr("Mayfly"),
                tr("The settings could not be saved: %1").arg(stored.error().toString()), QMessageBox::Ok);
            box.setObjectName(QStringLiteral("settingsNotSaved"));
            box.setTextFormat(Qt::PlainText);
            m_options.runDialog(box);
        }
    }
    m_http.setProxy(m_choice.proxy);

    if (m_choice.source == QLatin1String(SourcePicker::LocalSource) && m_options.localRelay) {
        // The local relay keeps its sealed mail in the profile (in its own memory for a
        // memory-only session); catch-all mail is sealed to the profile's key.
        LocalRelay::Config relay;
        relay.dataDir = core::privacy::LocalRelayData::directory(m_profile);
        if (auto keys = LocalRelay::profileKeyPair(store))
            relay.sealKeys = std::move(keys).value();
        m_relay = std::make_unique<LocalRelay>(std::move(relay));
    }
    m_session = std::make_unique<Session>(store,
        Session::RouteFactory([this](const core::settings::ProviderRoute& route) { return createProvider(route); }));
    m_session->setSourceChoice(m_choice);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_relay.get());
    m_window->setDialogRunner(m_options.runDialog);
    m_window->setDefaultProvider(providerIdForSource(m_choice.source));
    m_window->setPrivacySources(&m_profile, &m_http);
    // Settings: providers created from now on use the new source, requests the new proxy.
    connect(m_window.get(), &MainWindow::sourceChanged, this, [this](const SourcePicker::Choice& changed) {
        m_choice = changed;
        m_session->setSourceChoice(changed);
        m_http.setProxy(changed.proxy);
    });
    if (!(AppSettings::load().startInTray && QSystemTrayIcon::isSystemTrayAvailable()))
        m_window->show();

    if (m_relay) {
        connect(m_relay.get(), &LocalRelay::ready, m_session.get(), &Session::start);
        connect(m_relay.get(), &LocalRelay::failed, m_session.get(), [this] { m_session->start(); });
        m_relay->start();
    } else {
        m_session->start();
    }
}

std::unique_ptr<core::providers::Provider> Desktop::createProvider(const core::settings::ProviderRoute& route)
{
    if (route.localRelay) {
        if (!m_relay || !m_relay->isReady())
            return nullptr;
        auto provider = std::make_unique<core::providers::RelayProvider>(m_http, m_relay->apiUrl());
        provider->setOperatorKey(m_relay->operatorKey());
        return provider;
    }
    core::providers::ProviderSettings settings;
    settings.id = route.providerId;
    settings.baseUrl = route.baseUrl;
    settings.creationKey = route.creationKey;
    return core::providers::createProvider(settings, m_http);
}

} // namespace mayfly::ui
